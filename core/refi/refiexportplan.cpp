// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/refi/refiexportparts.h"

#include <QCoreApplication>

// What an export keeps, writes in a Situate form and loses, counted before it writes.
namespace situate::refi::exportparts {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::refi)
};

// Adds `text` (marked with QT_TRANSLATE_N_NOOP) translated, `count` for its %n, when there is
// something to count.
void addCounted(QStringList& lines, qint64 count, const char* text) {
    if (count > 0)
        lines.append(Tr::tr(text, nullptr, int(count)));
}

} // namespace

ExportPlan makePlan(const Snapshot& s, bool codebook) {
    ExportPlan plan;
    plan.codes = int(s.tree.codes().size());
    plan.questions = int(s.questions.size());
    int criteria = 0, toc = 0, pathNames = 0, codeMemos = 0;
    for (const Code& c : s.tree.codes()) {
        criteria += (!c.inclusion.isEmpty() || !c.exclusion.isEmpty() || !c.example.isEmpty());
        toc += c.toc != TocElement::None;
        pathNames += c.name.contains(QLatin1String("::")) || c.name.contains(QLatin1Char('\\'));
    }
    int caseMemos = 0;
    for (const Memo& m : s.memos) {
        codeMemos += m.ownerType == MemoOwner::Code;
        caseMemos += m.ownerType == MemoOwner::Case;
    }
    addCounted(plan.adaptations, criteria,
               QT_TRANSLATE_N_NOOP("situate::refi",
                                   "inclusion, exclusion and example of %n code(s) are "
                                   "written as labelled paragraphs of the code description"));
    addCounted(plan.adaptations, toc,
               QT_TRANSLATE_N_NOOP("situate::refi",
                                   "the theory-of-change element of %n code(s) is written "
                                   "as a \"Theory of change:\" paragraph of the code "
                                   "description"));
    addCounted(plan.adaptations, plan.questions,
               QT_TRANSLATE_N_NOOP("situate::refi",
                                   "%n research question(s) are written as sets of codes "
                                   "(code and title in the set name, the question in its "
                                   "description)"));
    addCounted(plan.losses, pathNames,
               QT_TRANSLATE_N_NOOP("situate::refi",
                                   "%n code name(s) contain \"::\" or \"\\\", which other tools "
                                   "and Situate read as levels of a code path"));
    if (codebook) {
        addCounted(
            plan.losses, codeMemos,
            QT_TRANSLATE_N_NOOP("situate::refi", "%n code memo(s): a codebook file has no notes"));
        return plan;
    }

    plan.documents = int(s.documents.size());
    plan.cases = int(s.cases.size());
    plan.variables = int(s.attributes.size());
    plan.coders = int(s.coders.size());
    plan.notes = int(s.memos.size());
    for (const QVector<Coding>& list : s.codings) {
        plan.codings += int(list.size());
        for (const Coding& c : list)
            plan.notes += c.memo.isEmpty() ? 0 : 1;
    }
    plan.notes += int(s.keyQuotes.size());
    addCounted(plan.adaptations, s.keyQuotes.size(),
               QT_TRANSLATE_N_NOOP("situate::refi",
                                   "%n key quote(s) are notes named \"Key quote\" on their "
                                   "codings"));
    int choices = 0, badValues = 0;
    QStringList badExamples;
    for (const Attribute& a : s.attributes) {
        const VariableForm form = formOf(a, s.values.value(a.id));
        choices += !form.description.isEmpty();
        for (const QString& v : s.values.value(a.id)) {
            if (!valueText(form, v)) {
                ++badValues;
                badExamples.append(QStringLiteral("\"%1\" (%2)").arg(v, a.name));
            }
        }
    }
    addCounted(plan.adaptations, choices,
               QT_TRANSLATE_N_NOOP("situate::refi",
                                   "%n choice attribute(s) are written as Text variables, "
                                   "their choices in the variable description"));
    addCounted(plan.adaptations, caseMemos,
               QT_TRANSLATE_N_NOOP("situate::refi",
                                   "%n case memo(s) are notes linked to their case "
                                   "(REFI-QDA cases take no notes)"));
    if (badValues > 0)
        plan.losses.append(
            Tr::tr("%n number value(s) that are not decimal numbers: %1", nullptr, badValues)
                .arg(badExamples.mid(0, 5).join(QStringLiteral(", "))));
    int converted = 0;
    for (const DocumentInfo& d : s.documents)
        converted += d.format != QLatin1String("txt") ? 1 : 0;
    addCounted(plan.losses, converted,
               QT_TRANSLATE_N_NOOP("situate::refi",
                                   "the original files of %n document(s) (Word, PDF, "
                                   "captions...): every document is written as its plain text"));
    addCounted(plan.losses, s.timed,
               QT_TRANSLATE_N_NOOP("situate::refi",
                                   "caption timings of %n document(s): REFI-QDA text sources "
                                   "have no times"));
    return plan;
}

} // namespace situate::refi::exportparts

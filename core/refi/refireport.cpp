// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/refi/refireport.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::refi)
};
} // namespace

namespace situate::refi {

QStringList reportLines(const ImportReport& r) {
    QStringList lines;
    lines << (r.origin.isEmpty() ? Tr::tr("imported %1").arg(r.file)
                                 : Tr::tr("imported %1 (from %2)").arg(r.file, r.origin));
    if (!r.codebookOnly)
        lines << (Tr::tr("documents: %1 added, %2 already in the project")
                      .arg(r.documentsAdded)
                      .arg(r.documentsReused));
    lines << (Tr::tr("codes: %1 created, %2 matched").arg(r.codesCreated).arg(r.codesMatched));
    if (!r.codebookOnly) {
        lines << (Tr::tr("coders: %1 created").arg(r.codersCreated));
        lines << (Tr::tr("codings: %1 added, %2 already in the project, %3 not placed")
                      .arg(r.codingsAdded)
                      .arg(r.codingsDuplicate)
                      .arg(r.codingsNotPlaced));
        lines << (Tr::tr("cases: %1 created, %2 matched").arg(r.casesCreated).arg(r.casesMatched));
        lines << (Tr::tr("attributes: %1 created, %2 value(s) set")
                      .arg(r.attributesCreated)
                      .arg(r.attributeValues));
        lines << (Tr::tr("memos: %1").arg(r.memos));
        if (r.keyQuotes > 0)
            lines << (Tr::tr("key quotes: %1").arg(r.keyQuotes));
    }
    lines << (Tr::tr("research questions: %1 created, %2 matched, %3 code link(s)")
                  .arg(r.questionsCreated)
                  .arg(r.questionsMatched)
                  .arg(r.questionLinks));
    for (const QString& n : r.notes)
        lines << (Tr::tr("note: %1").arg(n));
    for (const QString& w : r.warnings)
        lines << (Tr::tr("warning: %1").arg(w));
    for (const QString& s : r.skipped)
        lines << (Tr::tr("skipped: %1").arg(s));
    for (const QString& n : r.notPlaced)
        lines << (Tr::tr("not placed: %1").arg(n));
    return lines;
}

QStringList planLines(const ExportPlan& plan) {
    QStringList lines;
    for (const QString& loss : plan.losses)
        lines << (Tr::tr("cannot be represented: %1").arg(loss));
    for (const QString& a : plan.adaptations)
        lines << (Tr::tr("written for Situate to read back: %1").arg(a));
    return lines;
}

} // namespace situate::refi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/refi/refiexport.h"

#include "core/codetree.h"
#include "core/io/csv.h"
#include "core/project.h"
#include "core/refi/refipackage.h"
#include "core/refi/refitext.h"
#include "core/storage/keyquotequeries.h"
#include "core/storage/refiqueries.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <cmath>
#include <optional>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::refi)
};
} // namespace

namespace situate::refi {

namespace {

const QString projectNamespace = QStringLiteral("urn:QDA-XML:project:1.0");
const QString codebookNamespace = QStringLiteral("urn:QDA-XML:codebook:1.0");

QString iso(const QDateTime& t) {
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

// Situate's UUIDs are GUIDs already; anything else gets a stable stand-in so the file
// still validates.
QString guidOf(const QString& uuid) {
    const QString g = cleanGuid(uuid);
    return g.isEmpty() ? derivedGuid(uuid, QLatin1String("id")) : g;
}

/// Everything an export reads, read once.
struct Snapshot {
    static Result<Snapshot> read(const Storage& s, const QString& name) {
        Snapshot n;
        Status failed;
        QVector<Coding> all;
        n.name = name;
        n.created =
            QDateTime::fromString(s.projectValue(QStringLiteral("created")), Qt::ISODateWithMs);
        if (!takeValue(CodeTree::read(s), n.tree, &failed) ||
            !takeValue(s.documents(), n.documents, &failed) ||
            !takeValue(s.cases(), n.cases, &failed) ||
            !takeValue(s.attributes(), n.attributes, &failed) ||
            !takeValue(s.coders(), n.coders, &failed) || !takeValue(s.allCodings(), all, &failed) ||
            !takeValue(s.researchQuestions(), n.questions, &failed) ||
            !takeValue(s.codeQuestionLinks(), n.links, &failed) ||
            !takeValue(loadKeyQuoteIds(s), n.keyQuotes, &failed))
            return failed;
        for (const Attribute& a : n.attributes) {
            if (!takeValue(s.attributeValues(a.id), n.values[a.id], &failed))
                return failed;
        }
        for (const Coder& c : n.coders)
            n.coderUuid.insert(c.id, guidOf(c.uuid));
        for (const Coding& c : all)
            n.codings[c.documentId].append(c);
        n.memos = refiqueries::allMemos(s);
        for (const DocumentInfo& d : n.documents) {
            for (qint64 c : d.caseIds)
                n.docsOfCase[c].append(d.id);
            QVector<SpeakerTurn> turns;
            if (!takeValue(s.speakerTurns(d.id), turns, &failed))
                return failed;
            n.timed += std::any_of(turns.cbegin(), turns.cend(),
                                   [](const SpeakerTurn& t) { return t.timeStartMs >= 0; })
                           ? 1
                           : 0;
        }
        return n;
    }
    QVector<qint64> codeOrder() const {
        QVector<qint64> order;
        for (qint64 top : tree.children(0))
            order << top << tree.descendants(top);
        return order;
    }

    QString name;
    QDateTime created;
    CodeTree tree;
    QVector<DocumentInfo> documents;
    QVector<Case> cases;
    QVector<Attribute> attributes;
    QHash<qint64, QHash<qint64, QString>> values; // attribute -> owner -> value
    QVector<Coder> coders;
    QHash<qint64, QString> coderUuid;
    QHash<qint64, QVector<Coding>> codings; // by document
    QVector<ResearchQuestion> questions;
    QHash<qint64, QVector<qint64>> links; // code -> questions
    QVector<Memo> memos;
    QSet<qint64> keyQuotes; // flagged codings
    QHash<qint64, QVector<qint64>> docsOfCase;
    int timed = 0; // documents with caption timings
};

/// How an attribute is written as a REFI-QDA variable.
struct VariableForm {
    QString type;        // typeOfVariable
    QString element;     // the value element
    QString description; // choices, for Situate to read back
};

bool isInteger(const QString& v) {
    static const QRegularExpression re(QStringLiteral("^[+-]?\\d+$"));
    return re.match(v).hasMatch();
}

bool isBooleanChoice(const Attribute& a) {
    QStringList c = a.choices;
    c.sort();
    return a.type == AttributeType::Choice &&
           c == QStringList{QStringLiteral("false"), QStringLiteral("true")};
}

VariableForm formOf(const Attribute& a, const QHash<qint64, QString>& values) {
    switch (a.type) {
    case AttributeType::Number: {
        const bool integers = std::all_of(values.cbegin(), values.cend(), isInteger);
        return integers
                   ? VariableForm{QStringLiteral("Integer"), QStringLiteral("IntegerValue"), {}}
                   : VariableForm{QStringLiteral("Float"), QStringLiteral("FloatValue"), {}};
    }
    case AttributeType::Date:
        return {QStringLiteral("Date"), QStringLiteral("DateValue"), {}};
    case AttributeType::Choice:
        if (isBooleanChoice(a))
            return {QStringLiteral("Boolean"), QStringLiteral("BooleanValue"), {}};
        return {QStringLiteral("Text"), QStringLiteral("TextValue"), choicesDescription(a.choices)};
    case AttributeType::Text:
        break;
    }
    return {QStringLiteral("Text"), QStringLiteral("TextValue"), {}};
}

// xsd:decimal has no exponent, no infinity and no NaN.
std::optional<QString> valueText(const VariableForm& form, const QString& value) {
    if (form.type != QLatin1String("Float"))
        return value;
    static const QRegularExpression decimal(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (decimal.match(value).hasMatch())
        return value;
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return QString::number(d, 'f', QLocale::FloatingPointShortest);
}

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
    if (criteria > 0)
        plan.adaptations.append(Tr::tr("inclusion, exclusion and example of %n code(s) are "
                                       "written as labelled paragraphs of the code description",
                                       nullptr, criteria));
    if (toc > 0)
        plan.adaptations.append(Tr::tr("the theory-of-change element of %n code(s) is written "
                                       "as a \"Theory of change:\" paragraph of the code "
                                       "description",
                                       nullptr, toc));
    if (plan.questions > 0)
        plan.adaptations.append(Tr::tr("%n research question(s) are written as sets of codes "
                                       "(code and title in the set name, the question in its "
                                       "description)",
                                       nullptr, plan.questions));
    if (pathNames > 0)
        plan.losses.append(Tr::tr("%n code name(s) contain \"::\" or \"\\\", which other tools "
                                  "and Situate read as levels of a code path",
                                  nullptr, pathNames));
    if (codebook) {
        if (codeMemos > 0)
            plan.losses.append(
                Tr::tr("%n code memo(s): a codebook file has no notes", nullptr, codeMemos));
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
    if (!s.keyQuotes.isEmpty())
        plan.adaptations.append(Tr::tr("%n key quote(s) are notes named \"Key quote\" on their "
                                       "codings",
                                       nullptr, int(s.keyQuotes.size())));
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
    if (choices > 0)
        plan.adaptations.append(Tr::tr("%n choice attribute(s) are written as Text variables, "
                                       "their choices in the variable description",
                                       nullptr, choices));
    if (caseMemos > 0)
        plan.adaptations.append(Tr::tr("%n case memo(s) are notes linked to their case "
                                       "(REFI-QDA cases take no notes)",
                                       nullptr, caseMemos));
    if (badValues > 0)
        plan.losses.append(
            Tr::tr("%n number value(s) that are not decimal numbers: %1", nullptr, badValues)
                .arg(badExamples.mid(0, 5).join(QStringLiteral(", "))));
    int converted = 0;
    for (const DocumentInfo& d : s.documents)
        converted += d.format != QLatin1String("txt") ? 1 : 0;
    if (converted > 0)
        plan.losses.append(Tr::tr("the original files of %n document(s) (Word, PDF, "
                                  "captions...): every document is written as its plain text",
                                  nullptr, converted));
    if (s.timed > 0)
        plan.losses.append(Tr::tr("caption timings of %n document(s): REFI-QDA text sources "
                                  "have no times",
                                  nullptr, s.timed));
    return plan;
}

void writeCode(QXmlStreamWriter& w, const Snapshot& s, qint64 id,
               const QHash<qint64, QStringList>* memoNotes) {
    const Code* c = s.tree.find(id);
    w.writeStartElement(QStringLiteral("Code"));
    w.writeAttribute(QStringLiteral("guid"), guidOf(c->uuid));
    w.writeAttribute(QStringLiteral("name"), c->name);
    w.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
    if (const QString colour = refiColour(c->colour); !colour.isEmpty())
        w.writeAttribute(QStringLiteral("color"), colour);
    if (const QString d = codeDescription(*c); !d.isEmpty())
        w.writeTextElement(QStringLiteral("Description"), d);
    if (memoNotes) {
        for (const QString& note : memoNotes->value(id)) {
            w.writeEmptyElement(QStringLiteral("NoteRef"));
            w.writeAttribute(QStringLiteral("targetGUID"), note);
        }
    }
    for (qint64 child : s.tree.children(id))
        writeCode(w, s, child, memoNotes);
    w.writeEndElement();
}

void writeValues(QXmlStreamWriter& w, const Snapshot& s, AttributeScope scope, qint64 owner) {
    for (const Attribute& a : s.attributes) {
        if (a.scope != scope)
            continue;
        const QHash<qint64, QString>& values = s.values[a.id];
        const auto it = values.constFind(owner);
        if (it == values.cend())
            continue;
        const VariableForm form = formOf(a, values);
        const std::optional<QString> text = valueText(form, *it);
        if (!text)
            continue; // listed in the plan
        w.writeStartElement(QStringLiteral("VariableValue"));
        w.writeEmptyElement(QStringLiteral("VariableRef"));
        w.writeAttribute(QStringLiteral("targetGUID"), guidOf(a.uuid));
        w.writeTextElement(form.element, *text);
        w.writeEndElement();
    }
}

void writeNoteRefs(QXmlStreamWriter& w, const QStringList& notes) {
    for (const QString& note : notes) {
        w.writeEmptyElement(QStringLiteral("NoteRef"));
        w.writeAttribute(QStringLiteral("targetGUID"), note);
    }
}

void writeNote(QXmlStreamWriter& w, const QString& guid, const QString& title,
               const QDateTime& created, const QDateTime& modified, const QString& text) {
    w.writeStartElement(QStringLiteral("Note"));
    w.writeAttribute(QStringLiteral("guid"), guid);
    if (!title.isEmpty())
        w.writeAttribute(QStringLiteral("name"), title);
    w.writeAttribute(QStringLiteral("creationDateTime"), iso(created));
    w.writeAttribute(QStringLiteral("modifiedDateTime"), iso(modified));
    w.writeTextElement(QStringLiteral("PlainTextContent"), text);
    w.writeEndElement();
}

void writeSources(QXmlStreamWriter& w, const Snapshot& s, const Storage& storage,
                  const QHash<qint64, QStringList>& docNotes) {
    w.writeStartElement(QStringLiteral("Sources"));
    for (const DocumentInfo& d : s.documents) {
        const QString guid = guidOf(d.uuid);
        w.writeStartElement(QStringLiteral("TextSource"));
        w.writeAttribute(QStringLiteral("guid"), guid);
        w.writeAttribute(QStringLiteral("name"), d.name);
        w.writeAttribute(QStringLiteral("plainTextPath"),
                         QStringLiteral("internal://%1.txt").arg(guid));
        w.writeAttribute(QStringLiteral("creationDateTime"), iso(d.importedAt));
        QVector<Coding> codings = s.codings.value(d.id);
        std::sort(codings.begin(), codings.end(), [](const Coding& a, const Coding& b) {
            return std::tie(a.start, a.end, a.id) < std::tie(b.start, b.end, b.id);
        });
        const QString text = codings.isEmpty() ? QString() : storage.documentText(d.id);
        const OffsetMap map(text);
        for (const Coding& c : codings) {
            // One selection per coding, named with the coded text, so any importer (and
            // Situate's own) can check that the offsets land where they should.
            const QString cguid = guidOf(c.uuid);
            w.writeStartElement(QStringLiteral("PlainTextSelection"));
            w.writeAttribute(QStringLiteral("guid"),
                             derivedGuid(cguid, QLatin1String("selection")));
            w.writeAttribute(QStringLiteral("name"), map.slice(text, c.start, c.end));
            w.writeAttribute(QStringLiteral("startPosition"), QString::number(c.start));
            w.writeAttribute(QStringLiteral("endPosition"), QString::number(c.end));
            w.writeAttribute(QStringLiteral("creatingUser"), s.coderUuid.value(c.coderId));
            w.writeAttribute(QStringLiteral("creationDateTime"), iso(c.created));
            w.writeAttribute(QStringLiteral("modifiedDateTime"), iso(c.modified));
            // The memo here too: QualCoder reads a coding's memo from the description only.
            if (!c.memo.isEmpty())
                w.writeTextElement(QStringLiteral("Description"), c.memo);
            w.writeStartElement(QStringLiteral("Coding"));
            w.writeAttribute(QStringLiteral("guid"), cguid);
            w.writeAttribute(QStringLiteral("creatingUser"), s.coderUuid.value(c.coderId));
            w.writeAttribute(QStringLiteral("creationDateTime"), iso(c.created));
            w.writeEmptyElement(QStringLiteral("CodeRef"));
            w.writeAttribute(QStringLiteral("targetGUID"), guidOf(s.tree.find(c.codeId)->uuid));
            if (!c.memo.isEmpty())
                writeNoteRefs(w, {derivedGuid(cguid, QLatin1String("memo"))});
            if (s.keyQuotes.contains(c.id))
                writeNoteRefs(w, {derivedGuid(cguid, QLatin1String("keyquote"))});
            w.writeEndElement();
            w.writeEndElement();
        }
        writeNoteRefs(w, docNotes.value(d.id));
        writeValues(w, s, AttributeScope::Document, d.id);
        w.writeEndElement();
    }
    w.writeEndElement();
}

// Research questions as sets of codes. The project schema names a member by targetGUID,
// the codebook schema by guid.
void writeQuestionSets(QXmlStreamWriter& w, const Snapshot& s, const QString& memberAttribute) {
    if (s.questions.isEmpty())
        return;
    w.writeStartElement(QStringLiteral("Sets"));
    const QVector<qint64> order = s.codeOrder();
    for (const ResearchQuestion& q : s.questions) {
        w.writeStartElement(QStringLiteral("Set"));
        w.writeAttribute(QStringLiteral("guid"), guidOf(q.uuid));
        w.writeAttribute(QStringLiteral("name"), questionSetName(q));
        if (!q.text.isEmpty())
            w.writeTextElement(QStringLiteral("Description"), q.text);
        for (qint64 code : order) {
            if (!s.links.value(code).contains(q.id))
                continue;
            w.writeEmptyElement(QStringLiteral("MemberCode"));
            w.writeAttribute(memberAttribute, guidOf(s.tree.find(code)->uuid));
        }
        w.writeEndElement();
    }
    w.writeEndElement();
}

QByteArray writeProject(const Snapshot& s, const Storage& storage) {
    QHash<qint64, QStringList> codeNotes, docNotes;
    QStringList projectNotes;
    QVector<const Memo*> caseMemos;
    for (const Memo& m : s.memos) {
        switch (m.ownerType) {
        case MemoOwner::Project:
            projectNotes.append(guidOf(m.uuid));
            break;
        case MemoOwner::Document:
            docNotes[m.ownerId].append(guidOf(m.uuid));
            break;
        case MemoOwner::Code:
            codeNotes[m.ownerId].append(guidOf(m.uuid));
            break;
        case MemoOwner::Case:
            caseMemos.append(&m);
            break;
        }
    }
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("Project"));
    w.writeDefaultNamespace(projectNamespace);
    w.writeAttribute(QStringLiteral("name"), s.name);
    w.writeAttribute(QStringLiteral("origin"), QStringLiteral("Situate"));
    if (s.created.isValid())
        w.writeAttribute(QStringLiteral("creationDateTime"), iso(s.created));
    w.writeAttribute(QStringLiteral("modifiedDateTime"), iso(QDateTime::currentDateTimeUtc()));

    if (!s.coders.isEmpty()) {
        w.writeStartElement(QStringLiteral("Users"));
        for (const Coder& c : s.coders) {
            w.writeEmptyElement(QStringLiteral("User"));
            w.writeAttribute(QStringLiteral("guid"), guidOf(c.uuid));
            w.writeAttribute(QStringLiteral("name"), c.name);
        }
        w.writeEndElement();
    }
    if (!s.tree.codes().isEmpty()) {
        w.writeStartElement(QStringLiteral("CodeBook"));
        w.writeStartElement(QStringLiteral("Codes"));
        for (qint64 top : s.tree.children(0))
            writeCode(w, s, top, &codeNotes);
        w.writeEndElement();
        w.writeEndElement();
    }
    if (!s.attributes.isEmpty()) {
        w.writeStartElement(QStringLiteral("Variables"));
        for (const Attribute& a : s.attributes) {
            const VariableForm form = formOf(a, s.values.value(a.id));
            w.writeStartElement(QStringLiteral("Variable"));
            w.writeAttribute(QStringLiteral("guid"), guidOf(a.uuid));
            w.writeAttribute(QStringLiteral("name"), a.name);
            w.writeAttribute(QStringLiteral("typeOfVariable"), form.type);
            if (!form.description.isEmpty())
                w.writeTextElement(QStringLiteral("Description"), form.description);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    if (!s.cases.isEmpty()) {
        w.writeStartElement(QStringLiteral("Cases"));
        for (const Case& c : s.cases) {
            w.writeStartElement(QStringLiteral("Case"));
            w.writeAttribute(QStringLiteral("guid"), guidOf(c.uuid));
            w.writeAttribute(QStringLiteral("name"), c.name);
            if (!c.description.isEmpty())
                w.writeTextElement(QStringLiteral("Description"), c.description);
            writeValues(w, s, AttributeScope::Case, c.id);
            for (const DocumentInfo& d : s.documents) {
                if (!s.docsOfCase.value(c.id).contains(d.id))
                    continue;
                w.writeEmptyElement(QStringLiteral("SourceRef"));
                w.writeAttribute(QStringLiteral("targetGUID"), guidOf(d.uuid));
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    if (!s.documents.isEmpty())
        writeSources(w, s, storage, docNotes);

    bool notes = !s.memos.isEmpty() || !s.keyQuotes.isEmpty();
    for (auto it = s.codings.cbegin(); it != s.codings.cend() && !notes; ++it) {
        for (const Coding& c : *it)
            notes = notes || !c.memo.isEmpty();
    }
    if (notes) {
        w.writeStartElement(QStringLiteral("Notes"));
        for (const Memo& m : s.memos)
            writeNote(w, guidOf(m.uuid), m.title, m.created, m.modified, m.text);
        for (const DocumentInfo& d : s.documents) {
            for (const Coding& c : s.codings.value(d.id)) {
                if (!c.memo.isEmpty())
                    writeNote(w, derivedGuid(guidOf(c.uuid), QLatin1String("memo")), {}, c.modified,
                              c.modified, c.memo);
                if (s.keyQuotes.contains(c.id))
                    writeNote(w, derivedGuid(guidOf(c.uuid), QLatin1String("keyquote")),
                              keyQuoteNoteName(), c.modified, c.modified, keyQuoteNoteName());
            }
        }
        w.writeEndElement();
    }
    if (!caseMemos.isEmpty()) {
        QHash<qint64, QString> caseGuids;
        for (const Case& c : s.cases)
            caseGuids.insert(c.id, guidOf(c.uuid));
        w.writeStartElement(QStringLiteral("Links"));
        for (const Memo* m : caseMemos) {
            w.writeEmptyElement(QStringLiteral("Link"));
            w.writeAttribute(QStringLiteral("guid"),
                             derivedGuid(guidOf(m->uuid), QLatin1String("link")));
            w.writeAttribute(QStringLiteral("name"), QStringLiteral("Memo"));
            w.writeAttribute(QStringLiteral("direction"), QStringLiteral("OneWay"));
            w.writeAttribute(QStringLiteral("originGUID"), guidOf(m->uuid));
            w.writeAttribute(QStringLiteral("targetGUID"), caseGuids.value(m->ownerId));
        }
        w.writeEndElement();
    }
    writeQuestionSets(w, s, QStringLiteral("targetGUID"));
    writeNoteRefs(w, projectNotes);
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

QByteArray writeCodebook(const Snapshot& s) {
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("CodeBook"));
    w.writeDefaultNamespace(codebookNamespace);
    w.writeAttribute(QStringLiteral("origin"), QStringLiteral("Situate"));
    w.writeStartElement(QStringLiteral("Codes"));
    for (qint64 top : s.tree.children(0))
        writeCode(w, s, top, nullptr);
    w.writeEndElement();
    writeQuestionSets(w, s, QStringLiteral("guid"));
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace

Result<ExportPlan> planProjectExport(const Project& project) {
    const Result<Snapshot> s = Snapshot::read(project.storage(), project.name());
    return s ? Result<ExportPlan>(makePlan(*s, false)) : Status::from(s);
}

Result<ExportPlan> planCodebookExport(const Project& project) {
    const Result<Snapshot> s = Snapshot::read(project.storage(), project.name());
    return s ? Result<ExportPlan>(makePlan(*s, true)) : Status::from(s);
}

Result<QByteArray> projectXml(const Project& project) {
    const Result<Snapshot> s = Snapshot::read(project.storage(), project.name());
    return s ? Result<QByteArray>(writeProject(*s, project.storage())) : Status::from(s);
}

Result<QByteArray> codebookXml(const Project& project) {
    const Result<Snapshot> read = Snapshot::read(project.storage(), project.name());
    if (!read)
        return Status::from(read);
    const Snapshot& s = *read;
    if (s.tree.codes().isEmpty())
        return Result<QByteArray>::failure(
            Tr::tr("the project has no codes, and a REFI-QDA codebook needs at least one"));
    return writeCodebook(s);
}

Result<ExportPlan> exportProject(const Project& project, const QString& path) {
    return exportProject(project.storage(), project.name(), path);
}

Result<ExportPlan> exportProject(const Storage& storage, const QString& projectName,
                                 const QString& path, const ExportProgress& progress) {
    const Result<Snapshot> read = Snapshot::read(storage, projectName);
    if (!read)
        return Status::from(read);
    const Snapshot& s = *read;
    const qint64 steps = s.documents.size() + 1;
    const auto cancelled = [] {
        return Result<ExportPlan>::failure(QStringLiteral("cancelled"));
    };
    if (progress && !progress(0, steps))
        return cancelled();
    QVector<QPair<QString, QByteArray>> files;
    files.append({QStringLiteral("project.qde"), writeProject(s, storage)});
    for (const DocumentInfo& d : s.documents) {
        if (progress && !progress(files.size(), steps))
            return cancelled();
        files.append({QStringLiteral("sources/%1.txt").arg(guidOf(d.uuid)),
                      storage.documentText(d.id).toUtf8()});
    }
    Result<QByteArray> zip = zipArchive(files);
    if (!zip)
        return Status::from(zip);
    files.clear();
    // The last chance to stop before the file is written.
    if (progress && !progress(steps, steps))
        return cancelled();
    if (Status st = csv::saveFile(path, *zip); !st)
        return st;
    return makePlan(s, false);
}

Result<ExportPlan> exportCodebook(const Project& project, const QString& path) {
    return exportCodebook(project.storage(), project.name(), path);
}

Result<ExportPlan> exportCodebook(const Storage& storage, const QString& projectName,
                                  const QString& path, const ExportProgress& progress) {
    const Result<Snapshot> read = Snapshot::read(storage, projectName);
    if (!read)
        return Status::from(read);
    const Snapshot& s = *read;
    if (s.tree.codes().isEmpty())
        return Result<ExportPlan>::failure(
            Tr::tr("the project has no codes, and a REFI-QDA codebook needs at least one"));
    const QByteArray xml = writeCodebook(s);
    if (progress && !progress(1, 1)) // the last chance to stop before the file is written
        return Result<ExportPlan>::failure(QStringLiteral("cancelled"));
    if (Status st = csv::saveFile(path, xml); !st)
        return st;
    return makePlan(s, true);
}

} // namespace situate::refi

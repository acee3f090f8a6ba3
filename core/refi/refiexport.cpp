// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/refi/refiexport.h"

#include "core/io/csv.h"
#include "core/project.h"
#include "core/refi/refiexportparts.h"
#include "core/refi/refipackage.h"
#include "core/refi/refitext.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::refi)
};
} // namespace

namespace situate::refi {

using namespace exportparts;

namespace {

const QString projectNamespace = QStringLiteral("urn:QDA-XML:project:1.0");
const QString codebookNamespace = QStringLiteral("urn:QDA-XML:codebook:1.0");

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

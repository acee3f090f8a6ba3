// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/refi/refiimporter.h"

#include "core/commands/commands.h"
#include "core/import/importsupport.h"
#include "core/refi/refitext.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QDate>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::refi)
};
} // namespace

namespace situate::refi {

namespace {

QString iso(const QDateTime& t) {
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

// The row already in the project that an imported item is: the one with its GUID, else the
// one `byName` finds; counted in `matched`. 0 when there is none.
template <typename ByName>
qint64 existingRow(const QHash<QString, qint64>& byUuid, const QString& guid, ByName byName,
                   int& matched) {
    if (!guid.isEmpty() && byUuid.contains(guid)) {
        ++matched;
        return byUuid.value(guid);
    }
    if (const std::optional<qint64> existing = byName()) {
        ++matched;
        return *existing;
    }
    return 0;
}

} // namespace

Status RefiImporter::loadNotes() {
    for (const QdaNote& n : m_ex.notes) {
        const QString k = key(n.guid);
        m_notes.insert(k, &n);
        QString text = n.text;
        if (text.isEmpty() && !n.plainTextPath.trimmed().isEmpty()) {
            const QString entry = m_package.findSource(n.plainTextPath);
            if (entry.isEmpty()) {
                m_report.warnings.append(Tr::tr("note \"%1\": its text file (%2) is missing")
                                             .arg(n.name, n.plainTextPath));
            } else {
                Result<QByteArray> data = m_package.read(entry);
                if (!data)
                    return Status::from(data);
                if (auto decoded = importsupport::decodeTextFile(*data, entry))
                    text = decoded->text;
                else
                    m_report.warnings.append(decoded.error());
            }
        }
        text = normaliseText(text).trimmed();
        const QString description = normaliseText(n.description).trimmed();
        if (!description.isEmpty() && description != text)
            text = text.isEmpty() ? description : description + QLatin1String("\n\n") + text;
        m_noteTexts.insert(k, text);
    }
    return {};
}

QString RefiImporter::noteText(const QString& noteGuid) const {
    const QString k = key(noteGuid);
    const QdaNote* note = m_notes.value(k);
    if (!note)
        return {};
    const QString text = m_noteTexts.value(k);
    const QString title = note->name.trimmed();
    return title.isEmpty() ? text : title + QLatin1String("\n\n") + text;
}

QString RefiImporter::codingMemo(QStringList texts, const QStringList& noteRefs, bool* keyQuote) {
    for (const QString& ref : noteRefs) {
        m_notesUsed.insert(key(ref));
        const QdaNote* note = m_notes.value(key(ref));
        if (note && note->name == keyQuoteNoteName()) {
            *keyQuote = true;
            continue;
        }
        texts.append(noteText(ref));
    }
    // One memo written both as the selection's description and as a note (QualCoder reads
    // the one, other tools the other) is one memo.
    QStringList distinct, seen;
    for (const QString& t : texts) {
        if (t.isEmpty() || seen.contains(t.trimmed()))
            continue;
        seen.append(t.trimmed());
        distinct.append(t);
    }
    return distinct.join(QLatin1String("\n\n"));
}

Status RefiImporter::setValue(AttributeScope scope, qint64 ownerId, const QdaValue& value) {
    const QdaVariable* var = m_variables.value(key(value.variableGuid));
    if (!var) {
        m_report.warnings.append(Tr::tr("a value refers to a variable (%1) the file does not "
                                        "declare; it was left out")
                                     .arg(value.variableGuid));
        return {};
    }
    QString name = collapseSpace(var->name);
    if (name.isEmpty())
        name = QStringLiteral("Variable");
    const QString type = var->type.trimmed().toLower();
    QStringList choices = readChoicesDescription(var->description);
    AttributeType attributeType = AttributeType::Text;
    if (!choices.isEmpty()) {
        attributeType = AttributeType::Choice;
    } else if (type == QLatin1String("integer") || type == QLatin1String("float")) {
        attributeType = AttributeType::Number;
    } else if (type == QLatin1String("date")) {
        attributeType = AttributeType::Date;
    } else if (type == QLatin1String("boolean")) {
        attributeType = AttributeType::Choice;
        choices = {QStringLiteral("true"), QStringLiteral("false")};
    }
    QString v = value.value.trimmed();
    if (type == QLatin1String("boolean")) {
        const QString l = v.toLower();
        if (l == QLatin1String("1") || l == QLatin1String("yes"))
            v = QStringLiteral("true");
        else if (l == QLatin1String("0") || l == QLatin1String("no"))
            v = QStringLiteral("false");
        else
            v = l;
    } else if (type == QLatin1String("date") && v.size() > 10 &&
               QDate::fromString(v.left(10), Qt::ISODate).isValid()) {
        v = v.left(10);
    }
    if (v.isEmpty())
        return {};
    const QString mapKey = QStringLiteral("%1:%2").arg(int(scope)).arg(key(var->guid));
    qint64 attributeId = m_attributeIds.value(mapKey, 0);
    if (attributeId == 0) {
        if (auto existing = m_e.storage().attributeByName(scope, name)) {
            attributeId = existing->id;
        } else {
            Result<qint64> r = ensureAttribute(m_e, scope, name, attributeType);
            if (!r)
                return Status::from(r);
            attributeId = *r;
            QVariantMap changes{
                {QStringLiteral("uuid"), newRowUuid(var->guid, m_usedAttributeUuids)}};
            if (attributeType == AttributeType::Choice)
                changes.insert(QStringLiteral("choices"), choices.join(QLatin1Char('\n')));
            if (Status s = m_e.update(QStringLiteral("attributes"), attributeId, changes); !s)
                return s;
            ++m_report.attributesCreated;
            if (type == QLatin1String("datetime"))
                m_report.warnings.append(Tr::tr("variable \"%1\" holds dates with times; "
                                                "Situate keeps them as text")
                                             .arg(name));
        }
        m_attributeIds.insert(mapKey, attributeId);
    }
    // A value the attribute's type refuses is reported, not allowed to stop the import.
    if (Status s = setAttributeValue(m_e, attributeId, ownerId, v); !s) {
        m_report.warnings.append(Tr::tr("%1; the value was left out").arg(s.error()));
        return {};
    }
    ++m_report.attributeValues;
    return {};
}

Status RefiImporter::importCases() {
    QHash<QString, qint64> byUuid;
    QHash<qint64, QString> descriptions;
    const Result<QVector<Case>> cases = m_e.storage().cases();
    if (!cases)
        return Status::from(cases);
    for (const Case& c : *cases) {
        byUuid.insert(c.uuid.toLower(), c.id);
        descriptions.insert(c.id, c.description);
    }
    // The sources the file holds, imported or not: a case's reference to any other is to a
    // source the file does not contain.
    QSet<QString> inFile;
    for (const QdaTextSource& source : m_ex.sources)
        inFile.insert(key(source.guid));
    for (const QString& guid : m_ex.otherSourceGuids)
        inFile.insert(key(guid));
    for (qsizetype i = 0; i < m_ex.cases.size(); ++i) {
        const QdaCase& c = m_ex.cases[i];
        QString name = collapseSpace(c.name);
        if (name.isEmpty())
            name = QStringLiteral("Case %1").arg(i + 1);
        const QString guid = cleanGuid(c.guid);
        qint64 id = existingRow(
            byUuid, guid, [&] { return m_e.storage().caseIdByName(name); }, m_report.casesMatched);
        if (id == 0) {
            Result<qint64> r = ensureCase(m_e, name);
            if (!r)
                return Status::from(r);
            id = *r;
            if (Status s =
                    m_e.update(QStringLiteral("cases"), id,
                               {{QStringLiteral("uuid"), newRowUuid(c.guid, m_usedCaseUuids)}});
                !s)
                return s;
            ++m_report.casesCreated;
        }
        const QString description = normaliseText(c.description).trimmed();
        if (!description.isEmpty() && descriptions.value(id).isEmpty()) {
            if (Status s = m_e.update(QStringLiteral("cases"), id,
                                      {{QStringLiteral("description"), description}});
                !s)
                return s;
            descriptions.insert(id, description);
        }
        for (const QdaValue& v : c.values) {
            if (Status s = setValue(AttributeScope::Case, id, v); !s)
                return s;
        }
        int missing = 0;
        QStringList absent;
        for (const QString& ref : c.sourceRefs) {
            const qint64 doc = m_docByGuid.value(key(ref), 0);
            if (doc == 0 && !inFile.contains(key(ref))) {
                absent.append(ref);
                continue;
            }
            if (doc == 0) {
                ++missing;
                continue;
            }
            if (Status s = assignDocumentToCase(m_e, doc, id); !s)
                return s;
        }
        if (!absent.isEmpty())
            m_report.warnings.append(
                Tr::tr("case \"%1\" refers to %n source(s) the file does not contain: %2", nullptr,
                       int(absent.size()))
                    .arg(name, absent.join(QStringLiteral(", "))));
        if (missing > 0)
            m_report.skipped.append(Tr::tr("case \"%1\": %2 of its sources were not imported, "
                                           "so they are not in the case")
                                        .arg(name)
                                        .arg(missing));
        if (c.codeRefs > 0 || c.selectionRefs > 0)
            m_report.skipped.append(Tr::tr("case \"%1\": %2 code and %3 selection "
                                           "reference(s); Situate cases group documents")
                                        .arg(name)
                                        .arg(c.codeRefs)
                                        .arg(c.selectionRefs));
        m_caseByGuid.insert(key(c.guid), id);
    }
    return {};
}

Status RefiImporter::importSets() {
    const Result<QVector<ResearchQuestion>> questions = m_e.storage().researchQuestions();
    if (!questions)
        return Status::from(questions);
    QHash<QString, qint64> byUuid;
    for (const ResearchQuestion& q : *questions)
        byUuid.insert(q.uuid.toLower(), q.id);
    qsizetype questionCount = questions->size();
    QStringList taken;
    for (const QdaSet& s : m_ex.sets) {
        const QString setName = collapseSpace(s.name);
        if (!s.codes.isEmpty()) {
            const QString guid = cleanGuid(s.guid);
            QString code, title;
            readQuestionSetName(setName, taken, &code, &title);
            if (code.isEmpty())
                code = QStringLiteral("Set %1").arg(taken.size() + 1);
            const QString text = normaliseText(s.description).trimmed();
            qint64 id = existingRow(
                byUuid, guid, [&] { return m_e.storage().questionIdByCode(code); },
                m_report.questionsMatched);
            if (id == 0) {
                Result<qint64> r =
                    m_e.insert(QStringLiteral("research_questions"),
                               {{QStringLiteral("uuid"), newRowUuid(s.guid, m_usedQuestionUuids)},
                                {QStringLiteral("code"), code},
                                {QStringLiteral("title"), title},
                                {QStringLiteral("text"), text},
                                {QStringLiteral("sort_order"), questionCount}});
                if (!r)
                    return Status::from(r);
                ++questionCount;
                id = *r;
                ++m_report.questionsCreated;
            }
            taken.append(code);
            int missing = 0;
            for (const QString& member : s.codes) {
                const qint64 codeId = m_codeByGuid.value(key(member), 0);
                if (codeId == 0) {
                    ++missing;
                    continue;
                }
                if (m_e.storage().codeQuestionLinkId(codeId, id))
                    continue;
                if (Status st = linkCodeToQuestion(m_e, codeId, id); !st)
                    return st;
                ++m_report.questionLinks;
            }
            if (missing > 0)
                m_report.warnings.append(Tr::tr("set \"%1\": %n member code(s) are not in the "
                                                "codebook",
                                                nullptr, missing)
                                             .arg(setName));
        }
        if (!s.sources.isEmpty()) {
            QVector<qint64> docs;
            for (const QString& member : s.sources) {
                if (const qint64 doc = m_docByGuid.value(key(member), 0))
                    docs.append(doc);
            }
            if (docs.isEmpty()) {
                m_report.skipped.append(Tr::tr("set \"%1\": none of its %n source(s) was "
                                               "imported",
                                               nullptr, int(s.sources.size()))
                                            .arg(setName));
            } else {
                // Tools without cases (ATLAS.ti's document groups) group sources in sets; a
                // Situate case is the group of documents that keeps them together.
                const bool existed = m_e.storage().caseIdByName(setName).has_value();
                Result<qint64> caseId =
                    ensureCase(m_e, setName.isEmpty() ? QStringLiteral("Set") : setName);
                if (!caseId)
                    return Status::from(caseId);
                ++(existed ? m_report.casesMatched : m_report.casesCreated);
                for (qint64 doc : docs) {
                    if (Status st = assignDocumentToCase(m_e, doc, *caseId); !st)
                        return st;
                }
                m_report.warnings.append(Tr::tr("set \"%1\" groups sources; it became a case "
                                                "of %n document(s)",
                                                nullptr, int(docs.size()))
                                             .arg(setName));
            }
        }
        if (s.codes.isEmpty() && s.sources.isEmpty())
            m_report.skipped.append(Tr::tr("set \"%1\": it has no codes or sources").arg(setName));
        if (s.notes > 0)
            m_report.skipped.append(
                Tr::tr("set \"%1\": %n note member(s)", nullptr, s.notes).arg(setName));
    }
    return {};
}

void RefiImporter::linkNote(const QString& objectKey, const QString& noteKey) {
    if (const qint64 id = m_caseByGuid.value(objectKey, 0))
        m_noteTargets[noteKey].append({Target::Case, id});
    else if (const qint64 doc = m_docByGuid.value(objectKey, 0))
        m_noteTargets[noteKey].append({Target::Document, doc});
    else if (const qint64 code = m_codeByGuid.value(objectKey, 0))
        m_noteTargets[noteKey].append({Target::Code, code});
}

void RefiImporter::attachNote(Target target, qint64 id, const QdaNote& note) {
    MemoDraft& d = m_drafts[{int(target), id}];
    const QString text = m_noteTexts.value(key(note.guid));
    if (d.notes == 0) {
        d.guid = note.guid;
        d.title = note.name.trimmed();
        d.text = text;
        d.created = note.created;
        d.modified = note.modified.isValid() ? note.modified : note.created;
    } else {
        const QString title = note.name.trimmed();
        d.text +=
            QLatin1String("\n\n") + (title.isEmpty() ? text : title + QLatin1String("\n\n") + text);
    }
    ++d.notes;
}

Status RefiImporter::writeMemo(Target target, qint64 id, const MemoDraft& draft) {
    static const MemoOwner owners[] = {MemoOwner::Project, MemoOwner::Document, MemoOwner::Case,
                                       MemoOwner::Code};
    static const char* const types[] = {"project", "document", "case", "code"};
    static const char* const columns[] = {nullptr, "document_id", "case_id", "code_id"};
    const int t = int(target);
    if (draft.text.isEmpty() && draft.title.isEmpty())
        return {};
    if (const auto existing = m_e.storage().memo(owners[t], id)) {
        if (existing->text.contains(draft.text))
            return {};
        QVariantMap changes{
            {QStringLiteral("text"), existing->text.isEmpty()
                                         ? draft.text
                                         : existing->text + QLatin1String("\n\n") + draft.text}};
        if (existing->title.isEmpty() && !draft.title.isEmpty())
            changes.insert(QStringLiteral("title"), draft.title);
        ++m_report.memos;
        return m_e.update(QStringLiteral("memos"), existing->id, changes);
    }
    QVariantMap row{{QStringLiteral("uuid"),
                     newRowUuid(draft.notes == 1 ? draft.guid : QString(), m_usedMemoUuids)},
                    {QStringLiteral("owner_type"), QString::fromLatin1(types[t])},
                    {QStringLiteral("title"), draft.title},
                    {QStringLiteral("text"), draft.text},
                    {QStringLiteral("created"), iso(draft.created)},
                    {QStringLiteral("modified"),
                     iso(draft.modified.isValid() ? draft.modified : draft.created)}};
    if (columns[t])
        row.insert(QString::fromLatin1(columns[t]), id);
    ++m_report.memos;
    return Status::from(m_e.insert(QStringLiteral("memos"), row));
}

Status RefiImporter::importNotes() {
    // REFI-QDA has no NoteRef on cases; a Link between a note and an object attaches it.
    for (const QdaLink& link : m_ex.links) {
        const QString origin = key(link.originGuid), target = key(link.targetGuid);
        if (m_notes.contains(origin))
            linkNote(target, origin);
        else if (m_notes.contains(target))
            linkNote(origin, target);
    }
    for (const QString& ref : m_ex.projectNoteRefs)
        m_noteTargets[key(ref)].append({Target::Project, 0});
    int loose = 0;
    for (const QdaNote& note : m_ex.notes) {
        const QString k = key(note.guid);
        QVector<QPair<Target, qint64>> targets = m_noteTargets.value(k);
        if (targets.isEmpty()) {
            if (m_notesUsed.contains(k))
                continue; // it became a coding memo
            targets.append({Target::Project, 0});
            ++loose;
        }
        for (const auto& t : targets)
            attachNote(t.first, t.second, note);
    }
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it) {
        if (Status s = writeMemo(Target(it.key().first), it.key().second, it.value()); !s)
            return s;
    }
    if (loose > 0)
        m_report.warnings.append(Tr::tr("%n note(s) attached to nothing Situate holds went "
                                        "into the project memo",
                                        nullptr, loose));
    return {};
}

// The coder of a REFI-QDA user: matched by GUID, then by name, else created.
Result<qint64> RefiImporter::coderFor(const QString& userGuid) {
    const QString k = key(userGuid);
    if (m_coderByUser.contains(k))
        return m_coderByUser.value(k);
    QString name = m_userNames.value(k).trimmed();
    if (name.isEmpty())
        name = userGuid.trimmed().isEmpty()
                   ? QStringLiteral("Unknown coder")
                   : QStringLiteral("User %1").arg(userGuid.trimmed().left(8));
    const QString guid = cleanGuid(userGuid);
    const Result<QVector<Coder>> coders = m_e.storage().coders();
    if (!coders)
        return Status::from(coders);
    qint64 id = 0;
    for (const Coder& c : *coders) {
        if (!guid.isEmpty() && c.uuid.toLower() == guid)
            id = c.id;
    }
    if (id == 0) {
        if (auto byName = m_e.storage().coderIdByName(name)) {
            id = *byName;
        } else {
            Result<qint64> r = ensureCoder(m_e, name);
            if (!r)
                return r;
            id = *r;
            if (Status s =
                    m_e.update(QStringLiteral("coders"), id,
                               {{QStringLiteral("uuid"), newRowUuid(userGuid, m_usedCoderUuids)}});
                !s)
                return s;
            ++m_report.codersCreated;
        }
    }
    m_coderByUser.insert(k, id);
    return id;
}

} // namespace situate::refi

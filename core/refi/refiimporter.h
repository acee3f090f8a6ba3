// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/editor.h"
#include "core/refi/refiimport.h"
#include "core/refi/refimodel.h"
#include "core/refi/refipackage.h"
#include "core/types.h"

#include <QHash>
#include <QMap>
#include <QSet>

// The writing half of a REFI-QDA import, shared by refiimporter.cpp (codes, sources,
// codings) and refiimporterparts.cpp (values, cases, sets, notes). Not public.
namespace situate::refi {

/// Writes one parsed exchange into a project through an Editor, inside Project::edit.
class RefiImporter {
public:
    RefiImporter(Editor& e, const QdaExchange& ex, RefiPackage& package, ImportReport& report,
                 const ImportProgress& progress);
    Status run();

    /// The key GUIDs are looked up by: the clean GUID, or the text as written if it is none.
    static QString key(const QString& guid);

private:
    /// Reports the next step; a failure when the user cancelled.
    Status step(const QString& what);
    enum class Target { Project, Document, Case, Code };
    /// The memo one owner gets from the notes attached to it.
    struct MemoDraft {
        QString guid;
        QString title;
        QString text;
        QDateTime created;
        QDateTime modified;
        int notes = 0;
    };

    // refiimporter.cpp
    Status importCodes();
    Result<qint64> childCode(qint64 parentId, const QString& name, bool* created);
    Status fillCode(qint64 id, const QdaCode& from);
    Status importSources();
    Status importSource(const QdaTextSource& source, int index);
    Result<qint64> documentFor(const QdaTextSource& source, const QString& name,
                               const QString& text, bool* reused);
    Result<qint64> coderFor(const QString& userGuid);
    Status addCoding(qint64 documentId, qint64 start, qint64 end, const QdaCoding& coding,
                     const QString& fallbackUser, const QDateTime& fallbackTime,
                     const QString& memo, bool keyQuote, const QString& where);
    QString newRowUuid(const QString& guid, QSet<QString>& used) const;

    // refiimporterparts.cpp
    Status loadNotes();
    QString noteText(const QString& noteGuid) const;
    /// A coding's memo from its selection's description and the notes it refers to (each
    /// text once: Situate writes a memo both ways), and whether one note marks a key quote.
    QString codingMemo(QStringList texts, const QStringList& noteRefs, bool* keyQuote);
    Status setValue(AttributeScope scope, qint64 ownerId, const QdaValue& value);
    Status importCases();
    Status importSets();
    Status importNotes();
    void attachNote(Target target, qint64 id, const QdaNote& note);
    Status writeMemo(Target target, qint64 id, const MemoDraft& draft);
    void linkNote(const QString& objectKey, const QString& noteKey);

    Editor& m_e;
    const QdaExchange& m_ex;
    RefiPackage& m_package;
    ImportReport& m_report;
    const ImportProgress& m_progress;

    QHash<QString, qint64> m_codeByGuid;
    QHash<QString, QString> m_codeNames; // GUID key -> name, for messages
    QVector<qint64> m_codeIds;           // per m_ex.codes index
    QHash<QString, qint64> m_docByGuid;
    QHash<QString, qint64> m_caseByGuid;
    QHash<QString, qint64> m_coderByUser;
    QHash<QString, QString> m_userNames;
    QHash<QString, const QdaVariable*> m_variables;
    QHash<QString, qint64> m_attributeIds; // "scope:variable key" -> attribute id
    QHash<QString, const QdaNote*> m_notes;
    QHash<QString, QString> m_noteTexts;
    QSet<QString> m_notesUsed; // attached to codings
    QHash<QString, QVector<QPair<Target, qint64>>> m_noteTargets;
    QMap<QPair<int, qint64>, MemoDraft> m_drafts; // (target, id) -> the memo it gets
    QSet<QString> m_codingKeys; // "document:code:coder:start:end" already in the project
    QSet<QString> m_usedDocumentUuids, m_usedCodeUuids, m_usedCodingUuids, m_usedCoderUuids,
        m_usedCaseUuids, m_usedAttributeUuids, m_usedQuestionUuids, m_usedMemoUuids;
    QHash<QPair<qint64, QString>, qint64> m_children; // (parent, name) -> code id
    QSet<qint64> m_explicitCodes, m_implicitCodes;
    int m_step = 0;
    int m_steps = 0;
};

} // namespace situate::refi

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The edits a user can make. Each takes an Editor, so several compose into one undo step
// inside Project::edit(); each validates its input and returns a readable error.

#include "core/commands/editor.h"
#include "core/types.h"

#include <QByteArrayView>

namespace situate {

class Project;

// Documents (documentcommands.cpp)
struct NewDocument {
    QString name;
    QString originalName;
    QString format;
    QString text; // normalised
    QVector<SpeakerTurn> turns;
};
/// SHA-256 (hex) of the normalised text as UTF-8: the duplicate test and REFI-QDA match key.
QString contentHash(const QString& normalisedText);
/// The same from the text's UTF-8 (only ever the exact UTF-8 of a normalised text).
QString contentHashOfUtf8(QByteArrayView utf8);
Result<qint64> addDocument(Editor& e, const NewDocument& doc);
/// The same with the text's contentHash already known (an import hashes while reading).
Result<qint64> addDocument(Editor& e, const NewDocument& doc, const QString& hash);
/// The same with the text's length in code points known too (counted while reading).
Result<qint64> addDocument(Editor& e, const NewDocument& doc, const QString& hash, qint64 length);
/// Removes a document with its codings; refuses a coded document unless `force`.
Status removeDocument(Editor& e, qint64 documentId, bool force);
Status renameDocument(Editor& e, qint64 documentId, const QString& name);
Status assignDocumentToCase(Editor& e, qint64 documentId, qint64 caseId);
Status unassignDocumentFromCase(Editor& e, qint64 documentId, qint64 caseId);

// Cases and attributes (casecommands.cpp)
/// The case's id, creating it when missing.
Result<qint64> ensureCase(Editor& e, const QString& name);
Status removeCase(Editor& e, qint64 caseId);
/// The attribute's id, creating it (with `type`) when missing.
Result<qint64> ensureAttribute(Editor& e, AttributeScope scope, const QString& name,
                               AttributeType type = AttributeType::Text);
/// Sets (or with an empty value clears) an attribute value, checked against its type.
Status setAttributeValue(Editor& e, qint64 attributeId, qint64 ownerId, const QString& value);

// Codes and research questions (codecommands.cpp)
Result<qint64> createCode(Editor& e, Code code);
/// The id of the code at `path`, creating it and any missing parents (counted in `created`).
Result<qint64> ensureCodePath(Editor& e, const QString& path, int* created = nullptr);
/// Writes name, colour, definition, inclusion, exclusion, example and ToC element.
Status updateCode(Editor& e, const Code& code);
Status moveCode(Editor& e, qint64 codeId, qint64 newParentId);
/// Moves the source's codings, children and question links to the target, then deletes it.
Status mergeCode(Editor& e, qint64 sourceId, qint64 targetId);
/// Deletes a code and its sub-codes; refuses when any has codings unless `force`.
Status deleteCode(Editor& e, qint64 codeId, bool force);
Result<qint64> ensureQuestion(Editor& e, const QString& code, const QString& title = {},
                              const QString& text = {});
Status updateQuestion(Editor& e, const ResearchQuestion& q);
Status linkCodeToQuestion(Editor& e, qint64 codeId, qint64 questionId);
Status unlinkCodeFromQuestion(Editor& e, qint64 codeId, qint64 questionId);

// Coders, codings and memos (codingcommands.cpp)
Result<qint64> ensureCoder(Editor& e, const QString& name);
/// Adds a coding after checking that its range lies inside the document and its code exists.
/// With `seenHash`, the content hash of the text the coder selected on: refused (kind
/// Stale) when the text was edited since, so a coding never lands on other words.
Result<qint64> addCoding(Editor& e, const Coding& coding, const QString& seenHash = {});
/// Writes one coding row as given, unchecked: the one place a coding row is built, for
/// addCoding and for REFI-QDA import and merge, which check on their own. An empty uuid gets
/// a new one, an invalid created time is now, an invalid modified time the created time.
Result<qint64> insertCoding(Editor& e, const Coding& coding);
/// Moves a coding's ends; with `seenHash`, refused like addCoding's when the text changed.
Status resizeCoding(Editor& e, qint64 codingId, qint64 start, qint64 end,
                    const QString& seenHash = {});
/// Fails (kind Stale) when the document's text is no longer the one whose content hash
/// is `seenHash`; the check waits for a text edit in progress (Storage::lockDocumentText).
Status checkTextSeen(Editor& e, qint64 documentId, const QString& seenHash);
Status removeCoding(Editor& e, qint64 codingId);
Status setCodingMemo(Editor& e, qint64 codingId, const QString& memo);
/// Sets the memo of the project, a document, a case or a code (empty text removes it).
Status setMemo(Editor& e, MemoOwner owner, qint64 ownerId, const QString& text);

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a coding query reads from a project, each part read once and only when an operator
// needs it: the documents in project order, the codebook and coders, each code's codings,
// speaker turns, texts (as UTF-8) and paragraphs. Kept, it answers the next query on the same
// unchanged project from memory (a loaded query context).

#include "core/query/queryintervals.h"
#include "core/query/querytext.h"
#include "core/result.h"
#include "core/types.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <QSet>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace situate {
class CodeTree;
class Storage;
class TextReader;
} // namespace situate

namespace situate::query {

/// A speaker turn of one document.
struct Turn {
    QString speaker;
    Interval span;
};

/// One coding of a code, as a query reads it.
struct CodedSpan {
    int position = 0; // of its document
    qint64 coderId = 0;
    qint64 start = 0;
    qint64 end = 0;
};

/// Everything a query read. One thread uses it at a time; it holds no connection between
/// queries: bind() names the storage to read what is still missing through, and unbind()
/// forgets it (before that connection closes). What it read is only right while the project
/// is unchanged: whoever keeps one drops it at the project's next change.
class QueryData {
public:
    /// Nothing read yet.
    QueryData();
    /// Bound to `storage` (for good) with the documents read; fails when they cannot be read.
    static Result<std::shared_ptr<QueryData>> read(const Storage& storage);

    /// Reads what is missing through `storage` from now on, and the documents when they are
    /// not read yet.
    Status bind(const Storage& storage);
    /// Forgets the storage (and the statement prepared on its connection).
    void unbind();
    /// The storage bound; only while bound.
    const Storage& storage() const { return *m_storage; }
    /// Every document, in the project's order; positions in this list index everything else.
    const QVector<DocumentInfo>& documents() const { return m_documents; }
    /// The position of a document id, or -1.
    int position(qint64 documentId) const { return m_position.value(documentId, -1); }

    /// The turns of the document at `position`, by start (read for all documents at once).
    const std::vector<Turn>& turns(int position);
    /// Their spans only.
    const std::vector<Interval>& turnSpans(int position);
    /// Every speaker's name, in the project.
    const QStringList& speakers();
    /// The text of the document at `position`, as UTF-8 addressed by code point. Kept for
    /// good unless keepTexts(false): then only until the next call for another document.
    const Utf8Text& text(int position);
    /// Whether texts are kept once read (the default, for a loaded context that answers many
    /// queries), or read again when asked for again and held one at a time (a query answered
    /// once, over hundreds of transcripts).
    void keepTexts(bool keep) { m_keepTexts = keep; }
    /// Whether the text of the document at `position` is in hand: text() would not read it.
    bool hasText(int position) const {
        return m_texts[std::size_t(position)] || m_lastText == position;
    }
    /// How many texts were read so far (each read of one document's text counts).
    qint64 textsRead() const { return m_textsRead; }
    const std::vector<Interval>& paragraphs(int position);

    /// The codebook's code ids by path, and coders' ids by name (read once, with the codebook).
    Status readCodebook();
    const CodeTree& codeTree() const { return *m_tree; }
    const QHash<QString, qint64>& coderIds() const { return m_coders; }
    /// Reads the codings of those of `codes` not read yet, in one read.
    Status readCodings(const QSet<qint64>& codes);
    /// The codings of a code read so far, by readCodings.
    const std::vector<CodedSpan>& codings(qint64 code) const;

    /// The first read that failed (ok while none did): evaluation stops at it, and a context
    /// that failed is not to be used again.
    const Status& failure() const { return m_failure; }

    ~QueryData();
    QueryData(const QueryData&) = delete;
    QueryData& operator=(const QueryData&) = delete;

private:
    void readTurns();
    TextReader& reader();

    const Storage* m_storage = nullptr;
    bool m_documentsRead = false;
    QVector<DocumentInfo> m_documents;
    QHash<qint64, int> m_position;
    bool m_turnsRead = false;
    std::vector<std::vector<Turn>> m_turns;
    std::vector<std::vector<Interval>> m_turnSpans;
    std::optional<QStringList> m_speakers;
    std::unique_ptr<TextReader> m_reader;
    bool m_keepTexts = true;
    std::vector<std::unique_ptr<Utf8Text>> m_texts;
    int m_lastText = -1; // the position of m_last, when texts are not kept
    qint64 m_textsRead = 0;
    Utf8Text m_last;
    std::vector<std::optional<std::vector<Interval>>> m_paragraphs;
    std::unique_ptr<CodeTree> m_tree;
    QHash<QString, qint64> m_coders;
    std::unordered_map<qint64, std::vector<CodedSpan>> m_codings;
    Status m_failure;
};

} // namespace situate::query

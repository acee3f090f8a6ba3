// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a coding query reads from a project, each part read once and only when an operator
// needs it: the documents in project order, speaker turns, texts, paragraphs and words.

#include "core/query/queryintervals.h"
#include "core/query/querytext.h"
#include "core/result.h"
#include "core/types.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>
#include <vector>

namespace situate {
class Storage;
class TextReader;
} // namespace situate

namespace situate::query {

/// A speaker turn of one document.
struct Turn {
    QString speaker;
    Interval span;
};

class QueryData {
public:
    /// Reads the documents; fails when they cannot be read.
    static Result<std::shared_ptr<QueryData>> read(const Storage& storage);

    const Storage& storage() const { return m_storage; }
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
    const QString& text(int position);
    /// The offsets of that text (built once).
    const OffsetMap& offsets(int position);
    const std::vector<Interval>& paragraphs(int position);
    const TextWords& words(int position);

    /// The first read that failed (ok while none did): evaluation stops at it.
    const Status& failure() const { return m_failure; }

    ~QueryData();

private:
    explicit QueryData(const Storage& storage);
    void readTurns();

    const Storage& m_storage;
    QVector<DocumentInfo> m_documents;
    QHash<qint64, int> m_position;
    bool m_turnsRead = false;
    std::vector<std::vector<Turn>> m_turns;
    std::vector<std::vector<Interval>> m_turnSpans;
    std::optional<QStringList> m_speakers;
    std::unique_ptr<TextReader> m_reader;
    std::vector<std::optional<QString>> m_texts;
    std::vector<std::optional<OffsetMap>> m_offsets;
    std::vector<std::optional<std::vector<Interval>>> m_paragraphs;
    std::vector<std::unique_ptr<TextWords>> m_words;
    Status m_failure;
};

} // namespace situate::query

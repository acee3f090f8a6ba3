// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/querydata.h"

#include "core/agreement/agreementanalysis.h"
#include "core/codetree.h"
#include "core/storage/analysisqueries.h"
#include "core/storage/queryreads.h"
#include "core/storage/storage.h"

namespace situate::query {

QueryData::QueryData() = default;

QueryData::~QueryData() = default;

Result<std::shared_ptr<QueryData>> QueryData::read(const Storage& storage) {
    auto d = std::make_shared<QueryData>();
    if (Status st = d->bind(storage); !st)
        return st;
    return d;
}

Status QueryData::bind(const Storage& storage) {
    if (m_storage != &storage) {
        m_reader.reset();
        m_lastText = -1;
        m_storage = &storage;
    }
    if (m_documentsRead)
        return {};
    Result<QVector<DocumentInfo>> docs = storage.documents();
    if (!docs)
        return Status::from(docs);
    m_documentsRead = true;
    m_documents = std::move(*docs);
    const std::size_t n = std::size_t(m_documents.size());
    for (int i = 0; i < m_documents.size(); ++i)
        m_position.insert(m_documents[i].id, i);
    m_texts.resize(n);
    m_paragraphs.resize(n);
    return {};
}

void QueryData::unbind() {
    m_reader.reset();
    m_lastText = -1;
    m_storage = nullptr;
}

TextReader& QueryData::reader() {
    if (!m_reader)
        m_reader = std::make_unique<TextReader>(*m_storage);
    return *m_reader;
}

Status QueryData::readCodebook() {
    if (m_tree)
        return {};
    Result<CodeTree> tree = CodeTree::read(*m_storage);
    if (!tree)
        return Status::from(tree);
    Result<QVector<Coder>> coders = m_storage->coders();
    if (!coders)
        return Status::from(coders);
    for (const Coder& c : *coders)
        m_coders.insert(c.name, c.id);
    m_tree = std::make_unique<CodeTree>(std::move(*tree));
    return {};
}

Status QueryData::readCodings(const QSet<qint64>& codes) {
    QVector<qint64> missing;
    for (qint64 code : codes)
        if (!m_codings.count(code))
            missing << code;
    if (missing.isEmpty())
        return {};
    Result<QVector<CodingSpan>> spans = loadCodeSpans(*m_storage, missing);
    if (!spans)
        return Status::from(spans);
    // Each code's vector sized first: grown a push at a time, a million codings' worth of
    // vectors were copied at every doubling, onto pages touched for the first time.
    std::unordered_map<qint64, std::size_t> counts;
    for (const CodingSpan& c : *spans)
        ++counts[c.codeId];
    for (qint64 code : missing)
        m_codings[code].reserve(counts[code]);
    for (const CodingSpan& c : *spans) {
        const int p = position(c.documentId);
        if (p >= 0)
            m_codings[c.codeId].push_back({p, c.coderId, c.start, c.end});
    }
    return {};
}

const std::vector<CodedSpan>& QueryData::codings(qint64 code) const {
    static const std::vector<CodedSpan> none;
    const auto it = m_codings.find(code);
    return it == m_codings.end() ? none : it->second;
}

void QueryData::readTurns() {
    if (m_turnsRead)
        return;
    m_turnsRead = true;
    m_turns.assign(std::size_t(m_documents.size()), {});
    m_turnSpans.assign(std::size_t(m_documents.size()), {});
    Result<QVector<SpeakerTurnRow>> rows = loadSpeakerTurnRows(*m_storage);
    if (!rows) {
        if (m_failure)
            m_failure = Status::from(rows);
        return;
    }
    for (const SpeakerTurnRow& r : *rows) {
        const int p = position(r.documentId);
        if (p < 0 || r.end <= r.start)
            continue;
        m_turns[std::size_t(p)].push_back({r.speaker, {r.start, r.end}});
        m_turnSpans[std::size_t(p)].push_back({r.start, r.end});
    }
}

const std::vector<Turn>& QueryData::turns(int position) {
    readTurns();
    return m_turns[std::size_t(position)];
}

const std::vector<Interval>& QueryData::turnSpans(int position) {
    readTurns();
    return m_turnSpans[std::size_t(position)];
}

const QStringList& QueryData::speakers() {
    if (!m_speakers) {
        Result<QStringList> names = loadSpeakerNames(*m_storage);
        if (!names && m_failure)
            m_failure = Status::from(names);
        m_speakers = names ? *names : QStringList();
    }
    return *m_speakers;
}

const Utf8Text& QueryData::text(int position) {
    std::unique_ptr<Utf8Text>& kept = m_texts[std::size_t(position)];
    if (kept)
        return *kept;
    if (m_lastText == position)
        return m_last;
    Utf8Text* into = &m_last;
    if (m_keepTexts) {
        kept = std::make_unique<Utf8Text>();
        into = kept.get();
    }
    into->assign(nullptr, 0);
    ++m_textsRead;
    reader().read(m_documents[position].id,
                  [into](const char* utf8, qsizetype size) { into->assign(utf8, size); });
    if (!reader().status() && m_failure)
        m_failure = reader().status();
    if (!m_keepTexts)
        m_lastText = position;
    return *into;
}

const std::vector<Interval>& QueryData::paragraphs(int position) {
    auto& p = m_paragraphs[std::size_t(position)];
    if (!p) {
        p.emplace();
        for (const Span& s : paragraphSpans(text(position).toString()))
            p->push_back({s.start, s.end});
    }
    return *p;
}

} // namespace situate::query

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/querydata.h"

#include "core/agreement/agreementanalysis.h"
#include "core/storage/queryreads.h"

namespace situate::query {

QueryData::QueryData(const Storage& storage)
    : m_storage(storage)
    , m_reader(std::make_unique<TextReader>(storage)) {}

QueryData::~QueryData() = default;

Result<std::shared_ptr<QueryData>> QueryData::read(const Storage& storage) {
    std::shared_ptr<QueryData> d(new QueryData(storage));
    Result<QVector<DocumentInfo>> docs = storage.documents();
    if (!docs)
        return Status::from(docs);
    d->m_documents = std::move(*docs);
    const std::size_t n = std::size_t(d->m_documents.size());
    for (int i = 0; i < d->m_documents.size(); ++i)
        d->m_position.insert(d->m_documents[i].id, i);
    d->m_texts.resize(n);
    d->m_offsets.resize(n);
    d->m_paragraphs.resize(n);
    d->m_words.resize(n);
    return d;
}

void QueryData::readTurns() {
    if (m_turnsRead)
        return;
    m_turnsRead = true;
    m_turns.assign(std::size_t(m_documents.size()), {});
    m_turnSpans.assign(std::size_t(m_documents.size()), {});
    Result<QVector<SpeakerTurnRow>> rows = loadSpeakerTurnRows(m_storage);
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
        Result<QStringList> names = loadSpeakerNames(m_storage);
        if (!names && m_failure)
            m_failure = Status::from(names);
        m_speakers = names ? *names : QStringList();
    }
    return *m_speakers;
}

const QString& QueryData::text(int position) {
    std::optional<QString>& t = m_texts[std::size_t(position)];
    if (!t) {
        t = m_reader->text(m_documents[position].id);
        if (!m_reader->status() && m_failure)
            m_failure = m_reader->status();
    }
    return *t;
}

const OffsetMap& QueryData::offsets(int position) {
    std::optional<OffsetMap>& m = m_offsets[std::size_t(position)];
    if (!m)
        m.emplace(text(position));
    return *m;
}

const std::vector<Interval>& QueryData::paragraphs(int position) {
    auto& p = m_paragraphs[std::size_t(position)];
    if (!p) {
        p.emplace();
        for (const Span& s : paragraphSpans(text(position)))
            p->push_back({s.start, s.end});
    }
    return *p;
}

const TextWords& QueryData::words(int position) {
    auto& w = m_words[std::size_t(position)];
    if (!w)
        w = std::make_unique<TextWords>(text(position), offsets(position));
    return *w;
}

} // namespace situate::query

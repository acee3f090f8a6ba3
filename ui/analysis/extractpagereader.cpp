// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/extractpagereader.h"

#include "ui/analysis/extractsmodel.h"
#include "ui/common/readonlyjob.h"

namespace situate {

ExtractPageReader::ExtractPageReader(QObject* parent)
    : QObject(parent)
    , m_pageSize(ExtractsModel::pageSize) {
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExtractPageReader::finished);
}

ExtractPageReader::~ExtractPageReader() {
    m_watcher.waitForFinished();
}

void ExtractPageReader::setListing(const Project* project,
                                   std::shared_ptr<const ExtractListing> listing) {
    m_project = project;
    m_listing = std::move(listing);
    m_waiting.clear();
    m_stale = isReading();
    m_failed = false;
}

void ExtractPageReader::want(int page) {
    if (!m_listing || m_failed || (page == m_reading && !m_stale))
        return;
    m_waiting.removeOne(page);
    m_waiting << page;
    if (m_waiting.size() > maxWaiting)
        m_waiting.removeFirst();
    if (!isReading())
        next();
}

void ExtractPageReader::next() {
    if (m_waiting.isEmpty() || !m_project || !m_listing) {
        emit settled();
        return;
    }
    m_reading = m_waiting.takeLast();
    m_stale = false;
    const qsizetype first = qsizetype(m_reading) * m_pageSize;
    m_watcher.setFuture(runReadOnly<QVector<Extract>>(
        *m_project, [listing = m_listing, first, count = m_pageSize](const Storage& s) {
            return extractPage(s, *listing, first, count);
        }));
}

void ExtractPageReader::finished() {
    const int page = std::exchange(m_reading, -1);
    if (!std::exchange(m_stale, false)) {
        Result<QVector<Extract>> result = m_watcher.result();
        if (!result) {
            m_failed = true; // no retries on every repaint; a new listing tries again
            m_waiting.clear();
            emit failed(result.error());
            return;
        }
        emit pageRead(page, result.take());
    }
    if (!isReading()) // the view may have asked for a page, and started its read, meanwhile
        next();
}

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/codingcounts.h"

#include "core/commands/editor.h"
#include "core/project.h"
#include "ui/common/readonlyjob.h"

namespace situate {

namespace {

void add(QHash<qint64, qint64>& counts, qint64 id, int delta) {
    auto it = counts.find(id);
    if (it == counts.end()) {
        if (delta > 0)
            counts.insert(id, delta);
        return;
    }
    *it += delta;
    if (*it <= 0)
        counts.erase(it);
}

} // namespace

CodingCounts::CodingCounts(QObject* parent)
    : QObject(parent) {
    setObjectName(QStringLiteral("codingCounts"));
    connect(&m_watcher, &QFutureWatcher<Result<Counts>>::finished, this, &CodingCounts::finished);
}

CodingCounts::~CodingCounts() {
    m_watcher.waitForFinished();
}

void CodingCounts::setProject(Project* project) {
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_known = false;
    m_deltaApplied = false;
    m_large.reset();
    ++m_generation;
    m_byCode.clear();
    m_byDocument.clear();
    if (project)
        connect(project, &Project::applied, this, &CodingCounts::applied);
}

void CodingCounts::applied(const Changeset& changes, bool forward) {
    m_deltaApplied = true;
    if (!m_known)
        return;
    const auto deltas = changes.codingDeltas(forward);
    if (!deltas) {
        m_known = false;
        return;
    }
    for (const CodingDelta& d : *deltas) {
        if (!m_coders.isEmpty() && !m_coders.contains(d.coderId))
            continue;
        add(m_byCode, d.codeId, d.delta);
        add(m_byDocument, d.documentId, d.delta);
    }
}

void CodingCounts::projectChanged() {
    ++m_generation;
    if (!m_deltaApplied)
        m_known = false;
    m_deltaApplied = false;
}

bool CodingCounts::ensure(const QVector<qint64>& coderIds) {
    if (!m_project)
        return false;
    if (m_known && coderIds == m_coders)
        return true;
    m_known = false;
    m_coders = coderIds;
    const Storage& s = m_project->storage();
    if (!m_large)
        m_large = s.hasMoreCodingsThan(m_syncLimit);
    if (!*m_large)
        return countHere();
    if (!m_watcher.isRunning())
        start();
    return false;
}

bool CodingCounts::countHere() {
    const Storage& s = m_project->storage();
    Result<QHash<qint64, qint64>> byCode = s.codingCountsByCode(m_coders);
    if (!byCode) {
        emit readFailed(Status::from(byCode));
        return false;
    }
    Result<QHash<qint64, qint64>> byDocument = s.codingCountsByDocument(m_coders);
    if (!byDocument) {
        emit readFailed(Status::from(byDocument));
        return false;
    }
    m_byCode = byCode.take();
    m_byDocument = byDocument.take();
    m_known = true;
    return true;
}

void CodingCounts::start() {
    m_jobGeneration = m_generation;
    m_jobCoders = m_coders;
    const QVector<qint64> coders = m_coders;
    m_watcher.setFuture(
        runReadOnly<Counts>(*m_project, [coders](const Storage& s) -> Result<Counts> {
            Result<QHash<qint64, qint64>> byCode = s.codingCountsByCode(coders);
            if (!byCode)
                return Status::from(byCode);
            Result<QHash<qint64, qint64>> byDocument = s.codingCountsByDocument(coders);
            if (!byDocument)
                return Status::from(byDocument);
            return Counts{byCode.take(), byDocument.take()};
        }));
}

void CodingCounts::finished() {
    Result<Counts> r = m_watcher.result();
    if (!m_project || m_known)
        return;
    if (m_jobGeneration != m_generation || m_jobCoders != m_coders) {
        start(); // something changed while the worker counted
        return;
    }
    if (r) {
        m_byCode = std::move(r->byCode);
        m_byDocument = std::move(r->byDocument);
        m_known = true;
    } else if (!countHere()) {
        // The worker could not open a connection of its own or read there, and neither
        // could this one: the counts stay unknown, and readFailed() said why.
        return;
    }
    emit ready();
}

} // namespace situate

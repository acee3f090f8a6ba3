// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <optional>

namespace situate {

class Changeset;
class Project;

/// The codings per code and per document shown beside the codebook and the document list,
/// kept in step with each edit from its changeset instead of recounting every coding: a
/// recount is a scan of the whole codings table, which at a million codings costs more
/// than the 50 ms an edit may take.
class CodingCounts : public QObject {
    Q_OBJECT
public:
    explicit CodingCounts(QObject* parent = nullptr);
    ~CodingCounts() override;

    /// Forgets all counts and follows `project`'s edits from now on (nullptr: none).
    void setProject(Project* project);
    /// Call on every Project::changed(): a change that came without a changeset (a command
    /// that applies its own rows) leaves the counts unknown.
    void projectChanged();
    /// Makes the counts those of `coderIds` (all coders when empty). True when they are
    /// known now; otherwise a recount runs off the GUI thread and ready() follows (or, when
    /// the project cannot be read, readFailed() and the counts stay unknown).
    bool ensure(const QVector<qint64>& coderIds);

    /// Projects with more codings than this (100,000 unless set) are recounted on a worker
    /// thread; applies from the next project on.
    void setSyncLimit(qint64 codings) { m_syncLimit = codings; }

    const QHash<qint64, qint64>& byCode() const { return m_byCode; }
    const QHash<qint64, qint64>& byDocument() const { return m_byDocument; }

signals:
    /// A recount that ran off the GUI thread has finished; ensure() now returns true.
    void ready();
    /// The codings could not be counted; the counts stay unknown (shown blank).
    void readFailed(const situate::Status& failure);

private:
    struct Counts {
        QHash<qint64, qint64> byCode;
        QHash<qint64, qint64> byDocument;
    };
    void applied(const Changeset& changes, bool forward);
    /// Counts on this thread; false (and readFailed) when the project cannot be read.
    bool countHere();
    void start();
    void finished();

    QPointer<Project> m_project;
    qint64 m_syncLimit = 100000;
    QVector<qint64> m_coders;
    QHash<qint64, qint64> m_byCode;
    QHash<qint64, qint64> m_byDocument;
    bool m_known = false;
    bool m_deltaApplied = false;
    // Whether this project recounts on a worker; decided once per project, since asking
    // costs a scan of its own.
    std::optional<bool> m_large;
    // Every change moves the generation on; a worker's result counts only if none came
    // while it ran.
    quint64 m_generation = 0;
    quint64 m_jobGeneration = 0;
    QVector<qint64> m_jobCoders;
    QFutureWatcher<Result<Counts>> m_watcher;
};

} // namespace situate

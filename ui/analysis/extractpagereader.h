// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/extractlisting.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace situate {

class Project;

/// Reads pages of an extract listing on a pool thread (runReadOnly: a read-only connection of
/// its own), one at a time, the page asked for last first. Only the last few pages asked for
/// wait: scrolling fast past a thousand pages reads the ones still in view, not all of them.
/// A new listing drops what was asked for the old one, and a read of it that ends later.
class ExtractPageReader : public QObject {
    Q_OBJECT
public:
    /// Pages that wait; older requests are forgotten (the view asks again when it repaints).
    static constexpr int maxWaiting = 4;

    explicit ExtractPageReader(QObject* parent = nullptr);
    ~ExtractPageReader() override;

    /// The project and listing the pages come from; drops every page asked for before.
    void setListing(const Project* project, std::shared_ptr<const ExtractListing> listing);
    /// The same listing grown (a head replaced by the whole list): what waits or is being
    /// read stays, since the rows it reads are the same.
    void extendListing(std::shared_ptr<const ExtractListing> whole) {
        m_listing = std::move(whole);
    }
    /// Asks for page `page` (rows page * pageSize onwards) unless it waits or is being read.
    void want(int page);
    bool isReading() const { return m_reading >= 0; }

signals:
    void pageRead(int page, QVector<Extract> rows);
    /// Nothing is being read or waits any more: the view repaints, asking for what it lacks.
    void settled();
    void failed(const QString& message);

private:
    void next();
    void finished();

    const Project* m_project = nullptr;
    std::shared_ptr<const ExtractListing> m_listing;
    int m_pageSize;
    QVector<int> m_waiting; // oldest first
    int m_reading = -1;
    bool m_stale = false; // the read running belongs to a listing replaced since
    bool m_failed = false;
    QFutureWatcher<Result<QVector<Extract>>> m_watcher;
};

} // namespace situate

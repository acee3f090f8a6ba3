// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace situate {

/// Project-wide search (FTS5: words, "phrases", prefix*) with results in context; runs on
/// a worker thread with its own connection, cancellable, and can auto-code selected hits.
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(QWidget* parent = nullptr);
    ~SearchPanel() override;
    /// The project to search (on a server with the password it was opened with).
    void setProjectPath(const QString& path, const ConnectionSecret& secret = {});
    void focusQuery();
    /// Starts a search for `text` (as if typed and Enter pressed).
    void search(const QString& text);
    bool isRunning() const;
    QTreeWidget* results() const { return m_results; }
    const QVector<SearchHit>& hits() const { return m_hits; }

    enum class Scope { Hit, Sentence, Paragraph, Turn };

signals:
    void hitActivated(qint64 documentId, qint64 start, qint64 end);
    /// Code the selected hits (widened to the chosen scope) with the current code.
    void autoCodeRequested(const QVector<SearchHit>& hits, Scope scope);
    void finished();

private:
    void start();
    void cancel();
    void showResults();

    QString m_path;
    ConnectionSecret m_secret;
    QLineEdit* m_query;
    QPushButton* m_go;
    QPushButton* m_cancel;
    QProgressBar* m_busy;
    QLabel* m_status;
    QTreeWidget* m_results;
    QComboBox* m_scope;
    QPushButton* m_autoCode;
    QVector<SearchHit> m_hits;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QFutureWatcher<Result<QVector<SearchHit>>> m_watcher;
};

} // namespace situate

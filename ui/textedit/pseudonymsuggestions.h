// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/text/candidates.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace situate {

class MainWindow;

/// What the candidate finder suggests replacing (core/text/candidates.h): speaker labels and
/// capitalised names with their kind, count and documents, found off the window's thread, so
/// the team reviews a list instead of reading every transcript. A double-click or "Add to
/// list" hands the chosen ones on.
class PseudonymSuggestions : public QWidget {
    Q_OBJECT
public:
    explicit PseudonymSuggestions(MainWindow& window, QWidget* parent = nullptr);
    /// Finds the candidates in the window's project (with a read-only connection of its own
    /// on a pool thread).
    void suggest();

signals:
    /// The user chose these candidates' texts for the list.
    void chosen(const QStringList& texts);

private:
    void showCandidates();
    void addSelected();

    MainWindow& m_window;
    QPushButton* m_suggest;
    QPushButton* m_add;
    QTreeWidget* m_tree;
    QLabel* m_status;
    QFutureWatcher<Result<QVector<Candidate>>> m_watcher;
};

} // namespace situate

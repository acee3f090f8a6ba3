// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/findreplace.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace situate {

class MainWindow;

/// Find and replace in the open document or in every document: a preview lists the matches
/// per document and the codings each replacement changes or removes (counted off the window's
/// thread), and "Replace all" makes every replacement as one undo step, moving codings by the
/// re-anchoring rule (core/text/README.md).
class ReplaceDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReplaceDialog(MainWindow& window);
    /// Shows the dialog for `documentId` (0 when no document is open: every document).
    void showFor(qint64 documentId);

private:
    ReplaceRequest request() const;
    void preview();
    void showPreview();
    void replaceAll();
    void inputsChanged();

    MainWindow& m_window;
    qint64 m_documentId = 0;
    QLineEdit* m_find;
    QLineEdit* m_with;
    QCheckBox* m_wholeWord;
    QCheckBox* m_ignoreCase;
    QComboBox* m_scope;
    QPushButton* m_previewButton;
    QPushButton* m_replaceButton;
    QTreeWidget* m_tree;
    QLabel* m_status;
    QFutureWatcher<Result<ReplaceReport>> m_watcher;
    bool m_previewed = false;  // the preview shows what the inputs would do now
    qint64 m_previewTotal = 0; // the matches the preview counted
    qint64 m_replaced = 0;     // replaced by the last "Replace all", said once
};

} // namespace situate

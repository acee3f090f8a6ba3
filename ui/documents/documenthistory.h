// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/textedits.h"
#include "ui/common/projectview.h"
#include "ui/common/viewjob.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace situate {

/// One document's history as the dialog shows it: its name (empty when the document is no
/// longer in the project) and its text edits, oldest first.
struct DocumentHistory {
    QString document;
    QVector<DocumentEdit> edits;
};

/// The text edits of one document, a row each: when (local time), who, what kind, how many
/// replacements and how many code points each removed and inserted (what `situate-cli
/// documents history` prints, there in UTC). Read off the window's thread, and again after
/// every change of the project while it is shown.
class DocumentHistoryView : public ProjectView {
    Q_OBJECT
public:
    explicit DocumentHistoryView(QWidget* parent = nullptr);
    /// Shows the history of `documentId` in `project`.
    void showDocument(Project* project, qint64 documentId);
    qint64 documentId() const { return m_documentId; }

signals:
    /// The document's name as read with its history; empty when it is no longer there.
    void documentRead(const QString& name);

protected:
    void projectReplaced() override;
    void refresh() override;

private:
    void launch();
    void finished(Result<DocumentHistory> result);

    qint64 m_documentId = 0;
    QTableWidget* m_table;
    QLabel* m_status;
    QProgressBar* m_busy;
    ViewJob<DocumentHistory> m_job;
};

/// Edit > Document History… (the open document) and the documents panel's "History…": the
/// history view in a window of its own, closed with the project it shows.
class DocumentHistoryDialog : public QDialog {
    Q_OBJECT
public:
    explicit DocumentHistoryDialog(QWidget* parent);
    /// Shows the history of `documentId` in `project`, and brings the dialog to the front.
    void showFor(Project* project, qint64 documentId);

private:
    DocumentHistoryView* m_view;
};

} // namespace situate

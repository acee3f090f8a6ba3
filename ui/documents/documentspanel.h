// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace situate {

class Storage;

/// The documents, grouped by case, with their coding counts and attributes; filterable.
class DocumentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DocumentsPanel(QWidget* parent = nullptr);
    /// Rebuilds from storage; `counts` are codings per document for the coders shown. When
    /// the storage cannot be read, the list stays as it was and the failure is returned.
    Status setDocuments(const Storage& storage, const QHash<qint64, qint64>& counts);
    /// Updates only the coding counts of the documents and cases already listed.
    void setCounts(const QHash<qint64, qint64>& counts);
    void setCurrentDocument(qint64 documentId);
    QTreeWidget* tree() const { return m_tree; }
    /// "History…" of the context menu: asks for the history of the current document.
    QAction* historyAction() const { return m_history; }

signals:
    void documentActivated(qint64 documentId);
    void removeRequested(qint64 documentId);
    void memoRequested(qint64 documentId);
    void historyRequested(qint64 documentId);

private:
    void applyFilter(const QString& text);
    QLineEdit* m_filter;
    QTreeWidget* m_tree;
    QAction* m_history;
};

} // namespace situate

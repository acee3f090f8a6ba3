// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codetree.h"
#include "core/types.h"

#include <QHash>
#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace situate {

class CodeDetails;

/// The codebook: a filterable tree of codes with colours and coding counts that takes
/// clicks, quick keys and drops (a text selection to code, a code to move), plus the
/// definition editor for the selected code.
class CodebookPanel : public QWidget {
    Q_OBJECT
public:
    explicit CodebookPanel(QWidget* parent = nullptr);

    /// Rebuilds the tree, keeping the selection and expansion where codes still exist.
    /// Updates only the coding counts beside the codes (after an edit that changed codings
    /// alone: rebuilding the tree would cost more than the edit may take).
    void setCounts(const QHash<qint64, qint64>& counts);
    void setCodebook(const CodeTree& tree, const QHash<qint64, qint64>& counts,
                     const QHash<int, qint64>& quickKeys,
                     const QVector<ResearchQuestion>& questions,
                     const QHash<qint64, QVector<qint64>>& questionLinks);
    qint64 currentCode() const;
    void setCurrentCode(qint64 codeId);
    QTreeWidget* tree() const { return m_tree; }
    CodeDetails* details() const { return m_details; }

signals:
    /// A code was clicked (the window codes the current selection with it, if any).
    void codeClicked(qint64 codeId);
    void currentCodeChanged(qint64 codeId);
    /// A text selection from the document view was dropped on a code.
    void selectionDropped(qint64 codeId, qint64 documentId, qint64 start, qint64 end);
    void moveRequested(qint64 codeId, qint64 newParentId);
    /// A code was dropped on another with Ctrl held: merge it into that code.
    void mergeIntoRequested(qint64 codeId, qint64 targetId);
    void newCodeRequested(qint64 parentId);
    void deleteRequested(qint64 codeId);
    void mergeRequested(qint64 codeId);
    void quickKeyRequested(qint64 codeId, int key); // 0 clears
    void extractsRequested(qint64 codeId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter(const QString& text);
    void showContextMenu(const QPoint& pos);

    QLineEdit* m_filter;
    QTreeWidget* m_tree;
    CodeDetails* m_details;
    CodeTree m_codes;
};

} // namespace situate

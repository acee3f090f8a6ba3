// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QHash>
#include <QVector>
#include <QWidget>

class QTreeWidget;

namespace situate {

class CodeTree;
class Storage;

/// Research questions with the codes that serve them.
class QuestionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit QuestionsPanel(QWidget* parent = nullptr);
    /// Shows the questions, each with the codes linked to it (`links`: code -> questions).
    void setData(const QVector<ResearchQuestion>& questions,
                 const QHash<qint64, QVector<qint64>>& links, const CodeTree& tree);
    QTreeWidget* tree() const { return m_tree; }

signals:
    void addRequested();
    void editRequested(qint64 questionId);
    void codeActivated(qint64 codeId);

private:
    QTreeWidget* m_tree;
};

} // namespace situate

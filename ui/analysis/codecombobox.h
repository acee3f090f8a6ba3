// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codetree.h"

#include <QComboBox>
#include <QIcon>

namespace situate {

/// Chooses one code: the codebook in tree order, indented by depth, with each code's colour.
class CodeComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit CodeComboBox(QWidget* parent = nullptr);

    /// Lists the tree's codes, keeping the current code when it is still there.
    void setTree(const CodeTree& tree);
    qint64 currentCodeId() const;
    /// Selects the code; false when it is not listed.
    bool setCurrentCodeId(qint64 id);

    /// A small square in a code's colour ("#rrggbb"), grey when it has none.
    static QIcon swatch(const QString& colour);
    /// Every code of `tree` depth first (parents before children) with its depth.
    static QVector<QPair<qint64, int>> treeOrder(const CodeTree& tree);
};

} // namespace situate

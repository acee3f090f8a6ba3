// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QPushButton>
#include <QVector>

namespace situate {

/// A compact multi-choice of coders ("All coders", or the ticked ones) for analysis filters.
class CoderFilterButton : public QPushButton {
    Q_OBJECT
public:
    explicit CoderFilterButton(QWidget* parent = nullptr);

    /// Lists these coders, keeping the ticks of those still present.
    void setCoders(const QVector<Coder>& coders);
    /// The ticked coders; empty means every coder (so a coder added later is included).
    QVector<qint64> selectedIds() const;
    void setSelectedIds(const QVector<qint64>& ids);

signals:
    void selectionChanged();

private:
    void updateText();
};

} // namespace situate

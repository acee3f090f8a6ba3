// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace situate {

/// The key to a heat map: the colour scale from 0 to the largest value, labelled at both ends.
class HeatLegend : public QWidget {
    Q_OBJECT
public:
    explicit HeatLegend(QWidget* parent = nullptr);
    /// Shows the scale up to `maxText`; an empty text hides it.
    void setMaximum(const QString& maxText);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static constexpr int barWidth = 120;
    QString m_max;
};

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace situate {

/// A horizontal header that can turn its labels upright (read bottom to top), so a codes x
/// codes matrix keeps narrow number columns under long code names.
class RotatedHeader : public QHeaderView {
    Q_OBJECT
public:
    explicit RotatedHeader(QWidget* parent = nullptr);
    void setRotated(bool rotated);
    bool isRotated() const { return m_rotated; }
    /// The height the upright labels need (at most `maxLength` pixels of text).
    int rotatedHeight(int maxLength) const;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    bool m_rotated = false;
};

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/evaluation/tocsnapshot.h"

#include <QRectF>
#include <QWidget>

class QPainter;

namespace situate {

/// Paints the theory-of-change chain as boxes joined by arrows, with the assumptions and the
/// enablers and barriers as a band below; each box lists its codes with their coding counts
/// for one case (or all) and the research questions they serve. The same painting goes to
/// the screen, to SVG and to PNG.
class TocDiagram : public QWidget {
    Q_OBJECT
public:
    /// What one code row shows, for tests and exports.
    struct ShownRow {
        qint64 codeId = 0;
        TocElement element = TocElement::None;
        qint64 count = 0;
        QStringList questions;
    };

    explicit TocDiagram(QWidget* parent = nullptr);

    void setSnapshot(const TocSnapshot& snapshot);
    const TocSnapshot& snapshot() const { return m_snapshot; }
    /// Shows the counts of the case at this index of snapshot().cases (-1: every case).
    void setCaseIndex(int index);
    int caseIndex() const { return m_case; }

    QVector<ShownRow> shownRows() const;
    /// The row of a code in widget coordinates (empty when it is not shown).
    QRectF codeRect(qint64 codeId) const;
    qint64 codeAt(const QPointF& pos) const;
    /// The size the diagram takes when laid out `width` wide.
    QSize sizeForWidth(int width) const;
    /// Paints the whole diagram laid out `width` wide onto a white background.
    void render(QPainter* painter, int width) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void codeClicked(qint64 codeId);
    void codeMenuRequested(qint64 codeId, const QPoint& globalPos);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Row {
        const TocSnapshot::Code* code = nullptr;
        QRectF rect, swatch, name, count;
        QVector<QRectF> tags;
    };
    struct Box {
        const TocSnapshot::Element* element = nullptr;
        QRectF rect, header;
        bool band = false;
    };
    struct Layout {
        int width = 0;
        int height = 0;
        QRectF title, subtitle, bandLabel, bandArea, footer;
        QVector<Box> boxes;
        QVector<Row> rows;
        QVector<QPair<QPointF, QPointF>> arrows;
    };

    Layout layoutFor(int width) const;
    void layoutRows(const TocSnapshot::Element& element, const QRectF& inner, int columns,
                    Layout* out, qreal* bottom) const;
    qreal rowHeight(const TocSnapshot::Code& code, qreal width) const;
    void paintLayout(QPainter* p, const Layout& layout) const;
    void relayout();
    QString caseLabel() const;

    TocSnapshot m_snapshot;
    int m_case = -1;
    Layout m_layout;
    qint64 m_hover = 0;
};

} // namespace situate

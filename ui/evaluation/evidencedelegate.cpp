// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/evidencedelegate.h"

#include "ui/evaluation/evidencemodel.h"

#include <QLocale>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace situate {

namespace {
QColor mix(const QColor& c, qreal amount) {
    return QColor::fromRgbF(1 - (1 - c.redF()) * amount, 1 - (1 - c.greenF()) * amount,
                            1 - (1 - c.blueF()) * amount);
}
} // namespace

QSize EvidenceDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const QFontMetrics fm(option.font);
    return {120, 3 * fm.lineSpacing() + 14};
}

void EvidenceDelegate::paint(QPainter* p, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const bool gap = index.data(EvidenceModel::GapRole).toBool();
    const bool total = index.data(EvidenceModel::TotalRole).toBool();
    const QString summary = index.data(EvidenceModel::SummaryRole).toString();
    const qint64 codings = index.data(EvidenceModel::CodingsRole).toLongLong();
    const qint64 documents = index.data(EvidenceModel::DocumentsRole).toLongLong();
    const qint64 cases = index.data(EvidenceModel::CasesRole).toLongLong();
    const QLocale locale;

    if (gap) {
        p->fillRect(r, QColor(0xf7, 0xf8, 0xfa));
        p->fillRect(r, QBrush(QColor(0xdc, 0xe0, 0xe6), Qt::BDiagPattern));
    } else if (total) {
        p->fillRect(r, QColor(0xf4, 0xf5, 0xf7));
    } else {
        const double heat = index.data(EvidenceModel::HeatRole).toDouble();
        p->fillRect(r, mix(QColor(0x4e, 0x79, 0xa7), 0.06 + 0.30 * heat));
    }

    const QRect inner = r.adjusted(8, 6, -8, -6);
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    const QFontMetrics fm(option.font);
    const QFontMetrics sfm(small);

    if (gap && summary.isEmpty()) {
        QFont italic = small;
        italic.setItalic(true);
        p->setFont(italic);
        p->setPen(QColor(0x7a, 0x80, 0x8a));
        const QString text = tr("no evidence");
        const QRect box = QFontMetrics(italic).boundingRect(text).adjusted(-5, -2, 5, 2);
        QRect pill(QPoint(0, 0), box.size());
        pill.moveCenter(r.center());
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xf7, 0xf8, 0xfa));
        p->drawRoundedRect(pill, 3, 3);
        p->setPen(QColor(0x7a, 0x80, 0x8a));
        p->drawText(pill, Qt::AlignCenter, text);
    } else {
        p->setFont(bold);
        p->setPen(QColor(0x1f, 0x23, 0x28));
        const QRect top(inner.left(), inner.top(), inner.width(), fm.lineSpacing());
        p->drawText(top, Qt::AlignLeft | Qt::AlignVCenter, locale.toString(codings));
        QString sources = documents == 1 ? tr("1 doc") : tr("%1 docs").arg(documents);
        if (!m_caseColumns || total)
            sources +=
                QStringLiteral(" · ") + (cases == 1 ? tr("1 case") : tr("%1 cases").arg(cases));
        p->setFont(small);
        p->setPen(QColor(0x5a, 0x62, 0x70));
        if (total) {
            // The total has no summary, so its sources get the second line to themselves.
            p->drawText(QRect(inner.left(), top.bottom() + 2, inner.width(), sfm.lineSpacing()),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        sfm.elidedText(sources, Qt::ElideRight, inner.width()));
        } else {
            const int numberWidth = QFontMetrics(bold).horizontalAdvance(locale.toString(codings));
            p->drawText(top.adjusted(numberWidth + 6, 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter,
                        sfm.elidedText(sources, Qt::ElideRight, top.width() - numberWidth - 6));
        }
    }

    if (!summary.isEmpty()) {
        // As much of the summary as the cell holds, so a filled-in matrix reads at a glance.
        QFont italic = small;
        italic.setItalic(true);
        p->setFont(italic);
        p->setPen(QColor(0x33, 0x3a, 0x45));
        const QFontMetrics ifm(italic);
        const QRect text(inner.left(), inner.top() + fm.lineSpacing() + 2, inner.width(),
                         inner.height() - fm.lineSpacing() - 2);
        const int fits = std::max(1, text.height() / ifm.lineSpacing());
        const QString flat = QString(summary).replace(QLatin1Char('\n'), QLatin1Char(' '));
        QTextLayout layout(flat, italic);
        layout.beginLayout();
        QVector<QPair<int, int>> lines; // start, length
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(text.width());
            lines << qMakePair(line.textStart(), line.textLength());
        }
        layout.endLayout();
        qreal y = text.top();
        for (int i = 0; i < lines.size() && i < fits; ++i) {
            QString l = flat.mid(lines[i].first, lines[i].second).trimmed();
            if (i == fits - 1 && lines.size() > fits)
                l = ifm.elidedText(flat.mid(lines[i].first), Qt::ElideRight, text.width());
            p->drawText(QRectF(text.left(), y, text.width(), ifm.lineSpacing()),
                        Qt::AlignLeft | Qt::AlignVCenter, l);
            y += ifm.lineSpacing();
        }
        // A folded corner marks a cell with a summary.
        QPolygon corner;
        corner << QPoint(r.right() - 9, r.top()) << QPoint(r.right(), r.top())
               << QPoint(r.right(), r.top() + 9);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xd4, 0xa7, 0x2c));
        p->drawPolygon(corner);
    }

    if (option.state & QStyle::State_Selected) {
        p->setPen(QPen(QColor(0x2f, 0x6f, 0xeb), 2));
        p->setBrush(Qt::NoBrush);
        p->drawRect(QRectF(r).adjusted(1, 1, -1, -1));
    }
    p->restore();
}

} // namespace situate

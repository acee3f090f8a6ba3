// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/agreement/disagreementview.h"

#include "core/colours.h"
#include "core/text.h"
#include "ui/common/widgets.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace situate {

namespace {

// How much text around the disagreement's lines is shown, in UTF-16 units per side.
constexpr qsizetype contextLimit = 600;

// Highlights are opaque tints (the colour laid over white) so they read the same in the view,
// in rich-text legends and on any base colour.
constexpr int softTint = 90;
constexpr int strongTint = 165;
QColor tint(const QColor& c, int alpha) {
    const auto mix = [alpha](int v) {
        return (v * alpha + 255 * (255 - alpha)) / 255;
    };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

QString colourChip(const QColor& c) {
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>").arg(c.name());
}

QString kindText(Disagreement::Kind kind, const QString& first, const QString& second) {
    switch (kind) {
    case Disagreement::Kind::OnlyFirst:
        return DisagreementView::tr("only %1 coded it").arg(first);
    case Disagreement::Kind::OnlySecond:
        return DisagreementView::tr("only %1 coded it").arg(second);
    case Disagreement::Kind::Overlapping:
        return DisagreementView::tr("both coded it, with different extents");
    }
    return {};
}

/// The stretch of text shown: the lines the disagreement touches plus the nearest non-blank
/// line on either side (the interviewer's question, the answer's continuation), cut short on
/// very long lines. Offsets are UTF-16 indices into the document text.
struct Window {
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype focusStart = 0; // the disagreement's own lines
    qsizetype focusEnd = 0;
};

Window contextWindow(const QString& text, qsizetype from, qsizetype to) {
    Window w;
    w.focusStart = from > 0 ? text.lastIndexOf(QLatin1Char('\n'), from - 1) + 1 : 0;
    w.focusEnd = text.indexOf(QLatin1Char('\n'), std::max(from, to - 1));
    if (w.focusEnd < 0)
        w.focusEnd = text.size();
    const auto isBlank = [&](qsizetype a, qsizetype b) {
        for (qsizetype i = a; i < b; ++i)
            if (!text[i].isSpace())
                return false;
        return true;
    };
    // One non-blank line before.
    w.start = w.focusStart;
    for (qsizetype end = w.focusStart - 1; end > 0;) {
        const qsizetype start = text.lastIndexOf(QLatin1Char('\n'), end - 1) + 1;
        if (!isBlank(start, end)) {
            w.start = start;
            break;
        }
        end = start - 1;
    }
    // One non-blank line after.
    w.end = w.focusEnd;
    for (qsizetype start = w.focusEnd + 1; start < text.size();) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        if (!isBlank(start, end)) {
            w.end = end;
            break;
        }
        start = end + 1;
    }
    w.focusStart = std::max(w.focusStart, from - contextLimit);
    w.focusEnd = std::min(w.focusEnd, to + contextLimit);
    w.start = std::max(w.start, w.focusStart - contextLimit);
    w.end = std::min(w.end, w.focusEnd + contextLimit);
    // Never cut a surrogate pair in half.
    if (w.start > 0 && text[w.start].isLowSurrogate())
        --w.start;
    if (w.end < text.size() && w.end > 0 && text[w.end - 1].isHighSurrogate())
        ++w.end;
    return w;
}

enum class Cover { None, Mine, Other, Both };

/// Splits [from, to) into pieces covered by `mine`, by `other`, by both or by neither.
QVector<std::pair<Span, Cover>> pieces(const QVector<Span>& mine, const QVector<Span>& other) {
    QVector<qint64> cuts;
    for (const QVector<Span>* list : {&mine, &other})
        for (const Span& s : *list)
            cuts << s.start << s.end;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    const auto covers = [](const QVector<Span>& list, qint64 at) {
        return std::any_of(list.cbegin(), list.cend(),
                           [at](const Span& s) { return s.start <= at && at < s.end; });
    };
    QVector<std::pair<Span, Cover>> out;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const bool m = covers(mine, cuts[i]);
        const bool o = covers(other, cuts[i]);
        const Cover c = m && o ? Cover::Both : m ? Cover::Mine : o ? Cover::Other : Cover::None;
        if (c != Cover::None)
            out.append({{cuts[i], cuts[i + 1]}, c});
    }
    return out;
}

QVector<Span> spansOf(const QVector<Coding>& codings) {
    QVector<Span> spans;
    for (const Coding& c : codings)
        spans.append({c.start, c.end});
    return mergedSpans(spans);
}

} // namespace

QColor DisagreementView::firstColour() {
    return QColor(0x2f, 0x6f, 0xb3); // blue and orange stay apart for colour-blind readers
}

QColor DisagreementView::secondColour() {
    return QColor(0xe0, 0x7b, 0x1a);
}

DisagreementView::DisagreementView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("agreementSideBySide"));
    m_title = named<QLabel>(QStringLiteral("agreementDisagreementTitle"));
    m_title->setTextFormat(Qt::RichText);
    // Two fixed lines that never ask the splitter for more width (a splitter does not pass on
    // height-for-width, so a wrapping label would be cut to one line).
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < 2; ++i) {
        m_headers[i] = new QLabel;
        m_headers[i]->setTextFormat(Qt::RichText);
        m_details[i] = new QLabel;
        m_details[i]->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_texts[i] = new QTextEdit;
        m_texts[i]->setObjectName(i == 0 ? QStringLiteral("agreementFirstText")
                                         : QStringLiteral("agreementSecondText"));
        m_texts[i]->setAccessibleName(i == 0 ? tr("First coder's coding")
                                             : tr("Second coder's coding"));
        m_texts[i]->setReadOnly(true);
        m_texts[i]->setUndoRedoEnabled(false);
        m_texts[i]->setFrameShape(QFrame::StyledPanel);
        QColor edge = i == 0 ? firstColour() : secondColour();
        m_texts[i]->setStyleSheet(
            QStringLiteral("QTextEdit { border: 1px solid %1; border-top: 3px solid %1; }")
                .arg(edge.name()));
        grid->addWidget(m_headers[i], 0, i);
        grid->addWidget(m_details[i], 1, i);
        grid->addWidget(m_texts[i], 2, i);
    }
    grid->setRowStretch(2, 1);
    // The two columns show the same text: scrolling one scrolls the other.
    for (int i = 0; i < 2; ++i) {
        QScrollBar* mine = m_texts[i]->verticalScrollBar();
        QScrollBar* other = m_texts[1 - i]->verticalScrollBar();
        connect(mine, &QScrollBar::valueChanged, other, &QScrollBar::setValue);
    }

    m_legend = new QLabel;
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_consensus = named<QLabel>(QStringLiteral("agreementConsensusState"));
    m_consensus->setTextFormat(Qt::RichText);

    const auto button = [this](const QString& text, const char* name, ReconcileAction action) {
        auto* b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this,
                [this, action] { emit reconcileRequested(action); });
        return b;
    };
    m_acceptFirst =
        button(tr("Accept &first"), "agreementAcceptFirst", ReconcileAction::AcceptFirst);
    m_acceptSecond =
        button(tr("Accept &second"), "agreementAcceptSecond", ReconcileAction::AcceptSecond);
    m_keepBoth = button(tr("&Keep both"), "agreementKeepBoth", ReconcileAction::KeepBoth);
    m_dropBoth = button(tr("&Drop both"), "agreementDropBoth", ReconcileAction::DropBoth);
    m_show = namedButton(QStringLiteral("agreementShowInDocument"), tr("Show in document"),
                         tr("Open the document in the workbench with this passage selected."));
    connect(m_show, &QPushButton::clicked, this, &DisagreementView::showInDocumentRequested);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_acceptFirst);
    actions->addWidget(m_acceptSecond);
    actions->addWidget(m_keepBoth);
    actions->addWidget(m_dropBoth);
    actions->addStretch();
    actions->addWidget(m_show);

    auto* layout = flushLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(grid, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_consensus);
    layout->addLayout(actions);
    clear();
}

void DisagreementView::clear(const QString& hint) {
    m_title->setText(
        (hint.isEmpty() ? tr("Select a disagreement to compare the two codings.") : hint) +
        QStringLiteral("<br>&nbsp;"));
    for (int i = 0; i < 2; ++i) {
        m_headers[i]->setText(
            QStringLiteral("<b>%1</b>").arg(i == 0 ? tr("First coder") : tr("Second coder")));
        m_details[i]->clear();
        m_texts[i]->clear();
    }
    m_legend->clear();
    m_consensus->clear();
    setActionsEnabled(false, {});
    m_show->setEnabled(false);
}

void DisagreementView::setActionsEnabled(bool enabled, const QString& why) {
    for (QPushButton* b : {m_acceptFirst, m_acceptSecond, m_keepBoth, m_dropBoth}) {
        b->setEnabled(enabled);
        if (!why.isEmpty())
            b->setToolTip(why);
    }
}

void DisagreementView::showDisagreement(const DisagreementContext& c) {
    const Disagreement& d = c.disagreement;
    const QLocale locale;
    m_title->setText(tr("<b>%1</b> in <b>%2</b><br><span style=\"color:#7a808a\">characters "
                        "%3–%4 · %5</span>")
                         .arg(c.code.toHtmlEscaped(), c.document.toHtmlEscaped(),
                              locale.toString(d.span.start), locale.toString(d.span.end),
                              kindText(d.kind, c.firstCoder, c.secondCoder).toHtmlEscaped()));

    const OffsetMap map(c.text);
    const Window w = contextWindow(c.text, map.toUtf16(d.span.start), map.toUtf16(d.span.end));
    const QString before = w.start > 0 ? QStringLiteral("… ") : QString();
    const QString after = w.end < c.text.size() ? QStringLiteral(" …") : QString();
    const QString shown = before + c.text.mid(w.start, w.end - w.start) + after;
    // Text position of a code point, in the text shown.
    const auto at = [&](qint64 cp) {
        return static_cast<int>(map.toUtf16(cp) - w.start + before.size());
    };

    const QVector<Span> spans[2] = {spansOf(d.first), spansOf(d.second)};
    const QString names[2] = {c.firstCoder, c.secondCoder};
    const QColor colours[2] = {firstColour(), secondColour()};
    const qint64 only[2] = {d.characters.onlyFirst, d.characters.onlySecond};
    const qsizetype codings[2] = {d.first.size(), d.second.size()};
    for (int i = 0; i < 2; ++i) {
        m_headers[i]->setText(QStringLiteral("%1 <b>%2</b> <span style=\"color:#7a808a\">%3</span>")
                                  .arg(colourChip(colours[i]), names[i].toHtmlEscaped(),
                                       i == 0 ? tr("first coder") : tr("second coder")));
        m_details[i]->setText(
            codings[i] == 0
                ? tr("no coding of this code here")
                : (codings[i] == 1 ? tr("1 coding, ") : tr("%1 codings, ").arg(codings[i])) +
                      tr("%1 characters, %2 coded only by %3")
                          .arg(locale.toString(coveredLength(spans[i])), locale.toString(only[i]),
                               names[i]));
        QTextEdit* edit = m_texts[i];
        edit->setPlainText(shown);
        QTextCursor cursor(edit->document());
        // The surrounding lines recede so the eye lands on the passage.
        QTextCharFormat dim;
        dim.setForeground(QColor(0x7a, 0x80, 0x8a));
        cursor.setPosition(0);
        cursor.setPosition(static_cast<int>(w.focusStart - w.start + before.size()),
                           QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(dim);
        cursor.setPosition(static_cast<int>(w.focusEnd - w.start + before.size()));
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(dim);
        for (const auto& [span, cover] : pieces(spans[i], spans[1 - i])) {
            QTextCharFormat f;
            if (cover == Cover::Both || cover == Cover::Mine) {
                // The tint is light on any theme: its text is black or white by contrast.
                const QColor background =
                    tint(colours[i], cover == Cover::Both ? softTint : strongTint);
                f.setBackground(background);
                f.setForeground(readableTextOn(background));
            } else {
                f.setUnderlineStyle(QTextCharFormat::DashUnderline);
                f.setUnderlineColor(colours[1 - i]);
            }
            cursor.setPosition(at(std::max(span.start, d.span.start)));
            cursor.setPosition(at(std::min(span.end, d.span.end)), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(f);
        }
        QTextCursor focus(edit->document());
        focus.setPosition(at(d.span.start));
        edit->setTextCursor(focus);
        edit->ensureCursorVisible();
    }
    const auto sample = [](const QColor& c, const QString& text) {
        return QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span>")
            .arg(c.name(), text.toHtmlEscaped());
    };
    m_legend->setText(tr("<span style=\"color:#7a808a\">%1%2 coded by both &nbsp;&nbsp; %3%4 "
                         "only by the column's coder &nbsp;&nbsp; <u>dashed</u>: only by the other "
                         "coder</span>")
                          .arg(sample(tint(firstColour(), softTint), QString()),
                               sample(tint(secondColour(), softTint), QString()),
                               sample(tint(firstColour(), strongTint), QString()),
                               sample(tint(secondColour(), strongTint), QString())));
    m_consensus->setText(tr("<b>Consensus</b>: %1").arg(c.consensus.toHtmlEscaped()));
    const QString tips[4] = {
        tr("The consensus coder takes %1's coding of this passage, replacing what it had "
           "here. One undoable step.")
            .arg(c.firstCoder),
        tr("The consensus coder takes %1's coding of this passage, replacing what it had "
           "here. One undoable step.")
            .arg(c.secondCoder),
        tr("The consensus coder takes every character either coder coded here. One undoable "
           "step."),
        tr("The consensus coder has nothing of this code here. One undoable step.")};
    QPushButton* buttons[4] = {m_acceptFirst, m_acceptSecond, m_keepBoth, m_dropBoth};
    for (int i = 0; i < 4; ++i)
        buttons[i]->setToolTip(tips[i]);
    setActionsEnabled(c.cannotSettle.isEmpty(), c.cannotSettle);
    m_show->setEnabled(true);
}

} // namespace situate

#include "moc_disagreementview.cpp"

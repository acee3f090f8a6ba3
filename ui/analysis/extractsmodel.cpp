// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/extractsmodel.h"

#include "ui/analysis/codecombobox.h"

#include <QColor>

namespace situate {

namespace {

QString escapedWithBreaks(const QString& text, bool lineBreaks) {
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    // A coded passage often spans turns; in the list a mark keeps each extract one block.
    html.replace(QLatin1Char('\n'),
                 lineBreaks ? QStringLiteral("<br>")
                            : QStringLiteral("<span style='color:#9aa0a8'> \u00b6 </span>"));
    return html;
}

qsizetype codePoints(const QString& s) {
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i, ++n)
        if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
            ++i;
    return n;
}

/// A code's colour mixed with white, light enough to read black text on.
QString tint(const QString& colour) {
    QColor c(colour);
    if (!c.isValid())
        c = QColor(0xf2, 0xc9, 0x4c);
    const auto mix = [](int v) {
        return int(v * 0.35 + 255 * 0.65);
    };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue())).name();
}

} // namespace

ExtractsModel::ExtractsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ExtractsModel::setListing(std::shared_ptr<const ExtractListing> listing,
                               const QHash<qint64, QString>& colours, QVector<Extract> firstPage) {
    beginResetModel();
    m_listing = std::move(listing);
    m_colours = colours;
    m_pages.clear();
    if (m_listing && !firstPage.isEmpty())
        m_pages.insert(0, {std::move(firstPage), ++m_stamp});
    endResetModel();
}

bool ExtractsModel::extendListing(std::shared_ptr<const ExtractListing> whole) {
    const qsizetype shown = m_listing ? m_listing->size() : 0;
    bool prefix = whole && whole->size() >= shown;
    for (qsizetype r = 0; prefix && r < shown; ++r)
        prefix = whole->codingId(r) == m_listing->codingId(r);
    if (!prefix) {
        setListing(std::move(whole), m_colours);
        return false;
    }
    if (whole->size() == shown) {
        m_listing = std::move(whole);
        return true;
    }
    beginInsertRows({}, int(shown), int(whole->size()) - 1);
    m_listing = std::move(whole);
    endInsertRows();
    return true;
}

bool ExtractsModel::isLoaded(int row) const {
    const auto it = m_pages.constFind(row / pageSize);
    return it != m_pages.cend() && row % pageSize < it->first.size();
}

void ExtractsModel::setPage(int page, QVector<Extract> rows) {
    if (!m_listing || rows.isEmpty())
        return;
    if (m_pages.size() >= keptPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->second < oldest->second)
                oldest = it;
        m_pages.erase(oldest);
    }
    const int first = page * pageSize;
    const int last = first + int(rows.size()) - 1;
    m_pages.insert(page, {std::move(rows), ++m_stamp});
    emit dataChanged(index(first, 0), index(last, KeyQuoteColumn));
}

const Extract* ExtractsModel::loaded(int row) const {
    const auto it = m_pages.find(row / pageSize);
    if (it == m_pages.end() || row % pageSize >= it->first.size())
        return nullptr;
    it->second = ++m_stamp;
    return &it->first[row % pageSize];
}

Extract ExtractsModel::extract(int row) const {
    if (!m_listing || row < 0 || row >= m_listing->size())
        return {};
    const Extract* x = loaded(row);
    return x ? *x : m_listing->row(row);
}

QString ExtractsModel::contextHtml(const Extract& x, const QString& colour, int contextLength,
                                   bool lineBreaks) {
    const bool cutBefore = x.start > codePoints(x.before);
    const bool cutAfter = contextLength > 0 && codePoints(x.after) >= contextLength;
    return QStringLiteral("<span style='color:#6b7280'>%1%2</span>"
                          "<span style='background-color:%3; font-weight:600'>%4</span>"
                          "<span style='color:#6b7280'>%5%6</span>")
        .arg(cutBefore ? QStringLiteral("…") : QString(), escapedWithBreaks(x.before, lineBreaks),
             tint(colour), escapedWithBreaks(x.text, lineBreaks),
             escapedWithBreaks(x.after, lineBreaks), cutAfter ? QStringLiteral("…") : QString());
}

int ExtractsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_listing ? 0 : int(m_listing->size());
}

int ExtractsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : KeyQuoteColumn + 1;
}

QVariant ExtractsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Extract* page = loaded(index.row());
    if (!page && m_reader)
        m_reader(index.row() / pageSize);
    Extract header;
    const Extract& x = page ? *page : (header = m_listing->row(index.row()));
    const QString code = x.codePath.section(QLatin1Char('/'), -1);
    if (role == CodingIdRole)
        return x.codingId;
    if (role == KeyQuoteRole)
        return x.keyQuote;
    switch (index.column()) {
    case DocumentColumn:
        if (role == Qt::DisplayRole)
            return x.document;
        if (role == Qt::ToolTipRole)
            return tr("%1, code points %2–%3").arg(x.document).arg(x.start).arg(x.end);
        break;
    case CaseColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return x.cases.join(QStringLiteral("; "));
        break;
    case CodeColumn:
        if (role == Qt::DisplayRole)
            return code;
        if (role == Qt::ToolTipRole)
            return x.codePath;
        if (role == Qt::DecorationRole)
            return CodeComboBox::swatch(m_colours.value(x.codeId));
        break;
    case CoderColumn:
        if (role == Qt::DisplayRole)
            return x.coder;
        break;
    case ExtractColumn:
        if (!page && (role == Qt::DisplayRole || role == HtmlRole))
            return tr("Loading…");
        if (role == Qt::DisplayRole)
            return x.text;
        if (role == HtmlRole)
            return contextHtml(x, m_colours.value(x.codeId), 60);
        if (role == Qt::ToolTipRole)
            return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                .arg(x.text.left(1200).toHtmlEscaped());
        break;
    case MemoColumn:
        if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && !x.memo.isEmpty()))
            return x.memo;
        break;
    case KeyQuoteColumn:
        if (role == Qt::DisplayRole)
            return x.keyQuote ? QStringLiteral("★") : QStringLiteral("☆");
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return x.keyQuote ? tr("Key quote (click or Ctrl+K to unmark)")
                              : tr("Not a key quote (click or Ctrl+K to mark)");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignHCenter | Qt::AlignTop);
        break;
    default:
        break;
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignTop);
    return {};
}

QVariant ExtractsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section == KeyQuoteColumn &&
        (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return tr("Key quote");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case CaseColumn:
        return tr("Case");
    case CodeColumn:
        return tr("Code");
    case CoderColumn:
        return tr("Coder");
    case ExtractColumn:
        return tr("Extract in context");
    case MemoColumn:
        return tr("Memo");
    case KeyQuoteColumn:
        return QStringLiteral("★");
    default:
        return {};
    }
}

} // namespace situate

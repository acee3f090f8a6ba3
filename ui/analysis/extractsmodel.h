// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/extractlisting.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <memory>

namespace situate {

/// Coded extracts as table rows: document, case, code, coder, the extract in its context
/// (as rich text for ExtractDelegate), the memo and a star for a key quote. Lazy, as DB Browser for
/// SQLite's table model: every row of the listing is there at once (document, case, code and coder
/// come from the listing in memory), and the texts arrive in pages of `pageSize` rows, asked for
/// through the page reader when a row is first painted; a few hundred pages are kept.
class ExtractsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// KeyQuoteColumn (a star on a key quote) is last here; the browser shows it first.
    enum Column {
        DocumentColumn,
        CaseColumn,
        CodeColumn,
        CoderColumn,
        ExtractColumn,
        MemoColumn,
        KeyQuoteColumn
    };
    static constexpr int KeyQuoteRole = Qt::UserRole + 3; // bool, on every column
    static constexpr int CodingIdRole = Qt::UserRole + 1; // qint64, on every column
    static constexpr int HtmlRole = Qt::UserRole + 2;     // the extract column as rich text
    static constexpr int pageSize = 100;
    static constexpr int keptPages = 200;

    explicit ExtractsModel(QObject* parent = nullptr);

    /// Lists every row of `listing` (null: none); `colours` maps code ids to "#rrggbb" and the
    /// coded text is tinted with its code's colour. Drops the pages read before; `firstPage`,
    /// when read with the listing, is there before the view asks.
    void setListing(std::shared_ptr<const ExtractListing> listing,
                    const QHash<qint64, QString>& colours, QVector<Extract> firstPage = {});
    const std::shared_ptr<const ExtractListing>& listing() const { return m_listing; }
    /// Replaces a head of the list by the whole list, adding its rows after those shown and
    /// keeping the pages read. When `whole` does not start with the rows shown (the project
    /// changed between the reads), lists it afresh instead and returns false.
    bool extendListing(std::shared_ptr<const ExtractListing> whole);
    /// Called (from data()) with a page that is not yet read; the reader answers with setPage.
    void setPageReader(std::function<void(int page)> reader) { m_reader = std::move(reader); }
    /// The rows of one page of the current listing, complete.
    void setPage(int page, QVector<Extract> rows);
    bool isLoaded(int row) const;
    /// Row `row`: complete once its page is read, else without text, context and memo.
    Extract extract(int row) const;

    /// The extract in context as HTML: "…before <coded> after…", line breaks as ¶ marks or,
    /// with `lineBreaks`, as breaks.
    static QString contextHtml(const Extract& x, const QString& colour, int contextLength,
                               bool lineBreaks = false);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Extract* loaded(int row) const;

    std::shared_ptr<const ExtractListing> m_listing;
    QHash<qint64, QString> m_colours;
    std::function<void(int)> m_reader;
    // Page number -> its rows; the stamp says when a page was last used, so the oldest goes.
    mutable QHash<int, std::pair<QVector<Extract>, quint64>> m_pages;
    mutable quint64 m_stamp = 0;
};

} // namespace situate

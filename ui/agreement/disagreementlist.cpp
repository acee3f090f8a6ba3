// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/agreement/disagreementlist.h"

#include <QHeaderView>

#include <algorithm>

namespace situate {

DisagreementList::DisagreementList(QWidget* parent)
    : QTableView(parent)
    , m_model(new DisagreementModel(this)) {
    setObjectName(QStringLiteral("agreementDisagreements"));
    setAccessibleName(tr("Disagreements"));
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    // Fitting a column reads the rows in view only (by default it reads a thousand).
    horizontalHeader()->setResizeContentsPrecision(0);
    // Every row the same height, so the view never asks a row it does not show for its size.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DisagreementList::currentChanged);
}

void DisagreementList::clearDisagreements() {
    const QSignalBlocker block(this);
    m_model->clear();
}

const DisagreementPlace* DisagreementList::current() const {
    const int row = currentRow();
    return row >= 0 ? &m_model->places().at(row) : nullptr;
}

int DisagreementList::currentRow() const {
    const QModelIndex i = currentIndex();
    return i.isValid() && i.row() < m_model->rowCount() ? i.row() : -1;
}

void DisagreementList::setCurrentRow(int row) {
    if (row < 0 || row >= m_model->rowCount())
        return;
    setCurrentIndex(m_model->index(row, 0));
    scrollTo(m_model->index(row, 0));
}

DisagreementList::Settled DisagreementList::currentSettled() const {
    return m_model->settled(currentRow());
}

void DisagreementList::setDisagreements(const Storage& s, const CodeTree& tree,
                                        QVector<DisagreementPlace> places, const QString& first,
                                        const QString& second, const QString& consensusCoder) {
    const DisagreementPlace* was = current();
    const bool keeping = was;
    const DisagreementPlace keep = was ? *was : DisagreementPlace();
    const QSignalBlocker block(this);
    const QSignalBlocker blockSelection(selectionModel());
    m_model->setPlaces(&s, tree, std::move(places), first, second, consensusCoder);
    const QVector<DisagreementPlace>& list = m_model->places();
    // One document or one code: its column would say the same on every row.
    const auto same = [&](auto field) {
        return !list.isEmpty() && std::all_of(list.cbegin(), list.cend(), [&](const auto& p) {
            return p.*field == list.first().*field;
        });
    };
    setColumnHidden(DisagreementModel::DocumentColumn, same(&DisagreementPlace::documentId));
    setColumnHidden(DisagreementModel::CodeColumn, same(&DisagreementPlace::codeId));
    // Fit the short columns to the rows in view, but never so wide that no passage shows.
    const int caps[] = {150, 150, 110, 90};
    for (int c = DisagreementModel::DocumentColumn; c < DisagreementModel::PassageColumn; ++c) {
        resizeColumnToContents(c);
        setColumnWidth(c, std::min(columnWidth(c), caps[c]));
    }
    if (keeping) {
        const auto at = std::find_if(list.cbegin(), list.cend(), [&](const DisagreementPlace& p) {
            return p.documentId == keep.documentId && p.codeId == keep.codeId &&
                   p.span == keep.span;
        });
        if (at != list.cend())
            setCurrentRow(static_cast<int>(at - list.cbegin()));
    }
}

} // namespace situate

#include "moc_disagreementlist.cpp"

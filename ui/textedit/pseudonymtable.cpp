// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/textedit/pseudonymtable.h"

#include "core/text.h"

#include <QHeaderView>
#include <QSignalBlocker>

#include <algorithm>

namespace situate {

namespace {

QTableWidgetItem* checkItem(bool checked) {
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

PseudonymTable::PseudonymTable(QWidget* parent)
    : QTableWidget(0, 4, parent) {
    setObjectName(QStringLiteral("pseudonymTable"));
    setHorizontalHeaderLabels({tr("Find"), tr("Replace with"), tr("Whole word"), tr("Match case")});
    horizontalHeader()->setSectionResizeMode(Find, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(Replace, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(WholeWord, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(MatchCase, QHeaderView::ResizeToContents);
    verticalHeader()->setVisible(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    connect(this, &QTableWidget::itemChanged, this, &PseudonymTable::entriesChanged);
}

QVector<PseudonymEntry> PseudonymTable::entries() const {
    QVector<PseudonymEntry> out;
    for (int r = 0; r < rowCount(); ++r) {
        const QTableWidgetItem* find = item(r, Find);
        if (!find || find->text().isEmpty())
            continue;
        const QTableWidgetItem* replace = item(r, Replace);
        out.append({normaliseText(find->text()),
                    normaliseText(replace ? replace->text() : QString()),
                    item(r, WholeWord)->checkState() == Qt::Checked,
                    item(r, MatchCase)->checkState() == Qt::Checked});
    }
    return out;
}

void PseudonymTable::setEntries(const QVector<PseudonymEntry>& entries) {
    {
        const QSignalBlocker quiet(this);
        setRowCount(0);
        for (const PseudonymEntry& e : entries)
            appendRow(e);
    }
    emit entriesChanged();
}

int PseudonymTable::appendRow(const PseudonymEntry& entry) {
    const QSignalBlocker quiet(this);
    const int r = rowCount();
    insertRow(r);
    setItem(r, Find, new QTableWidgetItem(entry.find));
    setItem(r, Replace, new QTableWidgetItem(entry.replace));
    setItem(r, WholeWord, checkItem(entry.wholeWord));
    setItem(r, MatchCase, checkItem(entry.caseSensitive));
    return r;
}

int PseudonymTable::rowFinding(const QString& find) const {
    for (int r = 0; r < rowCount(); ++r) {
        if (item(r, Find) && item(r, Find)->text() == find)
            return r;
    }
    return -1;
}

void PseudonymTable::addFind(const QString& find) {
    int r = rowFinding(find);
    if (r < 0) {
        r = appendRow(PseudonymEntry{find, {}});
        emit entriesChanged();
    }
    setCurrentCell(r, Replace);
    scrollToItem(item(r, Replace));
    if (item(r, Replace)->text().isEmpty())
        editItem(item(r, Replace));
}

void PseudonymTable::addEmptyRow() {
    const int r = appendRow(PseudonymEntry{});
    setCurrentCell(r, Find);
    editItem(item(r, Find));
}

void PseudonymTable::removeSelectedRows() {
    QList<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int r : rows)
        removeRow(r);
    if (!rows.isEmpty())
        emit entriesChanged();
}

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/coderfilterbutton.h"

#include <QAction>
#include <QMenu>
#include <QSet>

namespace situate {

CoderFilterButton::CoderFilterButton(QWidget* parent)
    : QPushButton(parent) {
    setMenu(new QMenu(this));
    setToolTip(tr("Count only the codings of the ticked coders (none ticked: all coders)."));
    updateText();
}

void CoderFilterButton::setCoders(const QVector<Coder>& coders) {
    const QVector<qint64> keep = selectedIds();
    menu()->clear();
    QAction* all = menu()->addAction(tr("All coders"));
    connect(all, &QAction::triggered, this, [this] {
        setSelectedIds({});
        emit selectionChanged();
    });
    menu()->addSeparator();
    for (const Coder& c : coders) {
        QAction* a = menu()->addAction(c.name);
        a->setCheckable(true);
        a->setData(c.id);
        a->setChecked(keep.contains(c.id));
        connect(a, &QAction::toggled, this, [this] {
            updateText();
            emit selectionChanged();
        });
    }
    updateText();
}

QVector<qint64> CoderFilterButton::selectedIds() const {
    QVector<qint64> ids;
    for (const QAction* a : menu()->actions())
        if (a->isCheckable() && a->isChecked())
            ids << a->data().toLongLong();
    return ids;
}

void CoderFilterButton::setSelectedIds(const QVector<qint64>& ids) {
    const QSet<qint64> wanted(ids.begin(), ids.end());
    for (QAction* a : menu()->actions()) {
        if (!a->isCheckable())
            continue;
        const QSignalBlocker block(a);
        a->setChecked(wanted.contains(a->data().toLongLong()));
    }
    updateText();
}

void CoderFilterButton::updateText() {
    QStringList names;
    int coders = 0;
    for (const QAction* a : menu()->actions()) {
        if (!a->isCheckable())
            continue;
        ++coders;
        if (a->isChecked())
            names << a->text();
    }
    // Ticking every coder is the same as ticking none, but say what was ticked.
    setText(names.isEmpty()     ? tr("All coders")
            : names.size() == 1 ? tr("Coder: %1").arg(names.first())
                                : tr("%1 of %2 coders").arg(names.size()).arg(coders));
}

} // namespace situate

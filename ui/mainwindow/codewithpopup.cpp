// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/codewithpopup.h"

#include "core/codetree.h"
#include "ui/common/widgets.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace situate {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

CodeWithPopup::CodeWithPopup(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("codeWithPopup"));
    setWindowTitle(tr("Code with"));
    setAccessibleName(tr("Code with"));
    setAccessibleDescription(tr("Type part of a code's name, move with the arrow keys, press "
                                "Enter to choose the code or Escape to close."));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("codeWithHeading"));
    m_filter = named<QLineEdit>(QStringLiteral("codeWithFilter"));
    m_filter->setPlaceholderText(tr("Type to filter the codes"));
    m_filter->setAccessibleName(tr("Filter codes"));
    m_filter->setAccessibleDescription(
        tr("Lists the codes whose path contains what is typed, in any case."));
    m_heading->setBuddy(m_filter);
    m_list = named<QListWidget>(QStringLiteral("codeWithList"));
    m_list->setAccessibleName(tr("Matching codes"));
    m_list->setAccessibleDescription(tr("Enter codes with the current one."));
    m_list->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_heading);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(420, 360);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CodeWithPopup::filter);
    connect(m_list, &QListWidget::itemActivated, this, &CodeWithPopup::choose);
}

void CodeWithPopup::showFor(const CodeTree& tree, const QString& heading) {
    m_heading->setText(heading);
    m_codes.clear();
    for (const Code& c : tree.codes())
        m_codes.append({c.id, tree.path(c.id)});
    m_filter->clear();
    filter();
    open();
    raise();
    activateWindow();
    m_filter->setFocus();
}

QVector<qint64> CodeWithPopup::listedCodes() const {
    QVector<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(IdRole).toLongLong();
    return ids;
}

void CodeWithPopup::filter() {
    const QString typed = m_filter->text().trimmed();
    m_list->clear();
    for (const auto& [id, path] : std::as_const(m_codes)) {
        if (!typed.isEmpty() && !path.contains(typed, Qt::CaseInsensitive))
            continue;
        auto* item = new QListWidgetItem(path, m_list);
        item->setData(IdRole, id);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

void CodeWithPopup::choose() {
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return; // nothing matches: the popup stays for another try
    const qint64 id = item->data(IdRole).toLongLong();
    accept();
    emit chosen(id);
}

bool CodeWithPopup::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_list, key);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace situate

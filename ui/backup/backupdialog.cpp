// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/backupdialog.h"

#include "ui/common/widgets.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace situate {

BackupDialog::BackupDialog(const QString& projectName, const QVector<BackupInfo>& backups,
                           QWidget* parent)
    : QDialog(parent)
    , m_backups(backups) {
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore backup of %1").arg(projectName));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Situate keeps a copy of the project each time it is opened "
                                "and has changed. Restoring replaces the project's content "
                                "with the chosen copy; the current content is kept as a "
                                "backup first."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = named<QTreeWidget>(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Size"), tr("File")});
    const QLocale locale;
    for (const BackupInfo& b : m_backups) {
        auto* item =
            new QTreeWidgetItem({locale.toString(b.taken.toLocalTime(), QLocale::ShortFormat) +
                                     b.taken.toLocalTime().toString(QStringLiteral(":ss")),
                                 locale.formattedDataSize(b.size), b.fileName});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        m_list->addTopLevelItem(item);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(chosen() != nullptr); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    resize(560, 320);
}

const BackupInfo* BackupDialog::chosen() const {
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_backups.size() || !m_list->currentItem()->isSelected())
        return nullptr;
    return &m_backups[row];
}

} // namespace situate

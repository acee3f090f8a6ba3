// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/documenthistory.h"

#include "core/project.h"
#include "ui/common/widgets.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace situate {

namespace {

QString kindText(TextEditKind kind) {
    switch (kind) {
    case TextEditKind::Edit:
        return QObject::tr("Edit");
    case TextEditKind::Replace:
        return QObject::tr("Find and replace");
    case TextEditKind::Pseudonymise:
        return QObject::tr("Pseudonymisation");
    }
    return {};
}

QTableWidgetItem* numberItem(qint64 n) {
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

Result<DocumentHistory> readHistory(const Storage& storage, qint64 documentId) {
    DocumentHistory history;
    const auto document = storage.documentNameAndLength(documentId);
    if (!document)
        return history; // no longer in the project: no name, no edits
    history.document = document->first;
    Result<QVector<DocumentEdit>> edits = documentEdits(storage, documentId);
    if (!edits)
        return Status::from(edits);
    history.edits = edits.take();
    return history;
}

} // namespace

DocumentHistoryView::DocumentHistoryView(QWidget* parent)
    : ProjectView(Follow::AtOnce, parent)
    , m_job(
          this, [this] { launch(); },
          [this](Result<DocumentHistory> result, bool) { finished(std::move(result)); }) {
    setObjectName(QStringLiteral("documentHistoryView"));
    m_table = named<QTableWidget>(QStringLiteral("documentHistoryTable"), 0, 6);
    m_table->setAccessibleName(tr("Text edits of the document"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Kind"), tr("Replacements"), tr("Removed"), tr("Inserted")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("Removed and inserted count characters (code points). "
                           "situate-cli documents history prints the same rows, in UTC."));
    m_busy = busyBar(QStringLiteral("documentHistoryBusy"));
    m_status = statusLabel(QStringLiteral("documentHistoryStatus"));
    auto* layout = flushLayout(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
}

void DocumentHistoryView::showDocument(Project* project, qint64 documentId) {
    m_documentId = documentId;
    setProject(project); // reads it again, also when it is the project shown already
}

void DocumentHistoryView::projectReplaced() {
    m_table->setRowCount(0);
    m_job.cancel();
    refreshNow();
}

void DocumentHistoryView::refresh() {
    if (project() && m_documentId)
        m_job.start();
}

void DocumentHistoryView::launch() {
    if (!project())
        return;
    m_busy->setVisible(true);
    if (m_table->rowCount() == 0)
        m_status->setText(tr("Reading the history…"));
    m_job.run(*project(), [id = m_documentId](const Storage& s, const std::atomic_bool&) {
        return readHistory(s, id);
    });
}

void DocumentHistoryView::finished(Result<DocumentHistory> result) {
    m_busy->setVisible(false);
    if (!project())
        return;
    if (!result) {
        m_status->setText(tr("Could not read the history: %1").arg(result.error()));
        return;
    }
    emit documentRead(result->document);
    const QVector<DocumentEdit>& edits = result->edits;
    m_table->setRowCount(int(edits.size()));
    for (int row = 0; row < edits.size(); ++row) {
        const DocumentEdit& d = edits[row];
        auto* when = new QTableWidgetItem(
            QLocale().toString(d.at.toLocalTime(), QLocale().dateFormat(QLocale::ShortFormat) +
                                                       QStringLiteral(" HH:mm:ss")));
        when->setToolTip(d.at.toUTC().toString(Qt::ISODate));
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, new QTableWidgetItem(d.who));
        m_table->setItem(row, 2, new QTableWidgetItem(kindText(d.kind)));
        m_table->setItem(row, 3, numberItem(d.replacements));
        m_table->setItem(row, 4, numberItem(d.removed));
        m_table->setItem(row, 5, numberItem(d.inserted));
    }
    m_table->scrollToBottom(); // the latest edit
    if (result->document.isEmpty())
        m_status->setText(tr("This document is no longer in the project."));
    else if (edits.isEmpty())
        m_status->setText(tr("No edits since import."));
    else
        m_status->setText(tr("%n edit(s) since import, oldest first.", "", int(edits.size())));
}

DocumentHistoryDialog::DocumentHistoryDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("documentHistoryDialog"));
    setWindowTitle(tr("Document History"));
    m_view = new DocumentHistoryView;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("documentHistoryButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(640, 320);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &DocumentHistoryView::documentRead, this, [this](const QString& name) {
        setWindowTitle(name.isEmpty() ? tr("Document History") : tr("History of %1").arg(name));
    });
}

void DocumentHistoryDialog::showFor(Project* project, qint64 documentId) {
    // Its project closed (another opened), the dialog has nothing left to show.
    connect(project, &QObject::destroyed, this, &QWidget::close, Qt::UniqueConnection);
    show();
    m_view->showDocument(project, documentId);
    raise();
    activateWindow();
}

} // namespace situate

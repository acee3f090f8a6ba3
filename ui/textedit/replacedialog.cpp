// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/textedit/replacedialog.h"

#include "core/project.h"
#include "core/text.h"
#include "ui/common/readonlyjob.h"
#include "ui/common/widgets.h"
#include "ui/mainwindow/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

namespace situate {

ReplaceDialog::ReplaceDialog(MainWindow& window)
    : QDialog(&window)
    , m_window(window) {
    setObjectName(QStringLiteral("replaceDialog"));
    setWindowTitle(tr("Find and Replace"));
    m_find = named<QLineEdit>(QStringLiteral("replaceFind"));
    m_with = named<QLineEdit>(QStringLiteral("replaceWith"));
    m_wholeWord = namedCheckBox(QStringLiteral("replaceWholeWord"), tr("Whole words only"));
    m_ignoreCase = namedCheckBox(QStringLiteral("replaceIgnoreCase"), tr("Ignore case"));
    m_scope = choiceBox(QStringLiteral("replaceScope"),
                        {{tr("This document"), false}, {tr("All documents"), true}});
    m_previewButton = namedButton(QStringLiteral("replacePreviewButton"), tr("&Preview"),
                                  tr("Count the matches and the codings they touch"));
    m_replaceButton = namedButton(QStringLiteral("replaceAllButton"), tr("&Replace all"),
                                  tr("Make every replacement the preview lists, as one step "
                                     "that Undo takes back"));
    m_tree = named<QTreeWidget>(QStringLiteral("replacePreview"));
    setNameColumns(m_tree,
                   {tr("Document"), tr("Matches"), tr("Codings changed"), tr("Codings removed")});
    m_status = statusLabel(QStringLiteral("replaceStatus"));
    m_tree->setRootIsDecorated(false);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Find:"), m_find);
    form->addRow(tr("Replace with:"), m_with);
    auto* options = new QHBoxLayout;
    options->addWidget(m_wholeWord);
    options->addWidget(m_ignoreCase);
    options->addWidget(m_scope);
    form->addRow(options);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addStretch();
    buttons->addWidget(m_replaceButton);
    form->addRow(m_tree);
    form->addRow(m_status);
    form->addRow(buttons);
    resize(560, 380);

    onAnyChange(this, {m_find, m_with, m_wholeWord, m_ignoreCase, m_scope},
                [this] { inputsChanged(); });
    connect(m_previewButton, &QPushButton::clicked, this, &ReplaceDialog::preview);
    connect(m_replaceButton, &QPushButton::clicked, this, &ReplaceDialog::replaceAll);
    connect(&m_watcher, &QFutureWatcher<Result<ReplaceReport>>::finished, this,
            &ReplaceDialog::showPreview);
    inputsChanged();
}

void ReplaceDialog::showFor(qint64 documentId) {
    m_documentId = documentId;
    m_scope->setCurrentIndex(documentId ? 0 : 1);
    m_scope->setEnabled(documentId != 0);
    inputsChanged();
    show();
    raise();
    m_find->setFocus();
}

ReplaceRequest ReplaceDialog::request() const {
    ReplaceRequest r;
    r.find = normaliseText(m_find->text());
    r.with = normaliseText(m_with->text());
    r.options.wholeWord = m_wholeWord->isChecked();
    r.options.caseSensitive = !m_ignoreCase->isChecked();
    if (!m_scope->currentData().toBool() && m_documentId)
        r.documentIds = {m_documentId};
    return r;
}

void ReplaceDialog::inputsChanged() {
    m_previewed = false;
    m_tree->clear();
    m_replaceButton->setEnabled(false);
    m_previewButton->setEnabled(!m_find->text().isEmpty() && m_window.project());
    m_status->setText(m_find->text().isEmpty() ? tr("Type what to find.")
                                               : tr("Preview to see what would change."));
}

void ReplaceDialog::preview() {
    Project* project = m_window.project();
    if (!project || m_find->text().isEmpty())
        return;
    m_previewButton->setEnabled(false);
    m_status->setText(tr("Counting matches…"));
    m_watcher.setFuture(runReadOnly<ReplaceReport>(
        *project, [request = request()](const Storage& s) { return previewReplace(s, request); }));
}

void ReplaceDialog::showPreview() {
    m_previewButton->setEnabled(true);
    const Result<ReplaceReport> report = m_watcher.result();
    m_tree->clear();
    if (!report) {
        m_status->setText(tr("Could not count the matches: %1").arg(report.error()));
        return;
    }
    qint64 changed = 0, removed = 0;
    for (const DocumentReplaceReport& d : report->documents) {
        auto* item =
            new QTreeWidgetItem(m_tree, {d.document, QLocale().toString(d.edit.replacements),
                                         QLocale().toString(d.edit.codings.changed),
                                         QLocale().toString(d.edit.codings.removed)});
        item->setData(0, Qt::UserRole, d.documentId);
        changed += d.edit.codings.changed;
        removed += d.edit.codings.removed;
    }
    m_previewed = true;
    m_previewTotal = report->total;
    m_replaceButton->setEnabled(report->total > 0);
    const QString done =
        m_replaced > 0 ? tr("Replaced %1 (Undo takes it back). ").arg(m_replaced) : QString();
    m_replaced = 0;
    m_status->setText(
        done + (report->total == 0
                    ? tr("No matches.")
                    : tr("%n match(es) in %1 document(s); %2 coding(s) change and %3 are removed.",
                         "", int(report->total))
                          .arg(report->documents.size())
                          .arg(changed)
                          .arg(removed)));
}

void ReplaceDialog::replaceAll() {
    if (!m_previewed)
        return;
    const ReplaceRequest r = request();
    const QString who =
        m_window.currentCoder().isEmpty() ? systemUserName() : m_window.currentCoder();
    if (!m_window.edit(tr("Replace \"%1\"").arg(r.find),
                       [r, who](Editor& e) { return Status::from(replaceInDocuments(e, r, who)); }))
        return;
    // What is left to replace: nothing, unless the replacement contains what it replaced.
    m_replaced = m_previewTotal;
    preview();
}

} // namespace situate

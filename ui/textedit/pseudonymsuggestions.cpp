// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/textedit/pseudonymsuggestions.h"

#include "core/io/pseudonymsheet.h"
#include "core/project.h"
#include "ui/common/readonlyjob.h"
#include "ui/common/widgets.h"
#include "ui/mainwindow/mainwindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace situate {

PseudonymSuggestions::PseudonymSuggestions(MainWindow& window, QWidget* parent)
    : QWidget(parent)
    , m_window(window) {
    m_suggest = namedButton(QStringLiteral("pseudonymSuggestButton"), tr("&Suggest names"),
                            tr("Find speaker labels and capitalised names in every document"));
    m_add = namedButton(QStringLiteral("pseudonymAddSuggestionButton"), tr("&Add to list"),
                        tr("Add the selected suggestions to the list, to type their pseudonyms"));
    m_tree = named<QTreeWidget>(QStringLiteral("pseudonymSuggestions"));
    setNameColumns(m_tree, {tr("Candidate"), tr("Kind"), tr("Count"), tr("Documents")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSortingEnabled(false);
    m_status = statusLabel(QStringLiteral("pseudonymSuggestStatus"));
    m_status->setText(tr("Suggest names to review what the documents may identify."));
    m_add->setEnabled(false);

    auto* layout = flushLayout(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_suggest);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_add);
    layout->addLayout(buttons);
    layout->addWidget(m_tree);

    connect(m_suggest, &QPushButton::clicked, this, &PseudonymSuggestions::suggest);
    connect(m_add, &QPushButton::clicked, this, &PseudonymSuggestions::addSelected);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &PseudonymSuggestions::addSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_add->setEnabled(!m_tree->selectedItems().isEmpty()); });
    connect(&m_watcher, &QFutureWatcher<Result<QVector<Candidate>>>::finished, this,
            &PseudonymSuggestions::showCandidates);
}

void PseudonymSuggestions::suggest() {
    const Project* project = m_window.project();
    if (!project)
        return;
    m_suggest->setEnabled(false);
    m_status->setText(tr("Reading the documents…"));
    m_watcher.setFuture(runReadOnly<QVector<Candidate>>(
        *project, [](const Storage& s) -> Result<QVector<Candidate>> {
            Result<QVector<CandidateSource>> sources = candidateSources(s);
            if (!sources)
                return Status::from(sources);
            return findCandidates(*sources);
        }));
}

void PseudonymSuggestions::showCandidates() {
    m_suggest->setEnabled(true);
    const Result<QVector<Candidate>> found = m_watcher.result();
    m_tree->clear();
    if (!found) {
        m_status->setText(tr("Could not read the documents: %1").arg(found.error()));
        return;
    }
    for (const Candidate& c : *found)
        new QTreeWidgetItem(m_tree,
                            {c.text, c.kind == CandidateKind::Speaker ? tr("speaker") : tr("name"),
                             QLocale().toString(c.count), c.documents.join(QStringLiteral("; "))});
    m_status->setText(found->isEmpty()
                          ? tr("Nothing to suggest.")
                          : tr("%n suggestion(s): double-click one, or select and add them.", "",
                               int(found->size())));
}

void PseudonymSuggestions::addSelected() {
    QStringList texts;
    for (const QTreeWidgetItem* item : m_tree->selectedItems())
        texts << item->text(0);
    if (!texts.isEmpty())
        emit chosen(texts);
}

} // namespace situate

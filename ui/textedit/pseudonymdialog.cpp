// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/textedit/pseudonymdialog.h"

#include "core/io/pseudonymsheet.h"
#include "core/io/sheetfile.h"
#include "core/project.h"
#include "ui/common/prompter.h"
#include "ui/common/readonlyjob.h"
#include "ui/common/widgets.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/textedit/pseudonymsuggestions.h"
#include "ui/textedit/pseudonymtable.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace situate {

using Marks = QVector<std::pair<qint64, qint64>>;

PseudonymDialog::PseudonymDialog(MainWindow& window)
    : QDialog(&window)
    , m_window(window) {
    setObjectName(QStringLiteral("pseudonymDialog"));
    setWindowTitle(tr("Pseudonymise"));
    m_table = new PseudonymTable;
    m_suggestions = new PseudonymSuggestions(window);
    m_keyPath = named<QLineEdit>(QStringLiteral("pseudonymKeyPath"));
    m_keyPath->setPlaceholderText(tr("Where the key (the original names) is saved, outside the "
                                     "project's folder"));
    m_showMarks = namedCheckBox(QStringLiteral("pseudonymShowMarks"),
                                tr("Mark the matches in the open document"));
    m_showMarks->setChecked(true);
    m_marksStatus = statusLabel(QStringLiteral("pseudonymMarksStatus"));
    m_previewButton = namedButton(QStringLiteral("pseudonymPreviewButton"), tr("&Preview"),
                                  tr("Count what the list would replace, and the codings it "
                                     "touches"));
    m_applyButton = namedButton(QStringLiteral("pseudonymApplyButton"), tr("&Apply"),
                                tr("Replace everything the preview lists and save the key, as "
                                   "one step that Undo takes back"));
    m_preview = named<QTreeWidget>(QStringLiteral("pseudonymPreview"));
    setNameColumns(m_preview, {tr("Find"), tr("Replace with"), tr("Document"), tr("Count")});
    m_preview->setRootIsDecorated(false);
    m_status = statusLabel(QStringLiteral("pseudonymStatus"));
    m_status->setWordWrap(true);
    m_marksTimer = named<QTimer>(QStringLiteral("pseudonymMarksTimer"), this);
    m_marksTimer->setSingleShot(true);
    m_marksTimer->setInterval(150);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Replace each name with its pseudonym, everywhere in the "
                                    "project: texts, speaker labels, names, memos, summaries "
                                    "and text attributes.")));
    layout->addWidget(m_table, 2);
    auto* rows = new QHBoxLayout;
    QPushButton* addRow = namedButton(QStringLiteral("pseudonymAddButton"), tr("Add &row"));
    QPushButton* removeRows =
        namedButton(QStringLiteral("pseudonymRemoveButton"), tr("&Remove rows"));
    QPushButton* load = namedButton(QStringLiteral("pseudonymLoadButton"), tr("&Load list…"),
                                    tr("Read a list with the columns find and replace (and "
                                       "optionally match and case) from CSV or XLSX"));
    QPushButton* save = namedButton(QStringLiteral("pseudonymSaveButton"), tr("Sa&ve list…"));
    for (QPushButton* b : {addRow, removeRows})
        rows->addWidget(b);
    rows->addStretch();
    for (QPushButton* b : {load, save})
        rows->addWidget(b);
    layout->addLayout(rows);
    auto* suggestions = new QGroupBox(tr("Suggestions"));
    flushLayout(suggestions)->addWidget(m_suggestions);
    layout->addWidget(suggestions, 2);
    auto* key = new QHBoxLayout;
    key->addWidget(new QLabel(tr("Key file:")));
    key->addWidget(m_keyPath, 1);
    QPushButton* chooseKey =
        namedButton(QStringLiteral("pseudonymKeyButton"), tr("C&hoose…"),
                    tr("Choose where the key is saved: it lists every original name and its "
                       "pseudonym, so keep it apart from the project"));
    key->addWidget(chooseKey);
    layout->addLayout(key);
    auto* marks = new QHBoxLayout;
    marks->addWidget(m_showMarks);
    marks->addWidget(m_marksStatus, 1);
    marks->addWidget(m_previewButton);
    layout->addLayout(marks);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_applyButton);
    QPushButton* close = namedButton(QStringLiteral("pseudonymCloseButton"), tr("Close"));
    buttons->addWidget(close);
    layout->addLayout(buttons);
    resize(780, 760);
    // Return commits a cell of the table; it must not press a button as well.
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);

    connect(m_table, &PseudonymTable::entriesChanged, this, &PseudonymDialog::inputsChanged);
    connect(addRow, &QPushButton::clicked, m_table, &PseudonymTable::addEmptyRow);
    connect(removeRows, &QPushButton::clicked, m_table, &PseudonymTable::removeSelectedRows);
    connect(load, &QPushButton::clicked, this, &PseudonymDialog::loadList);
    connect(save, &QPushButton::clicked, this, &PseudonymDialog::saveList);
    connect(chooseKey, &QPushButton::clicked, this, &PseudonymDialog::chooseKey);
    connect(close, &QPushButton::clicked, this, &QDialog::hide);
    connect(m_suggestions, &PseudonymSuggestions::chosen, this, [this](const QStringList& texts) {
        for (const QString& t : texts)
            m_table->addFind(t);
    });
    connect(m_previewButton, &QPushButton::clicked, this, &PseudonymDialog::preview);
    connect(m_applyButton, &QPushButton::clicked, this, &PseudonymDialog::apply);
    connect(&m_previewWatcher, &QFutureWatcher<Result<PseudonymReport>>::finished, this,
            &PseudonymDialog::showPreview);
    connect(m_showMarks, &QCheckBox::toggled, this, &PseudonymDialog::scheduleMarks);
    connect(m_marksTimer, &QTimer::timeout, this, &PseudonymDialog::markMatches);
    connect(&m_marksWatcher, &QFutureWatcher<Marks>::finished, this, &PseudonymDialog::showMarks);
    connect(window.documentView(), &DocumentView::documentShown, this,
            &PseudonymDialog::scheduleMarks);
    inputsChanged();
}

void PseudonymDialog::showDialog() {
    inputsChanged();
    show();
    raise();
}

void PseudonymDialog::hideEvent(QHideEvent* event) {
    // The marks belong to the open dialog; a running search for them is dropped.
    m_marksTimer->stop();
    m_marksText = nullptr;
    m_window.documentView()->setMarks({});
    QDialog::hideEvent(event);
}

void PseudonymDialog::inputsChanged() {
    m_previewed = false;
    m_preview->clear();
    m_applyButton->setEnabled(false);
    const bool any = !m_table->entries().isEmpty();
    m_previewButton->setEnabled(any && m_window.project());
    m_status->setText(any ? tr("Preview to see what the list would change.")
                          : tr("Add the names to replace: type them, load a list or add "
                               "suggestions."));
    scheduleMarks();
}

void PseudonymDialog::preview() {
    Project* project = m_window.project();
    const QVector<PseudonymEntry> entries = m_table->entries();
    if (!project || entries.isEmpty())
        return;
    if (Status st = checkPseudonymEntries(entries); !st) {
        m_status->setText(tr("The list cannot be used: %1.").arg(st.error()));
        return;
    }
    m_status->setText(tr("Counting what the list would replace…"));
    m_previewWatcher.setFuture(runReadOnly<PseudonymReport>(
        *project, [entries](const Storage& s) { return planPseudonymisation(s, entries); }));
    m_previewButton->setEnabled(false);
}

void PseudonymDialog::showPreview() {
    const Result<PseudonymReport> report = m_previewWatcher.result();
    m_previewButton->setEnabled(true);
    m_preview->clear();
    if (!report)
        return m_status->setText(
            tr("Could not count what the list would replace: %1").arg(report.error()));
    for (const PseudonymKeyRow& k : report->key)
        new QTreeWidgetItem(
            m_preview, {k.find, k.replace,
                        k.document.isEmpty() ? tr("(names, memos and other texts)") : k.document,
                        QLocale().toString(k.count)});
    m_previewed = true;
    const qint64 total = report->replacements + report->otherTexts;
    m_applyButton->setEnabled(total > 0);
    m_status->setText(total == 0 ? tr("Nothing in the project matches the list.")
                                 : tr("%1 replacement(s) in %2 document(s) and %3 other text(s); "
                                      "codings: %4 moved, %5 changed, %6 removed.")
                                       .arg(report->replacements)
                                       .arg(report->documents)
                                       .arg(report->otherTexts)
                                       .arg(report->codings.moved)
                                       .arg(report->codings.changed)
                                       .arg(report->codings.removed));
}

bool PseudonymDialog::outsideProject(const QString& path, const QString& what) {
    const Project* project = m_window.project();
    if (!project || !keyInsideProjectFolder(path, project->path()))
        return true;
    m_window.showMessage(
        tr("%1 would be saved in the project's folder (%2), where it would be "
           "shared, synchronised or committed with the project whose names it "
           "holds. Choose a place outside that folder; nothing was changed.")
            .arg(what, QDir::toNativeSeparators(QFileInfo(project->path()).absolutePath())));
    return false;
}

void PseudonymDialog::apply() {
    Project* project = m_window.project();
    const QString keyPath = m_keyPath->text().trimmed();
    if (!project || !m_previewed)
        return;
    if (keyPath.isEmpty())
        return m_window.showMessage(tr("Choose where to save the key first: the file that keeps "
                                       "every original name and its pseudonym. Nothing was "
                                       "changed."));
    if (QFileInfo(keyPath).isDir())
        return m_window.showMessage(
            tr("The key %1 is a folder; choose a file. Nothing was changed.").arg(keyPath));
    if (!outsideProject(keyPath, tr("The key %1").arg(QFileInfo(keyPath).fileName())))
        return;
    if (QFileInfo::exists(keyPath) &&
        !m_window.confirm(tr("%1 already exists. Replace it with the new key?").arg(keyPath)))
        return;
    const QVector<PseudonymEntry> entries = m_table->entries();
    const QString who =
        m_window.currentCoder().isEmpty() ? systemUserName() : m_window.currentCoder();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Not kept for later on a server: the key is written inside the edit, before it commits,
    // so there is never a change without its key.
    const Result<PseudonymReport> done = project->editFor<PseudonymReport>(
        tr("Pseudonymise"), [&](Editor& e) -> Result<PseudonymReport> {
            Result<PseudonymReport> r = pseudonymiseProject(e, entries, who);
            if (!r)
                return r;
            if (Status saved = csv::saveFile(keyPath, pseudonymKeySheet(r->key)); !saved)
                return saved;
            return r;
        });
    QApplication::restoreOverrideCursor();
    if (!done)
        return m_window.showFailure(
            Status::failure(tr("%1; nothing was changed").arg(done.error()), done.kind()));
    inputsChanged();
    m_status->setText(tr("Replaced %1 in %2 document(s) and %3 other text(s); the key is in %4. "
                         "Undo takes it back. The original names leave the project file when "
                         "you close the project or choose File > Make Changes Permanent.")
                          .arg(done->replacements)
                          .arg(done->documents)
                          .arg(done->otherTexts)
                          .arg(QDir::toNativeSeparators(keyPath)));
    emit applied();
}

void PseudonymDialog::chooseKey() {
    const Project* project = m_window.project();
    const QString suggested =
        QDir::home().filePath((project ? project->name() : QStringLiteral("project")) +
                              QStringLiteral("-pseudonym-key.csv"));
    const QString path = m_window.prompter().saveFileName(this, tr("Save the key"), suggested,
                                                          tr("CSV sheets (*.csv)"));
    if (!path.isEmpty() && outsideProject(path, tr("The key %1").arg(QFileInfo(path).fileName())))
        m_keyPath->setText(path);
}

void PseudonymDialog::loadList() {
    const QString path = m_window.prompter().openFileName(
        this, tr("Load a replacement list"), tr("Lists (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<csv::Table> sheet = readSheetFile(path);
    const Result<QVector<PseudonymEntry>> entries =
        sheet ? readPseudonymList(*sheet, QFileInfo(path).fileName())
              : Result<QVector<PseudonymEntry>>(Status::from(sheet));
    if (!entries)
        return m_window.showMessage(entries.error());
    if (!m_table->entries().isEmpty() &&
        !m_window.confirm(tr("Replace the %n entries in the table with the list of %1?", "",
                             int(m_table->entries().size()))
                              .arg(QFileInfo(path).fileName())))
        return;
    m_table->setEntries(*entries);
}

void PseudonymDialog::saveList() {
    const QVector<PseudonymEntry> entries = m_table->entries();
    if (entries.isEmpty())
        return m_window.showMessage(tr("The list is empty: there is nothing to save."));
    const QString path = m_window.prompter().saveFileName(
        this, tr("Save the replacement list"),
        QDir::home().filePath(QStringLiteral("pseudonyms.csv")), tr("CSV sheets (*.csv)"));
    if (path.isEmpty() || !outsideProject(path, tr("The list %1").arg(QFileInfo(path).fileName())))
        return;
    if (Status st = csv::saveFile(path, pseudonymListSheet(entries)); !st)
        m_window.showFailure(st);
}

void PseudonymDialog::scheduleMarks() {
    if (isVisible())
        m_marksTimer->start();
}

void PseudonymDialog::markMatches() {
    DocumentView* view = m_window.documentView();
    QVector<FindEntry> finds;
    for (const PseudonymEntry& e : m_table->entries())
        finds.append(FindEntry{e.find, e.wholeWord, e.caseSensitive});
    if (!m_showMarks->isChecked() || finds.isEmpty() || view->documentId() == 0) {
        m_marksText = nullptr;
        view->setMarks({});
        m_marksStatus->clear();
        return;
    }
    const QString text = view->documentText();
    m_marksText = text.constData();
    m_marksWatcher.setFuture(QtConcurrent::run([text, finds] {
        Marks out;
        for (const TextMatch& m : TextMatcher(finds).matches(text))
            out.append({m.start, m.end});
        return out;
    }));
}

void PseudonymDialog::showMarks() {
    DocumentView* view = m_window.documentView();
    // Found in a text the view no longer shows (or after the dialog closed): a newer search
    // follows, or none is wanted.
    if (!m_marksText || view->documentText().constData() != m_marksText)
        return;
    const Marks marks = m_marksWatcher.result();
    view->setMarks(marks);
    m_marksStatus->setText(tr("%n match(es) marked in the open document.", "", int(marks.size())));
}

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
// File menu actions: projects, imports (read on a worker thread) and exports.
#include "ui/mainwindow/mainwindow.h"

#include "core/io/csv.h"
#include "core/io/documentimport.h"
#include "core/io/projectcsv.h"
#include "core/project.h"
#include "core/refi/refireport.h"
#include "ui/common/prompter.h"
#include "ui/documentview/documentview.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QMenu>
#include <QProgressDialog>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace situate {

void MainWindow::newProject() {
    QString path = m_prompter->saveFileName(this, tr("New project"), QString(),
                                            tr("Situate projects (*.situate)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".situate")))
        path += QStringLiteral(".situate");
    {
        auto created = Project::create(path);
        if (!created) {
            showFailure(Status::from(created));
            return;
        }
    }
    openProject(path);
}

void MainWindow::openProjectDialog() {
    const QString path =
        m_prompter->openFileName(this, tr("Open project"), tr("Situate projects (*.situate)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::addRecentProject(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
    rebuildRecentProjects();
}

void MainWindow::rebuildRecentProjects() {
    m_recentProjectsMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString& path : recent)
        m_recentProjectsMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openProject(path); })
            ->setToolTip(path);
    m_recentProjectsMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::importFilesDialog() {
    if (!m_project)
        return showMessage(tr("Open or create a project first."));
    const QStringList files = m_prompter->openFileNames(
        this, tr("Import files"),
        tr("Transcripts (*.txt *.md *.docx *.odt *.rtf *.pdf *.vtt *.srt)"));
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::importFolderDialog() {
    if (!m_project)
        return showMessage(tr("Open or create a project first."));
    const QString dir = m_prompter->existingFolder(this, tr("Import folder"));
    if (!dir.isEmpty())
        importFiles({dir});
}

void MainWindow::importFiles(const QStringList& filesOrFolders) {
    QStringList problems;
    const QStringList files = collectImportFiles(filesOrFolders, &problems);
    if (files.isEmpty()) {
        problems << tr("No importable files found.");
        showMessage(problems.join(QLatin1Char('\n')));
        return;
    }
    // Reading and parsing happen on a worker thread; only the final write is on this one.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto* progress = new QProgressDialog(tr("Reading files…"), tr("Cancel"), 0,
                                         static_cast<int>(files.size()), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    struct Outcome {
        QVector<ReadDocument> reads;
        QStringList failures;
        bool cancelled = false;
    };
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, progress, problems] {
        Outcome out = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        if (out.cancelled || !m_project) {
            statusBar()->showMessage(tr("Import cancelled; nothing was added."), 5000);
            return;
        }
        auto report = addReadDocuments(*m_project, out.reads);
        QStringList lines = problems + out.failures;
        if (!report) {
            lines.prepend(report.error());
        } else {
            lines << report->duplicates;
            statusBar()->showMessage(tr("Imported %1 document(s)").arg(report->imported.size()),
                                     5000);
            if (!report->imported.isEmpty())
                if (auto id = m_project->storage().documentIdByName(report->imported.first()))
                    showDocument(*id);
        }
        if (!lines.isEmpty())
            showMessage(lines.join(QLatin1Char('\n')));
    });
    watcher->setFuture(QtConcurrent::run([files, cancel](QPromise<Outcome>& promise) {
        Outcome out;
        DocumentImportOptions options;
        options.cancel = cancel.get();
        promise.setProgressRange(0, static_cast<int>(files.size()));
        options.progress = [&promise](int done, int) {
            promise.setProgressValue(done);
        };
        out.reads = readDocumentFiles(files, options, &out.failures, &out.cancelled);
        promise.addResult(std::move(out));
    }));
}

void MainWindow::importAttributeSheet() {
    if (!m_project)
        return showMessage(tr("Open or create a project first."));
    const QString path =
        m_prompter->openFileName(this, tr("Import attribute sheet"), tr("CSV sheets (*.csv)"));
    if (path.isEmpty())
        return;
    auto table = csv::readFile(path);
    if (!table)
        return showFailure(Status::from(table));
    Status s = m_project->editKept(
        tr("Import attributes"), [sheet = *table, name = QFileInfo(path).fileName()](Editor& e) {
            return Status::from(situate::importAttributeSheet(e, sheet, name));
        });
    if (!s)
        showFailure(s);
}

void MainWindow::exportCsv(bool codebook) {
    if (!m_project)
        return;
    const QString path =
        m_prompter->saveFileName(this, codebook ? tr("Export codebook") : tr("Export codings"),
                                 m_project->name() + (codebook ? QStringLiteral("-codebook.csv")
                                                               : QStringLiteral("-codings.csv")),
                                 tr("CSV sheets (*.csv)"));
    if (path.isEmpty())
        return;
    const Result<QByteArray> bytes =
        codebook ? exportCodebook(m_project->storage()) : exportCodings(m_project->storage());
    if (!bytes)
        showFailure(Status::from(bytes));
    else if (Status s = csv::saveFile(path, *bytes); !s)
        showFailure(s);
    else
        statusBar()->showMessage(tr("Wrote %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::importRefi(bool codebook) {
    if (!m_project)
        return showMessage(tr("Open or create a project first."));
    const QString path = m_prompter->openFileName(
        this, codebook ? tr("Import REFI-QDA codebook") : tr("Import REFI-QDA project"),
        codebook ? tr("REFI-QDA codebooks (*.qdc)") : tr("REFI-QDA projects (*.qdpx *.qde)"));
    if (path.isEmpty())
        return;
    // The import writes in one transaction on this thread's connection; the progress
    // dialog keeps the window responsive between its steps.
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0,
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto onProgress = [&progress](int done, int total, const QString& step) {
        progress.setMaximum(total);
        progress.setValue(done);
        progress.setLabelText(step);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    auto report = codebook ? refi::importCodebook(*m_project, path, onProgress)
                           : refi::importProject(*m_project, path, onProgress);
    progress.close();
    if (!report)
        return showFailure(Status::from(report));
    m_prompter->report(this, tr("REFI-QDA import"), refi::reportLines(*report));
}

void MainWindow::exportRefi(bool codebook) {
    if (!m_project)
        return;
    const QString path = m_prompter->saveFileName(
        this, codebook ? tr("Export REFI-QDA codebook") : tr("Export REFI-QDA project"),
        m_project->name() + (codebook ? QStringLiteral(".qdc") : QStringLiteral(".qdpx")),
        codebook ? tr("REFI-QDA codebooks (*.qdc)") : tr("REFI-QDA projects (*.qdpx)"));
    if (path.isEmpty())
        return;
    // REFI-QDA asks vendors to say what an export loses before writing it.
    const Result<refi::ExportPlan> plan =
        codebook ? refi::planCodebookExport(*m_project) : refi::planProjectExport(*m_project);
    if (!plan)
        return showFailure(Status::from(plan));
    const QStringList lines = refi::planLines(*plan);
    if (!plan->losses.isEmpty() &&
        !confirm(tr("This export cannot represent everything:\n\n%1\n\nWrite it anyway?")
                     .arg(lines.join(QLatin1Char('\n')))))
        return;
    auto written =
        codebook ? refi::exportCodebook(*m_project, path) : refi::exportProject(*m_project, path);
    if (!written)
        return showFailure(Status::from(written));
    statusBar()->showMessage(tr("Wrote %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::showPreferences() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(&dialog);
    auto* family = new QFontComboBox;
    auto* size = new QSpinBox;
    size->setRange(7, 32);
    QSettings settings;
    family->setCurrentFont(QFont(
        settings.value(QStringLiteral("view/fontFamily"), m_view->font().family()).toString()));
    size->setValue(settings.value(QStringLiteral("view/fontSize"), 11).toInt());
    form->addRow(tr("Transcript font"), family);
    form->addRow(tr("Font size"), size);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("view/fontFamily"), family->currentFont().family());
    settings.setValue(QStringLiteral("view/fontSize"), size->value());
    applyPreferences();
}

void MainWindow::applyPreferences() {
    // The theme follows the system palette; only the reading font is Situate's own.
    QSettings settings;
    QFont f = m_view->font();
    const QString family = settings.value(QStringLiteral("view/fontFamily")).toString();
    if (!family.isEmpty())
        f.setFamily(family);
    f.setPointSize(settings.value(QStringLiteral("view/fontSize"), 11).toInt());
    m_view->setFont(f);
}

} // namespace situate

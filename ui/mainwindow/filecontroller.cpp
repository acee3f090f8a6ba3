// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/filecontroller.h"

#include "core/io/csv.h"
#include "core/io/documentimport.h"
#include "core/io/projectcsv.h"
#include "core/io/sheetfile.h"
#include "core/project.h"
#include "core/refi/refireport.h"
#include "ui/common/progresstask.h"
#include "ui/common/prompter.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbench.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace situate {

FileController::FileController(MainWindow& window)
    : QObject(&window)
    , m_window(window) {
    QMenu* file = m_menu = window.menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project…"), QKeySequence::New, this, &FileController::newProject)
        ->setObjectName(QStringLiteral("newProjectAction"));
    file->addAction(tr("&Open project…"), QKeySequence::Open, this,
                    &FileController::openProjectDialog)
        ->setObjectName(QStringLiteral("openProjectAction"));
    m_recentProjects = file->addMenu(tr("Open &recent"));
    file->addAction(tr("&Close project"), QKeySequence(tr("Ctrl+W")), &window,
                    &MainWindow::closeProjectForUser)
        ->setObjectName(QStringLiteral("closeProjectAction"));
    file->addSeparator();
    QAction* importFilesAction =
        file->addAction(tr("&Import files…"), this, &FileController::importFilesDialog);
    importFilesAction->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    importFilesAction->setObjectName(QStringLiteral("importFilesAction"));
    file->addAction(tr("Import &folder…"), this, &FileController::importFolderDialog);
    file->addAction(tr("Import &attribute sheet…"), this, &FileController::importAttributeSheet);
    file->addSeparator();
    QMenu* refiImport = file->addMenu(tr("Import REFI-QDA"));
    refiImport->addAction(tr("Project (.qdpx, .qde)…"), this, [this] { importRefi(false); })
        ->setObjectName(QStringLiteral("importRefiProjectAction"));
    refiImport->addAction(tr("Codebook (.qdc)…"), this, [this] { importRefi(true); })
        ->setObjectName(QStringLiteral("importRefiCodebookAction"));
    QMenu* refiExport = file->addMenu(tr("Export REFI-QDA"));
    refiExport->addAction(tr("Project (.qdpx)…"), this, [this] { exportRefi(false); })
        ->setObjectName(QStringLiteral("exportRefiProjectAction"));
    refiExport->addAction(tr("Codebook (.qdc)…"), this, [this] { exportRefi(true); })
        ->setObjectName(QStringLiteral("exportRefiCodebookAction"));
    file->addSeparator();
    file->addAction(tr("Export &codings (CSV)…"), this, [this] { exportCsv(false); })
        ->setObjectName(QStringLiteral("exportCodingsCsvAction"));
    file->addAction(tr("Export code&book (CSV)…"), this, [this] { exportCsv(true); })
        ->setObjectName(QStringLiteral("exportCodebookCsvAction"));
    file->addSeparator();
    m_quit = file->addAction(tr("&Quit"), QKeySequence::Quit, &window, &QWidget::close);
    rebuildRecentProjects();
}

void FileController::addOpenAction(QAction* action) {
    m_menu->insertAction(m_recentProjects->menuAction(), action);
}

void FileController::addGroup(const QList<QAction*>& actions) {
    // [exports] | [groups added before] | these | Quit
    const QList<QAction*> items = m_menu->actions();
    QAction* separator = items.value(items.indexOf(m_quit) - 1);
    m_menu->insertSeparator(separator);
    m_menu->insertActions(separator, actions);
}

void FileController::newProject() {
    QString path = m_window.prompter().saveFileName(&m_window, tr("New project"), QString(),
                                                    tr("Situate projects (*.situate)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".situate")))
        path += QStringLiteral(".situate");
    {
        auto created = Project::create(path);
        if (!created) {
            m_window.showFailure(Status::from(created));
            return;
        }
    }
    m_window.openProject(path);
}

void FileController::openProjectDialog() {
    const QString path = m_window.prompter().openFileName(&m_window, tr("Open project"),
                                                          tr("Situate projects (*.situate)"));
    if (!path.isEmpty())
        m_window.openProject(path);
}

void FileController::addRecentProject(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
    rebuildRecentProjects();
}

QList<QAction*> FileController::recentProjectActions() const {
    return m_recentProjects->actions();
}

void FileController::rebuildRecentProjects() {
    m_recentProjects->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString& path : recent)
        m_recentProjects
            ->addAction(QFileInfo(path).fileName(), this,
                        [this, path] { m_window.openProject(path); })
            ->setToolTip(path);
    m_recentProjects->setEnabled(!recent.isEmpty());
}

void FileController::importFilesDialog() {
    if (!m_window.project())
        return m_window.showMessage(tr("Open or create a project first."));
    const QStringList files = m_window.prompter().openFileNames(
        &m_window, tr("Import files"),
        tr("Transcripts (*.txt *.md *.docx *.odt *.rtf *.pdf *.vtt *.srt)"));
    if (!files.isEmpty())
        importFiles(files);
}

void FileController::importFolderDialog() {
    if (!m_window.project())
        return m_window.showMessage(tr("Open or create a project first."));
    const QString dir = m_window.prompter().existingFolder(&m_window, tr("Import folder"));
    if (!dir.isEmpty())
        importFiles({dir});
}

void FileController::importFiles(const QStringList& filesOrFolders) {
    QStringList problems;
    const QStringList files = collectImportFiles(filesOrFolders, &problems);
    if (files.isEmpty()) {
        problems << tr("No importable files found.");
        m_window.showMessage(problems.join(QLatin1Char('\n')));
        return;
    }
    // Reading and parsing happen on a worker thread; only the final write is on this one.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto* progress = new QProgressDialog(tr("Reading files…"), tr("Cancel"), 0,
                                         static_cast<int>(files.size()), &m_window);
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
        if (out.cancelled || !project()) {
            m_window.statusBar()->showMessage(tr("Import cancelled; nothing was added."), 5000);
            return;
        }
        auto report = addReadDocuments(*project(), out.reads);
        QStringList lines = problems + out.failures;
        if (!report) {
            lines.prepend(report.error());
        } else {
            lines << report->duplicates;
            m_window.statusBar()->showMessage(
                tr("Imported %1 document(s)").arg(report->imported.size()), 5000);
            if (!report->imported.isEmpty())
                if (auto id = project()->storage().documentIdByName(report->imported.first()))
                    m_window.workbench()->showDocument(*id);
        }
        if (!lines.isEmpty())
            m_window.showMessage(lines.join(QLatin1Char('\n')));
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

void FileController::importAttributeSheet() {
    if (!project())
        return m_window.showMessage(tr("Open or create a project first."));
    const QString path = m_window.prompter().openFileName(&m_window, tr("Import attribute sheet"),
                                                          tr("Sheets (*.csv *.tsv *.txt *.xlsx)"));
    if (path.isEmpty())
        return;
    auto table = readSheetFile(path);
    if (!table)
        return m_window.showFailure(Status::from(table));
    m_window.edit(tr("Import attributes"),
                  [sheet = *table, name = QFileInfo(path).fileName()](Editor& e) {
                      return Status::from(situate::importAttributeSheet(e, sheet, name));
                  });
}

void FileController::exportCsv(bool codebook) {
    if (!project())
        return;
    const QString path = m_window.prompter().saveFileName(
        &m_window, codebook ? tr("Export codebook") : tr("Export codings"),
        project()->name() +
            (codebook ? QStringLiteral("-codebook.csv") : QStringLiteral("-codings.csv")),
        tr("CSV sheets (*.csv)"));
    if (path.isEmpty())
        return;
    // A million codings take seconds to read and write: on a worker, with Cancel.
    const QString file = QFileInfo(path).fileName();
    runWithProgress<QByteArray>(
        &m_window, tr("Writing %1…").arg(file), QStringLiteral("exportCsvProgress"),
        [open = project()->readOnlyOpener(), path, codebook](const TaskProgress& progress) {
            auto storage = open();
            if (!storage)
                return Result<QByteArray>(Status::from(storage));
            auto bytes = codebook ? exportCodebook(**storage) : exportCodings(**storage);
            if (bytes && progress(0, 0)) // nothing is written once Cancel was pressed
                if (Status saved = csv::saveFile(path, *bytes); !saved)
                    return Result<QByteArray>(saved);
            return bytes;
        },
        [this, file](Result<QByteArray> written, bool cancelled) {
            exportEnded(Status::from(written), cancelled, file);
        });
}

void FileController::exportEnded(const Status& written, bool cancelled, const QString& file) {
    if (cancelled)
        m_window.statusBar()->showMessage(tr("Export cancelled."), 5000);
    else if (!written)
        m_window.showFailure(written);
    else
        m_window.statusBar()->showMessage(tr("Wrote %1").arg(file), 5000);
}

void FileController::importRefi(bool codebook) {
    if (!project())
        return m_window.showMessage(tr("Open or create a project first."));
    const QString path = m_window.prompter().openFileName(
        &m_window, codebook ? tr("Import REFI-QDA codebook") : tr("Import REFI-QDA project"),
        codebook ? tr("REFI-QDA codebooks (*.qdc)") : tr("REFI-QDA projects (*.qdpx *.qde)"));
    if (path.isEmpty())
        return;
    // The import writes in one transaction on this thread's connection; the progress
    // dialog keeps the window responsive between its steps.
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             0, &m_window);
    progress.setObjectName(QStringLiteral("refiImportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto onProgress = [&progress](int done, int total, const QString& step) {
        progress.setMaximum(total);
        progress.setValue(done);
        progress.setLabelText(step);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    auto report = codebook ? refi::importCodebook(*project(), path, onProgress)
                           : refi::importProject(*project(), path, onProgress);
    const bool cancelled = !report && progress.wasCanceled();
    progress.close();
    if (cancelled)
        return m_window.statusBar()->showMessage(tr("Import cancelled: the project is unchanged."),
                                                 8000);
    if (!report)
        return m_window.showFailure(Status::from(report));
    m_window.prompter().report(&m_window, tr("REFI-QDA import"), refi::reportLines(*report));
}

void FileController::exportRefi(bool codebook) {
    if (!project())
        return;
    const QString path = m_window.prompter().saveFileName(
        &m_window, codebook ? tr("Export REFI-QDA codebook") : tr("Export REFI-QDA project"),
        project()->name() + (codebook ? QStringLiteral(".qdc") : QStringLiteral(".qdpx")),
        codebook ? tr("REFI-QDA codebooks (*.qdc)") : tr("REFI-QDA projects (*.qdpx)"));
    if (path.isEmpty())
        return;
    // REFI-QDA asks vendors to say what an export loses before writing it.
    const Result<refi::ExportPlan> plan =
        codebook ? refi::planCodebookExport(*project()) : refi::planProjectExport(*project());
    if (!plan)
        return m_window.showFailure(Status::from(plan));
    const QStringList lines = refi::planLines(*plan);
    if (!plan->losses.isEmpty() &&
        !m_window.confirm(tr("This export cannot represent everything:\n\n%1\n\nWrite it anyway?")
                              .arg(lines.join(QLatin1Char('\n')))))
        return;
    const QString file = QFileInfo(path).fileName();
    // A project's texts and codings take seconds to pack, and even a codebook is read from
    // the whole project: on a worker, with Cancel.
    runWithProgress<refi::ExportPlan>(
        &m_window, tr("Writing %1…").arg(file),
        codebook ? QStringLiteral("refiCodebookExportProgress")
                 : QStringLiteral("refiExportProgress"),
        [open = project()->readOnlyOpener(), name = project()->name(), path,
         codebook](const TaskProgress& progress) {
            auto storage = open();
            if (!storage)
                return Result<refi::ExportPlan>(Status::from(storage));
            return codebook ? refi::exportCodebook(**storage, name, path, progress)
                            : refi::exportProject(**storage, name, path, progress);
        },
        [this, file](Result<refi::ExportPlan> written, bool cancelled) {
            exportEnded(Status::from(written), cancelled, file);
        });
}

Project* FileController::project() const {
    return m_window.project();
}

} // namespace situate

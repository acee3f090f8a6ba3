// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "core/commands/textedits.h"
#include "core/project.h"
#include "ui/common/prompter.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/analysisdockscontroller.h"
#include "ui/mainwindow/backupcontroller.h"
#include "ui/mainwindow/codingcontroller.h"
#include "ui/mainwindow/codingcounts.h"
#include "ui/mainwindow/connectionbanner.h"
#include "ui/mainwindow/editcontroller.h"
#include "ui/mainwindow/evaluationdockscontroller.h"
#include "ui/mainwindow/filecheck.h"
#include "ui/mainwindow/filecontroller.h"
#include "ui/mainwindow/helpcontroller.h"
#include "ui/mainwindow/pseudonymcontroller.h"
#include "ui/mainwindow/servercontroller.h"
#include "ui/mainwindow/transcriptediting.h"
#include "ui/mainwindow/windowlayout.h"
#include "ui/mainwindow/workbench.h"
#include "ui/search/searchpanel.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>

#include <utility>

namespace situate {

MainWindow::MainWindow(std::shared_ptr<Prompter> prompter, QWidget* parent)
    : QMainWindow(parent)
    , m_prompter(prompter ? std::move(prompter) : std::make_shared<DialogPrompter>()) {
    setObjectName(QStringLiteral("mainWindow"));
    // The order makes the menus: File, Edit, Coding, View, Analysis, Evaluation.
    m_workbench = new Workbench(*this);
    connect(m_workbench->counts(), &CodingCounts::ready, this, &MainWindow::refresh);
    connect(m_workbench->counts(), &CodingCounts::readFailed, this, &MainWindow::showReadFailure);
    m_files = new FileController(*this);
    m_edits = new EditController(*this);
    m_coding = new CodingController(*this, m_edits->undoAction(), m_edits->redoAction());
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* d : findChildren<QDockWidget*>())
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("&Reset Layout"), this,
                    [this] {
                        resetLayout();
                        windowlayout::fitToScreen(*this);
                    })
        ->setObjectName(QStringLiteral("resetLayoutAction"));
    m_analysis = new AnalysisDocksController(*this, view);
    m_evaluation = new EvaluationDocksController(*this, view);
    m_backups = new BackupController(*this);
    m_pseudonyms = new PseudonymController(*this);
    m_server = new ServerController(*this);
    new HelpController(*this);
    m_fileCheck = new FileCheck(*this);
    statusBar()->addPermanentWidget(m_statusCoder = new QLabel);
    updateTitle();
    m_defaultState = saveState();
    QSettings settings;
    // restoreGeometry() may say it failed after moving the window onto this screen: what
    // counts is that there was a layout to restore.
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty()) {
        restoreGeometry(geometry);
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
        // A layout saved on a larger screen (or with more docks open) must fit this one.
        // Restored on a smaller screen, Qt may fall back to a small default size: the
        // saved size, as much of it as this screen holds, is what the user had.
        const QSize size = settings.value(QStringLiteral("window/size")).toSize();
        if (size.isValid() && !isMaximized() && !isFullScreen())
            resize(size);
        windowlayout::tabifyCrowdedDocks(*this);
        windowlayout::fitToScreen(*this);
    } else if (const QScreen* screen = this->screen()) {
        // A first start: most of the screen, not Qt's small default.
        resize(screen->availableGeometry().size() * 0.9);
    }
}

void MainWindow::resetLayout() {
    setWindowState(Qt::WindowNoState);
    restoreState(m_defaultState);
}

MainWindow::~MainWindow() {
    m_workbench->saveReadingPosition();
    m_pseudonyms->projectClosing(false);
}

bool MainWindow::openProject(const QString& path) {
    if (ServerController::isServerLocation(path))
        return openServerProject(path);
    // The backup on opening copies the whole file: a worker takes it once the window shows
    // the project, instead of the opening.
    if (!adoptProject(Project::open(path, Project::Backup::Skip)))
        return false;
    m_backups->takeOnOpening(m_project->path());
    return true;
}

bool MainWindow::openServerProject(const QString& url) {
    return m_server->openServerProject(url);
}

bool MainWindow::adoptProject(Result<std::unique_ptr<Project>> opened) {
    if (!opened) {
        showFailure(Status::from(opened));
        return false;
    }
    m_pseudonyms->projectClosing(true);
    m_workbench->saveReadingPosition();
    m_workbench->documentView()->clearDocument();
    m_project = opened.take();
    Project* p = m_project.get();
    followProject(p);
    m_edits->setProject(p);
    m_workbench->searchPanel()->setProjectPath(p->path(), p->storage().secret());
    m_analysis->setProject(p);
    m_evaluation->setProject(p);
    m_coding->loadProjectSettings();
    loadCoder();
    m_files->addRecentProject(p->path());
    refresh();
    updateTitle();
    m_workbench->restoreReadingPosition();
    m_fileCheck->projectOpened();
    emit projectSwitched();
    return true;
}

void MainWindow::followProject(Project* p) {
    m_workbench->counts()->setProject(p);
    // An edit of codings alone (the edit coders make all day, with the coder's row on their
    // first) updates the counts and the codings drawn; anything else rebuilds every panel.
    // An edit of a transcript's words (each keystroke in edit mode) changes its text, turns,
    // history and codings: the transcript and the counts, not every panel.
    connect(p, &Project::applied, this, [this](const Changeset& changes) {
        m_codingsOnly = changes.onlyTouches(
            {QStringLiteral("codings"), QStringLiteral("coders"), QStringLiteral("key_quotes")});
        m_textOnly =
            !m_codingsOnly &&
            changes.onlyTouches({QStringLiteral("codings"), QStringLiteral("coders"),
                                 QStringLiteral("documents"), QStringLiteral("speaker_turns"),
                                 QStringLiteral("document_edits")}) &&
            !changes.addsOrRemoves(QStringLiteral("documents"));
    });
    connect(p, &Project::changed, this, [this] {
        m_workbench->counts()->projectChanged();
        const bool textOnly = std::exchange(m_textOnly, false);
        if (std::exchange(m_codingsOnly, false) || textOnly)
            refreshAfterCodingEdit();
        else
            refresh();
        if (textOnly && !m_refreshing)
            m_workbench->refreshDocument();
    });
    connect(p, &Project::failed, this, &MainWindow::showMessage);
    m_workbench->banner()->setProject(p);
    // On a server, another coder's saved work arrives by itself; say so, since nothing the
    // user did changed the view (changed() follows and refreshes it).
    connect(p, &Project::changedElsewhere, this,
            [this] { statusBar()->showMessage(tr("Updated with another coder's changes"), 5000); });
}

void MainWindow::closeProject() {
    m_workbench->saveReadingPosition();
    m_edits->transcriptEditing()->projectChanged();
    m_workbench->documentView()->clearDocument();
    m_project.reset();
    // The analysis docks drop their running reads of the old content; the other views'
    // project pointers clear by themselves.
    m_analysis->setProject(nullptr);
    m_fileCheck->projectOpened(); // none now: drops a running check and its banner
    emit projectSwitched();
}

void MainWindow::closeProjectForUser() {
    if (!m_project)
        return;
    m_pseudonyms->projectClosing(true);
    closeProject();
    m_workbench->clearPanels();
    updateTitle();
}

QString MainWindow::projectKey(const QString& leaf) const {
    const QString uuid =
        m_project ? m_project->storage().projectValue(QStringLiteral("uuid")) : QString();
    return QStringLiteral("projects/%1/%2").arg(uuid, leaf);
}

void MainWindow::loadCoder() {
    QSettings settings;
    QString coder = settings.value(projectKey(QStringLiteral("coder"))).toString();
    if (coder.isEmpty()) {
        const Result<QVector<Coder>> coders = m_project->storage().coders();
        if (!coders)
            showReadFailure(Status::from(coders));
        else if (!coders->isEmpty())
            coder = coders->first().name;
    }
    if (coder.isEmpty())
        coder = systemUserName();
    if (coder.isEmpty())
        coder = QStringLiteral("Coder");
    m_coder = coder;
    m_blind = settings.value(projectKey(QStringLiteral("blind")), false).toBool();
    m_shown = Shown::All;
    m_coding->showBlind(m_blind);
}

void MainWindow::showDocument(qint64 documentId) {
    m_workbench->showDocument(documentId);
}

void MainWindow::openFirstCodedDocument() {
    m_workbench->openFirstCodedDocument();
}

DocumentView* MainWindow::documentView() const {
    return m_workbench->documentView();
}

void MainWindow::updateTitle() {
    setWindowTitle(m_project ? QStringLiteral("%1 — Situate").arg(m_project->name())
                             : QStringLiteral("Situate"));
    if (m_statusCoder)
        m_statusCoder->setText(
            m_project ? tr("Coding as %1%2").arg(m_coder, m_blind ? tr(" (blind)") : QString())
                      : QString());
}

void MainWindow::setCurrentCoder(const QString& name) {
    const QString n = name.trimmed();
    if (n.isEmpty())
        return;
    m_coder = n;
    if (m_project)
        QSettings().setValue(projectKey(QStringLiteral("coder")), n);
    refresh();
}

void MainWindow::setShown(Shown shown, const QString& coder) {
    m_shown = shown;
    m_shownCoder = coder;
    refresh();
}

void MainWindow::setBlind(bool blind) {
    m_blind = blind;
    m_coding->showBlind(blind);
    if (m_project)
        QSettings().setValue(projectKey(QStringLiteral("blind")), blind);
    refresh();
}

QVector<qint64> MainWindow::shownCoderIds() const {
    if (!m_project)
        return {};
    const Storage& s = m_project->storage();
    auto idOf = [&s](const QString& name) {
        return s.coderIdByName(name).value_or(-1);
    };
    if (m_blind || m_shown == Shown::Mine)
        return {idOf(m_coder)};
    if (m_shown == Shown::OneCoder)
        return {idOf(m_shownCoder)};
    return {};
}

void MainWindow::refresh() {
    if (!m_project || m_refreshing)
        return;
    m_refreshing = true;
    Status failure;
    if (m_workbench->refreshPanels(shownCoderIds(), m_coding->quickKeys(), &failure)) {
        if (failure)
            failure = m_coding->refreshCoderBoxes();
        m_workbench->refreshDocument();
        m_coding->rebuildRecentMenu();
        updateTitle();
    }
    m_refreshing = false;
    if (!failure)
        showReadFailure(failure);
}

void MainWindow::refreshAfterCodingEdit() {
    if (!m_project || m_refreshing)
        return;
    if (!m_workbench->refreshCounts(shownCoderIds())) {
        refresh(); // the counts are on their way; ready() refreshes again
        return;
    }
    if (Status st = m_coding->refreshCoderBoxes(); !st)
        showReadFailure(st);
    m_workbench->refreshCodings();
}

void MainWindow::showReadFailure(const Status& failure) {
    // A lost connection is the banner's to tell (once, not a dialog for every read); the
    // panels keep what they showed until the project is connected again and refreshed.
    if (failure.kind() == ErrorKind::ConnectionLost && m_project &&
        (!m_project->isConnected() || m_project->checkConnectionAfterFailure(failure.error())))
        return;
    showFailure(failure);
}

void MainWindow::showFailure(const Status& failure) {
    if (failure.kind() == ErrorKind::Kept) {
        // Not a failure to stop for: the connection banner lists it until it is sent.
        statusBar()->showMessage(failure.error(), 8000);
        return;
    }
    // What the user acted on changed meanwhile: show it as it is now, then say why.
    if (failure.kind() == ErrorKind::Stale && m_project)
        m_workbench->refreshDocument();
    showMessage(failure.error());
}

void MainWindow::showMessage(const QString& message) {
    m_prompter->message(this, message);
}

bool MainWindow::edit(const QString& text, std::function<Status(Editor&)> edit) {
    if (!m_project)
        return false;
    const Status done = m_project->editKept(text, std::move(edit));
    if (!done)
        showFailure(done);
    return done.ok();
}

bool MainWindow::confirm(const QString& question) {
    return m_prompter->confirm(this, question);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_workbench->saveReadingPosition();
    m_pseudonyms->projectClosing(true);
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/size"), size());
    event->accept();
}

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "core/commands/commands.h"
#include "core/project.h"
#include "ui/cases/casespanel.h"
#include "ui/codebook/codebookpanel.h"
#include "ui/codebook/codedetails.h"
#include "ui/common/prompter.h"
#include "ui/documents/documentspanel.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/codingcounts.h"
#include "ui/mainwindow/connectionbanner.h"
#include "ui/questions/questionspanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace situate {

MainWindow::MainWindow(std::shared_ptr<Prompter> prompter, QWidget* parent)
    : QMainWindow(parent)
    , m_prompter(prompter ? std::move(prompter) : std::make_shared<DialogPrompter>()) {
    setObjectName(QStringLiteral("mainWindow"));
    m_counts = new CodingCounts(this);
    connect(m_counts, &CodingCounts::ready, this, &MainWindow::refresh);
    connect(m_counts, &CodingCounts::readFailed, this, &MainWindow::showReadFailure);
    m_view = new DocumentView;
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_findBar = new QWidget;
    auto* findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(6, 3, 6, 3);
    m_findEdit = new QLineEdit;
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Find in document"));
    auto* findNext = new QPushButton(tr("Next"));
    auto* findClose = new QPushButton(tr("Close"));
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(findNext);
    findLayout->addWidget(findClose);
    m_findBar->hide();
    m_banner = new ConnectionBanner;
    connect(m_banner, &ConnectionBanner::reconnected, this, [this](int sent) {
        statusBar()->showMessage(
            sent > 0 ? tr("Connected to the server again; %n kept change(s) sent.", nullptr, sent)
                     : tr("Connected to the server again."),
            8000);
    });
    layout->addWidget(m_banner);
    layout->addWidget(m_findBar);
    layout->addWidget(m_view);
    setCentralWidget(central);
    auto find = [this] {
        if (!m_view->find(m_findEdit->text())) {
            m_view->moveCursor(QTextCursor::Start);
            m_view->find(m_findEdit->text());
        }
    };
    connect(m_findEdit, &QLineEdit::returnPressed, this, find);
    connect(findNext, &QPushButton::clicked, this, find);
    connect(findClose, &QPushButton::clicked, m_findBar, &QWidget::hide);

    createDocks();
    createActions();
    createAnalysisDocks();
    createEvaluationDocks();
    createBackupActions();
    createServerActions();
    statusBar()->addPermanentWidget(m_statusCoder = new QLabel);
    connect(m_view, &DocumentView::contextMenuRequestedAt, this,
            &MainWindow::showDocumentContextMenu);
    connect(m_view, &DocumentView::codingResizeRequested, this,
            [this](qint64 id, qint64 start, qint64 end) {
                if (Status s = resizeCoding(id, start, end); !s)
                    showFailure(s);
                else
                    m_view->selectCoding(id);
            });
    connect(m_view, &DocumentView::codingClicked, this, [this](qint64 id) {
        for (const Coding& c : m_view->codings()) {
            if (c.id == id)
                m_codebook->setCurrentCode(c.codeId);
        }
    });
    applyPreferences();
    updateTitle();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() {
    saveReadingPosition();
}

void MainWindow::createDocks() {
    auto dock = [this](const QString& title, const QString& name, QWidget* w,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    m_documents = new DocumentsPanel;
    m_codebook = new CodebookPanel;
    m_cases = new CasesPanel;
    connect(m_cases, &CasesPanel::readFailed, this, &MainWindow::showReadFailure);
    m_questions = new QuestionsPanel;
    m_search = new SearchPanel;
    auto* docs =
        dock(tr("Documents"), QStringLiteral("documentsDock"), m_documents, Qt::LeftDockWidgetArea);
    auto* cases = dock(tr("Cases and attributes"), QStringLiteral("casesDock"), m_cases,
                       Qt::LeftDockWidgetArea);
    auto* questions = dock(tr("Research questions"), QStringLiteral("questionsDock"), m_questions,
                           Qt::LeftDockWidgetArea);
    tabifyDockWidget(docs, cases);
    tabifyDockWidget(cases, questions);
    docs->raise();
    dock(tr("Codebook"), QStringLiteral("codebookDock"), m_codebook, Qt::RightDockWidgetArea);
    auto* search =
        dock(tr("Search"), QStringLiteral("searchDock"), m_search, Qt::BottomDockWidgetArea);
    search->hide();
    resizeDocks({docs}, {300}, Qt::Horizontal);

    connect(m_documents, &DocumentsPanel::documentActivated, this, &MainWindow::showDocument);
    connect(m_documents, &DocumentsPanel::removeRequested, this, &MainWindow::removeDocument);
    connect(m_documents, &DocumentsPanel::memoRequested, this, &MainWindow::editDocumentMemo);
    connect(m_codebook, &CodebookPanel::codeClicked, this, [this](qint64 codeId) {
        const auto [a, b] = m_view->selectedRange();
        if (b > a && m_view->documentId() != 0) {
            if (Status s = codeSelection(codeId); !s)
                showFailure(s);
        }
    });
    connect(m_codebook, &CodebookPanel::selectionDropped, this,
            [this](qint64 codeId, qint64 docId, qint64 start, qint64 end) {
                if (docId != m_view->documentId())
                    return;
                m_view->selectRange(start, end);
                if (Status s = codeSelection(codeId); !s)
                    showFailure(s);
            });
    connect(m_codebook, &CodebookPanel::moveRequested, this, &MainWindow::moveCode);
    connect(m_codebook, &CodebookPanel::mergeIntoRequested, this,
            [this](qint64 code, qint64 target) {
                Status s = m_project->editKept(
                    tr("Merge \"%1\" into \"%2\"").arg(m_tree.path(code), m_tree.path(target)),
                    [code, target](Editor& e) { return situate::mergeCode(e, code, target); });
                if (!s)
                    showFailure(s);
            });
    connect(m_codebook, &CodebookPanel::newCodeRequested, this, &MainWindow::newCode);
    connect(m_codebook, &CodebookPanel::deleteRequested, this, &MainWindow::deleteCode);
    connect(m_codebook, &CodebookPanel::mergeRequested, this, &MainWindow::mergeCode);
    connect(m_codebook, &CodebookPanel::quickKeyRequested, this,
            [this](qint64 codeId, int key) { setQuickKey(key, codeId); });
    connect(m_codebook->details(), &CodeDetails::applyRequested, this,
            &MainWindow::applyCodeDetails);
    connect(m_cases, &CasesPanel::attributeEdited, this, &MainWindow::editAttribute);
    connect(m_cases, &CasesPanel::addCaseRequested, this, &MainWindow::addCase);
    connect(m_cases, &CasesPanel::addAttributeRequested, this, &MainWindow::addAttribute);
    connect(m_questions, &QuestionsPanel::addRequested, this, &MainWindow::addQuestion);
    connect(m_questions, &QuestionsPanel::editRequested, this, &MainWindow::editQuestion);
    connect(m_questions, &QuestionsPanel::codeActivated, m_codebook,
            &CodebookPanel::setCurrentCode);
    connect(m_search, &SearchPanel::hitActivated, this,
            [this](qint64 docId, qint64 start, qint64 end) {
                showDocument(docId);
                m_view->selectRange(start, end);
                m_view->ensureCursorVisible();
            });
    connect(m_search, &SearchPanel::autoCodeRequested, this, &MainWindow::autoCode);
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open project…"), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    m_recentProjectsMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    QAction* importFilesAction =
        file->addAction(tr("&Import files…"), this, &MainWindow::importFilesDialog);
    importFilesAction->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    file->addAction(tr("Import &folder…"), this, &MainWindow::importFolderDialog);
    file->addAction(tr("Import &attribute sheet…"), this, &MainWindow::importAttributeSheet);
    file->addSeparator();
    QMenu* refiImport = file->addMenu(tr("Import REFI-QDA"));
    refiImport->addAction(tr("Project (.qdpx, .qde)…"), this, [this] { importRefi(false); });
    refiImport->addAction(tr("Codebook (.qdc)…"), this, [this] { importRefi(true); });
    QMenu* refiExport = file->addMenu(tr("Export REFI-QDA"));
    refiExport->addAction(tr("Project (.qdpx)…"), this, [this] { exportRefi(false); });
    refiExport->addAction(tr("Codebook (.qdc)…"), this, [this] { exportRefi(true); });
    file->addSeparator();
    file->addAction(tr("Export &codings (CSV)…"), this, [this] { exportCsv(false); });
    file->addAction(tr("Export code&book (CSV)…"), this, [this] { exportCsv(true); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    rebuildRecentProjects();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    m_redoAction = edit->addAction(tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_project)
            m_project->undoStack()->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_project)
            m_project->undoStack()->redo();
    });
    edit->addSeparator();
    edit->addAction(tr("&Find in document"), QKeySequence::Find, this, [this] {
        m_findBar->show();
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
    edit->addAction(tr("&Search project"), QKeySequence(tr("Ctrl+Shift+F")), this, [this] {
        findChild<QDockWidget*>(QStringLiteral("searchDock"))->show();
        m_search->focusQuery();
    });
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                    &MainWindow::showPreferences);

    QMenu* coding = menuBar()->addMenu(tr("&Coding"));
    QAction* codeCurrent = coding->addAction(tr("Code selection with &current code"), this, [this] {
        if (Status s = codeSelection(m_codebook->currentCode()); !s)
            showFailure(s);
    });
    codeCurrent->setShortcut(QKeySequence(tr("Ctrl+Return")));
    QAction* inVivo = coding->addAction(tr("Code &in vivo"), this, [this] {
        if (Status s = codeInVivo(); !s)
            showFailure(s);
    });
    inVivo->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    coding->addAction(tr("Code speaker &turn with current code"), this, [this] {
        if (Status s = codeUnitAtCursor(true); !s)
            showFailure(s);
    });
    coding->addAction(tr("Code &paragraph with current code"), this, [this] {
        if (Status s = codeUnitAtCursor(false); !s)
            showFailure(s);
    });
    m_recentCodesMenu = coding->addMenu(tr("&Recent codes"));

    // Quick keys 1-9 act while the transcript has focus.
    connect(m_view, &DocumentView::quickKeyPressed, this, [this](int k) {
        const qint64 code = m_quickKeys.value(k);
        if (code == 0) {
            statusBar()->showMessage(tr("No code on quick key %1 (assign one from the "
                                        "codebook's context menu)")
                                         .arg(k),
                                     4000);
            return;
        }
        if (Status s = codeSelection(code); !s)
            showFailure(s);
    });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* d : findChildren<QDockWidget*>())
        m_viewMenu->addAction(d->toggleViewAction());

    QToolBar* bar = addToolBar(tr("Coding"));
    bar->setObjectName(QStringLiteral("codingToolbar"));
    bar->setMovable(false);
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Coding as: ")));
    m_coderBox = new QComboBox;
    m_coderBox->setObjectName(QStringLiteral("coderBox"));
    m_coderBox->setEditable(true);
    m_coderBox->setInsertPolicy(QComboBox::NoInsert);
    m_coderBox->setMinimumWidth(120);
    bar->addWidget(m_coderBox);
    connect(m_coderBox, &QComboBox::textActivated, this, &MainWindow::setCurrentCoder);
    bar->addWidget(new QLabel(tr("  Show: ")));
    m_shownBox = new QComboBox;
    m_shownBox->setObjectName(QStringLiteral("shownBox"));
    bar->addWidget(m_shownBox);
    connect(m_shownBox, &QComboBox::activated, this, [this](int index) {
        const int kind = m_shownBox->itemData(index).toInt();
        setShown(static_cast<Shown>(kind), m_shownBox->itemText(index));
    });
    m_blindBox = new QCheckBox(tr("Blind"));
    m_blindBox->setObjectName(QStringLiteral("blindBox"));
    m_blindBox->setToolTip(tr("Hide other coders' codings while you code"));
    bar->addWidget(m_blindBox);
    connect(m_blindBox, &QCheckBox::toggled, this, &MainWindow::setBlind);
    bar->addSeparator();
    bar->addAction(codeCurrent);
    bar->addAction(inVivo);
    m_recentButton = new QToolButton;
    m_recentButton->setText(tr("Recent codes"));
    m_recentButton->setPopupMode(QToolButton::InstantPopup);
    m_recentButton->setMenu(m_recentCodesMenu);
    bar->addWidget(m_recentButton);
}

bool MainWindow::openProject(const QString& path) {
    if (isServerLocation(path))
        return openServerProject(path);
    return adoptProject(Project::open(path, Project::Backup::Take));
}

bool MainWindow::adoptProject(Result<std::unique_ptr<Project>> opened) {
    if (!opened) {
        showFailure(Status::from(opened));
        return false;
    }
    saveReadingPosition();
    m_view->clearDocument();
    m_project = opened.take();
    Project* p = m_project.get();
    m_counts->setProject(p);
    // An edit of codings alone (the edit coders make all day, with the coder's row on their
    // first) updates the counts and the codings drawn; anything else rebuilds every panel.
    connect(p, &Project::applied, this, [this](const Changeset& changes) {
        m_codingsOnly = changes.onlyTouches({QStringLiteral("codings"), QStringLiteral("coders")});
    });
    connect(p, &Project::changed, this, [this] {
        m_counts->projectChanged();
        if (std::exchange(m_codingsOnly, false))
            refreshAfterCodingEdit();
        else
            refresh();
    });
    connect(p, &Project::failed, this, &MainWindow::showMessage);
    m_banner->setProject(p);
    // On a server, another coder's saved work arrives by itself; say so, since nothing the
    // user did changed the view (changed() follows and refreshes it).
    connect(p, &Project::changedElsewhere, this,
            [this] { statusBar()->showMessage(tr("Updated with another coder's changes"), 5000); });
    QUndoStack* stack = p->undoStack();
    auto updateUndo = [this, stack] {
        m_undoAction->setEnabled(stack->canUndo());
        m_redoAction->setEnabled(stack->canRedo());
        m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                               : tr("&Undo"));
        m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                               : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndo);
    updateUndo();
    m_search->setProjectPath(p->path(), p->storage().secret());
    setAnalysisProject();
    setEvaluationProject();
    m_recentCodes.clear();
    loadSettingsForProject();
    addRecentProject(p->path());
    refresh();
    updateTitle();
    QSettings settings;
    const qint64 last = settings.value(projectKey(QStringLiteral("lastDocument"))).toLongLong();
    if (last != 0 && p->storage().document(last)) {
        showDocument(last);
        m_view->scrollToPosition(
            settings.value(projectKey(QStringLiteral("lastPosition"))).toLongLong());
    }
    return true;
}

QString MainWindow::projectKey(const QString& leaf) const {
    const QString uuid =
        m_project ? m_project->storage().projectValue(QStringLiteral("uuid")) : QString();
    return QStringLiteral("projects/%1/%2").arg(uuid, leaf);
}

void MainWindow::updateTitle() {
    setWindowTitle(m_project ? QStringLiteral("%1 — Situate").arg(m_project->name())
                             : QStringLiteral("Situate"));
    if (m_statusCoder)
        m_statusCoder->setText(
            m_project ? tr("Coding as %1%2").arg(m_coder, m_blind ? tr(" (blind)") : QString())
                      : QString());
}

void MainWindow::saveReadingPosition() {
    if (!m_project || m_view->documentId() == 0)
        return;
    QSettings settings;
    settings.setValue(projectKey(QStringLiteral("lastDocument")), m_view->documentId());
    settings.setValue(projectKey(QStringLiteral("lastPosition")), m_view->firstVisiblePosition());
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

QString MainWindow::currentCoder() const {
    return m_coder;
}

void MainWindow::setShown(Shown shown, const QString& coder) {
    m_shown = shown;
    m_shownCoder = coder;
    refresh();
}

void MainWindow::setBlind(bool blind) {
    m_blind = blind;
    {
        const QSignalBlocker block(m_blindBox);
        m_blindBox->setChecked(blind);
    }
    if (m_project)
        QSettings().setValue(projectKey(QStringLiteral("blind")), blind);
    refresh();
}

void MainWindow::showFailure(const Status& failure) {
    if (failure.kind() == ErrorKind::Kept) {
        // Not a failure to stop for: the connection banner lists it until it is sent.
        statusBar()->showMessage(failure.error(), 8000);
        return;
    }
    showMessage(failure.error());
}

void MainWindow::showMessage(const QString& message) {
    m_prompter->message(this, message);
}

bool MainWindow::confirm(const QString& question) {
    return m_prompter->confirm(this, question);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveReadingPosition();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace situate

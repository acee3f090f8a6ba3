// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/workbench.h"
#include "ui/mainwindow/windowlayout.h"

#include "core/commands/commands.h"
#include "core/commands/keyquotes.h"

#include "core/project.h"
#include "ui/cases/casespanel.h"
#include "ui/codebook/codebookpanel.h"
#include "ui/common/widgets.h"
#include "ui/documents/documentspanel.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/codingcounts.h"
#include "ui/mainwindow/connectionbanner.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/questions/questionspanel.h"
#include "ui/search/searchpanel.h"

#include <QDockWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace situate {

Workbench::Workbench(MainWindow& window)
    : QObject(&window)
    , m_window(window) {
    m_counts = new CodingCounts(this);
    createCentral();
    createDocks();
}

void Workbench::createCentral() {
    m_view = new DocumentView;
    auto* central = new QWidget;
    auto* layout = flushLayout(central);
    layout->setSpacing(0);
    m_findBar = new QWidget;
    auto* findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(6, 3, 6, 3);
    m_findEdit = named<QLineEdit>(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Find in document"));
    auto* findNext = new QPushButton(tr("Next"));
    auto* findClose = new QPushButton(tr("Close"));
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(findNext);
    findLayout->addWidget(findClose);
    m_findBar->hide();
    m_banner = new ConnectionBanner;
    layout->addWidget(m_banner);
    layout->addWidget(m_findBar);
    layout->addWidget(m_view);
    m_window.setCentralWidget(central);
    auto find = [this] {
        if (!m_view->find(m_findEdit->text())) {
            m_view->moveCursor(QTextCursor::Start);
            m_view->find(m_findEdit->text());
        }
    };
    connect(m_findEdit, &QLineEdit::returnPressed, this, find);
    connect(findNext, &QPushButton::clicked, this, find);
    connect(findClose, &QPushButton::clicked, m_findBar, &QWidget::hide);
    connect(m_view, &DocumentView::codingClicked, this, [this](qint64 id) {
        for (const Coding& c : m_view->codings()) {
            if (c.id == id)
                m_codebook->setCurrentCode(c.codeId);
        }
    });
}

void Workbench::createDocks() {
    auto dock = [this](const QString& title, const QString& name, QWidget* w,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, &m_window);
        d->setObjectName(name);
        d->setWidget(windowlayout::scrollable(w));
        m_window.addDockWidget(area, d);
        windowlayout::keepReadable(m_window, d);
        return d;
    };
    m_documents = new DocumentsPanel;
    m_codebook = new CodebookPanel;
    m_cases = new CasesPanel;
    connect(m_cases, &CasesPanel::readFailed, &m_window, &MainWindow::showReadFailure);
    m_questions = new QuestionsPanel;
    m_search = new SearchPanel;
    auto* docs =
        dock(tr("Documents"), QStringLiteral("documentsDock"), m_documents, Qt::LeftDockWidgetArea);
    auto* cases = dock(tr("Cases and attributes"), QStringLiteral("casesDock"), m_cases,
                       Qt::LeftDockWidgetArea);
    auto* questions = dock(tr("Research questions"), QStringLiteral("questionsDock"), m_questions,
                           Qt::LeftDockWidgetArea);
    m_window.tabifyDockWidget(docs, cases);
    m_window.tabifyDockWidget(cases, questions);
    docs->raise();
    dock(tr("Codebook"), QStringLiteral("codebookDock"), m_codebook, Qt::RightDockWidgetArea);
    auto* search =
        dock(tr("Search"), QStringLiteral("searchDock"), m_search, Qt::BottomDockWidgetArea);
    search->hide();
    m_window.resizeDocks({docs}, {300}, Qt::Horizontal);

    connect(m_documents, &DocumentsPanel::documentActivated, this, &Workbench::showDocument);
    connect(m_questions, &QuestionsPanel::codeActivated, m_codebook,
            &CodebookPanel::setCurrentCode);
    connect(m_search, &SearchPanel::hitActivated, this, &Workbench::showRange);
}

bool Workbench::refreshPanels(const QVector<qint64>& shown, const QHash<int, qint64>& quickKeys,
                              Status* failure) {
    const Storage& s = m_window.project()->storage();
    // What several panels share, read before any of them changes.
    Result<CodeTree> tree = CodeTree::read(s);
    const Result<QVector<ResearchQuestion>> questions =
        tree ? s.researchQuestions() : Result<QVector<ResearchQuestion>>(Status::from(tree));
    const Result<QHash<qint64, QVector<qint64>>> links =
        questions ? s.codeQuestionLinks()
                  : Result<QHash<qint64, QVector<qint64>>>(Status::from(questions));
    if (!links) {
        *failure = Status::from(links);
        return false;
    }
    m_tree = tree.take();
    // Until a large project's counts arrive from the worker the columns stay blank.
    const bool counted = m_counts->ensure(shown);
    static const QHash<qint64, qint64> none;
    m_codebook->setCodebook(m_tree, counted ? m_counts->byCode() : none, quickKeys, *questions,
                            *links);
    *failure = m_documents->setDocuments(s, counted ? m_counts->byDocument() : none);
    m_documents->setCurrentDocument(m_view->documentId());
    if (*failure)
        *failure = m_cases->setData(s);
    m_questions->setData(*questions, *links, m_tree);
    return true;
}

void Workbench::clearPanels() {
    m_tree = CodeTree();
    m_codebook->setCodebook(m_tree, {}, {}, {}, {});
    m_documents->tree()->clear();
    m_cases->table()->setRowCount(0);
    m_questions->tree()->clear();
}

QString Workbench::shownHash() const {
    return m_view->documentId() ? m_shownHash : QString();
}

void Workbench::refreshDocument() {
    const qint64 id = m_view->documentId();
    const Storage& s = m_window.project()->storage();
    const QString hash = id != 0 ? s.documentHash(id) : QString();
    if (id != 0 && hash.isEmpty()) { // removed
        m_view->clearDocument();
    } else if (id != 0 && hash != m_shownHash && hash == contentHash(m_view->documentText())) {
        // Edited in the view itself: it shows the text already; only the turns are new.
        m_shownHash = hash;
        if (const auto turns = s.speakerTurns(id))
            m_view->setTurns(*turns);
    } else if (id != 0 && hash != m_shownHash) {
        // Its text was edited (by undo, another window's command or another client): show
        // the new text where the reader was.
        const int scrolled = m_view->verticalScrollBar()->value();
        if (const auto doc = s.document(id)) {
            m_view->showDocument(*doc);
            m_shownHash = doc->contentHash;
            m_view->verticalScrollBar()->setValue(scrolled);
        }
    }
    refreshCodings();
}

bool Workbench::refreshCounts(const QVector<qint64>& shown) {
    if (!m_counts->ensure(shown))
        return false;
    m_codebook->setCounts(m_counts->byCode());
    m_documents->setCounts(m_counts->byDocument());
    return true;
}

void Workbench::addAboveTranscript(QWidget* bar) {
    auto* layout = static_cast<QVBoxLayout*>(m_view->parentWidget()->layout());
    layout->insertWidget(layout->indexOf(m_view), bar);
}

void Workbench::refreshCodings() {
    const Project* project = m_window.project();
    if (!project || m_view->documentId() == 0)
        return;
    const Storage& s = project->storage();
    const Result<QVector<Coder>> coderList = s.coders();
    if (!coderList)
        return m_window.showReadFailure(Status::from(coderList));
    Result<QVector<Coding>> read = s.codingsForView(m_view->documentId());
    if (!read)
        return m_window.showReadFailure(Status::from(read));
    QHash<qint64, QString> names;
    QHash<qint64, QColor> colours;
    for (const Code& c : m_tree.codes()) {
        names.insert(c.id, c.name);
        if (!c.colour.isEmpty())
            colours.insert(c.id, QColor(c.colour));
    }
    QHash<qint64, QString> coders;
    for (const Coder& c : *coderList)
        coders.insert(c.id, c.name);
    const Result<QSet<qint64>> keyQuotes = keyQuoteIds(s);
    if (!keyQuotes)
        return m_window.showReadFailure(Status::from(keyQuotes));
    m_view->setCodeLook(names, colours);
    m_view->setCoderNames(coders);
    m_view->setKeyQuotes(*keyQuotes);
    const QVector<qint64> shown = m_window.shownCoderIds();
    QVector<Coding> codings = read.take();
    if (!shown.isEmpty())
        codings.erase(std::remove_if(codings.begin(), codings.end(),
                                     [&](const Coding& c) { return !shown.contains(c.coderId); }),
                      codings.end());
    m_view->setCodings(codings);
}

void Workbench::showDocument(qint64 documentId) {
    const Project* project = m_window.project();
    if (!project)
        return;
    if (documentId == m_view->documentId())
        return;
    saveReadingPosition();
    const auto doc = project->storage().document(documentId);
    if (!doc)
        return;
    m_view->showDocument(*doc);
    m_shownHash = doc->contentHash;
    m_documents->setCurrentDocument(documentId);
    refreshCodings();
}

void Workbench::openFirstCodedDocument() {
    const Project* project = m_window.project();
    if (!project)
        return;
    const Result<QHash<qint64, qint64>> counts = project->storage().codingCountsByDocument();
    if (!counts)
        return m_window.showReadFailure(Status::from(counts));
    const Result<QVector<DocumentInfo>> docs = project->storage().documents();
    if (!docs)
        return m_window.showReadFailure(Status::from(docs));
    for (const DocumentInfo& d : *docs) {
        if (counts->value(d.id) > 0) {
            showDocument(d.id);
            // Show the definition of the first code used there, as a reader would click it.
            const QVector<Coding> codings = m_view->codings();
            if (!codings.isEmpty() && m_codebook->currentCode() == 0)
                m_codebook->setCurrentCode(codings.first().codeId);
            return;
        }
    }
    if (!docs->isEmpty())
        showDocument(docs->first().id);
}

void Workbench::showRange(qint64 documentId, qint64 start, qint64 end) {
    showDocument(documentId);
    m_view->selectRange(start, end);
    m_view->ensureCursorVisible();
}

void Workbench::showFindBar() {
    m_findBar->show();
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

void Workbench::focusSearch() {
    m_window.findChild<QDockWidget*>(QStringLiteral("searchDock"))->show();
    m_search->focusQuery();
}

void Workbench::saveReadingPosition() {
    if (!m_window.project() || m_view->documentId() == 0)
        return;
    QSettings settings;
    settings.setValue(m_window.projectKey(QStringLiteral("lastDocument")), m_view->documentId());
    settings.setValue(m_window.projectKey(QStringLiteral("lastPosition")),
                      m_view->firstVisiblePosition());
}

void Workbench::restoreReadingPosition() {
    QSettings settings;
    const qint64 last =
        settings.value(m_window.projectKey(QStringLiteral("lastDocument"))).toLongLong();
    if (last != 0 && m_window.project()->storage().document(last)) {
        showDocument(last);
        m_view->scrollToPosition(
            settings.value(m_window.projectKey(QStringLiteral("lastPosition"))).toLongLong());
    }
}

} // namespace situate

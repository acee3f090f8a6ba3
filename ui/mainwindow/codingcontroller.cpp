// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/codingcontroller.h"

#include "core/colours.h"
#include "core/commands/commands.h"
#include "core/commands/keyquotes.h"
#include "core/project.h"
#include "core/text.h"
#include "ui/codebook/codebookpanel.h"
#include "ui/common/widgets.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/autocode.h"
#include "ui/mainwindow/keyboardcoding.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbench.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

#include <memory>

namespace situate {

namespace {

Status noProject() {
    return Status::failure(QObject::tr("Open a project first."));
}

// Inside an edit: codes [start, end) of a document with a code as `coderName`, who is added
// to the project with their first coding.
// `seenHash` is the content hash of the text the coder selected on: a transcript another
// team member edited meanwhile refuses the coding rather than place it on other words.
Status codeAs(Editor& e, const QString& coderName, qint64 documentId, qint64 codeId, qint64 start,
              qint64 end, const QString& seenHash) {
    Result<qint64> coder = ensureCoder(e, coderName);
    if (!coder)
        return Status::from(coder);
    Coding c;
    c.documentId = documentId;
    c.codeId = codeId;
    c.coderId = *coder;
    c.start = start;
    c.end = end;
    return Status::from(addCoding(e, c, seenHash));
}

} // namespace

CodingController::CodingController(MainWindow& window, QAction* undo, QAction* redo)
    : QObject(&window)
    , m_window(window) {
    CodebookPanel* codebook = window.workbench()->codebookPanel();
    QMenu* coding = window.menuBar()->addMenu(tr("&Coding"));
    QAction* codeCurrent =
        coding->addAction(tr("Code selection with &current code"), this,
                          [this, codebook] { act(codeSelection(codebook->currentCode())); });
    codeCurrent->setShortcut(QKeySequence(tr("Ctrl+Return")));
    QAction* inVivo = coding->addAction(tr("Code &in vivo"), this, [this] { act(codeInVivo()); });
    inVivo->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    coding->addAction(tr("Code speaker &turn with current code"), this,
                      [this] { act(codeUnitAtCursor(true)); });
    coding->addAction(tr("Code &paragraph with current code"), this,
                      [this] { act(codeUnitAtCursor(false)); });
    m_recentCodesMenu = coding->addMenu(tr("&Recent codes"));
    new KeyboardCoding(window, *this, coding);
    createToolBar(undo, redo, codeCurrent, inVivo);
    connectViews();
}

void CodingController::createToolBar(QAction* undo, QAction* redo, QAction* codeCurrent,
                                     QAction* inVivo) {
    QToolBar* bar = m_window.addToolBar(tr("Coding"));
    bar->setObjectName(QStringLiteral("codingToolbar"));
    bar->setMovable(false);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Coding as: ")));
    m_coderBox = choiceBox(QStringLiteral("coderBox"));
    m_coderBox->setEditable(true);
    m_coderBox->setInsertPolicy(QComboBox::NoInsert);
    m_coderBox->setMinimumWidth(120);
    m_coderBox->setAccessibleName(tr("Coding as"));
    m_coderBox->setAccessibleDescription(tr("The coder whose name new codings carry"));
    m_coderBox->lineEdit()->setAccessibleName(tr("Coding as"));
    bar->addWidget(m_coderBox);
    connect(m_coderBox, &QComboBox::textActivated, &m_window, &MainWindow::setCurrentCoder);
    bar->addWidget(new QLabel(tr("  Show: ")));
    m_shownBox = choiceBox(QStringLiteral("shownBox"));
    m_shownBox->setAccessibleName(tr("Show codings of"));
    bar->addWidget(m_shownBox);
    connect(m_shownBox, &QComboBox::activated, this, [this](int index) {
        const int kind = m_shownBox->itemData(index).toInt();
        m_window.setShown(static_cast<MainWindow::Shown>(kind), m_shownBox->itemText(index));
    });
    m_blindBox = namedCheckBox(QStringLiteral("blindBox"), tr("Blind"),
                               tr("Hide other coders' codings while you code"));
    bar->addWidget(m_blindBox);
    connect(m_blindBox, &QCheckBox::toggled, &m_window, &MainWindow::setBlind);
    bar->addSeparator();
    bar->addAction(codeCurrent);
    bar->addAction(inVivo);
    auto* recent = new QToolButton;
    recent->setText(tr("Recent codes"));
    recent->setPopupMode(QToolButton::InstantPopup);
    recent->setMenu(m_recentCodesMenu);
    bar->addWidget(recent);
}

void CodingController::connectViews() {
    Workbench* bench = m_window.workbench();
    DocumentView* view = bench->documentView();
    CodebookPanel* codebook = bench->codebookPanel();
    connect(codebook, &CodebookPanel::codeClicked, this, [this, view](qint64 codeId) {
        const auto [a, b] = view->selectedRange();
        if (b > a && view->documentId() != 0)
            act(codeSelection(codeId));
    });
    connect(codebook, &CodebookPanel::selectionDropped, this,
            [this, view](qint64 codeId, qint64 docId, qint64 start, qint64 end) {
                if (docId != view->documentId())
                    return;
                view->selectRange(start, end);
                act(codeSelection(codeId));
            });
    connect(codebook, &CodebookPanel::quickKeyRequested, this,
            [this](qint64 codeId, int key) { setQuickKey(key, codeId); });
    connect(bench->searchPanel(), &SearchPanel::autoCodeRequested, this,
            &CodingController::autoCode);
    // Quick keys 1-9 act while the transcript has focus.
    connect(view, &DocumentView::quickKeyPressed, this, [this](int k) {
        const qint64 code = m_quickKeys.value(k);
        if (code == 0) {
            m_window.statusBar()->showMessage(tr("No code on quick key %1 (assign one from the "
                                                 "codebook's context menu)")
                                                  .arg(k),
                                              4000);
            return;
        }
        act(codeSelection(code));
    });
    connect(view, &DocumentView::contextMenuRequestedAt, this, &CodingController::showContextMenu);
    connect(view, &DocumentView::codingResizeRequested, this,
            [this, view](qint64 id, qint64 start, qint64 end) {
                if (Status s = resizeCoding(id, start, end); !s)
                    m_window.showFailure(s);
                else
                    view->selectCoding(id);
            });
}

void CodingController::act(const Status& outcome) {
    if (!outcome)
        m_window.showFailure(outcome);
}

Status CodingController::codeSelection(qint64 codeId) {
    if (!project())
        return noProject();
    DocumentView* view = m_window.documentView();
    const auto [start, end] = view->selectedRange();
    if (view->documentId() == 0 || end <= start)
        return Status::failure(tr("Select some text in the transcript first."));
    const CodeTree& tree = m_window.workbench()->tree();
    const Code* code = tree.find(codeId);
    if (!code)
        return Status::failure(tr("Choose a code first."));
    // A kept edit is sent later (Project::editKept): it holds copies of what it uses.
    const qint64 documentId = view->documentId();
    Status s =
        project()->editKept(tr("Code \"%1\"").arg(code->name),
                            [coderName = m_window.currentCoder(), documentId, codeId, start, end,
                             seen = m_window.workbench()->shownHash()](Editor& e) {
                                return codeAs(e, coderName, documentId, codeId, start, end, seen);
                            });
    if (s || s.kind() == ErrorKind::Kept) {
        rememberRecentCode(codeId);
        // Clear the selection so a second click on a code does not code it twice (nor
        // queue it twice while the server is away).
        QTextCursor cursor = view->textCursor();
        cursor.clearSelection();
        view->setTextCursor(cursor);
        m_window.statusBar()->showMessage(
            s ? tr("Coded with %1").arg(tree.path(codeId))
              : tr("Coding with %1 waits for the server (see above)").arg(tree.path(codeId)),
            3000);
    }
    return s;
}

Status CodingController::codeInVivo() {
    if (!project())
        return noProject();
    DocumentView* view = m_window.documentView();
    const auto [start, end] = view->selectedRange();
    if (view->documentId() == 0 || end <= start)
        return Status::failure(tr("Select the words to use as the code's name."));
    const OffsetMap map(view->documentText());
    QString name = map.slice(view->documentText(), start, end).simplified();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    if (name.size() > 60)
        name = name.left(57) + QStringLiteral("…");
    if (name.isEmpty())
        return Status::failure(tr("The selection has no words to name a code."));
    auto newCode = std::make_shared<qint64>(0);
    const qint64 documentId = view->documentId();
    Status s = project()->editKept(
        tr("Code in vivo \"%1\"").arg(name),
        [newCode, name, coderName = m_window.currentCoder(), documentId, start, end,
         seen = m_window.workbench()->shownHash(),
         colour = newCodeColour(m_window.workbench()->tree())](Editor& e) -> Status {
            Code c;
            c.name = name;
            c.colour = colour;
            c.parentId = 0;
            Result<qint64> id = createCode(e, c);
            if (!id)
                return Status::from(id);
            *newCode = *id;
            return codeAs(e, coderName, documentId, *id, start, end, seen);
        });
    if (s) {
        rememberRecentCode(*newCode);
        m_window.workbench()->codebookPanel()->setCurrentCode(*newCode);
    }
    return s;
}

Status CodingController::removeCoding(qint64 codingId) {
    if (!project())
        return noProject();
    return project()->editKept(
        tr("Remove coding"), [codingId](Editor& e) { return situate::removeCoding(e, codingId); });
}

Status CodingController::setKeyQuote(qint64 codingId, bool on) {
    if (!project())
        return noProject();
    return project()->editKept(
        on ? tr("Mark key quote") : tr("Unmark key quote"),
        [codingId, on](Editor& e) { return setKeyQuotes(e, {codingId}, on); });
}

Status CodingController::setCodingMemo(qint64 codingId, const QString& memo) {
    if (!project())
        return noProject();
    return project()->editKept(tr("Edit coding memo"), [codingId, memo](Editor& e) {
        return situate::setCodingMemo(e, codingId, memo);
    });
}

Status CodingController::resizeCoding(qint64 codingId, qint64 start, qint64 end) {
    if (!project())
        return noProject();
    return project()->editKept(
        tr("Resize coding"),
        [codingId, start, end, seen = m_window.workbench()->shownHash()](Editor& e) {
            return situate::resizeCoding(e, codingId, start, end, seen);
        });
}

Status CodingController::codeUnitAtCursor(bool turn) {
    DocumentView* view = m_window.documentView();
    if (view->documentId() == 0)
        return Status::failure(tr("Open a document first."));
    const qint64 cp = view->selectedRange().first;
    const auto [a, b] = turn ? view->turnAt(cp) : view->paragraphAt(cp);
    if (b <= a)
        return Status::failure(tr("There is no text there to code."));
    view->selectRange(a, b);
    return codeSelection(m_window.workbench()->codebookPanel()->currentCode());
}

void CodingController::setQuickKey(int key, qint64 codeId) {
    if (!m_window.project())
        return;
    QSettings settings;
    // One key per code and one code per key.
    for (auto it = m_quickKeys.begin(); it != m_quickKeys.end();) {
        if (it.value() == codeId || it.key() == key) {
            settings.remove(m_window.projectKey(QStringLiteral("quickKey%1").arg(it.key())));
            it = m_quickKeys.erase(it);
        } else {
            ++it;
        }
    }
    if (key >= 1 && key <= 9) {
        if (const Code* c = m_window.workbench()->tree().find(codeId)) {
            m_quickKeys.insert(key, codeId);
            settings.setValue(m_window.projectKey(QStringLiteral("quickKey%1").arg(key)), c->uuid);
        }
    }
    m_window.refresh();
}

void CodingController::loadProjectSettings() {
    m_recentCodes.clear();
    m_quickKeys.clear();
    const Result<CodeTree> tree = CodeTree::read(m_window.project()->storage());
    if (!tree)
        m_window.showReadFailure(Status::from(tree));
    QSettings settings;
    for (int k = 1; tree && k <= 9; ++k) {
        const QString uuid =
            settings.value(m_window.projectKey(QStringLiteral("quickKey%1").arg(k))).toString();
        for (const Code& c : tree->codes()) {
            if (!uuid.isEmpty() && c.uuid == uuid)
                m_quickKeys.insert(k, c.id);
        }
    }
}

Status CodingController::refreshCoderBoxes() {
    const Result<QVector<Coder>> coders = m_window.project()->storage().coders();
    if (!coders)
        return Status::from(coders);
    const QString current = m_window.currentCoder();
    const QSignalBlocker b1(m_coderBox), b2(m_shownBox);
    m_coderBox->clear();
    QStringList names;
    for (const Coder& c : *coders)
        names << c.name;
    if (!names.contains(current))
        names.prepend(current);
    m_coderBox->addItems(names);
    m_coderBox->setCurrentText(current);
    m_shownBox->clear();
    m_shownBox->addItem(tr("All coders"), static_cast<int>(MainWindow::Shown::All));
    m_shownBox->addItem(tr("My codings"), static_cast<int>(MainWindow::Shown::Mine));
    for (const Coder& c : *coders)
        m_shownBox->addItem(c.name, static_cast<int>(MainWindow::Shown::OneCoder));
    const MainWindow::Shown shown = m_window.shown();
    m_shownBox->setCurrentIndex(shown == MainWindow::Shown::OneCoder
                                    ? m_shownBox->findText(m_window.shownCoder())
                                    : static_cast<int>(shown));
    m_shownBox->setEnabled(!m_window.isBlind());
    return {};
}

void CodingController::showBlind(bool blind) {
    const QSignalBlocker block(m_blindBox);
    m_blindBox->setChecked(blind);
}

void CodingController::rememberRecentCode(qint64 codeId) {
    m_recentCodes.removeAll(codeId);
    m_recentCodes.prepend(codeId);
    while (m_recentCodes.size() > 10)
        m_recentCodes.removeLast();
    rebuildRecentMenu();
}

void CodingController::rebuildRecentMenu() {
    const CodeTree& tree = m_window.workbench()->tree();
    m_recentCodesMenu->clear();
    for (qint64 id : std::as_const(m_recentCodes)) {
        if (!tree.find(id))
            continue;
        m_recentCodesMenu->addAction(tree.path(id), this, [this, id] { act(codeSelection(id)); });
    }
    m_recentCodesMenu->setEnabled(!m_recentCodesMenu->isEmpty());
}

void CodingController::showContextMenu(qint64 cp, const QPoint& globalPos) {
    DocumentView* view = m_window.documentView();
    if (!m_window.project() || view->documentId() == 0)
        return;
    const CodeTree& tree = m_window.workbench()->tree();
    QMenu menu(&m_window);
    const auto [start, end] = view->selectedRange();
    const qint64 current = m_window.workbench()->codebookPanel()->currentCode();
    if (end > start) {
        if (current != 0)
            menu.addAction(tr("Code with \"%1\"").arg(tree.path(current)), this,
                           [this, current] { act(codeSelection(current)); });
        if (!m_recentCodes.isEmpty())
            menu.addMenu(m_recentCodesMenu);
        menu.addAction(tr("Code in vivo"), this, [this] { act(codeInVivo()); });
        menu.addSeparator();
    }
    if (current != 0) {
        menu.addAction(tr("Code this speaker turn"), this, [this] { act(codeUnitAtCursor(true)); });
        menu.addAction(tr("Code this paragraph"), this, [this] { act(codeUnitAtCursor(false)); });
    }
    const QVector<Coding> here = view->codingsAt(cp);
    if (!here.isEmpty()) {
        menu.addSeparator();
        // The names the codings were drawn with (Workbench::refreshCodings), read with them.
        const QHash<qint64, QString>& coders = view->coderNames();
        for (const Coding& c : here) {
            QMenu* sub =
                menu.addMenu(tr("%1 (%2)").arg(tree.path(c.codeId), coders.value(c.coderId)));
            sub->addAction(tr("Select"), this, [view, id = c.id] { view->selectCoding(id); });
            sub->addAction(tr("Memo…"), this, [this, id = c.id] { editCodingMemoDialog(id); });
            QAction* star = sub->addAction(tr("★ Key quote"), this, [this, view, id = c.id] {
                act(setKeyQuote(id, !view->isKeyQuote(id)));
            });
            star->setCheckable(true);
            star->setChecked(view->isKeyQuote(c.id));
            sub->addAction(tr("Resize…"), this, [this, id = c.id] { resizeCodingDialog(id); });
            if (end > start)
                sub->addAction(tr("Resize to selection"), this, [this, id = c.id, start, end] {
                    act(resizeCoding(id, start, end));
                });
            sub->addSeparator();
            sub->addAction(tr("Remove coding"), this, [this, id = c.id] { act(removeCoding(id)); });
        }
    }
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

void CodingController::autoCode(const QVector<SearchHit>& hits, SearchPanel::Scope scope) {
    if (!project())
        return;
    const qint64 codeId = m_window.workbench()->codebookPanel()->currentCode();
    const Code* code = m_window.workbench()->tree().find(codeId);
    if (!code) {
        m_window.showMessage(tr("Choose the code to apply in the codebook first."));
        return;
    }
    Status st =
        project()->editKept(tr("Auto-code %1 hit(s) with \"%2\"").arg(hits.size()).arg(code->name),
                            [hits, scope, codeId, coderName = m_window.currentCoder()](Editor& e) {
                                return autoCodeHits(e, hits, scope, codeId, coderName);
                            });
    if (!st)
        m_window.showFailure(st);
    else
        rememberRecentCode(codeId);
}

void CodingController::editCodingMemoDialog(qint64 codingId) {
    if (!project())
        return;
    const auto coding = project()->storage().coding(codingId);
    if (!coding)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(&m_window, tr("Coding memo"), tr("Memo:"),
                                                        coding->memo, &ok);
    if (!ok)
        return;
    if (Status s = setCodingMemo(codingId, text); !s)
        m_window.showFailure(s);
}

void CodingController::resizeCodingDialog(qint64 codingId) {
    if (!project())
        return;
    const auto coding = project()->storage().coding(codingId);
    const auto doc = coding ? project()->storage().document(coding->documentId) : std::nullopt;
    if (!coding || !doc)
        return;
    QDialog dialog(&m_window);
    dialog.setWindowTitle(tr("Resize coding"));
    auto* form = new QFormLayout(&dialog);
    auto* start = new QSpinBox;
    auto* end = new QSpinBox;
    start->setRange(0, static_cast<int>(doc->length));
    end->setRange(0, static_cast<int>(doc->length));
    start->setValue(static_cast<int>(coding->start));
    end->setValue(static_cast<int>(coding->end));
    auto* preview = new QLabel;
    preview->setWordWrap(true);
    preview->setMinimumWidth(420);
    const OffsetMap map(doc->text);
    auto update = [&] {
        preview->setText(map.slice(doc->text, start->value(), end->value()).left(400));
    };
    update();
    connect(start, &QSpinBox::valueChanged, &dialog, update);
    connect(end, &QSpinBox::valueChanged, &dialog, update);
    form->addRow(tr("Start"), start);
    form->addRow(tr("End"), end);
    form->addRow(preview);
    if (!execForm(dialog, form))
        return;
    if (Status s = resizeCoding(codingId, start->value(), end->value()); !s)
        m_window.showFailure(s);
}

Project* CodingController::project() const {
    return m_window.project();
}

} // namespace situate

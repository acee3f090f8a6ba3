// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/keyboardcoding.h"

#include "core/commands/commands.h"
#include "core/project.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/codewithpopup.h"
#include "ui/mainwindow/codingcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbench.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace situate {

KeyboardCoding::KeyboardCoding(MainWindow& window, CodingController& coding, QMenu* menu)
    : QObject(&window)
    , m_window(window)
    , m_coding(coding)
    , m_popup(new CodeWithPopup(&window)) {
    DocumentView* view = window.documentView();
    menu->addSeparator();
    QAction* codeWith = menu->addAction(tr("Code &with…"), this, [this] { openPopup(false); });
    codeWith->setObjectName(QStringLiteral("codeWithAction"));
    codeWith->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    QAction* change =
        menu->addAction(tr("C&hange coding at cursor…"), this, [this] { openPopup(true); });
    change->setObjectName(QStringLiteral("changeCodingAction"));
    change->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    QAction* remove = menu->addAction(tr("Remo&ve coding at cursor"), this,
                                      [this] { show(removeCodingAtCursor()); });
    remove->setObjectName(QStringLiteral("removeCodingAction"));
    remove->setShortcut(QKeySequence::Delete);
    // Delete removes a coding only while the transcript has the focus: elsewhere it is the
    // focused widget's own Delete.
    remove->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(remove);
    QAction* keyQuote = menu->addAction(tr("&Key quote at cursor"), this,
                                        [this] { show(toggleKeyQuoteAtCursor()); });
    keyQuote->setObjectName(QStringLiteral("keyQuoteAction"));
    keyQuote->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    QAction* next =
        menu->addAction(tr("&Next coding"), this, [this] { show(goToAdjacentCoding(true)); });
    next->setObjectName(QStringLiteral("nextCodingAction"));
    next->setShortcut(QKeySequence(tr("F8")));
    QAction* previous =
        menu->addAction(tr("Pre&vious coding"), this, [this] { show(goToAdjacentCoding(false)); });
    previous->setObjectName(QStringLiteral("previousCodingAction"));
    previous->setShortcut(QKeySequence(tr("Shift+F8")));
    connect(m_popup, &CodeWithPopup::chosen, this, [this](qint64 codeId) {
        show(m_changing ? changeCodingAtCursor(codeId) : m_coding.codeSelection(codeId));
    });
    connect(m_popup, &QDialog::finished, view, [view] { view->setFocus(); });
}

void KeyboardCoding::show(const Status& outcome) {
    if (!outcome)
        m_window.showFailure(outcome);
}

void KeyboardCoding::openPopup(bool change) {
    DocumentView* view = m_window.documentView();
    if (!m_window.project() || view->documentId() == 0)
        return show(Status::failure(tr("Open a document first.")));
    const CodeTree& tree = m_window.workbench()->tree();
    if (tree.codes().isEmpty())
        return show(Status::failure(tr("The codebook has no codes yet.")));
    m_changing = change;
    if (change) {
        const qint64 id = view->codingAtCursor();
        if (id == 0)
            return show(Status::failure(tr("There is no coding at the cursor to change.")));
        view->goToCoding(id);
        const Coding* coding = nullptr;
        for (const Coding& c : view->codings())
            coding = c.id == id ? &c : coding;
        m_popup->showFor(tree, tr("Change the coding with %1 to:").arg(tree.path(coding->codeId)));
        return;
    }
    const auto [start, end] = view->selectedRange();
    if (end <= start)
        return show(Status::failure(tr("Select some text in the transcript first (Shift and "
                                       "the arrow keys select from the cursor).")));
    m_popup->showFor(tree, tr("Code the selection with:"));
}

Status KeyboardCoding::changeCodingAtCursor(qint64 codeId) {
    DocumentView* view = m_window.documentView();
    const qint64 id = view->codingAtCursor();
    const CodeTree& tree = m_window.workbench()->tree();
    if (!m_window.project() || id == 0)
        return Status::failure(tr("There is no coding at the cursor to change."));
    if (!tree.find(codeId))
        return Status::failure(tr("Choose a code first."));
    Coding changed;
    for (const Coding& c : view->codings())
        changed = c.id == id ? c : changed;
    if (changed.codeId == codeId)
        return {};
    changed.id = 0;
    changed.uuid.clear();
    changed.codeId = codeId;
    const Status s = m_window.project()->editKept(
        tr("Change coding to \"%1\"").arg(tree.path(codeId)),
        [id, changed, seen = m_window.workbench()->shownHash()](Editor& e) -> Status {
            if (Status removed = removeCoding(e, id); !removed)
                return removed;
            return Status::from(addCoding(e, changed, seen));
        });
    if (s)
        m_window.statusBar()->showMessage(tr("Coding changed to %1").arg(tree.path(codeId)), 3000);
    return s;
}

Status KeyboardCoding::removeCodingAtCursor() {
    const qint64 id = m_window.documentView()->codingAtCursor();
    if (id == 0)
        return Status::failure(tr("There is no coding at the cursor to remove."));
    return m_coding.removeCoding(id);
}

Status KeyboardCoding::toggleKeyQuoteAtCursor() {
    DocumentView* view = m_window.documentView();
    const qint64 id = view->codingAtCursor();
    if (id == 0)
        return Status::failure(tr("There is no coding at the cursor to mark as a key quote."));
    return m_coding.setKeyQuote(id, !view->isKeyQuote(id));
}

Status KeyboardCoding::goToAdjacentCoding(bool forward) {
    DocumentView* view = m_window.documentView();
    const qint64 id = view->adjacentCoding(forward);
    if (id == 0) {
        m_window.statusBar()->showMessage(
            forward ? tr("No coding after the cursor") : tr("No coding before the cursor"), 3000);
        return {};
    }
    view->goToCoding(id);
    view->setFocus();
    return {};
}

} // namespace situate

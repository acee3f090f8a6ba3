// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/transcriptediting.h"

#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/commands/textedits.h"
#include "core/project.h"
#include "ui/common/widgets.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workbench.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>

namespace situate {

namespace {

// Keys typed further apart than this start a new undo step.
constexpr qint64 burstGapMs = 3000;
// How many removed codings the question names before it only counts the rest.
constexpr int namedRemovals = 5;

} // namespace

TranscriptEditing::TranscriptEditing(MainWindow& window, QMenu* editMenu)
    : QObject(&window)
    , m_window(window) {
    m_toggle = editMenu->addAction(tr("&Edit Transcript Text"));
    m_toggle->setObjectName(QStringLiteral("editTextAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_toggle->setStatusTip(tr("Correct the transcript's words; codings follow the text"));
    connect(m_toggle, &QAction::toggled, this, &TranscriptEditing::setEditing);

    QHBoxLayout* layout = nullptr;
    m_bar = tintedBar(QStringLiteral("editTextBar"), QColor(250, 236, 170), &layout);
    layout->addWidget(
        new QLabel(tr("Editing the transcript: each change is saved at once and codings follow "
                      "the text. Undo takes back a burst of typing at a time.")),
        1);
    QPushButton* done = namedButton(QStringLiteral("editTextDoneButton"), tr("Done Editing"));
    layout->addWidget(done);
    connect(done, &QPushButton::clicked, m_toggle, [this] { m_toggle->setChecked(false); });
    window.workbench()->addAboveTranscript(m_bar);

    window.documentView()->setTextEditHandler(
        [this](const Replacement& edit, bool typing) { return save(edit, typing); });
}

void TranscriptEditing::projectChanged() {
    m_toggle->setChecked(false);
    m_toggle->setEnabled(m_window.project() != nullptr);
    m_burst = {};
}

void TranscriptEditing::setEditing(bool on) {
    if (on) {
        const Project* p = m_window.project();
        const Result<bool> allowed = p ? p->storage().mayEditDocuments() : Result<bool>(false);
        if (!allowed || !*allowed) {
            m_toggle->setChecked(false);
            if (!allowed)
                m_window.showReadFailure(Status::from(allowed));
            else if (p)
                m_window.showMessage(tr("Only the project's owners can edit transcripts on this "
                                        "server. Ask an owner to correct the text, or to make "
                                        "you an owner."));
            return;
        }
    }
    m_burst.serial++; // whatever comes next is a new step
    m_window.documentView()->setEditMode(on);
    m_bar->setVisible(on);
    if (on)
        m_window.documentView()->setFocus();
}

bool TranscriptEditing::confirmRemoval(const TextEditReport& preview) {
    const Project* p = m_window.project();
    const QString text = p->storage().documentText(m_window.documentView()->documentId());
    const OffsetMap map(text);
    QStringList lines;
    for (qint64 id : preview.removedCodings) {
        if (lines.size() == namedRemovals)
            break;
        const std::optional<Coding> c = p->storage().coding(id);
        if (!c)
            continue;
        const Code* code = m_window.workbench()->tree().find(c->codeId);
        QString words = map.slice(text, c->start, c->end).simplified();
        if (words.size() > 60)
            words = words.left(57) + QStringLiteral("…");
        lines << tr("• %1: “%2”").arg(code ? code->name : tr("(a code)"), words);
    }
    const qsizetype more = preview.removedCodings.size() - lines.size();
    if (more > 0)
        lines << tr("• and %n more", nullptr, int(more));
    return m_window.confirm(
        tr("Deleting this text removes %n coding(s) that lie wholly inside it:", nullptr,
           int(preview.removedCodings.size())) +
        QStringLiteral("\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
        tr("Delete it anyway? Undo brings the text and the codings back."));
}

bool TranscriptEditing::save(const Replacement& edit, bool typing) {
    Project* p = m_window.project();
    DocumentView* view = m_window.documentView();
    const qint64 document = view->documentId();
    if (!p || document == 0)
        return false;
    // Only a deletion can leave a coding with nothing in it (a replacement keeps its text).
    if (edit.text.isEmpty()) {
        const Result<TextEditReport> preview = previewTextEdit(p->storage(), document, {edit});
        if (!preview) {
            m_window.showFailure(Status::from(preview));
            return false;
        }
        if (!preview->removedCodings.isEmpty()) {
            if (!confirmRemoval(*preview))
                return false;
            typing = false; // a step of its own, so undo names it
        }
    }
    const bool joins = typing && m_burst.document == document &&
                       m_burst.undoIndex == p->undoStack()->index() && m_burst.since.isValid() &&
                       m_burst.since.elapsed() < burstGapMs &&
                       (edit.start == m_burst.point || edit.end == m_burst.point);
    if (!joins)
        m_burst.serial++;
    TextEditOptions options;
    options.who = m_window.currentCoder().isEmpty() ? systemUserName() : m_window.currentCoder();
    options.continueHistory = joins ? m_burst.history : 0;
    options.seenHash = m_window.workbench()->shownHash();
    const QString name = typing ? tr("Typing in the transcript") : tr("Edit of the transcript");
    const Result<TextEditReport> done = p->editFor<TextEditReport>(
        name,
        [&](Editor& e) -> Result<TextEditReport> {
            return editDocumentText(e, document, {edit}, options);
        },
        typing ? QStringLiteral("typing %1 %2").arg(document).arg(m_burst.serial) : QString());
    if (!done) {
        m_burst = {};
        m_window.showFailure(Status::from(done));
        return false;
    }
    if (typing) {
        m_burst.document = document;
        m_burst.undoIndex = p->undoStack()->index();
        m_burst.history = done->historyId;
        m_burst.point = edit.start + edit.length();
        m_burst.since.start();
    } else {
        m_burst.document = 0;
    }
    return true;
}

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
// The coding actions of the main window: each is one command on the project's undo stack.
#include "ui/mainwindow/mainwindow.h"

#include "core/commands/commands.h"
#include "core/project.h"
#include "core/text.h"
#include "ui/codebook/codebookpanel.h"
#include "ui/documentview/documentview.h"

#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>

#include <memory>

namespace situate {

namespace {

Status noProject() {
    return Status::failure(QObject::tr("Open a project first."));
}

} // namespace

qint64 MainWindow::ensureCurrentCoderId() {
    return m_project ? m_project->storage().coderIdByName(m_coder).value_or(0) : 0;
}

Status MainWindow::codeSelection(qint64 codeId) {
    if (!m_project)
        return noProject();
    const auto [start, end] = m_view->selectedRange();
    if (m_view->documentId() == 0 || end <= start)
        return Status::failure(tr("Select some text in the transcript first."));
    const Code* code = m_tree.find(codeId);
    if (!code)
        return Status::failure(tr("Choose a code first."));
    // A kept edit is sent later (Project::editKept): it holds copies of what it uses.
    const qint64 documentId = m_view->documentId();
    Status s = m_project->editKept(
        tr("Code \"%1\"").arg(code->name),
        [coderName = m_coder, documentId, codeId, start, end](Editor& e) -> Status {
            Result<qint64> coder = ensureCoder(e, coderName);
            if (!coder)
                return Status::from(coder);
            Coding c;
            c.documentId = documentId;
            c.codeId = codeId;
            c.coderId = *coder;
            c.start = start;
            c.end = end;
            return Status::from(addCoding(e, c));
        });
    if (s || s.kind() == ErrorKind::Kept) {
        rememberRecentCode(codeId);
        // Clear the selection so a second click on a code does not code it twice (nor
        // queue it twice while the server is away).
        QTextCursor cursor = m_view->textCursor();
        cursor.clearSelection();
        m_view->setTextCursor(cursor);
        statusBar()->showMessage(
            s ? tr("Coded with %1").arg(m_tree.path(codeId))
              : tr("Coding with %1 waits for the server (see above)").arg(m_tree.path(codeId)),
            3000);
    }
    return s;
}

Status MainWindow::codeInVivo() {
    if (!m_project)
        return noProject();
    const auto [start, end] = m_view->selectedRange();
    if (m_view->documentId() == 0 || end <= start)
        return Status::failure(tr("Select the words to use as the code's name."));
    const OffsetMap map(m_view->documentText());
    QString name = map.slice(m_view->documentText(), start, end).simplified();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    if (name.size() > 60)
        name = name.left(57) + QStringLiteral("…");
    if (name.isEmpty())
        return Status::failure(tr("The selection has no words to name a code."));
    auto newCode = std::make_shared<qint64>(0);
    const qint64 documentId = m_view->documentId();
    Status s = m_project->editKept(
        tr("Code in vivo \"%1\"").arg(name),
        [newCode, name, coderName = m_coder, documentId, start, end](Editor& e) -> Status {
            Code c;
            c.name = name;
            c.parentId = 0;
            Result<qint64> id = createCode(e, c);
            if (!id)
                return Status::from(id);
            *newCode = *id;
            Result<qint64> coder = ensureCoder(e, coderName);
            if (!coder)
                return Status::from(coder);
            Coding coding;
            coding.documentId = documentId;
            coding.codeId = *id;
            coding.coderId = *coder;
            coding.start = start;
            coding.end = end;
            return Status::from(addCoding(e, coding));
        });
    if (s) {
        rememberRecentCode(*newCode);
        m_codebook->setCurrentCode(*newCode);
    }
    return s;
}

Status MainWindow::removeCoding(qint64 codingId) {
    if (!m_project)
        return noProject();
    return m_project->editKept(
        tr("Remove coding"), [codingId](Editor& e) { return situate::removeCoding(e, codingId); });
}

Status MainWindow::setCodingMemo(qint64 codingId, const QString& memo) {
    if (!m_project)
        return noProject();
    return m_project->editKept(tr("Edit coding memo"), [codingId, memo](Editor& e) {
        return situate::setCodingMemo(e, codingId, memo);
    });
}

Status MainWindow::resizeCoding(qint64 codingId, qint64 start, qint64 end) {
    if (!m_project)
        return noProject();
    return m_project->editKept(tr("Resize coding"), [codingId, start, end](Editor& e) {
        return situate::resizeCoding(e, codingId, start, end);
    });
}

Status MainWindow::codeUnitAtCursor(bool turn) {
    if (m_view->documentId() == 0)
        return Status::failure(tr("Open a document first."));
    const qint64 cp = m_view->selectedRange().first;
    const auto [a, b] = turn ? m_view->turnAt(cp) : m_view->paragraphAt(cp);
    if (b <= a)
        return Status::failure(tr("There is no text there to code."));
    m_view->selectRange(a, b);
    return codeSelection(m_codebook->currentCode());
}

void MainWindow::setQuickKey(int key, qint64 codeId) {
    if (!m_project)
        return;
    QSettings settings;
    // One key per code and one code per key.
    for (auto it = m_quickKeys.begin(); it != m_quickKeys.end();) {
        if (it.value() == codeId || it.key() == key) {
            settings.remove(projectKey(QStringLiteral("quickKey%1").arg(it.key())));
            it = m_quickKeys.erase(it);
        } else {
            ++it;
        }
    }
    if (key >= 1 && key <= 9) {
        if (const Code* c = m_tree.find(codeId)) {
            m_quickKeys.insert(key, codeId);
            settings.setValue(projectKey(QStringLiteral("quickKey%1").arg(key)), c->uuid);
        }
    }
    refresh();
}

void MainWindow::rememberRecentCode(qint64 codeId) {
    m_recentCodes.removeAll(codeId);
    m_recentCodes.prepend(codeId);
    while (m_recentCodes.size() > 10)
        m_recentCodes.removeLast();
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentCodesMenu->clear();
    for (qint64 id : std::as_const(m_recentCodes)) {
        if (!m_tree.find(id))
            continue;
        m_recentCodesMenu->addAction(m_tree.path(id), this, [this, id] {
            if (Status s = codeSelection(id); !s)
                showFailure(s);
        });
    }
    m_recentCodesMenu->setEnabled(!m_recentCodesMenu->isEmpty());
}

void MainWindow::showDocumentContextMenu(qint64 cp, const QPoint& globalPos) {
    if (!m_project || m_view->documentId() == 0)
        return;
    QMenu menu(this);
    const auto [start, end] = m_view->selectedRange();
    const qint64 current = m_codebook->currentCode();
    if (end > start) {
        if (current != 0)
            menu.addAction(tr("Code with \"%1\"").arg(m_tree.path(current)), this, [this, current] {
                if (Status s = codeSelection(current); !s)
                    showFailure(s);
            });
        if (!m_recentCodes.isEmpty())
            menu.addMenu(m_recentCodesMenu);
        menu.addAction(tr("Code in vivo"), this, [this] {
            if (Status s = codeInVivo(); !s)
                showFailure(s);
        });
        menu.addSeparator();
    }
    if (current != 0) {
        menu.addAction(tr("Code this speaker turn"), this, [this] {
            if (Status s = codeUnitAtCursor(true); !s)
                showFailure(s);
        });
        menu.addAction(tr("Code this paragraph"), this, [this] {
            if (Status s = codeUnitAtCursor(false); !s)
                showFailure(s);
        });
    }
    const QVector<Coding> here = m_view->codingsAt(cp);
    if (!here.isEmpty()) {
        menu.addSeparator();
        // The names the codings were drawn with (refreshCodings), read with them.
        const QHash<qint64, QString>& coders = m_view->coderNames();
        for (const Coding& c : here) {
            QMenu* sub =
                menu.addMenu(tr("%1 (%2)").arg(m_tree.path(c.codeId), coders.value(c.coderId)));
            sub->addAction(tr("Select"), this, [this, id = c.id] { m_view->selectCoding(id); });
            sub->addAction(tr("Memo…"), this, [this, id = c.id] { editCodingMemoDialog(id); });
            sub->addAction(tr("Resize…"), this, [this, id = c.id] { resizeCodingDialog(id); });
            if (end > start)
                sub->addAction(tr("Resize to selection"), this, [this, id = c.id, start, end] {
                    if (Status s = resizeCoding(id, start, end); !s)
                        showFailure(s);
                });
            sub->addSeparator();
            sub->addAction(tr("Remove coding"), this, [this, id = c.id] {
                if (Status s = removeCoding(id); !s)
                    showFailure(s);
            });
        }
    }
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

void MainWindow::autoCode(const QVector<SearchHit>& hits, SearchPanel::Scope scope) {
    if (!m_project)
        return;
    const qint64 codeId = m_codebook->currentCode();
    const Code* code = m_tree.find(codeId);
    if (!code) {
        showMessage(tr("Choose the code to apply in the codebook first."));
        return;
    }
    Status st = m_project->editKept(
        tr("Auto-code %1 hit(s) with \"%2\"").arg(hits.size()).arg(code->name),
        [hits, scope, codeId, coderName = m_coder](Editor& e) -> Status {
            const Storage& s = e.storage();
            Result<qint64> coder = ensureCoder(e, coderName);
            if (!coder)
                return Status::from(coder);
            QSet<QString> done;
            for (const SearchHit& h : hits) {
                qint64 a = h.start, b = h.end;
                const QString text = s.documentText(h.documentId);
                const OffsetMap map(text);
                const qsizetype ua = map.toUtf16(a), ub = map.toUtf16(b);
                if (scope == SearchPanel::Scope::Paragraph ||
                    scope == SearchPanel::Scope::Sentence) {
                    qsizetype pa = text.lastIndexOf(QLatin1Char('\n'), ua > 0 ? ua - 1 : 0);
                    pa = pa < 0 ? 0 : pa + 1;
                    if (ua == 0)
                        pa = 0;
                    qsizetype pb = text.indexOf(QLatin1Char('\n'), ub);
                    pb = pb < 0 ? text.size() : pb;
                    if (scope == SearchPanel::Scope::Sentence) {
                        // A sentence ends at . ! or ? followed by a space or the paragraph end.
                        static const QRegularExpression end(QStringLiteral("[.!?…](?=\\s|$)"));
                        qsizetype sa = pa;
                        auto it = end.globalMatch(text.mid(pa, ua - pa));
                        while (it.hasNext())
                            sa = pa + it.next().capturedEnd();
                        while (sa < ua && text.at(sa).isSpace())
                            ++sa;
                        const auto m = end.match(text.mid(ub, pb - ub));
                        pb = m.hasMatch() ? ub + m.capturedEnd() : pb;
                        pa = sa;
                    }
                    a = map.toCodePoint(pa);
                    b = map.toCodePoint(pb);
                } else if (scope == SearchPanel::Scope::Turn) {
                    const Result<QVector<SpeakerTurn>> turns = s.speakerTurns(h.documentId);
                    if (!turns)
                        return Status::from(turns);
                    for (const SpeakerTurn& t : *turns) {
                        if (t.start <= h.start && h.start < t.end) {
                            a = t.start;
                            b = t.end;
                        }
                    }
                }
                const QString key = QStringLiteral("%1:%2:%3").arg(h.documentId).arg(a).arg(b);
                if (b <= a || done.contains(key))
                    continue;
                done.insert(key);
                Coding c;
                c.documentId = h.documentId;
                c.codeId = codeId;
                c.coderId = *coder;
                c.start = a;
                c.end = b;
                if (Result<qint64> r = addCoding(e, c); !r)
                    return Status::from(r);
            }
            return {};
        });
    if (!st)
        showFailure(st);
    else
        rememberRecentCode(codeId);
}

} // namespace situate

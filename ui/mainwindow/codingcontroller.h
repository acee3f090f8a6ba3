// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/search.h"
#include "ui/search/searchpanel.h"

#include <QHash>
#include <QObject>
#include <QVector>

class QAction;
class QCheckBox;
class QComboBox;
class QMenu;
class QPoint;

namespace situate {

class MainWindow;
class Project;

/// Coding: the Coding menu and toolbar (who codes, whose codings are shown, blind mode),
/// clicking, dragging or quick-keying a code onto the selection, in vivo, whole turns and
/// paragraphs, recent codes, the transcript's context menu (memo, resize, remove) and
/// auto-coding search hits. Each coding edit is one undo step, as the current coder.
class CodingController : public QObject {
    Q_OBJECT
public:
    /// Adds the Coding menu and the toolbar, which starts with `undo` and `redo`.
    CodingController(MainWindow& window, QAction* undo, QAction* redo);

    /// Codes the transcript's selection with a code (one undo step).
    Status codeSelection(qint64 codeId);
    /// Creates a code named after the selection and codes the selection with it.
    Status codeInVivo();
    Status removeCoding(qint64 codingId);
    Status setCodingMemo(qint64 codingId, const QString& memo);
    /// Flags the coding as a key quote (`on`) or unflags it, one undo step.
    Status setKeyQuote(qint64 codingId, bool on);
    Status resizeCoding(qint64 codingId, qint64 start, qint64 end);
    /// Codes the speaker turn (or paragraph) around the cursor with the current code.
    Status codeUnitAtCursor(bool turn);

    /// Puts a code on a quick key 1-9 (one key per code, one code per key), kept per project.
    void setQuickKey(int key, qint64 codeId);
    const QHash<int, qint64>& quickKeys() const { return m_quickKeys; }
    /// A project was opened: its quick keys from the settings, and no recent codes yet.
    void loadProjectSettings();

    /// The coder boxes of the toolbar, from the project's coders.
    Status refreshCoderBoxes();
    /// Ticks the Blind box (without acting on it).
    void showBlind(bool blind);
    void rebuildRecentMenu();

private:
    Project* project() const;
    void createToolBar(QAction* undo, QAction* redo, QAction* codeCurrent, QAction* inVivo);
    void connectViews();
    /// Runs a coding edit and shows its failure.
    void act(const Status& outcome);
    void rememberRecentCode(qint64 codeId);
    void showContextMenu(qint64 cp, const QPoint& globalPos);
    void autoCode(const QVector<SearchHit>& hits, SearchPanel::Scope scope);
    void editCodingMemoDialog(qint64 codingId);
    void resizeCodingDialog(qint64 codingId);

    MainWindow& m_window;
    QComboBox* m_coderBox = nullptr;
    QComboBox* m_shownBox = nullptr;
    QCheckBox* m_blindBox = nullptr;
    QMenu* m_recentCodesMenu = nullptr;
    QVector<qint64> m_recentCodes;
    QHash<int, qint64> m_quickKeys;
};

} // namespace situate

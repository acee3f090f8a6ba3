// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>

class QMenu;

namespace situate {

class CodeWithPopup;
class CodingController;
class MainWindow;

/// The coding loop without a mouse, as actions of the Coding menu: Code With… (a searchable
/// popup, Enter codes the selection through CodingController::codeSelection), Change Coding…
/// (the same popup, for the coding under the caret), Remove Coding (Delete in the transcript)
/// Key Quote (Ctrl+Shift+K, the star on the coding under the caret) and Next and Previous
/// Coding (F8, Shift+F8), which put the caret at a coding's start.
class KeyboardCoding : public QObject {
    Q_OBJECT
public:
    KeyboardCoding(MainWindow& window, CodingController& coding, QMenu* menu);

    CodeWithPopup* popup() const { return m_popup; }
    /// Gives the coding under the caret another code (one undo step); it keeps its coder,
    /// ends and memo.
    Status changeCodingAtCursor(qint64 codeId);
    Status removeCodingAtCursor();
    /// Flags the coding under the caret as a key quote, or unflags it (one undo step).
    Status toggleKeyQuoteAtCursor();
    Status goToAdjacentCoding(bool forward);

private:
    void openPopup(bool change);
    void show(const Status& outcome);

    MainWindow& m_window;
    CodingController& m_coding;
    CodeWithPopup* m_popup = nullptr;
    bool m_changing = false; // the popup is open for Change Coding
};

} // namespace situate

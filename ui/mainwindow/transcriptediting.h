// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/reanchor.h"

#include <QElapsedTimer>
#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace situate {

class MainWindow;
class Project;
struct TextEditReport;

/// Editing the transcript in the document view: the Edit Transcript toggle (off by
/// default; a tinted view and a bar above it say when it is on), and saving each change the
/// user makes as the project's edit (core/commands/textedits.h moves the codings by the
/// re-anchoring rule). A burst of typing (keys typed or deleted next to each other, each
/// within a few seconds of the last) is one undo step; a paste, a cut, typing over a
/// selection and a deletion that removes codings are one step each. Before a change removes
/// codings the user is told which ones and asked. On a team server only owners edit texts.
class TranscriptEditing : public QObject {
    Q_OBJECT
public:
    TranscriptEditing(MainWindow& window, QMenu* editMenu);
    QAction* toggleAction() const { return m_toggle; }
    /// A project was opened (or closed): editing ends.
    void projectChanged();

private:
    void setEditing(bool on);
    bool save(const Replacement& edit, bool typing);
    /// Asks before an edit removes codings; true to go ahead.
    bool confirmRemoval(const TextEditReport& preview);

    MainWindow& m_window;
    QAction* m_toggle = nullptr;
    QWidget* m_bar = nullptr;
    // The burst of typing that the next key may join: which document and undo step, its
    // history row, where the last key left the text and when.
    struct Burst {
        qint64 document = 0;
        int undoIndex = -1;
        qint64 history = 0;
        qint64 point = -1;
        QElapsedTimer since;
        int serial = 0;
    } m_burst;
};

} // namespace situate

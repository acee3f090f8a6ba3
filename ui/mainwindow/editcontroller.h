// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QObject>
#include <QVector>

#include <functional>

class QAction;
class QMenu;

namespace situate {

class DocumentHistoryDialog;
class Editor;
class MainWindow;
class Project;
class ReplaceDialog;
class TranscriptEditing;

/// The Edit menu (undo and redo, find, search, preferences) and the edits the panels ask
/// for: codes (new, delete, merge, move, details), cases and attributes, research questions,
/// document memos and removal. Each edit is one undo step.
class EditController : public QObject {
    Q_OBJECT
public:
    explicit EditController(MainWindow& window);

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    TranscriptEditing* transcriptEditing() const { return m_transcript; }
    /// The Edit menu, for the areas that add their entries to it.
    QMenu* menu() const { return m_menu; }
    /// Undo and redo follow this project's undo stack.
    void setProject(Project* project);

private:
    Project* project() const;
    void connectPanels();
    void newCode(qint64 parentId);
    void deleteCode(qint64 codeId);
    void mergeCode(qint64 codeId);
    void mergeInto(qint64 codeId, qint64 targetId);
    void moveCode(qint64 codeId, qint64 parentId);
    void applyCodeDetails(const Code& code, const QVector<qint64>& questionIds);
    void editAttribute(qint64 attributeId, qint64 ownerId, const QString& value);
    void addCase();
    void addAttribute(AttributeScope scope);
    void addQuestion();
    void editQuestion(qint64 questionId);
    void removeDocument(qint64 documentId);
    /// An edit that takes codings with it only when `edit` is told to `force`: first made
    /// without; when the command refuses for the codings, the user is asked `question` and on
    /// yes it is made again with them (one undo step brings them back).
    void editAskingToForce(const QString& text, const QString& question,
                           const std::function<Status(Editor&, bool force)>& edit);
    void editDocumentMemo(qint64 documentId);
    void showPreferences();
    /// Find and replace in the open document or every document (ReplaceDialog).
    void showReplace();
    /// The history of a document's text edits (DocumentHistoryDialog); 0: the open document.
    void showHistory(qint64 documentId);
    void applyPreferences();

    MainWindow& m_window;
    QMenu* m_menu;
    QAction* m_undo;
    QAction* m_redo;
    ReplaceDialog* m_replace = nullptr;
    TranscriptEditing* m_transcript = nullptr;
    DocumentHistoryDialog* m_history = nullptr;
};

} // namespace situate

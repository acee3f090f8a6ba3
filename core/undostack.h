// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace situate {

/// One undoable step. Core's own, not Qt's QUndoCommand: Qt 6 keeps that in Qt Gui, whose
/// 27 libraries every `situate-cli` command would otherwise load (about 14 ms of each
/// start; tests/bench/README.md, "A command line without Qt Gui").
class UndoCommand {
public:
    explicit UndoCommand(QString text)
        : m_text(std::move(text)) {}
    virtual ~UndoCommand() = default;
    UndoCommand(const UndoCommand&) = delete;
    UndoCommand& operator=(const UndoCommand&) = delete;

    virtual void undo() = 0;
    virtual void redo() = 0;
    /// Steps with the same id other than -1 may merge (mergeWith) when pushed in a row.
    virtual int id() const { return -1; }
    /// Takes in `later`, pushed right after this step; false keeps them apart.
    virtual bool mergeWith(const UndoCommand* later) {
        Q_UNUSED(later);
        return false;
    }
    QString text() const { return m_text; }
    /// A step whose undo or redo failed marks itself obsolete, and the stack drops it.
    void setObsolete(bool obsolete) { m_obsolete = obsolete; }
    bool isObsolete() const { return m_obsolete; }

private:
    QString m_text;
    bool m_obsolete = false;
};

/// The steps of a project, oldest first, and the index of the next one to redo.
class UndoStack : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~UndoStack() override;

    /// Runs the step's redo(), then keeps it above index(): the steps that were undone are
    /// dropped, and a step with the same id() as the one below it may merge into it.
    void push(UndoCommand* command);
    void undo();
    void redo();
    void clear();

    int count() const { return int(m_steps.size()); }
    int index() const { return m_index; }
    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < count(); }
    QString text(int index) const;
    QString undoText() const { return canUndo() ? text(m_index - 1) : QString(); }
    QString redoText() const { return canRedo() ? text(m_index) : QString(); }

signals:
    /// After every push, undo, redo and clear.
    void indexChanged(int index);

private:
    void setIndex(int index);
    std::vector<std::unique_ptr<UndoCommand>> m_steps;
    int m_index = 0;
};

} // namespace situate

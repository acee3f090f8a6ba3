// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/undostack.h"

namespace situate {

UndoStack::~UndoStack() = default;

void UndoStack::push(UndoCommand* command) {
    std::unique_ptr<UndoCommand> step(command);
    if (!step->isObsolete())
        step->redo();
    m_steps.resize(size_t(m_index)); // what was undone cannot be redone after a new step
    UndoCommand* below = m_index > 0 ? m_steps[size_t(m_index - 1)].get() : nullptr;
    if (below && below->id() != -1 && below->id() == step->id() && below->mergeWith(step.get())) {
        if (below->isObsolete()) {
            m_steps.pop_back();
            setIndex(m_index - 1);
        } else {
            emit indexChanged(m_index);
        }
        return;
    }
    if (step->isObsolete())
        return;
    m_steps.push_back(std::move(step));
    setIndex(m_index + 1);
}

void UndoStack::undo() {
    if (!canUndo())
        return;
    const int at = m_index - 1;
    UndoCommand* step = m_steps[size_t(at)].get();
    if (!step->isObsolete())
        step->undo();
    if (step->isObsolete())
        m_steps.erase(m_steps.begin() + at);
    setIndex(at);
}

void UndoStack::redo() {
    if (!canRedo())
        return;
    const int at = m_index;
    UndoCommand* step = m_steps[size_t(at)].get();
    if (!step->isObsolete())
        step->redo();
    if (step->isObsolete()) {
        m_steps.erase(m_steps.begin() + at);
        emit indexChanged(m_index); // the index stays; the step above it changed
    } else {
        setIndex(at + 1);
    }
}

void UndoStack::clear() {
    m_steps.clear();
    setIndex(0);
}

QString UndoStack::text(int index) const {
    return index >= 0 && index < count() ? m_steps[size_t(index)]->text() : QString();
}

void UndoStack::setIndex(int index) {
    m_index = index;
    emit indexChanged(index);
}

} // namespace situate

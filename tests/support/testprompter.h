// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/prompter.h"

#include <QStringList>

namespace situate::test {

/// The main window's prompter in tests: nothing modal, every message kept to check, every
/// question answered as the test says. Give it to the window: `MainWindow w(prompter)`.
class TestPrompter : public Prompter {
public:
    /// Each message, and each report with its lines joined by newlines.
    QStringList messages;
    /// Each question confirm() was asked, and what it answers (yes unless the test says no).
    QStringList questions;
    bool answer = true;
    /// Each password prompt, and the password given (empty: the user gives up).
    QStringList passwordPrompts;
    QString passwordAnswer;
    /// The names the file dialogs answer, first one first (none left: the user cancels). An
    /// answer of several files is one entry with the names separated by newlines.
    QStringList fileAnswers;

    void message(QWidget* parent, const QString& text) override;
    void report(QWidget* parent, const QString& title, const QStringList& lines) override;
    bool confirm(QWidget* parent, const QString& question) override;
    QString password(QWidget* parent, const QString& prompt) override;
    QStringList files(QWidget* parent, const FileQuestion& question) override;
};

} // namespace situate::test

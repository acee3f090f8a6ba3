// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace situate {

/// Every question the main window asks its user and every message it shows goes through
/// this: `DialogPrompter` asks with modal dialogs, tests give one that answers and records.
/// `parent` is the window the dialog belongs to. An empty answer means the user gave up.
class Prompter {
public:
    virtual ~Prompter() = default;

    /// A warning or an outcome to read (an error, what an import found).
    virtual void message(QWidget* parent, const QString& text) = 0;
    /// A longer read-only report, one line each (what a REFI-QDA import brought in).
    virtual void report(QWidget* parent, const QString& title, const QStringList& lines) = 0;
    /// A yes/no question; true for yes.
    virtual bool confirm(QWidget* parent, const QString& question) = 0;
    /// A password, shown as dots and never stored; empty to give up.
    virtual QString password(QWidget* parent, const QString& prompt) = 0;

    /// An existing file to read; `filter` as QFileDialog takes it ("CSV sheets (*.csv)").
    QString openFileName(QWidget* parent, const QString& title, const QString& filter);
    /// Existing files to read.
    QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter);
    /// A folder to read.
    QString existingFolder(QWidget* parent, const QString& title);
    /// A file to write, starting at `suggested`.
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                         const QString& filter);

    /// What a file dialog asks for; the four functions above put it so.
    struct FileQuestion {
        enum class Kind { Open, OpenMany, Folder, Save };
        Kind kind = Kind::Open;
        QString title;
        QString suggested;
        QString filter;
    };
    /// The names the user chose for `question` (one at the most unless OpenMany); none to
    /// give up.
    virtual QStringList files(QWidget* parent, const FileQuestion& question) = 0;
};

/// The prompter of the application: message boxes, input and file dialogs.
class DialogPrompter : public Prompter {
public:
    void message(QWidget* parent, const QString& text) override;
    void report(QWidget* parent, const QString& title, const QStringList& lines) override;
    bool confirm(QWidget* parent, const QString& question) override;
    QString password(QWidget* parent, const QString& prompt) override;
    QStringList files(QWidget* parent, const FileQuestion& question) override;
};

} // namespace situate

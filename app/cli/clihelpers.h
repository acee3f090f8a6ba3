// SPDX-License-Identifier: GPL-3.0-or-later
// What the command handlers share: opening PROJECT, reading a sheet, running an edit and
// writing a file, each with the one message and exit code every command uses for it.
#pragma once

#include "app/cli/cliargs.h"
#include "core/io/sheetfile.h"
#include "core/project.h"

#include <QFileInfo>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>

namespace situate::cli {

/// The project named by the first positional argument, opened; null after printing why on
/// stderr (the caller then returns kFailure).
std::unique_ptr<Project> openProject(const Args& a);

/// The id of the document named `name`; nullopt after printing on stderr that there is none
/// (the caller then returns kFailure).
std::optional<qint64> documentNamed(const Project& p, const QString& name);

/// A command's `PROJECT DOCUMENT`: the project opened and the document's id; a null project
/// after printing why (the caller then returns kFailure).
struct ProjectDocument {
    std::unique_ptr<Project> project;
    qint64 document = 0;
};
ProjectDocument openDocument(const Args& a);

/// Runs `change` as one undoable step named `label`. On success prints `done` on stdout and
/// returns 0; otherwise prints the error and returns kFailure.
int editAndReport(Project& p, const QString& label, const std::function<Status(Editor&)>& change,
                  const QString& done);
/// The same, with the message made after the change (from what it found out).
int editAndReport(Project& p, const QString& label, const std::function<Status(Editor&)>& change,
                  const std::function<QString()>& done);

/// Prints "wrote WHAT to NAME", NAME being the file name of `path`.
void reportWritten(const QString& what, const QString& path);
/// Saves `bytes` to `path` (atomically) and reports it; kFailure after printing the error.
int saveAndReport(const QString& path, const QByteArray& bytes, const QString& what);
/// The same for bytes that may have failed to be made: kFailure after printing why.
int saveAndReport(const QString& path, const Result<QByteArray>& bytes, const QString& what);
/// Writes `bytes` to --output as saveAndReport() does, or to stdout when there is none.
int writeOutput(const Args& a, const QByteArray& bytes, const QString& what);

/// `text` with its %1, %2... filled in with `counts`, in order.
QString withCounts(QString text, std::initializer_list<qint64> counts);

/// `PROJECT SHEET.csv` commands: opens the project, reads the sheet and runs `import` on it
/// (with the sheet's file name, for messages) as one undoable step named `label`, then
/// prints `summary` of its report.
template <typename Report>
int importSheet(
    const Args& a, const QString& label,
    const std::function<Result<Report>(Editor&, const csv::Table&, const QString&)>& import,
    const std::function<QString(const Report&)>& summary) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    auto table = readSheetFile(a.positional[1]);
    if (!table)
        return fail(table.error());
    Report report;
    const QString file = QFileInfo(a.positional[1]).fileName();
    return editAndReport(
        *p, label,
        [&](Editor& e) -> Status {
            auto r = import(e, *table, file);
            if (!r)
                return Status::failure(r.error());
            report = *r;
            return {};
        },
        [&] { return summary(report); });
}

} // namespace situate::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace situate {

class Project;
class Storage;

namespace refi {

/// What an export writes and what REFI-QDA cannot hold, shown to the user before writing
/// (REFI-QDA asks vendors to warn about data loss).
struct ExportPlan {
    QStringList losses;      // lost in the export
    QStringList adaptations; // written in a Situate form that other tools show as plain text
    int documents = 0;
    int codes = 0;
    int cases = 0;
    int variables = 0;
    int coders = 0;
    int codings = 0;
    int questions = 0; // written as sets of codes
    int notes = 0;     // memos and coding memos
};

/// The plan for a .qdpx export of the project.
Result<ExportPlan> planProjectExport(const Project& project);
/// The plan for a .qdc export of the project's codebook.
Result<ExportPlan> planCodebookExport(const Project& project);

/// The project.qde XML (namespace urn:QDA-XML:project:1.0, valid against Project.xsd).
Result<QByteArray> projectXml(const Project& project);
/// The .qdc XML (namespace urn:QDA-XML:codebook:1.0, valid against Codebook.xsd); fails
/// when the project has no codes, which a codebook file cannot be without.
Result<QByteArray> codebookXml(const Project& project);

/// Writes a .qdpx (project.qde and sources/<guid>.txt: UTF-8, LF, no BOM) atomically;
/// returns the plan it followed.
Result<ExportPlan> exportProject(const Project& project, const QString& path);
/// Progress of an export: `done` of `total` steps (the project's XML, then each document's
/// text); return false to stop: the export then fails with "cancelled" and writes nothing.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;
/// The same from a connection of the caller's (a worker's read-only one: Project::
/// readOnlyOpener), told its progress.
Result<ExportPlan> exportProject(const Storage& storage, const QString& projectName,
                                 const QString& path, const ExportProgress& progress = {});
/// Writes a .qdc codebook atomically; returns the plan it followed.
Result<ExportPlan> exportCodebook(const Project& project, const QString& path);
/// The same from a connection of the caller's, asked once before the file is written whether
/// to go on.
Result<ExportPlan> exportCodebook(const Storage& storage, const QString& projectName,
                                  const QString& path, const ExportProgress& progress = {});

} // namespace refi
} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace situate {
class Project;
class Storage;
} // namespace situate

namespace situate::test {

/// The demo project (7 CoPs, 14 documents, 46 codes, 178 codings by Aisha and Ben), built
/// afresh in a temporary folder and opened as the application opens it.
struct DemoProject {
    DemoProject();
    ~DemoProject();

    QTemporaryDir dir;
    QString path; ///< the demo's file
    std::unique_ptr<Project> project;

    const Storage& storage() const;
    /// The id of the code at `path` ("Mechanisms/Psychological safety").
    qint64 codeId(const QString& path) const;
};

/// The id of the code at `path` in the project; fails the test if there is none.
qint64 codeIdByPath(const Storage& storage, const QString& path);

/// Codings of `codeId` in the documents of `caseId`, counted straight from the codings (what
/// a view's count per case must agree with).
qint64 codingsInCase(const Storage& storage, qint64 codeId, qint64 caseId);

} // namespace situate::test

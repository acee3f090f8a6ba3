// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the backup and recovery tests (test_reliability*.cpp, and
// cli/test_cli_reliability.cpp for what it prepares through the core API): open a project, add a
// code in one edit, read a project's code names without touching the file.

#include "core/commands/commands.h"
#include "core/project.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace situate::reliabilitytest {

inline std::unique_ptr<Project> mustOpen(const QString& path,
                                         Project::Backup backup = Project::Backup::Take) {
    auto p = Project::open(path, backup);
    INFO(p.error().toStdString());
    REQUIRE(p.ok());
    return p.take();
}

inline void addCode(Project& p, const QString& name) {
    Status s = p.edit(QStringLiteral("Add code"), [&](Editor& e) {
        Code c;
        c.name = name;
        return Status::from(createCode(e, c));
    });
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

// Code names of a project file or backup, read from a copy so the file itself is never
// touched.
inline QStringList codeNames(const QString& path) {
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.situate"));
    REQUIRE(QFile::copy(path, copy));
    auto p = mustOpen(copy, Project::Backup::Skip);
    QStringList names;
    for (const Code& c : p->storage().codes().value())
        names << c.name;
    names.sort();
    return names;
}

} // namespace situate::reliabilitytest

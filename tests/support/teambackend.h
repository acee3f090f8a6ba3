// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Team projects for tests: where a project lives (a file, or a fresh database on the test
// server), the demo put on the server, and team members with their roles.

#include "tests/support/pgtest.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace situate::test {

/// Where one run of a test keeps its project: a file, or a fresh database on the server. The
/// tests that hold on both engines run once per kind: `GENERATE("sqlite", "postgres")`.
struct Backend {
    QString kind;
    QTemporaryDir dir;
    std::unique_ptr<TempPgDatabase> pg;
    QString location;
};

/// Sets up `kind` ("sqlite" or "postgres"); false when this run has to skip (no server
/// configured; under CI that fails, see postgresOrSkip).
bool prepare(Backend& b, const QString& kind);

/// How the demo gets onto the server: with situate-cli (`demo`, then `publish`), as a user
/// would, or in this process (buildDemoProject, publishProject).
enum class Publisher { Cli, InProcess };

/// Builds the demo project at `file` (unless it is there already) and publishes it to `url`;
/// the test stops if either fails. Returns what `situate-cli publish` printed (nothing when
/// published in this process).
QByteArray publishDemo(const QString& file, const QString& url, Publisher by = Publisher::Cli);

/// The team project most server tests start from: the demo published to a fresh database on
/// the test server. Make it after postgresOrSkip(); `prepare` runs on the empty database
/// before the demo is published.
struct PublishedDemo {
    explicit PublishedDemo(Publisher by = Publisher::Cli,
                           const std::function<void(TempPgDatabase&)>& prepare = {});

    QTemporaryDir dir;
    TempPgDatabase db;
    QString file;         ///< the demo's file, as published
    QByteArray published; ///< what situate-cli publish printed
};

/// A team member: a login NAME (made by db.addLoginRole, so its name is DATABASE_NAME) with
/// `role` ("owner", "coder" or "viewer") in the project, granted with `situate-cli team
/// grant`. Returns the member's URL (no password in it: it is db.passwordFor(url)).
QString addMember(TempPgDatabase& db, const QString& name, const QString& password,
                  const QString& role);

} // namespace situate::test

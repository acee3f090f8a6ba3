// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/teambackend.h"

#include "core/demo/demobuilder.h"
#include "core/team/publish.h"
#include "tests/support/testsupport.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace situate::test {

bool prepare(Backend& b, const QString& kind) {
    b.kind = kind;
    if (kind == QLatin1String("sqlite")) {
        b.location = b.dir.filePath(QStringLiteral("study.situate"));
        return true;
    }
    if (!postgresOrSkip())
        return false;
    b.pg = std::make_unique<TempPgDatabase>();
    INFO(b.pg->error().toStdString());
    REQUIRE(b.pg->available());
    b.location = b.pg->url();
    return true;
}

QByteArray publishDemo(const QString& file, const QString& url, Publisher by) {
    if (by == Publisher::InProcess) {
        if (!QFile::exists(file))
            REQUIRE(buildDemoProject(file).ok());
        auto published = publishProject(file, url);
        INFO(published.error().toStdString());
        REQUIRE(published.ok());
        return {};
    }
    if (!QFile::exists(file))
        mustRun({QStringLiteral("demo"), file});
    return mustRun({QStringLiteral("publish"), file, url}).out;
}

PublishedDemo::PublishedDemo(Publisher by, const std::function<void(TempPgDatabase&)>& prepare) {
    INFO(db.error().toStdString());
    REQUIRE(db.available());
    if (prepare)
        prepare(db);
    file = dir.filePath(QStringLiteral("demo.situate"));
    published = publishDemo(file, db.url(), by);
}

QString addMember(TempPgDatabase& db, const QString& name, const QString& password,
                  const QString& role) {
    const QString url = db.addLoginRole(name, password);
    REQUIRE_FALSE(url.isEmpty());
    mustRun({QStringLiteral("team"), QStringLiteral("grant"), db.url(), role,
             db.name() + QLatin1Char('_') + name});
    return url;
}

} // namespace situate::test

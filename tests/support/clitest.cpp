// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/clitest.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <catch2/catch.hpp>

namespace situate::test {

QJsonObject cliJson(const QStringList& args) {
    const ProcessResult r = mustRun(args + QStringList{s("--format"), s("json")});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

QString cliDemo(QTemporaryDir& dir) {
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(s("demo.situate"));
    mustRun({s("demo"), path});
    return path;
}

const QString& sharedCliDemo() {
    static QTemporaryDir dir;
    static const QString path = cliDemo(dir);
    return path;
}

} // namespace situate::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/demoproject.h"

#include "core/codetree.h"
#include "core/demo/demobuilder.h"
#include "core/project.h"

#include <catch2/catch.hpp>

namespace situate::test {

DemoProject::DemoProject()
    : path(dir.filePath(QStringLiteral("demo.situate"))) {
    REQUIRE(dir.isValid());
    const Result<DemoReport> built = buildDemoProject(path);
    INFO(built.error().toStdString());
    REQUIRE(built.ok());
    auto opened = Project::open(path);
    REQUIRE(opened.ok());
    project = opened.take();
}

DemoProject::~DemoProject() = default;

const Storage& DemoProject::storage() const {
    return project->storage();
}

qint64 DemoProject::codeId(const QString& codePath) const {
    return codeIdByPath(storage(), codePath);
}

qint64 codeIdByPath(const Storage& storage, const QString& path) {
    const auto id = CodeTree(storage.codes().value()).idByPath(path);
    REQUIRE(id);
    return *id;
}

qint64 codingsInCase(const Storage& storage, qint64 codeId, qint64 caseId) {
    const QVector<qint64> docs = storage.documentsOfCase(caseId).value();
    qint64 n = 0;
    for (const Coding& c : storage.allCodings().value())
        n += c.codeId == codeId && docs.contains(c.documentId);
    return n;
}

} // namespace situate::test

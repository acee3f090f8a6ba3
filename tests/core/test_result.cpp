// SPDX-License-Identifier: GPL-3.0-or-later
// Core's error convention: a failure carries its message and its kind from where it is made
// to where it is shown, so that code decides by kind, never by words.
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/io/csv.h"
#include "core/project.h"
#include "core/result.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

using namespace situate;
using test::s;

namespace {

// Passes a failed status on as a Result<T> the way core now does: `return st;`.
Result<int> forwardStatus(const Status& st) {
    return st;
}

// A failed Result<U> passed on as a Result<T>: `return Status::from(r);`.
Result<QString> forwardResult(const Result<qint64>& r) {
    return Status::from(r);
}

} // namespace

TEST_CASE("A failed Status becomes a failed Result with the same message and kind") {
    for (ErrorKind kind : {ErrorKind::Other, ErrorKind::Invalid, ErrorKind::NotFound, ErrorKind::Io,
                           ErrorKind::Kept, ErrorKind::Refused, ErrorKind::Conflict,
                           ErrorKind::ConnectionLost, ErrorKind::Authentication}) {
        const Status st = Status::failure(s("the server went away"), kind);
        const Result<int> r = forwardStatus(st);
        CHECK_FALSE(r.ok());
        CHECK(r.error() == s("the server went away"));
        CHECK(r.kind() == kind);
        // And back again, unchanged.
        const Status back = Status::from(r);
        CHECK_FALSE(back.ok());
        CHECK(back.error() == st.error());
        CHECK(back.kind() == kind);
    }
    // Between results of different types, through Status::from.
    const Result<QString> other =
        forwardResult(Result<qint64>::failure(s("no such code"), ErrorKind::NotFound));
    CHECK_FALSE(other.ok());
    CHECK(other.error() == s("no such code"));
    CHECK(other.kind() == ErrorKind::NotFound);
    // Success passes through Status::from as success.
    CHECK(Status::from(Result<int>(3)).ok());
}

TEST_CASE("takeValue reads a run of results until the first failure, keeping it") {
    Status failed;
    int a = 0, b = 0, c = 0;
    const bool all =
        takeValue(Result<int>(1), a, &failed) &&
        takeValue(Result<int>::failure(s("cannot read"), ErrorKind::ConnectionLost), b, &failed) &&
        takeValue(Result<int>(3), c, &failed);
    CHECK_FALSE(all);
    CHECK(a == 1);
    CHECK(b == 0);
    CHECK(c == 0); // never asked
    CHECK(failed.error() == s("cannot read"));
    CHECK(failed.kind() == ErrorKind::ConnectionLost);
}

TEST_CASE("The value of a temporary Result is moved out, so iterating it does not dangle") {
    auto make = [] {
        return Result<QStringList>(QStringList{s("a"), s("b"), s("c")});
    };
    QStringList seen;
    for (const QString& x : *make())
        seen << x;
    CHECK(seen == QStringList{s("a"), s("b"), s("c")});
    CHECK(make().value().size() == 3);
    CHECK(make()->size() == 3);
}

TEST_CASE("Failures are made with the kind of their reason") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    // Io: a file that cannot be written (its folder does not exist) or read.
    const Status saved = csv::saveFile(dir.filePath(s("missing/folder/sheet.csv")), "a,b\r\n");
    CHECK_FALSE(saved.ok());
    CHECK(saved.kind() == ErrorKind::Io);
    const auto read = csv::readFile(dir.filePath(s("no-such-sheet.csv")));
    CHECK_FALSE(read.ok());
    CHECK(read.kind() == ErrorKind::Io);

    // Invalid: a malformed sheet.
    const auto parsed = csv::parse("path,colour\r\n\"never closed,#fff\r\n", s("codebook.csv"));
    CHECK_FALSE(parsed.ok());
    CHECK(parsed.kind() == ErrorKind::Invalid);
    const auto binary = csv::parse(QByteArray("a,b\0c", 5), s("codebook.csv"));
    CHECK_FALSE(binary.ok());
    CHECK(binary.kind() == ErrorKind::Invalid);

    // NotFound: a project file, a code, a row that is not there.
    auto missing = Project::open(dir.filePath(s("nowhere.situate")));
    CHECK_FALSE(missing.ok());
    CHECK(missing.kind() == ErrorKind::NotFound);

    const QString path = dir.filePath(s("study.situate"));
    auto created = Project::create(path);
    REQUIRE(created.ok());
    Project& p = **created;
    Result<Row> row = p.storage().readRow(s("codes"), 4711);
    CHECK_FALSE(row.ok());
    CHECK(row.kind() == ErrorKind::NotFound);
    const Status deleted = p.edit(s("Delete"), [](Editor& e) { return deleteCode(e, 4711, true); });
    CHECK_FALSE(deleted.ok());
    CHECK(deleted.kind() == ErrorKind::NotFound);
    // Invalid: an edit given bad input; the kind survives Project::edit.
    const Status unnamed = p.edit(s("Add"), [](Editor& e) {
        Code c;
        c.name = s("  ");
        return Status::from(createCode(e, c));
    });
    CHECK_FALSE(unnamed.ok());
    CHECK(unnamed.kind() == ErrorKind::Invalid);

    // A file project's editKept is edit(): nothing is ever kept.
    const Status notKept =
        p.editKept(s("Delete"), [](Editor& e) { return deleteCode(e, 4711, true); });
    CHECK(notKept.kind() == ErrorKind::NotFound);

    // The reads succeed on a healthy project, empty or not.
    CHECK(p.storage().codes().ok());
    CHECK(p.storage().documents().ok());
    CHECK(CodeTree::read(p.storage()).ok());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tests that run on both engines (test_team_storage.cpp, test_team_roles.cpp,
// test_team_keyquotes.cpp) and those that look at a server project from outside
// (test_cli_team_races.cpp).

#include "core/commands/commands.h"
#include "core/io/documentimport.h"
#include "core/location.h"
#include "core/project.h"
#include "core/storage/compactcolumns.h"
#include "core/storage/connections.h"
#include "core/team/teamroles.h"
#include "tests/support/pgtest.h"
#include "tests/support/teambackend.h"
#include "tests/support/testrows.h"
#include "tests/support/testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <memory>

namespace situate::teamtest {

using test::s;

// Where a run keeps its project, a file or a fresh database (tests/support/teambackend.h).
using test::Backend;
using test::prepare;

// Documents and codings built in one call (tests/support/testrows.h).
using test::addCodingAs;
using test::makeCoding;
using test::textDocument;

// Runs `sql` on the project at `location` (a file, or a server's URL with the password from
// PGPASSWORD) through a connection of the test's own, as another client would; the rows it
// returns, each as its values joined by '|' (NULL as "NULL"). A failing statement fails the
// test.
/// The rows of `sql` as "a|b|…" lines; with `table`, a coding's compact uuid and times in their
/// text form (core/storage/compactcolumns.h), so that a file's rows compare with a server's.
inline QStringList sqlRows(const QString& location, const QString& sql,
                           const QString& table = QString()) {
    const QString name = connections::newName("test");
    if (isServerLocation(location)) {
        auto l = dialect::parsePostgresUrl(location);
        REQUIRE(l.ok());
        REQUIRE(connections::openPostgres(name, *l).ok());
    } else {
        REQUIRE(connections::openSqlite(name, location).ok());
    }
    QStringList rows;
    QString error;
    {
        QSqlQuery q(QSqlDatabase::database(name, false));
        if (!q.exec(sql))
            error = q.lastError().text();
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.value(i).isNull()
                               ? s("NULL")
                               : compact::logical(table, q.record().fieldName(i), q.value(i))
                                     .toString());
            rows << values.join(QLatin1Char('|'));
        }
    }
    connections::remove(name);
    INFO(sql.toStdString());
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return rows;
}

// One edit of `p`: a document "interview" of `length` characters and the code "Mechanisms";
// their ids in *docId and *codeId.
inline void addDocumentAndCode(Project& p, int length, qint64* docId, qint64* codeId) {
    REQUIRE(p.edit(s("setup"), [&](Editor& e) -> Status {
                 auto d = addDocument(e, textDocument(s("interview"), QString(length, u'x')));
                 auto c = ensureCodePath(e, s("Mechanisms"));
                 if (!d || !c)
                     return Status::failure(!d ? d.error() : c.error());
                 *docId = *d;
                 *codeId = *c;
                 return {};
             }).ok());
}

// A project made at `location` (a file, or a Backend's location), with what
// addDocumentAndCode makes in it.
struct ProjectWithCode {
    std::unique_ptr<Project> project;
    qint64 docId = 0;
    qint64 codeId = 0;
};

inline ProjectWithCode createWithDocumentAndCode(const QString& location, int length) {
    auto created = Project::create(location);
    INFO(created.error().toStdString());
    REQUIRE(created.ok());
    ProjectWithCode made;
    made.project = created.take();
    addDocumentAndCode(*made.project, length, &made.docId, &made.codeId);
    return made;
}

// A member of the team on `b`'s server, in a session of their own: the login `login`
// (password `login` + "pw1"), granted `role` by `owner`; the coder they code as is named
// like the login (DATABASE_login).
struct Member {
    QString coder;
    std::unique_ptr<Project> project;
};

inline Member openAsMember(Backend& b, Storage& owner, const QString& login, TeamRole role) {
    const QString url = b.pg->addLoginRole(login, login + s("pw1"));
    REQUIRE_FALSE(url.isEmpty());
    Member m{b.pg->name() + s("_") + login, nullptr};
    REQUIRE(grantTeamRole(owner, role, m.coder).ok());
    auto opened = Project::open(url, Project::Backup::Skip, {b.pg->passwordFor(url)});
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    m.project = opened.take();
    return m;
}

// One edit of `p`: a coding of [start, start + 5) by `coder`; its id in *id.
inline Status codeAs(Project& p, const QString& coder, qint64 docId, qint64 codeId, qint64 start,
                     qint64* id) {
    return p.edit(s("code"), [&](Editor& e) -> Status {
        auto added = addCodingAs(e, coder, docId, codeId, start, start + 5);
        if (!added)
            return Status::failure(added.error());
        *id = *added;
        return {};
    });
}

// One line of a dump: its fields joined by spaces.
inline QString dumpLine(const QStringList& fields) {
    return fields.join(QLatin1Char(' '));
}

// Everything a user sees of a project, ids and uuids included, as text to compare.
inline QString dump(const Storage& st) {
    const auto n = [](qint64 v) {
        return QString::number(v);
    };
    QStringList out;
    for (const DocumentInfo& d : st.documents().value()) {
        QStringList cases;
        for (qint64 c : d.caseIds)
            cases << n(c);
        out << dumpLine({s("doc"), n(d.id), d.uuid, d.name, d.contentHash, n(d.length),
                         s("[%1]").arg(cases.join(QLatin1Char(',')))});
        for (const SpeakerTurn& t : st.speakerTurns(d.id).value())
            out << dumpLine({s("turn"), t.speaker, n(t.start), n(t.end)});
    }
    for (const Case& c : st.cases().value())
        out << dumpLine({s("case"), n(c.id), c.uuid, c.name, c.description});
    for (const Code& c : st.codes().value())
        out << dumpLine({s("code"), n(c.id), c.uuid, n(c.parentId), c.name, c.colour, c.definition,
                         n(c.sortOrder)});
    for (const Coder& c : st.coders().value())
        out << dumpLine({s("coder"), n(c.id), c.uuid, c.name});
    for (const ResearchQuestion& q : st.researchQuestions().value())
        out << dumpLine({s("rq"), n(q.id), q.uuid, q.code, q.text});
    for (const Coding& c : st.allCodings().value())
        out << dumpLine({s("coding"), n(c.id), c.uuid, s("d") + n(c.documentId),
                         s("c") + n(c.codeId), s("k") + n(c.coderId),
                         s("%1-%2").arg(c.start).arg(c.end), c.memo,
                         c.modified.toString(Qt::ISODateWithMs)});
    return out.join(QLatin1Char('\n'));
}

} // namespace situate::teamtest

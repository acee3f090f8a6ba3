// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tests that run on both engines (test_team_storage.cpp, test_team_roles.cpp)
// and those that look at a server project from outside (test_cli_team_races.cpp).

#include "core/commands/commands.h"
#include "core/io/documentimport.h"
#include "core/location.h"
#include "core/project.h"
#include "core/storage/connections.h"
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
inline QStringList sqlRows(const QString& location, const QString& sql) {
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
                values << (q.value(i).isNull() ? s("NULL") : q.value(i).toString());
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

// Everything a user sees of a project, ids and uuids included, as text to compare.
inline QString dump(const Storage& st) {
    QStringList out;
    for (const DocumentInfo& d : st.documents().value()) {
        QStringList cases;
        for (qint64 c : d.caseIds)
            cases << QString::number(c);
        out << s("doc %1 %2 %3 %4 %5 [%6]")
                   .arg(d.id)
                   .arg(d.uuid, d.name, d.contentHash)
                   .arg(d.length)
                   .arg(cases.join(QLatin1Char(',')));
        for (const SpeakerTurn& t : st.speakerTurns(d.id).value())
            out << s("turn %1 %2 %3").arg(t.speaker).arg(t.start).arg(t.end);
    }
    for (const Case& c : st.cases().value())
        out << s("case %1 %2 %3 %4").arg(c.id).arg(c.uuid, c.name, c.description);
    for (const Code& c : st.codes().value())
        out << s("code %1 %2 %3 %4 %5 %6 %7")
                   .arg(c.id)
                   .arg(c.uuid)
                   .arg(c.parentId)
                   .arg(c.name, c.colour, c.definition)
                   .arg(c.sortOrder);
    for (const Coder& c : st.coders().value())
        out << s("coder %1 %2 %3").arg(c.id).arg(c.uuid, c.name);
    for (const ResearchQuestion& q : st.researchQuestions().value())
        out << s("rq %1 %2 %3 %4").arg(q.id).arg(q.uuid, q.code, q.text);
    for (const Coding& c : st.allCodings().value())
        out << s("coding %1 %2 d%3 c%4 k%5 %6-%7 %8 %9")
                   .arg(c.id)
                   .arg(c.uuid)
                   .arg(c.documentId)
                   .arg(c.codeId)
                   .arg(c.coderId)
                   .arg(c.start)
                   .arg(c.end)
                   .arg(c.memo, c.modified.toString(Qt::ISODateWithMs));
    return out.join(QLatin1Char('\n'));
}

} // namespace situate::teamtest

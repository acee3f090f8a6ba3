// SPDX-License-Identifier: GPL-3.0-or-later
// Writes tests/fixtures/schema/vN.situate: a project file as Situate wrote it at each earlier
// schema version N, for test_migration. The schema comes from the steps in
// core/storage/schema.cpp, which are never edited once released, run up to version N; the
// rows are written with the SQL and the value forms of that version (uuids and times as
// text), one or more in every table. See tests/fixtures/schema/MAKE.md.
#include "core/commands/commands.h"
#include "core/storage/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <cstdio>
#include <tuple>
#include <vector>

using namespace situate;

namespace {

const char* const kFirstText = "Interviewer: How did the community of practice start?\n"
                               "Amina: We met every month 👩‍⚕️ and shared cases.\n"
                               "Interviewer: What changed?\n"
                               "Amina: Trust grew slowly, then quickly.";
const char* const kSecondText = "Ben: The regional hub made it possible. مرحبا 你好.\n"
                                "Interviewer: Any barriers?\n"
                                "Ben: Funding ended too early.";

bool exec(QSqlDatabase& db, const QString& sql, const QVariantList& binds = {}) {
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

bool fill(QSqlDatabase& db, int version) {
    const QString first = QString::fromUtf8(kFirstText), second = QString::fromUtf8(kSecondText);
    std::vector<const char*> sql = {
        "INSERT INTO project_info VALUES ('uuid', '3b0d3c1e-8a55-4d55-9c1b-5a0e2f6c7d01')",
        "INSERT INTO project_info VALUES ('created', '2025-02-03T04:05:06.789Z')",
        "INSERT INTO cases VALUES (1, 'a1c0de00-0000-4000-8000-000000000001', 'CoP North', "
        "'the northern community', 0)",
        "INSERT INTO cases VALUES (2, 'a1c0de00-0000-4000-8000-000000000002', 'CoP South', '', 1)",
        "INSERT INTO document_cases VALUES (1, 1, 1)",
        "INSERT INTO document_cases VALUES (2, 2, 2)",
        "INSERT INTO attributes VALUES (1, 'a77a0000-0000-4000-8000-000000000001', 'Region', "
        "'case', 'choice', 'North\nSouth', 0)",
        "INSERT INTO attribute_values VALUES (1, 1, 1, 'North')",
        "INSERT INTO attribute_values VALUES (2, 1, 2, 'South')",
        "INSERT INTO codes VALUES (1, 'c0de0000-0000-4000-8000-000000000001', NULL, 'Mechanisms', "
        "'#3366cc', 'How change happens', '', '', '', 'mechanism', 0)",
        "INSERT INTO codes VALUES (2, 'C0DE0000-0000-4000-8000-000000000002', 1, 'Trust', "
        "'#cc6633', 'Trust between members', 'Any mention of trust', 'Contracts', "
        "'We trust each other', 'outcome', 0)",
        "INSERT INTO codes VALUES (3, 'c0de0000-0000-4000-8000-000000000003', NULL, 'Funding', "
        "'', '', '', '', '', '', 1)",
        "INSERT INTO research_questions VALUES (1, 'f00d0000-0000-4000-8000-000000000001', "
        "'RQ1', 'How do CoPs form?', 'What makes a community of practice start?', 0)",
        "INSERT INTO code_questions VALUES (1, 2, 1)",
        "INSERT INTO coders VALUES (1, 'c0de7000-0000-4000-8000-000000000001', 'Aisha', "
        "'#aa0000')",
        "INSERT INTO coders VALUES (2, 'c0de7000-0000-4000-8000-000000000002', 'Ben', '')",
    };
    if (version < 6) {
        // Codings: lower- and upper-case uuids, milliseconds, a memo, a modified time.
        sql.insert(
            sql.end(),
            {"INSERT INTO codings VALUES (1, 'd0000000-0000-4000-8000-000000000001', 1, 2, 1, "
             "137, 169, 'trust in practice', '2025-03-04T10:11:12.345Z', "
             "'2025-03-05T08:00:00.001Z')",
             "INSERT INTO codings VALUES (2, 'D0000000-0000-4000-8000-000000000002', 1, 1, 2, 0, "
             "53, '', '2025-03-04T10:12:00.000Z', '2025-03-04T10:12:00.000Z')",
             "INSERT INTO codings VALUES (3, 'd0000000-0000-4000-8000-000000000003', 2, 3, 1, "
             "82, 106, '', '2024-12-31T23:59:59.999Z', '2024-12-31T23:59:59.999Z')",
             "INSERT INTO codings VALUES (5, 'd0000000-0000-4000-8000-000000000005', 2, 2, 2, 0, "
             "49, '', '2025-06-01T00:00:00.000Z', '2025-07-01T12:30:00.500Z')"});
    } else {
        // Version 6 keeps a coding's uuid as 16 bytes and its times as milliseconds since
        // 1970 (UTC): the same four codings in that form.
        sql.insert(
            sql.end(),
            {"INSERT INTO codings VALUES (1, x'd0000000000040008000000000000001', 1, 2, 1, 137, "
             "169, 'trust in practice', 1741083072345, 1741161600001)",
             "INSERT INTO codings VALUES (2, x'd0000000000040008000000000000002', 1, 1, 2, 0, 53, "
             "'', 1741083120000, 1741083120000)",
             "INSERT INTO codings VALUES (3, x'd0000000000040008000000000000003', 2, 3, 1, 82, "
             "106, '', 1735689599999, 1735689599999)",
             "INSERT INTO codings VALUES (5, x'd0000000000040008000000000000005', 2, 2, 2, 0, 49, "
             "'', 1748736000000, 1751373000500)"});
    }
    sql.insert(sql.end(),
               {"INSERT INTO memos VALUES (1, 'e0000000-0000-4000-8000-000000000001', 'project', "
                "NULL, NULL, NULL, 'Plan', 'Code the two CoPs first.', "
                "'2025-02-03T04:05:07.000Z', '2025-02-03T04:05:07.000Z')",
                "INSERT INTO memos VALUES (2, 'e0000000-0000-4000-8000-000000000002', 'code', "
                "NULL, NULL, 2, '', 'Trust is the outcome we look for.', "
                "'2025-02-04T00:00:00.000Z', '2025-02-05T00:00:00.000Z')"});
    if (version >= 3) {
        sql.insert(
            sql.end(),
            {"INSERT INTO evidence_summaries VALUES (1, "
             "'e1000000-0000-4000-8000-000000000001', 'rq', "
             "'f00d0000-0000-4000-8000-000000000001', 'case', "
             "'a1c0de00-0000-4000-8000-000000000001', '', 'Strong in the north.', "
             "'2025-04-01T09:00:00.000Z', '2025-04-01T09:00:00.000Z')",
             "INSERT INTO maturity_levels VALUES (1, 'e2000000-0000-4000-8000-000000000001', 1, "
             "'Forming', 'Meets now and then')",
             "INSERT INTO maturity_levels VALUES (2, 'e2000000-0000-4000-8000-000000000002', 2, "
             "'Sustained', 'Meets on its own')",
             "INSERT INTO maturity_ratings VALUES (1, 'e3000000-0000-4000-8000-000000000001', 1, "
             "1, 2, 'Meets monthly', '2025-04-02T09:00:00.000Z', '2025-04-02T09:00:00.000Z')",
             "INSERT INTO rating_evidence VALUES (1, 1, 1)",
             "INSERT INTO rating_evidence VALUES (2, 1, 5)",
             "INSERT INTO consensus_ratings VALUES (1, 'e4000000-0000-4000-8000-000000000001', "
             "1, 2, 'Both agree', '2025-04-03T09:00:00.000Z', '2025-04-03T09:00:00.000Z')"});
    }
    if (version >= 5)
        sql.push_back(
            "INSERT INTO document_edits VALUES (1, 2, '2025-05-05T05:05:05.000Z', 'Aisha', "
            "'replace', 1, 4, 7)");
    if (!db.transaction())
        return false;
    // The documents first: the codings refer to them.
    const QString docs =
        QStringLiteral("INSERT INTO documents VALUES (?, ?, ?, ?, 'txt', ?, ?, ?, ?, ?)");
    if (!exec(db, docs,
              {1, QStringLiteral("d0c00000-0000-4000-8000-000000000001"),
               QStringLiteral("Amina interview"), QStringLiteral("amina.txt"),
               QStringLiteral("2025-03-01T10:00:00.000Z"), contentHash(first), first,
               first.toUcs4().size(), 0}) ||
        !exec(db, docs,
              {2, QStringLiteral("d0c00000-0000-4000-8000-000000000002"),
               QStringLiteral("Ben interview"), QStringLiteral("ben.txt"),
               QStringLiteral("2025-03-01T10:00:01.000Z"), contentHash(second), second,
               second.toUcs4().size(), 1}))
        return false;
    for (const char* s : sql) {
        if (!exec(db, QString::fromUtf8(s)))
            return false;
    }
    const QString turns = QStringLiteral("INSERT INTO speaker_turns (document_id, speaker, start, "
                                         "\"end\") VALUES (?, ?, ?, ?)");
    for (const auto& t : {std::tuple{1, "Interviewer", 0, 53}, std::tuple{1, "Amina", 54, 102},
                          std::tuple{1, "Interviewer", 103, 129}, std::tuple{1, "Amina", 130, 169},
                          std::tuple{2, "Ben", 0, 49}, std::tuple{2, "Interviewer", 50, 76},
                          std::tuple{2, "Ben", 77, 106}}) {
        if (!exec(db, turns,
                  {std::get<0>(t), QString::fromUtf8(std::get<1>(t)), std::get<2>(t),
                   std::get<3>(t)}))
            return false;
    }
    return db.commit();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    for (int version = 1; version < schema::currentVersion(); ++version) {
        const QString path = QDir(dir).filePath(QStringLiteral("v%1.situate").arg(version));
        QFile::remove(path);
        bool ok = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
            db.setDatabaseName(path);
            ok = db.open() && exec(db, QStringLiteral("PRAGMA foreign_keys = ON")) &&
                 schema::migrate(db, 0, version).ok() && fill(db, version) &&
                 exec(db, QStringLiteral("VACUUM"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
        if (!ok) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}

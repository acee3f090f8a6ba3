// SPDX-License-Identifier: GPL-3.0-or-later
// situate-cli edit, replace, pseudonymise, pseudonymise suggest and documents history, run as
// a process on a project made by the CLI from a text file and a codings sheet.
#include "core/io/csv.h"
#include "tests/support/clitest.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::mustRun;
using test::runCli;
using test::s;

namespace {

// Code points: the first answer is 32-85, "Dr Okafor" in it 36-45 and "Leeds" 69-74.
const char* const kInterview = test::kOkaforInterview;

struct Project {
    QTemporaryDir dir;   // the project's folder
    QTemporaryDir other; // somewhere else, for keys
    QString path;

    Project() {
        path = dir.filePath(s("study.situate"));
        const QString text = dir.filePath(s("interview-okafor.txt"));
        writeFile(text, kInterview);
        mustRun({s("new"), path});
        mustRun({s("import"), path, text, s("--case"), s("Leeds site")});
        // Codings: "Dr Okafor" (36-45), "Leeds" (69-74), and the first answer whole (32-85).
        const QString sheet = other.filePath(s("codings.csv"));
        writeFile(sheet, "document,coder,code,start,end,memo\n"
                         "interview-okafor,Aisha,Who,36,45,Okafor leads\n"
                         "interview-okafor,Aisha,Where,69,74,\n"
                         "interview-okafor,Ben,Answer,32,85,\n");
        mustRun({s("codings"), s("import"), path, sheet, s("--create-codes")});
    }
    static void writeFile(const QString& path, const char* text) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    QString text(const QString& document = s("interview-okafor")) const {
        return QString::fromUtf8(mustRun({s("text"), path, document}).out);
    }
    QString codings() const {
        const QString out = other.filePath(s("out.csv"));
        mustRun({s("codings"), s("export"), path, out});
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return QString::fromUtf8(f.readAll());
    }
    QByteArray bytes() const {
        QByteArray all;
        for (const QString& suffix : {QString(), s("-wal")}) {
            QFile f(path + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
};

// A sheet's rows, each joined by commas, after its header is checked.
QStringList sheetRows(const QString& path, const QStringList& header) {
    auto sheet = csv::readFile(path);
    REQUIRE(sheet.ok());
    CHECK(sheet->header == header);
    QStringList rows;
    for (const QStringList& r : sheet->rows)
        rows << r.join(QLatin1Char(','));
    return rows;
}

} // namespace

TEST_CASE("cli text: edit moves codings by the rule and check passes") {
    Project p;
    REQUIRE(p.text().mid(36, 9) == s("Dr Okafor"));
    // Replace "Dr Okafor" by "The lead": the Who coding is the replaced text (changed), the
    // others after it move by -1, the Answer coding around it changes.
    const auto r = mustRun({s("edit"), p.path, s("interview-okafor"), s("--start"), s("36"),
                            s("--end"), s("45"), s("--text"), s("The lead")});
    CHECK(r.out == "edited interview-okafor: 1 coding(s) moved, 2 changed, 0 removed\n");
    CHECK(p.text().startsWith(s("Interviewer: Who runs the ward?\nP1: The lead does.")));
    const QString codings = p.codings();
    CHECK(codings.contains(s("interview-okafor,Aisha,Who,36,44,Okafor leads")));
    CHECK(codings.contains(s("interview-okafor,Aisha,Where,68,73,")));
    CHECK(codings.contains(s("interview-okafor,Ben,Answer,32,84,")));
    CHECK(mustRun({s("check"), p.path}).out == "ok\n");

    // Insertion at a coding's start goes before it; deleting a coding's whole text removes it.
    // (Strictly inside the Answer coding, so that one changes.)
    CHECK(mustRun({s("edit"), p.path, s("interview-okafor"), s("--start"), s("68"), s("--end"),
                   s("68"), s("--text"), s("central ")})
              .out == "edited interview-okafor: 1 coding(s) moved, 1 changed, 0 removed\n");
    CHECK(p.codings().contains(s("interview-okafor,Aisha,Where,76,81,")));
    CHECK(mustRun({s("edit"), p.path, s("interview-okafor"), s("--start"), s("76"), s("--end"),
                   s("81"), s("--text"), QString()})
              .out == "edited interview-okafor: 0 coding(s) moved, 1 changed, 1 removed\n");
    CHECK_FALSE(p.codings().contains(s(",Where,")));
    CHECK(p.codings().contains(s("interview-okafor,Ben,Answer,32,87,")));
    CHECK(mustRun({s("check"), p.path}).out == "ok\n");

    // The history: three edits, with what each removed and inserted.
    const QJsonObject history =
        test::cliJson({s("documents"), s("history"), p.path, s("interview-okafor")});
    const QJsonArray edits = history.value(s("edits")).toArray();
    REQUIRE(edits.size() == 3);
    CHECK(edits[0].toObject().value(s("removed")).toInt() == 9);
    CHECK(edits[0].toObject().value(s("inserted")).toInt() == 8);
    CHECK(edits[1].toObject().value(s("inserted")).toInt() == 8);
    CHECK(edits[2].toObject().value(s("removed")).toInt() == 5);
    CHECK(edits[2].toObject().value(s("kind")).toString() == s("edit"));
}

TEST_CASE("cli text: edit refuses a range outside the document, an unknown document, and bad "
          "numbers, changing nothing") {
    Project p;
    const QByteArray before = p.bytes();
    const auto outside = runCli({s("edit"), p.path, s("interview-okafor"), s("--start"), s("5"),
                                 s("--end"), s("5000"), s("--text"), s("x")});
    CHECK(outside.exitCode == 1);
    CHECK(outside.err.contains("is not inside \"interview-okafor\""));
    const auto reversed = runCli({s("edit"), p.path, s("interview-okafor"), s("--start"), s("9"),
                                  s("--end"), s("5"), s("--text"), s("x")});
    CHECK(reversed.exitCode == 1);
    const auto missing = runCli({s("edit"), p.path, s("nobody"), s("--start"), s("0"), s("--end"),
                                 s("1"), s("--text"), s("x")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("no document named \"nobody\""));
    CHECK(runCli({s("edit"), p.path, s("interview-okafor"), s("--start"), s("a"), s("--end"),
                  s("1"), s("--text"), s("x")})
              .exitCode != 0);
    CHECK(p.text() == QString::fromUtf8(kInterview));
    CHECK(p.bytes() == before);
}

TEST_CASE("cli text: replace reports per document in JSON, dry run changes nothing") {
    Project p;
    const QString text = p.text();
    const auto json = [&](QStringList extra) {
        QStringList args{s("replace"), p.path, s("--find"), s("Okafor"), s("--with"), s("Mensah")};
        args << extra << s("--format") << s("json");
        const auto r = mustRun(args);
        return QJsonDocument::fromJson(r.out).object();
    };
    const QJsonObject dry = json({s("--word"), s("--dry-run")});
    CHECK(dry.value(s("total")).toInt() == 3);
    const QJsonArray docs = dry.value(s("documents")).toArray();
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].toObject().value(s("document")).toString() == s("interview-okafor"));
    CHECK(docs[0].toObject().value(s("replacements")).toInt() == 3);
    CHECK(p.text() == text);
    CHECK(json({s("--ignore-case"), s("--dry-run")}).value(s("total")).toInt() == 4);

    const auto empty = runCli({s("replace"), p.path, s("--find"), QString(), s("--with"), s("x")});
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.contains("--find is empty"));
    const auto unknown = runCli({s("replace"), p.path, s("--find"), s("a"), s("--with"), s("b"),
                                 s("--document"), s("nobody")});
    CHECK(unknown.exitCode == 1);

    const QJsonObject done = json({s("--word"), s("--document"), s("interview-okafor")});
    CHECK(done.value(s("total")).toInt() == 3);
    CHECK(p.text().count(s("Mensah")) == 3);
    CHECK(p.text().contains(s("okafor's")));
    CHECK(mustRun({s("check"), p.path}).out == "ok\n");
}

TEST_CASE("cli text: pseudonymise writes the key outside the project and leaves no original "
          "in the file") {
    Project p;
    const QString list = p.other.filePath(s("list.csv"));
    Project::writeFile(list, "find,replace,match,case\n"
                             "Okafor,Mensah,word,ignore\n"
                             "Dr Okafor,the lead,,\n"
                             "Leeds,City A,anywhere,sensitive\n");
    // A key in the project's folder would travel with the project.
    const auto inside =
        runCli({s("pseudonymise"), p.path, list, s("--key"), p.dir.filePath(s("key.csv"))});
    CHECK(inside.exitCode == 1);
    CHECK(inside.err.contains("project's folder"));
    CHECK(p.bytes().contains("Okafor"));

    const QString key = p.other.filePath(s("key.csv"));
    const auto done = mustRun({s("pseudonymise"), p.path, list, s("--key"), key});
    CHECK(done.out.contains("wrote the key to key.csv"));
    CHECK(done.err.contains("backup(s)"));
    // The document's name had the name too ("interview-okafor", matched ignoring case).
    CHECK(p.text(s("interview-Mensah")) == s("Interviewer: Who runs the ward?\n"
                                             "P1: the lead does. Mensah came from City A 🏥 in "
                                             "2019.\n"
                                             "Interviewer: And Mensah's team?\n"
                                             "P1: Ask the lead.\n"));
    CHECK(p.codings().contains(s("interview-Mensah,Aisha,Who,36,44,Mensah leads")));
    const QStringList rows = sheetRows(key, {s("find"), s("replace"), s("document"), s("count")});
    CHECK(rows.contains(s("Dr Okafor,the lead,interview-okafor,2")));
    CHECK(rows.contains(s("Okafor,Mensah,interview-okafor,2")));
    CHECK(rows.contains(s("Leeds,City A,interview-okafor,1")));
    CHECK(mustRun({s("check"), p.path}).out == "ok\n");
    // Not in the text, names, memos, history, free pages, the WAL or the search index.
    const QByteArray bytes = p.bytes();
    CHECK_FALSE(bytes.contains("Okafor"));
    CHECK_FALSE(bytes.contains("okafor"));
    CHECK_FALSE(bytes.contains("Leeds"));
}

TEST_CASE("cli text: a malformed list is named by its line and changes nothing") {
    Project p;
    const QByteArray before = p.bytes();
    const QString list = p.other.filePath(s("list.csv"));
    Project::writeFile(list, "find,replace,match\nOkafor,Mensah,word\n,Nobody,word\n");
    const auto r =
        runCli({s("pseudonymise"), p.path, list, s("--key"), p.other.filePath(s("key.csv"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("list.csv line 3"));
    Project::writeFile(list, "find,replace,match\nOkafor,Mensah,everywhere\n");
    const auto m =
        runCli({s("pseudonymise"), p.path, list, s("--key"), p.other.filePath(s("key.csv"))});
    CHECK(m.exitCode == 1);
    CHECK(m.err.contains("list.csv line 2"));
    CHECK_FALSE(QFile::exists(p.other.filePath(s("key.csv"))));
    CHECK(p.bytes() == before);
}

TEST_CASE("cli text: pseudonymise suggest lists speaker labels and names with counts") {
    Project p;
    const QString out = p.other.filePath(s("candidates.csv"));
    mustRun({s("pseudonymise"), s("suggest"), p.path, s("--output"), out});
    const QStringList rows =
        sheetRows(out, {s("candidate"), s("kind"), s("count"), s("documents")});
    CHECK(rows.contains(s("P1,speaker,2,interview-okafor")));
    CHECK(rows.contains(s("Interviewer,speaker,2,interview-okafor")));
    CHECK(rows.contains(s("Dr Okafor,name,2,interview-okafor")));
    CHECK(rows.contains(s("Leeds,name,1,interview-okafor")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Every CSV that situate-cli writes, run on a project whose names, memos, summaries and
// attribute values begin with formula signs: no cell may begin with one unguarded, numbers
// stay numbers, and the codebook and codings sheets import back unchanged.
#include "core/agreement/reconciliation.h"
#include "core/io/csv.h"
#include "core/project.h"
#include "tests/support/testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::mustRun;
using test::s;

namespace {

bool plainNumber(const QString& cell) {
    static const QRegularExpression number(
        s("^-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"));
    return number.match(cell).hasMatch();
}

// What a CSV writer must never do: leave a cell beginning with a formula sign unguarded
// (numbers aside), or write a value beginning with ' without the guard's own '. Returns how
// many cells carry the guard.
int guardedCells(const QByteArray& bytes, const QString& what) {
    INFO(what.toStdString());
    auto t = csv::parse(bytes, what);
    REQUIRE(t.ok());
    int guarded = 0;
    QVector<QStringList> all{t->header};
    all << t->rows;
    for (const QStringList& row : all) {
        for (const QString& cell : row) {
            if (!csv::needsGuard(cell) || plainNumber(cell))
                continue;
            INFO("cell: " << cell.toStdString());
            CHECK(cell.startsWith(QLatin1Char('\'')));
            CHECK(csv::needsGuard(cell.mid(1)));
            ++guarded;
        }
    }
    return guarded;
}

QString sheet(QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    return test::writeFile(dir.filePath(name), bytes);
}

} // namespace

TEST_CASE("Every CSV situate-cli writes guards formula-like text and keeps numbers numbers") {
    QTemporaryDir dir;
    const QString project = dir.filePath(s("hostile.situate"));
    mustRun({s("new"), project});
    // Two transcripts named with formula signs, in a case named with one.
    const QByteArray talk = "Interviewer: we met every week.\nParticipant: and it helped us.\n";
    const QString d1 = test::writeFile(dir.filePath(s("files/=HYPERLINK(x).txt")), talk);
    const QString d2 = test::writeFile(dir.filePath(s("files/＠doc.txt")), talk + "More.\n");
    mustRun({s("import"), project, d1, d2, s("--case"), s("=case")});
    mustRun({s("codebook"), s("import"), project,
             sheet(dir, s("codebook.csv"),
                   "path,definition,research_questions\n"
                   "'=Code,=def,@RQ1\n"
                   "+Code/-child,+def,@RQ1\n"
                   "＝Wide,'Tis a definition,\n")});
    // Coder @a codes [0,10) and -b codes [10,20) of the same code: a negative character kappa.
    mustRun({s("codings"), s("import"), project,
             sheet(dir, s("codings.csv"),
                   "document,coder,code,start,end,memo\n"
                   "'=HYPERLINK(x),@a,'=Code,0,10,=memo\n"
                   "'=HYPERLINK(x),'-b,'=Code,10,20,-memo\n"
                   "＠doc,@a,+Code/-child,0,12,+memo\n"
                   "＠doc,'-b,＝Wide,5,30,@memo\n")});
    mustRun({s("attributes"), s("import"), project,
             sheet(dir, s("attributes.csv"),
                   "document,=attr,-num\n"
                   "'=HYPERLINK(x),@value,-5\n"
                   "＠doc,-value,3\n")});
    mustRun({s("evidence"), s("summary"), project, s("--rows"), s("code"), s("--row"), s("=Code"),
             s("--column"), s("=case"), s("--text"), s("=summary")});
    mustRun({s("maturity"), s("levels"), project, s("--import"),
             sheet(dir, s("levels.csv"),
                   "level,name,descriptor\n1,=Emerging,+first\n2,@Established,-second\n")});
    mustRun({s("maturity"), s("rate"), project, s("--case"), s("=case"), s("--coder"), s("@a"),
             s("--level"), s("1"), s("--rationale"), s("=why")});
    mustRun({s("maturity"), s("consensus"), project, s("--case"), s("=case"), s("--level"), s("2"),
             s("--reasoning"), s("@because")});

    // Each writer, and what its output must show besides: every one holds guarded cells.
    struct Output {
        QString what;
        QByteArray bytes;
    };
    QVector<Output> outputs;
    const auto stdoutOf = [&](const QStringList& args) {
        outputs.append({args.mid(0, 2).join(QLatin1Char(' ')), mustRun(args).out});
    };
    const auto fileOf = [&](const QStringList& command) {
        const QString file = dir.filePath(command.join(QLatin1Char('-')) + s(".csv"));
        mustRun(QStringList(command) << project << file);
        outputs.append({command.join(QLatin1Char(' ')), test::readFile(file)});
    };
    fileOf({s("codebook"), s("export")});
    fileOf({s("codings"), s("export")});
    stdoutOf({s("freq"), project, s("--by"), s("case"), s("--format"), s("csv")});
    stdoutOf({s("freq"), project, s("--by"), s("attribute:=attr"), s("--format"), s("csv")});
    stdoutOf({s("cooccurrence"), project, s("--format"), s("csv")});
    stdoutOf({s("extracts"), project, s("--format"), s("csv")});
    for (const char* unit : {"character", "segment", "document"})
        stdoutOf({s("agreement"), project, s("--coders"), s("@a,-b"), s("--unit"), s(unit),
                  s("--format"), s("csv")});
    stdoutOf({s("evidence"), project, s("--rows"), s("code"), s("--format"), s("csv")});
    stdoutOf({s("evidence"), s("summaries"), project, s("--format"), s("csv")});
    stdoutOf({s("maturity"), s("levels"), project});
    stdoutOf({s("maturity"), s("ratings"), project, s("--format"), s("csv")});
    stdoutOf({s("maturity"), s("consensus"), project});
    {
        // The disagreement list the GUI's agreement view saves.
        auto p = Project::open(project, Project::Backup::Skip);
        REQUIRE(p.ok());
        const Storage& st = (*p)->storage();
        qint64 a = 0, b = 0;
        for (const Coder& c : st.coders().value())
            (c.name == s("@a") ? a : b) = c.id;
        outputs.append({s("disagreements (GUI)"),
                        disagreementsCsv(st, listAllDisagreements(st, a, b).value()).value()});
    }
    REQUIRE(outputs.size() == 15);

    for (const Output& o : outputs) {
        INFO(o.what.toStdString() << "\n" << o.bytes.toStdString());
        CHECK(guardedCells(o.bytes, o.what) > 0);
    }

    // Numbers stay numbers: the negative kappa and the number attribute's -5.
    const csv::Table character = csv::parse(outputs[6].bytes, s("agreement.csv")).take();
    const int kappa = character.column(s("cohen_kappa"));
    REQUIRE(kappa >= 0);
    bool negativeKappa = false;
    for (qsizetype r = 0; r < character.rows.size(); ++r)
        negativeKappa = negativeKappa || (character.cell(r, kappa).startsWith(QLatin1Char('-')) &&
                                          plainNumber(character.cell(r, kappa)));
    CHECK(negativeKappa);
    const csv::Table extracts = csv::parse(outputs[5].bytes, s("extracts.csv")).take();
    const int num = extracts.column(s("'-num"));
    REQUIRE(num >= 0);
    QStringList nums;
    for (qsizetype r = 0; r < extracts.rows.size(); ++r)
        nums << extracts.cell(r, num);
    CHECK(nums.contains(s("-5")));
    CHECK(extracts.column(s("'=attr")) >= 0);

    // Export, then import into a fresh project with the same documents: the same sheets.
    const QString again = dir.filePath(s("again.situate"));
    mustRun({s("new"), again});
    mustRun({s("import"), again, d1, d2});
    const QString codebook = dir.filePath(s("codebook-export.csv"));
    const QString codings = dir.filePath(s("codings-export.csv"));
    mustRun({s("codebook"), s("import"), again, codebook});
    mustRun({s("codings"), s("import"), again, codings});
    const QString codebook2 = dir.filePath(s("codebook2.csv"));
    const QString codings2 = dir.filePath(s("codings2.csv"));
    mustRun({s("codebook"), s("export"), again, codebook2});
    mustRun({s("codings"), s("export"), again, codings2});
    CHECK(test::readFile(codebook2) == test::readFile(codebook));
    CHECK(test::readFile(codings2) == test::readFile(codings));
    // The maturity levels too: "=Emerging" and "+first" come back as they were.
    const QString levels = test::writeFile(dir.filePath(s("levels-export.csv")), outputs[11].bytes);
    mustRun({s("maturity"), s("levels"), again, s("--import"), levels});
    CHECK(mustRun({s("maturity"), s("levels"), again}).out == outputs[11].bytes);
    CHECK(outputs[11].bytes.contains("1,'=Emerging,'+first\r\n"));
    // And the values are the real ones, apostrophes and full-width signs included.
    CHECK(mustRun({s("codes"), s("list"), again}).out.contains("=Code"));
    const QByteArray exported = test::readFile(codebook);
    CHECK(exported.contains("\r\n'=Code,,'=def,"));
    CHECK(exported.contains(s("''Tis a definition").toUtf8()));
    CHECK(exported.contains(s("\r\n'＝Wide,").toUtf8()));
}

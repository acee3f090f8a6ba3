// SPDX-License-Identifier: GPL-3.0-or-later
// Code tables as SPSS and Stata files: the variable names each package accepts, and the files
// read back with ReadStat's own tools and compared cell by cell with the CSV export, on the
// demo project and on a project whose names are built to break things.
#include "core/analysis/statsfile.h"
#include "core/commands/commands.h"
#include "core/commands/editor.h"
#include "core/project.h"
#include "tests/core/statsreadback.h"
#include "tests/support/demoproject.h"
#include "tests/support/testrows.h"

#include <QTemporaryDir>

using namespace situate;
using test::s;

namespace {

// An 80-character code path: a parent and a child whose name fills it up.
const QString kLongPath = s("Outcomes for people who use the services/") +
                          QString(39, QLatin1Char('x')).replace(0, 6, s("Safety"));

// Codes, attributes and documents named to break a naive writer: a formula, names differing
// only by case, a long path, Arabic and emoji, names whose derived variable names collide, a
// reserved word, a name starting with a digit, the name of an identifying column; a choice
// attribute (with a value outside its choices), a date, and a number that a document in two
// cases holds twice (so it stays text); a name both a case and a document attribute use.
struct HostileProject {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    const QStringList codes{s("=1+1"),
                            s("Barrier"),
                            s("barrier"),
                            s("Barrier/Funding"),
                            s("Barrier Funding"),
                            kLongPath,
                            s("عوائق"),
                            s("😀 joy"),
                            s("with"),
                            s("2024 goals"),
                            s("document")};

    HostileProject() {
        REQUIRE(kLongPath.size() == 80);
        auto p = Project::create(dir.filePath(s("hostile.situate")));
        REQUIRE(p.ok());
        project = p.take();
        const Status st = project->edit(s("set up"), [&](Editor& e) -> Status {
            const qint64 interview =
                addDocument(e, test::textDocument(s("مقابلة 😀"),
                                                  s("Ann: first line\nBob: second 😀 line\n"),
                                                  {{s("Ann"), 0, 15}, {s("Bob"), 16, 34}}))
                    .value();
            const qint64 notes =
                addDocument(e, test::textDocument(s("=cmd|notes"), s("plain, \"quoted\" text"), {}))
                    .value();
            QVector<qint64> ids;
            for (const QString& path : codes)
                ids << ensureCodePath(e, path).value();
            int k = 0;
            for (qint64 id : ids) {
                const qint64 start = k % 30;
                if (auto c = test::addCodingAs(e, k % 2 ? s("Ben") : s("Aisha"), interview, id,
                                               start, start + 4);
                    !c)
                    return Status::from(c);
                if (k % 3 == 0)
                    if (auto c = test::addCodingAs(e, s("Aisha"), notes, id, 0, 5); !c)
                        return Status::from(c);
                ++k;
            }
            const qint64 north = ensureCase(e, s("North 😀")).value();
            const qint64 south = ensureCase(e, s("جنوب")).value();
            for (auto [d, c] : {std::pair{interview, north}, {notes, north}, {notes, south}})
                if (Status a = assignDocumentToCase(e, d, c); !a)
                    return a;
            const qint64 stage =
                ensureAttribute(e, AttributeScope::Case, s("stage"), AttributeType::Choice).value();
            if (Status u =
                    e.update(s("attributes"), stage, {{s("choices"), s("early\n=late\nمتأخر 😀")}});
                !u)
                return u;
            const qint64 founded =
                ensureAttribute(e, AttributeScope::Case, s("founded"), AttributeType::Date).value();
            const qint64 members =
                ensureAttribute(e, AttributeScope::Case, s("members"), AttributeType::Number)
                    .value();
            const qint64 caseWave =
                ensureAttribute(e, AttributeScope::Case, s("wave"), AttributeType::Number).value();
            const qint64 docWave =
                ensureAttribute(e, AttributeScope::Document, s("wave"), AttributeType::Date)
                    .value();
            const qint64 when = ensureAttribute(e, AttributeScope::Document, s("interviewed on"),
                                                AttributeType::Date)
                                    .value();
            const qint64 role =
                ensureAttribute(e, AttributeScope::Document, s("role"), AttributeType::Text)
                    .value();
            for (auto [attribute, owner, value] : std::vector<std::tuple<qint64, qint64, QString>>{
                     {stage, north, s("=late")},
                     {stage, south, s("متأخر 😀")},
                     {founded, north, s("2015-05-12")},
                     {founded, south, s("1959-12-31")},
                     {members, north, s("64")},
                     {members, south, s("-2.5")},
                     {caseWave, north, s("1")},
                     {docWave, interview, s("2024-02-29")},
                     {when, notes, s("2023-11-03")},
                     {role, interview, s("-lead, \"chair\"")},
                     {role, notes, s("007")}})
                if (Status a = setAttributeValue(e, attribute, owner, value); !a)
                    return a;
            return {};
        });
        REQUIRE(st.ok());
    }
};

// Writes the table in `package`'s format and compares it with the CSV export.
void roundTrip(const Storage& storage, const QString& dir, const PresenceRequest& request,
               StatsPackage package) {
    const QString path =
        QDir(dir).filePath(package == StatsPackage::Spss ? s("t.sav") : s("t.dta"));
    const Status st = savePresenceStats(storage, request, path, package);
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
    const Result<QByteArray> csv = presenceCsv(storage, request);
    REQUIRE(csv.ok());
    test::compareStatsWithCsv(path, *csv, package);
}

void everyTable(const Storage& storage, const QString& dir) {
    for (const StatsPackage package : {StatsPackage::Spss, StatsPackage::Stata})
        for (const PresenceUnit unit : {PresenceUnit::Document, PresenceUnit::Case,
                                        PresenceUnit::Turn, PresenceUnit::Paragraph})
            for (const PresenceCount count : {PresenceCount::Presence, PresenceCount::Characters}) {
                INFO("unit " << int(unit) << ", count " << int(count) << ", package "
                             << int(package));
                PresenceRequest request;
                request.unit = unit;
                request.count = count;
                roundTrip(storage, dir, request, package);
            }
}

} // namespace

TEST_CASE("stats names: valid for SPSS and for Stata, unique, made from the titles") {
    const QStringList titles{s("document"),
                             s("Document"),
                             s("=1+1"),
                             s("Barrier/Funding"),
                             s("Barrier Funding"),
                             s("عوائق"),
                             s("😀 joy"),
                             s("with"),
                             s("by"),
                             s("int"),
                             s("str12"),
                             s("2024 goals"),
                             s("_n"),
                             s("a.b.")};
    CHECK(statsVariableNames(titles, StatsPackage::Spss) ==
          QStringList{s("document"), s("Document_2"), s("v1_1"), s("Barrier_Funding"),
                      s("Barrier_Funding_2"), s("v6"), s("joy"), s("with_"), s("by_"), s("int"),
                      s("str12"), s("v2024_goals"), s("n"), s("a_b")});
    CHECK(statsVariableNames(titles, StatsPackage::Stata) ==
          QStringList{s("document"), s("Document_2"), s("v1_1"), s("Barrier_Funding"),
                      s("Barrier_Funding_2"), s("v6"), s("joy"), s("with_"), s("by"), s("int_"),
                      s("str12_"), s("v2024_goals"), s("n"), s("a_b")});

    // Long paths are cut to the package's length, and still unique.
    const QString a = s("Outcomes/") + QString(70, QLatin1Char('a'));
    const QStringList cut = statsVariableNames(
        {a, a + s("b"), s("Outcomes_") + QString(70, QLatin1Char('a'))}, StatsPackage::Stata);
    CHECK(cut == QStringList{s("Outcomes_") + QString(23, QLatin1Char('a')),
                             s("Outcomes_") + QString(21, QLatin1Char('a')) + s("_2"),
                             s("Outcomes_") + QString(21, QLatin1Char('a')) + s("_3")});
    for (const StatsPackage package : {StatsPackage::Spss, StatsPackage::Stata})
        for (const QString& name : statsVariableNames(titles + QStringList{a, a}, package)) {
            INFO(name.toStdString());
            CHECK(test::validStatsName(name, package));
        }
    CHECK(statsVariableNames({a}, StatsPackage::Spss).first().size() == 64);
}

TEST_CASE("stats names: labels are cut at whole characters within a package's limits") {
    CHECK(cutUtf8(s("a😀b"), 4, 80) == QByteArray("a"));
    CHECK(cutUtf8(s("a😀b"), 5, 80) == s("a😀").toUtf8());
    CHECK(cutUtf8(s("عوائق"), 320, 3) == s("عوا").toUtf8());
    CHECK(cutUtf8(s("plain"), 320, 80) == QByteArray("plain"));
}

TEST_CASE("stats file: hostile names read back by ReadStat as the CSV has them") {
    if (!test::readstatOrSkip())
        return;
    HostileProject f;
    everyTable(f.project->storage(), f.dir.path());

    // The names, as SPSS gets them: labels keep the whole title.
    PresenceRequest request;
    const QString path = f.dir.filePath(s("names.sav"));
    REQUIRE(savePresenceStats(f.project->storage(), request, path, StatsPackage::Spss).ok());
    const test::StatsReadback back = test::readStatsFile(path, StatsPackage::Spss);
    CHECK(back.names.mid(0, 2) == QStringList{s("document"), s("case")});
    auto nameOf = [&](const QString& label) {
        const qsizetype i = back.labels.lastIndexOf(label); // codes come last
        INFO(label.toStdString());
        REQUIRE(i >= 0);
        return back.names[i];
    };
    CHECK(nameOf(s("=1+1")) == s("v1_1"));
    CHECK(nameOf(s("Barrier")) == s("Barrier"));
    CHECK(nameOf(s("barrier")) == s("barrier_2"));
    CHECK(nameOf(s("Barrier/Funding")) == s("Barrier_Funding"));
    CHECK(nameOf(s("Barrier Funding")) == s("Barrier_Funding_2"));
    CHECK(nameOf(s("Outcomes for people who use the services")) ==
          s("Outcomes_for_people_who_use_the_services"));
    CHECK(nameOf(kLongPath) ==
          s("Outcomes_for_people_who_use_the_services_Safety") + QString(17, QLatin1Char('x')));
    CHECK(nameOf(s("عوائق")) == s("v%1").arg(back.labels.lastIndexOf(s("عوائق")) + 1));
    CHECK(nameOf(s("😀 joy")) == s("joy"));
    CHECK(nameOf(s("with")) == s("with_"));
    CHECK(nameOf(s("2024 goals")) == s("v2024_goals"));
    CHECK(nameOf(s("document")) == s("document_2"));
    CHECK(nameOf(s("case:wave")) == s("case_wave"));
    CHECK(nameOf(s("document:wave")) == s("document_wave"));
}

TEST_CASE("stats file: the demo project read back by ReadStat as the CSV has it") {
    if (!test::readstatOrSkip())
        return;
    test::DemoProject demo;
    everyTable(demo.storage(), demo.dir.path());
}

TEST_CASE("stats file: a value longer than a string holds is refused in words, the old file kept") {
    test::DemoProject demo;
    const QString path = demo.dir.filePath(s("t.sav"));
    test::writeFile(path, "old");
    const Status st = demo.project->edit(s("long"), [&](Editor& e) -> Status {
        const qint64 a =
            ensureAttribute(e, AttributeScope::Case, s("notes"), AttributeType::Text).value();
        return setAttributeValue(e, a, e.storage().cases().value().first().id,
                                 QString(40000, QLatin1Char('n')));
    });
    REQUIRE(st.ok());
    const Status saved = savePresenceStats(demo.storage(), {}, path, StatsPackage::Spss);
    CHECK(saved.error() == s("t.sav: a value in the column \"notes\" is longer than SPSS holds "
                             "(32,767 bytes): export the table as CSV"));
    QFile old(path);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "old");
    const QString dta = demo.dir.filePath(s("t.dta"));
    CHECK(savePresenceStats(demo.storage(), {}, dta, StatsPackage::Stata).error() ==
          s("t.dta: a value in the column \"notes\" is longer than a Stata file from Situate "
            "holds (2,045 bytes): export the table as CSV"));
    CHECK(!QFileInfo::exists(dta));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs shaped to make a reader do too much work: each must end with a clear message or a
// working result. Memory limits on the CLI are in tests/cli/test_cli_limits.cpp; sizes past the
// file limits and shallow nesting are in test_import*.cpp and test_refi_archives.cpp.

#include "core/import/importeddocument.h"
#include "core/io/csv.h"
#include "core/project.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;

TEST_CASE("limits: a CSV quote left open over 20 MB is refused, naming where it opened") {
    // A reader that backtracked to look for the closing quote at every byte would be
    // quadratic here; the parser reads the field once and fails at the end.
    const QByteArray bytes = "document,coder,code,start,end\nd,A,\"" + QByteArray(20 << 20, 'x');
    const auto r = csv::parse(bytes, s("open.csv"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(s("open.csv")));
}

TEST_CASE("limits: a CSV row of 200,000 cells and 200,000 one-cell rows parse") {
    const QByteArray wide = QByteArray("a,").repeated(199999) + "a\n";
    const auto w = csv::parse(wide, s("wide.csv"));
    REQUIRE(w.ok());
    CHECK(w->header.size() == 200000);
    CHECK(w->rows.isEmpty());
    const auto t = csv::parse("h\n" + QByteArray("v\r\n").repeated(200000), s("tall.csv"));
    REQUIRE(t.ok());
    CHECK(t->rows.size() == 200000);
}

TEST_CASE("limits: readers faced with hundreds of thousands of small items finish") {
    QTemporaryDir dir;
    SECTION("300,000 caption cues") {
        // Cue i runs from i seconds to i seconds + 500 ms; 300,000 s is 83:20:00.
        QByteArray vtt = "WEBVTT\n\n";
        vtt.reserve(60 * 300000);
        for (int i = 0; i < 300000; ++i) {
            const auto t = [](int ms) {
                return QByteArray::number(ms / 3600000).rightJustified(2, '0') + ':' +
                       QByteArray::number(ms / 60000 % 60).rightJustified(2, '0') + ':' +
                       QByteArray::number(ms / 1000 % 60).rightJustified(2, '0') + '.' +
                       QByteArray::number(ms % 1000).rightJustified(3, '0');
            };
            vtt += t(i * 1000) + " --> " + t(i * 1000 + 500) + "\n<v A>w\n\n";
        }
        const auto r = importDocumentFile(test::writeFile(dir.filePath(s("many.vtt")), vtt));
        REQUIRE(r.ok());
        CHECK(r->turns.size() == 300000); // one turn per cue, even from one speaker
    }
    SECTION("2,000,000 RTF paragraphs") {
        // Each "\par x" gives "x" and a line break: 2,000,000 lines of one letter.
        const QByteArray rtf = "{\\rtf1\\ansi " + QByteArray("x\\par ").repeated(2000000) + "}";
        const auto r = importDocumentFile(test::writeFile(dir.filePath(s("many.rtf")), rtf));
        REQUIRE(r.ok());
        CHECK(r->text.count(QLatin1Char('x')) == 2000000);
    }
    SECTION("1,000,000 speaker turns in plain text") {
        const QByteArray txt = QByteArray("A: yes\nB: no\n").repeated(500000);
        const auto r = importDocumentFile(test::writeFile(dir.filePath(s("turns.txt")), txt));
        REQUIRE(r.ok());
        CHECK(r->turns.size() == 1000000);
    }
}

TEST_CASE("limits: a 1 GB file of zeros named .situate is refused as not a project") {
    QTemporaryDir dir;
    const QString path = dir.filePath(s("zeros.situate"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.resize(1024ll * 1024 * 1024)); // sparse: no disk used
    f.close();
    const auto r = Project::open(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(s("zeros.situate")));
    CHECK(QFileInfo(path).size() == 1024ll * 1024 * 1024); // left untouched
}

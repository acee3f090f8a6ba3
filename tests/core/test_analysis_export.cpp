// SPDX-License-Identifier: GPL-3.0-or-later
// Extracts and their exports (CSV, XLSX, HTML) and matrix exports, on the projects of
// test_analysis_fixture.h.
#include "core/analysis/extractexport.h"
#include "core/analysis/extractreport.h"
#include "core/analysis/extracts.h"
#include "core/analysis/numbertable.h"
#include "core/io/csv.h"
#include "tests/core/test_analysis_fixture.h"
#include "tests/support/testsupport.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;

namespace {

QVector<Extract> all(const test::CountingProject& cp, const ExtractQuery& q = {}) {
    auto x = extracts(cp.storage(), q);
    INFO(x.error().toStdString());
    REQUIRE(x.ok());
    return x.take();
}

// The fixture's names (k1, k2, ...) of the extracts' codings.
QStringList ids(const test::CountingProject& cp, const QVector<Extract>& xs) {
    QStringList out;
    for (const Extract& x : xs) {
        for (auto it = cp.ids.cbegin(); it != cp.ids.cend(); ++it) {
            if (it.key().startsWith(QLatin1Char('k')) && it.value() == x.codingId)
                out << it.key();
        }
    }
    return out;
}

// `unzip -p` of one member of a zip file.
QByteArray unzipMember(const QString& zip, const char* member) {
    const auto r = test::runProcess(s("unzip"), {s("-p"), zip, s(member)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

// Files in `dir` other than `keep`: what an atomic save must not leave behind.
QStringList leftovers(const QString& dir, const QString& keep) {
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    names.removeAll(keep);
    names.removeIf([](const QString& n) {
        return n.endsWith(QLatin1String(".situate")) || n.contains(QLatin1String(".situate-")) ||
               n.endsWith(QLatin1String(".lock"));
    });
    return names;
}

} // namespace

TEST_CASE("extracts: selection by code, descendants, case, question and coder") {
    auto cp = test::makeCountingProject();
    // Document order, then start, end and id.
    CHECK(ids(*cp, all(*cp)) == QStringList{s("k1"), s("k3"), s("k2"), s("k4"), s("k5"), s("k6"),
                                            s("k7"), s("k8"), s("k9"), s("k10"), s("k11"),
                                            s("k12")});
    ExtractQuery q;
    q.codeIds = {cp->ids[s("P/C1")]};
    CHECK(ids(*cp, all(*cp, q)) == QStringList{s("k1"), s("k3"), s("k2"), s("k7"), s("k11")});
    q.codeIds = {cp->ids[s("P")]};
    CHECK(ids(*cp, all(*cp, q)) == QStringList{s("k6")});
    q.descendants = true;
    CHECK(all(*cp, q).size() == 8); // k1-k4, k6, k7, k10, k11

    ExtractQuery byCase;
    byCase.filter.caseIds = {cp->ids[s("B")]};
    CHECK(ids(*cp, all(*cp, byCase)) == QStringList{s("k7"), s("k8"), s("k9"), s("k10")});

    ExtractQuery byQuestion;
    byQuestion.questionId = cp->ids[s("RQ1")];
    CHECK(ids(*cp, all(*cp, byQuestion)) == QStringList{s("k6")});
    byQuestion.rollup = true; // P's branch: 1 + 5 + 2
    CHECK(all(*cp, byQuestion).size() == 8);

    ExtractQuery byCoder;
    byCoder.filter.coderIds = {cp->ids[s("Ben")]};
    CHECK(ids(*cp, all(*cp, byCoder)) ==
          QStringList{s("k3"), s("k5"), s("k7"), s("k10"), s("k12")});

    // What one extract carries.
    ExtractQuery one;
    one.codeIds = {cp->ids[s("P/C2")]};
    one.filter.documentIds = {cp->ids[s("beta")]};
    one.contextLength = 3;
    one.rollup = true;
    const QVector<Extract> xs = all(*cp, one);
    REQUIRE(xs.size() == 1);
    const Extract& x = xs[0];
    CHECK(x.document == s("beta"));
    CHECK(x.cases == QStringList{s("A"), s("B")});
    CHECK(x.codePath == s("P/C2"));
    CHECK(x.researchQuestions == QStringList{s("RQ1")}); // through P, with roll-up
    CHECK(x.coder == s("Ben"));
    CHECK(x.start == 11);
    CHECK(x.end == 21);
    CHECK(x.text == s("eeeeeeeeee"));
    CHECK(x.before == s("dd\n"));
    CHECK(x.after == s("\n"));
    CHECK(x.uuid.size() == 36);
    CHECK_FALSE(x.created.isEmpty());
}

TEST_CASE("extracts CSV: columns, BOM, CRLF, quoting, formula guard and exact text") {
    auto cp = test::makeExportProject();
    QByteArray bytes;
    qint64 n = 0;
    auto sink = [&](const QByteArray& b) {
        bytes += b;
        return Status();
    };
    REQUIRE(writeExtractsCsv(cp->storage(), {}, true, sink, &n).ok());
    CHECK(n == 3);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QByteArray header = "coding_id,document,case,role (case),role (document),code,"
                              "research_questions,coder,start,end,text,memo,created,key_quote\r\n";
    CHECK(bytes.mid(3, header.size()) == header);

    // Records in text order: e3 [0,4), e1 [10,18), e2 [22,30). Every record ends in CRLF;
    // the only bare LF is the one inside e3's quoted memo.
    CHECK(bytes.count("\r\n") == 4);
    CHECK(bytes.count("\n") == 5);
    const QByteArray uuid1 = cp->storage().coding(cp->ids[s("e1")])->uuid.toUtf8();
    // e1: the text holds a quote and a comma, so it is quoted with "" doubled; the emoji is
    // one code point, so [10,18) ends after the comma. The memo "+plus" is guarded.
    const QByteArray e1 = uuid1 + ",<script>alert(1)</script> notes,Sepsis,lead,'-member,"
                                  "Mechanisms/Peer learning,RQ1,Aisha,10,18,"
                                  "\"\xF0\x9F\x98\x80 \"\"yes\"\",\",'+plus,";
    CHECK(bytes.contains(e1));
    // e2: text "=SUM(A1)" gets a leading '.
    CHECK(bytes.contains(",22,30,'=SUM(A1),,"));
    // e3: a memo with a line break is quoted, kept exactly.
    CHECK(bytes.contains(",0,4,Si\xC3\xA2n,\"<script>alert('memo')</script>\nline two\","));

    // Read back with the project's own parser: the fields are the stored values.
    auto table = csv::parse(bytes, s("extracts.csv"));
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 3);
    const int text = table->column(s("text"));
    CHECK(table->cell(0, text) == s("Si\xC3\xA2n"));
    CHECK(table->cell(1, text) == s("\xF0\x9F\x98\x80 \"yes\","));
    CHECK(table->cell(2, text) == s("'=SUM(A1)"));
    CHECK(table->cell(2, table->column(s("memo"))).isEmpty());
    CHECK(table->cell(0, table->column(s("created"))) ==
          cp->storage().coding(cp->ids[s("e3")])->created.toUTC().toString(Qt::ISODateWithMs));

    SECTION("without a BOM") {
        QByteArray plain;
        REQUIRE(writeExtractsCsv(cp->storage(), {}, false, [&](const QByteArray& b) {
                    plain += b;
                    return Status();
                }).ok());
        CHECK(plain.startsWith("coding_id,"));
        CHECK(plain == bytes.mid(3));
    }
    SECTION("to a file, atomically") {
        const QString path = cp->dir.filePath(s("extracts.csv"));
        REQUIRE(saveExtractsCsv(cp->storage(), {}, path, true).ok());
        CHECK(test::readFile(path) == bytes);
        CHECK(leftovers(cp->dir.path(), s("extracts.csv")).isEmpty());
    }
}

TEST_CASE("extracts XLSX: a real workbook with the same columns and exact text") {
    auto cp = test::makeExportProject();
    const QString path = cp->dir.filePath(s("extracts.xlsx"));
    test::writeFile(path, "an older file that the export replaces");
    qint64 n = 0;
    const Status st = saveExtractsXlsx(cp->storage(), {}, path, &n);
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
    CHECK(n == 3);
    CHECK(test::readFile(path).startsWith("PK\x03\x04"));
    CHECK(leftovers(cp->dir.path(), s("extracts.xlsx")).isEmpty());
    const QByteArray sheet = unzipMember(path, "xl/worksheets/sheet1.xml");
    // Strings are written inline; XML escapes < > & and quotes.
    CHECK(sheet.contains("research_questions"));
    CHECK(sheet.contains("role (document)"));
    CHECK(sheet.contains("Si\xC3\xA2n"));
    CHECK(sheet.contains("\xF0\x9F\x98\x80 \"yes\",</t>"));
    CHECK(sheet.contains("=SUM(A1)")); // a string cell, never a formula:
    CHECK_FALSE(sheet.contains("<f>"));
    CHECK(sheet.contains("&lt;script&gt;alert(1)&lt;/script&gt; notes"));
    CHECK(sheet.contains("<v>22</v>")); // start as a number
    CHECK(unzipMember(path, "xl/workbook.xml").contains("name=\"Extracts\""));
}

TEST_CASE("extracts HTML report: grouped and escaped") {
    auto cp = test::makeExportProject();
    qint64 n = 0;
    auto html = extractsHtmlReport(cp->storage(), {}, s("Report <b>"), s("all & sundry"), &n);
    REQUIRE(html.ok());
    CHECK(n == 3);
    const QByteArray& h = *html;
    CHECK(h.startsWith("<!DOCTYPE html>"));
    CHECK(h.contains("<style>"));
    CHECK_FALSE(h.contains("<script"));
    CHECK_FALSE(h.contains("<link"));
    CHECK(h.contains("&lt;script&gt;alert(1)&lt;/script&gt; notes"));
    CHECK(h.contains("&lt;script&gt;alert('memo')&lt;/script&gt;"));
    CHECK(h.contains("Report &lt;b&gt;"));
    CHECK(h.contains("all &amp; sundry"));
    CHECK(h.contains("\xF0\x9F\x98\x80 &quot;yes&quot;,"));
    // Question, then code, then case.
    const auto rq = h.indexOf("RQ1: How CoPs work</h2>");
    const auto code = h.indexOf("Mechanisms/Peer learning <span");
    const auto kase = h.indexOf("Sepsis <span");
    CHECK(rq >= 0);
    CHECK(code > rq);
    CHECK(kase > code);
    // The extracts in text order inside the case.
    CHECK(h.indexOf("Si\xC3\xA2n</blockquote>") < h.indexOf("=SUM(A1)</blockquote>"));
}

TEST_CASE("HTML report: codings without question or case get their own groups") {
    auto cp = test::makeCountingProject();
    auto html = extractsHtmlReport(cp->storage(), {}, s("Counting"));
    REQUIRE(html.ok());
    // P/C2 has no question without roll-up; gamma has no case.
    CHECK(html->contains("Not linked to a research question</h2>"));
    CHECK(html->contains("No case <span"));
    // k6 (P) is under RQ1 and nowhere else: it appears once.
    CHECK(html->count("cccccccc</blockquote>") == 1);
    // beta is in two cases, so under RQ3/Q its two Q extracts appear under A and under B.
    ExtractQuery q;
    q.questionId = cp->ids[s("RQ3")];
    auto only = extractsHtmlReport(cp->storage(), q, s("RQ3"));
    REQUIRE(only.ok());
    CHECK(only->count("<article>") == 6); // k5 (A), k8 k9 (A and B), k12 (no case)
    CHECK_FALSE(only->contains("RQ1"));
}

TEST_CASE("matrix exports: CSV, XLSX and text from one table") {
    auto cp = test::makeCountingProject();
    FrequencyRequest req;
    req.by = Dimension::Case;
    auto m = frequencyMatrix(cp->storage(), req);
    REQUIRE(m.ok());
    const NumberTable codings = frequencyTable(*m, CountType::Codings);
    // Hand-computed in test_analysis.cpp: P 1 0 1, P/C1 4 1 5, P/C2 2 1 2, Q 3 2 4.
    CHECK(tableCsv(codings, false) == "code,A,B,total\r\nP,1,0,1\r\nP/C1,4,1,5\r\n"
                                      "P/C2,2,1,2\r\nQ,3,2,4\r\n");
    CHECK(tableCsv(codings, true)
              .startsWith("\xEF\xBB\xBF"
                          "code,A,B,total\r\n"));
    // Coverage with two decimals: P/C1 in A 18/55 = 32.73 %, total 28/76 = 36.84 %.
    const QByteArray coverage = tableCsv(frequencyTable(*m, CountType::Coverage), false);
    CHECK(coverage.contains("P/C1,32.73,45.45,36.84\r\n"));
    CHECK(tableText(codings) == s("code  A  B  total\n"
                                  "P     1  0      1\n"
                                  "P/C1  4  1      5\n"
                                  "P/C2  2  1      2\n"
                                  "Q     3  2      4\n"));

    const QString path = cp->dir.filePath(s("matrix.xlsx"));
    REQUIRE(saveTablesXlsx(path, {codings, frequencyTable(*m, CountType::Characters)}).ok());
    const QByteArray sheet1 = unzipMember(path, "xl/worksheets/sheet1.xml");
    CHECK(sheet1.contains("P/C1"));
    CHECK(sheet1.contains("<v>4</v>"));
    const QByteArray sheet2 = unzipMember(path, "xl/worksheets/sheet2.xml");
    CHECK(sheet2.contains("<v>28</v>")); // P/C1's characters total
    CHECK(unzipMember(path, "xl/workbook.xml").contains("name=\"characters\""));
    CHECK(leftovers(cp->dir.path(), s("matrix.xlsx")).isEmpty());

    // A co-occurrence matrix exports the same way.
    auto co = cooccurrenceMatrix(cp->storage(), {});
    REQUIRE(co.ok());
    const QByteArray csv = tableCsv(cooccurrenceTable(*co), false);
    CHECK(csv.startsWith("code,P,P/C1,P/C2,Q\r\n"));
    CHECK(csv.contains("\r\nP/C1,0,3,1,2\r\n"));
}

TEST_CASE("XLSX export into a folder that does not exist fails cleanly") {
    auto cp = test::makeExportProject();
    const QString path = cp->dir.filePath(s("missing/folder/out.xlsx"));
    const Status st = saveExtractsXlsx(cp->storage(), {}, path);
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(s("out.xlsx")));
    CHECK_FALSE(QFileInfo::exists(path));
}

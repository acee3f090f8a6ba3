// SPDX-License-Identifier: GPL-3.0-or-later
// Key quotes on the demo: flagging as one undo step, the flag going and coming back with its
// coding, ids as the CLI prints them, the key_quote column of the extracts, and the report
// and the evidence panel taking key quotes first.
#include "core/analysis/extractexport.h"
#include "core/analysis/extracts.h"
#include "core/commands/commands.h"
#include "core/commands/keyquotes.h"
#include "core/evaluation/report.h"
#include "core/io/csv.h"
#include "core/project.h"
#include "tests/support/demoproject.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

using namespace situate;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

QSet<qint64> flagged(const Storage& st) {
    const Result<QSet<qint64>> ids = keyQuoteIds(st);
    REQUIRE(ids.ok());
    return *ids;
}

Status flag(Project& p, const QVector<qint64>& ids, bool on) {
    return p.edit(s("flag"), [&](Editor& e) { return setKeyQuotes(e, ids, on); });
}

// The extracts of one code in the order forEachExtract gives them.
QVector<Extract> extractsOf(const Storage& st, qint64 codeId) {
    ExtractQuery q;
    q.codeIds = {codeId};
    const Result<QVector<Extract>> all = extracts(st, q);
    REQUIRE(all.ok());
    return *all;
}

} // namespace

TEST_CASE("key quotes: flagging many codings is one undo step, and a flag goes and comes back "
          "with its coding") {
    test::DemoProject demo;
    Project& p = *demo.project;
    const QVector<Coding> all = p.storage().allCodings().value();
    REQUIRE(all.size() == 178);
    const qint64 a = all[3].id, b = all[40].id, c = all[177].id;
    CHECK(flagged(p.storage()).isEmpty());

    REQUIRE(flag(p, {a, b, c, a}, true).ok());
    CHECK(flagged(p.storage()) == QSet<qint64>{a, b, c});
    CHECK(isKeyQuote(p.storage(), b).value());
    CHECK_FALSE(isKeyQuote(p.storage(), all[4].id).value());
    const int steps = p.undoStack()->count();
    // Flagging what is flagged already changes nothing.
    REQUIRE(flag(p, {a}, true).ok());
    CHECK(flagged(p.storage()) == QSet<qint64>{a, b, c});

    p.undoStack()->undo();
    CHECK(flagged(p.storage()).isEmpty());
    p.undoStack()->redo();
    CHECK(flagged(p.storage()) == QSet<qint64>{a, b, c});
    CHECK(p.undoStack()->count() >= steps);

    REQUIRE(flag(p, {b}, false).ok());
    CHECK(flagged(p.storage()) == QSet<qint64>{a, c});

    // Removing a flagged coding removes its flag; undo brings back both.
    REQUIRE(p.edit(s("remove"), [&](Editor& e) { return removeCoding(e, c); }).ok());
    CHECK(flagged(p.storage()) == QSet<qint64>{a});
    p.undoStack()->undo();
    CHECK(flagged(p.storage()) == QSet<qint64>{a, c});
    CHECK(p.storage().checkIntegrity().isEmpty());

    // An id that is no coding fails the whole edit: nothing changes.
    const Status bad = flag(p, {all[5].id, 999999}, true);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(s("no coding 999999")));
    CHECK(flagged(p.storage()) == QSet<qint64>{a, c});
}

TEST_CASE("key quotes: codings are named by number or by the uuid extracts print, and unknown "
          "ones are named in the error") {
    test::DemoProject demo;
    const Storage& st = demo.storage();
    const QVector<Coding> all = st.allCodings().value();
    const Result<QVector<qint64>> ids = resolveCodingIds(
        st, {QString::number(all[7].id), all[9].uuid, all[9].uuid.toUpper(), s(" 12 ")});
    REQUIRE(ids.ok());
    CHECK(*ids == QVector<qint64>{all[7].id, all[9].id, all[9].id, 12});
    const Result<QVector<qint64>> unknown =
        resolveCodingIds(st, {all[1].uuid, s("0"), s("d0000000-0000-4000-8000-00000000beef")});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error() ==
          s("no coding has the ids 0, d0000000-0000-4000-8000-00000000beef; nothing was changed"));
}

TEST_CASE("key quotes: the extracts CSV ends with key_quote, and --key-quotes keeps those") {
    test::DemoProject demo;
    Project& p = *demo.project;
    const QVector<Coding> all = p.storage().allCodings().value();
    const QSet<qint64> chosen{all[2].id, all[99].id};
    REQUIRE(flag(p, {all[2].id, all[99].id}, true).ok());

    for (const bool only : {false, true}) {
        INFO("key quotes only: " << only);
        ExtractQuery q;
        q.keyQuotesOnly = only;
        QByteArray bytes;
        REQUIRE(writeExtractsCsv(p.storage(), q, false, [&](const QByteArray& b) {
                    bytes += b;
                    return Status();
                }).ok());
        const Result<csv::Table> table = csv::parse(bytes, s("extracts.csv"));
        REQUIRE(table.ok());
        REQUIRE(table->header.last() == s("key_quote"));
        REQUIRE(table->rows.size() == (only ? 2 : 178));
        QSet<QString> yes;
        for (qsizetype r = 0; r < table->rows.size(); ++r) {
            const QString cell = table->cell(r, table->column(s("key_quote")));
            CHECK((cell.isEmpty() || cell == s("yes")));
            if (cell == s("yes"))
                yes.insert(table->cell(r, table->column(s("coding_id"))));
        }
        CHECK(yes == QSet<QString>{all[2].uuid, all[99].uuid});
    }
}

TEST_CASE("key quotes: a code's key quotes come first in the report and its extract order") {
    test::DemoProject demo;
    Project& p = *demo.project;
    ReportOptions options;
    options.extractsPerCode = 2;
    const Result<QString> plain = reportHtml(p.storage(), s("demo"), options);
    REQUIRE(plain.ok());
    // A code of a research question whose last extract the report leaves out.
    const QHash<qint64, QVector<qint64>> links = p.storage().codeQuestionLinks().value();
    QSet<qint64> served;
    for (auto it = links.cbegin(); it != links.cend(); ++it)
        served.insert(it.key());
    qint64 code = 0;
    Extract last;
    QVector<Extract> before;
    for (const Code& c : p.storage().codes().value()) {
        const QVector<Extract> xs = extractsOf(p.storage(), c.id);
        if (!served.contains(c.id) || xs.size() < 4)
            continue;
        const QString quote = xs.last().text.left(30);
        if (quote.size() == 30 && quote == quote.toHtmlEscaped() && !plain->contains(quote)) {
            code = c.id;
            last = xs.last();
            before = xs;
            break;
        }
    }
    REQUIRE(code != 0);
    REQUIRE(flag(p, {last.codingId}, true).ok());

    ExtractQuery q;
    q.codeIds = {code};
    QVector<qint64> order;
    REQUIRE(forEachExtractKeyQuotesFirst(p.storage(), q, [&](const Extract& x) {
                order << x.codingId;
                return true;
            }).ok());
    REQUIRE(order.size() == before.size());
    CHECK(order.first() == last.codingId);
    for (qsizetype i = 1; i < order.size(); ++i)
        CHECK(order[i] == before[i - 1].codingId);
    // Stopped early, it stops in the flagged ones.
    int seen = 0;
    REQUIRE(forEachExtractKeyQuotesFirst(p.storage(), q, [&](const Extract&) {
                ++seen;
                return false;
            }).ok());
    CHECK(seen == 1);

    // The report shows two extracts per code: the flagged last one is now among them.
    const Result<QString> html = reportHtml(p.storage(), s("demo"), options);
    REQUIRE(html.ok());
    CHECK(html->contains(last.text.left(30)));
    CHECK(html->contains(s("key quotes first")));
}

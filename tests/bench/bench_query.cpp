// SPDX-License-Identifier: GPL-3.0-or-later
// Coding queries once their codings are loaded, as the query dock reruns them: each query's
// first run on a fresh loaded context (reading its operands' codings, and for `near` the
// texts, from the file), then reruns on that context from memory, timed as the evaluation
// alone and as the evaluation with the rows the dock lists (each run's text). tests/bench/
// run_query times the same queries from the file as processes beside the sqlite3 shell.
//
//   bench_query PROJECT [--runs N] EXPR...
//
// Prints one line per query: "EXPR<TAB>runs R<TAB>documents D<TAB>first F ms<TAB>loaded L ms
// <TAB>loaded CPU C ms<TAB>loaded with rows W ms" (L, C and W: the median of N reruns, 15 by
// default; C is this process's CPU time, which a shared machine does not inflate).
#include "core/project.h"
#include "core/query/queryevaluator.h"
#include "core/query/queryoutput.h"
#include "tests/bench/benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace situate;

namespace {

int failed(const QString& message) {
    std::fprintf(stderr, "bench_query: %s\n", qPrintable(message));
    return 1;
}

double medianMs(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

double elapsedMs(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 15;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size()) {
        runs = std::max(1, args[i + 1].toInt());
        args.remove(i, 2);
    }
    if (args.size() < 2)
        return failed(QStringLiteral("usage: bench_query PROJECT [--runs N] EXPR..."));
    auto project = Project::open(args.takeFirst());
    if (!project)
        return failed(project.error());
    const Storage& s = (*project)->storage();
    for (const QString& text : args) {
        auto loaded = std::make_shared<query::QueryData>();
        QElapsedTimer t;
        t.start();
        Result<query::QueryResult> first = query::runQuery(s, loaded, text);
        if (!first)
            return failed(first.error());
        const qsizetype rows = query::runRows(*first, false).size();
        const double firstMs = elapsedMs(t);
        const query::Counts counts = first->counts();
        std::vector<double> alone, aloneCpu, withRows;
        for (int i = 0; i < runs; ++i) {
            t.restart();
            const double cpu = bench::cpuSeconds();
            Result<query::QueryResult> again = query::runQuery(s, loaded, text);
            if (!again)
                return failed(again.error());
            alone.push_back(elapsedMs(t));
            aloneCpu.push_back((bench::cpuSeconds() - cpu) * 1000);
            if (again->counts().runs != counts.runs)
                return failed(QStringLiteral("a rerun gave another result"));
            t.restart();
            Result<query::QueryResult> shown = query::runQuery(s, loaded, text);
            if (!shown || query::runRows(*shown, false).size() != rows)
                return failed(QStringLiteral("a rerun gave other rows"));
            withRows.push_back(elapsedMs(t));
        }
        std::printf("%s\truns %lld\tdocuments %lld\tfirst %.1f ms\tloaded %.1f ms\t"
                    "loaded CPU %.1f ms\tloaded with rows %.1f ms\n",
                    qPrintable(text), static_cast<long long>(counts.runs),
                    static_cast<long long>(counts.documents), firstMs, medianMs(alone),
                    medianMs(aloneCpu), medianMs(withRows));
        loaded->unbind();
    }
    std::printf("peak_rss_kb %lld\n", static_cast<long long>(bench::peakRssKb()));
    return 0;
}

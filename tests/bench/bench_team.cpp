// SPDX-License-Identifier: GPL-3.0-or-later
// One coder of the team benchmark (tests/bench/run_team): opens a project (a postgresql://
// URL, or a .situate file) through Project::open and makes ACTIONS coding actions, each one
// Project::edit adding one coding through the real core, the way the document view does.
// Each action's latency (from the call until the edit is committed and on the undo stack) is
// timed in this process. Not a test: nothing here asserts a time.
//
//   bench_team PROJECT CODER ACTIONS [SEED] [PAUSE_MS]
//
// CODER is the coder's name (created in an untimed first edit when absent). Between actions
// the process handles its events (the other coders' change notifications, as the GUI would)
// and sleeps PAUSE_MS (default 0: back to back). Prints one line "latency_ms L" per action,
// then "summary actions N p50_ms A p95_ms B max_ms C".
#include "core/commands/commands.h"
#include "core/commands/editor.h"
#include "core/project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace situate;

namespace {

int failed(const QString& message) {
    std::fprintf(stderr, "bench_team: %s\n", qPrintable(message));
    return 1;
}

// The nearest-rank percentile of sorted values.
double percentile(const QVector<double>& sorted, double p) {
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank =
        std::max<qsizetype>(1, qsizetype(p / 100.0 * double(sorted.size()) + 0.999999));
    return sorted[std::min(rank, sorted.size()) - 1];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3)
        return failed(QStringLiteral("usage: bench_team PROJECT CODER ACTIONS [SEED] [PAUSE_MS]"));
    const QString location = args[0], coderName = args[1];
    const int actions = args[2].toInt();
    const quint32 seed = args.size() > 3 ? args[3].toUInt() : 1;
    const int pauseMs = args.size() > 4 ? args[4].toInt() : 0;

    auto project = Project::open(location, Project::Backup::Skip);
    if (!project)
        return failed(project.error());
    Project& p = **project;
    const Storage& s = p.storage();

    qint64 coderId = 0;
    Status st = p.edit(QStringLiteral("Add coder"), [&](Editor& e) -> Status {
        auto id = ensureCoder(e, coderName);
        if (!id)
            return Status::failure(id.error());
        coderId = *id;
        return {};
    });
    if (!st)
        return failed(st.error());

    QVector<DocumentInfo> documents;
    for (const DocumentInfo& d : s.documents().value())
        if (d.length > 1)
            documents.append(d);
    const QVector<Code> codes = s.codes().value();
    if (documents.isEmpty() || codes.isEmpty())
        return failed(QStringLiteral("the project needs a document with text and a code"));

    QRandomGenerator rng(seed);
    QVector<double> latencies;
    latencies.reserve(actions);
    QElapsedTimer t;
    for (int i = 0; i < actions; ++i) {
        const DocumentInfo& d = documents[rng.bounded(int(documents.size()))];
        Coding c;
        c.documentId = d.id;
        c.codeId = codes[rng.bounded(int(codes.size()))].id;
        c.coderId = coderId;
        c.start = qint64(rng.bounded(quint64(d.length - 1)));
        c.end = std::min(d.length, c.start + 1 + qint64(rng.bounded(400u)));
        c.created = QDateTime::currentDateTimeUtc();
        t.start();
        st = p.edit(QStringLiteral("Code"), [&c](Editor& e) -> Status {
            auto id = addCoding(e, c);
            return id ? Status() : Status::failure(id.error());
        });
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!st)
            return failed(QStringLiteral("action %1: %2").arg(i + 1).arg(st.error()));
        latencies.append(ms);
        std::printf("latency_ms %.3f\n", ms);
        QCoreApplication::processEvents();
        if (pauseMs > 0)
            QThread::msleep(ulong(pauseMs));
    }
    std::sort(latencies.begin(), latencies.end());
    std::printf("summary actions %d p50_ms %.3f p95_ms %.3f max_ms %.3f\n", int(latencies.size()),
                percentile(latencies, 50), percentile(latencies, 95),
                latencies.isEmpty() ? 0.0 : latencies.last());
    return 0;
}

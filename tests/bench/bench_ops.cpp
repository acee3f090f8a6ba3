// SPDX-License-Identifier: GPL-3.0-or-later
// One operation of the study-scale benchmark (tests/bench/run) on an existing project, timed
// in this process so that process start-up is not counted; one operation per process, so the
// peak memory printed is that operation's. Not a test: nothing here asserts a time.
//
//   bench_ops PROJECT open|matrix-cases|matrix-questions|agreement|load-codings|load-spans
//   bench_ops PROJECT extracts-csv OUT.csv
//   bench_ops PROJECT search PHRASE
//   bench_ops PROJECT nltk-slice OUT.tsv LENGTH CODES
//
// Prints "seconds S rss_kb K cpu C" and, after a tab, what was done ("1000000 extracts").
// nltk-slice writes, for the first document, one line "code coder item label" per character
// of its first LENGTH code points and CODES most used codes (the data NLTK's AnnotationTask
// reads), and times Situate's character agreement on exactly that slice.
#include "core/agreement/agreementanalysis.h"
#include "core/agreement/spanagreement.h"
#include "core/analysis/analysiscontext.h"
#include "core/analysis/extractexport.h"
#include "core/analysis/frequency.h"
#include "core/project.h"
#include "core/search.h"
#include "core/storage/analysisqueries.h"
#include "tests/bench/benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace situate;
using bench::cpuSeconds;
using bench::peakRssKb;

namespace {

QString describe(const FrequencyMatrix& m) {
    return QStringLiteral("%1 x %2, %3 codings")
        .arg(m.rows.size())
        .arg(m.columns.size())
        .arg(m.grandTotal.codings);
}

int failed(const QString& message) {
    std::fprintf(stderr, "bench_ops: %s\n", qPrintable(message));
    return 1;
}

// The slice NLTK compares: first document, its `codes` most used codes, first `length` code
// points; one item per character, label 1 when the coder's codings of the code cover it.
int nltkSlice(const Storage& s, const QString& out, qint64 length, int codes) {
    const QVector<Coder> coders = s.coders().value();
    if (coders.size() < 2 || s.documents().value().isEmpty())
        return failed(QStringLiteral("the slice needs two coders and a document"));
    const qint64 doc = s.documents().value().first().id;
    const QVector<Coding> all = s.codings(doc).value();
    QHash<qint64, int> uses;
    for (const Coding& c : all)
        uses[c.codeId]++;
    QVector<qint64> ranked = uses.keys().toVector();
    std::sort(ranked.begin(), ranked.end(),
              [&](qint64 a, qint64 b) { return uses[a] != uses[b] ? uses[a] > uses[b] : a < b; });
    ranked.resize(std::min<qsizetype>(ranked.size(), codes));
    QVector<SpanCoding> slice;
    for (const Coding& c : all) {
        const int code = int(ranked.indexOf(c.codeId));
        const int coder = c.coderId == coders[0].id ? 0 : c.coderId == coders[1].id ? 1 : -1;
        if (code >= 0 && coder >= 0 && c.start < length)
            slice.append({0, code, coder, c.start, std::min(c.end, length)});
    }
    QElapsedTimer t;
    t.start();
    const QVector<BinaryCounts> counts = characterCountsTable({length}, int(ranked.size()), slice);
    const double seconds = t.nsecsElapsed() / 1e9;
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly))
        return failed(out + QStringLiteral(": cannot be written"));
    for (int code = 0; code < ranked.size(); ++code) {
        for (int coder = 0; coder < 2; ++coder) {
            QVector<Span> spans;
            for (const SpanCoding& c : slice)
                if (c.code == code && c.coder == coder)
                    spans.append({c.start, c.end});
            f.write(bench::coverageLines(code, coder, spans, length));
        }
    }
    BinaryCounts overall;
    for (const BinaryCounts& c : counts)
        overall += c;
    const Coefficient alpha = krippendorffAlpha(overall);
    std::printf("seconds %.6f rss_kb %lld cpu %.6f\t%lld characters x %d codes, pooled alpha %s\n",
                seconds, peakRssKb(), seconds, length, int(ranked.size()),
                alpha.defined() ? qPrintable(QString::number(*alpha.value, 'f', 4)) : "undefined");
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        return failed(QStringLiteral("usage: bench_ops PROJECT OPERATION [ARGS]"));
    const QString path = args[0], op = args[1];
    QElapsedTimer t;
    t.start();
    double cpu = cpuSeconds();
    auto project = Project::open(path);
    if (!project)
        return failed(project.error());
    const Storage& s = (*project)->storage();
    QString what;
    if (op == QLatin1String("open")) {
        // What the workbench reads before it shows the project: documents and codebook.
        what = QStringLiteral("%1 documents, %2 codes listed")
                   .arg(s.documents().value().size())
                   .arg(s.codes().value().size());
    } else {
        t.restart();
        cpu = cpuSeconds();
        if (op == QLatin1String("matrix-cases-loaded") ||
            op == QLatin1String("matrix-questions-loaded")) {
            // The matrix view's case: the codings were read for the matrix on screen, and
            // the user switches its columns. Only the recount from memory is timed.
            auto ctx = AnalysisContext::load(s, {});
            if (!ctx)
                return failed(ctx.error());
            FrequencyRequest req;
            req.by = op == QLatin1String("matrix-cases-loaded") ? Dimension::Case
                                                                : Dimension::ResearchQuestion;
            t.restart();
            cpu = cpuSeconds();
            auto m = frequencyMatrix(s, *ctx, req);
            if (!m)
                return failed(m.error());
            what = describe(*m);
        } else if (op == QLatin1String("matrix-cases") || op == QLatin1String("matrix-questions")) {
            FrequencyRequest req;
            req.by =
                op == QLatin1String("matrix-cases") ? Dimension::Case : Dimension::ResearchQuestion;
            auto m = frequencyMatrix(s, req);
            if (!m)
                return failed(m.error());
            what = describe(*m);
        } else if (op == QLatin1String("extracts-csv") && args.size() > 2) {
            qint64 count = 0;
            if (Status st = saveExtractsCsv(s, {}, args[2], true, &count); !st)
                return failed(st.error());
            what = QStringLiteral("%1 extracts").arg(count);
        } else if (op == QLatin1String("agreement")) {
            const QVector<Coder> coders = s.coders().value();
            if (coders.size() < 2)
                return failed(QStringLiteral("agreement needs two coders"));
            AgreementRequest req;
            req.coders = {coders[0].name, coders[1].name};
            req.unit = AgreementUnit::Character;
            auto r = computeAgreement(s, req);
            if (!r)
                return failed(r.error());
            const Coefficient alpha = r->coefficients(r->overall).krippendorffAlpha;
            what = QStringLiteral("%1 codes x %2 documents, overall alpha %3")
                       .arg(r->codes.size())
                       .arg(r->documents.size())
                       .arg(alpha.defined() ? QString::number(*alpha.value, 'f', 4)
                                            : QStringLiteral("undefined"));
        } else if (op == QLatin1String("load-codings")) {
            // What computeAgreement reads first: every column of every coding.
            what = QStringLiteral("%1 codings").arg(s.allCodings().value().size());
        } else if (op == QLatin1String("load-spans")) {
            // What the analysis reads: six integer columns through the native handle.
            auto spans = loadCodingSpans(s);
            if (!spans)
                return failed(spans.error());
            what = QStringLiteral("%1 codings").arg(spans->size());
        } else if (op == QLatin1String("search") && args.size() > 2) {
            auto hits = searchProject(path, SearchQuery::parse(args[2]));
            if (!hits)
                return failed(hits.error());
            what = QStringLiteral("%1 hits").arg(hits->size());
        } else if (op == QLatin1String("nltk-slice") && args.size() > 4) {
            return nltkSlice(s, args[2], args[3].toLongLong(), args[4].toInt());
        } else {
            return failed(QStringLiteral("unknown operation ") + op);
        }
    }
    const double seconds = t.nsecsElapsed() / 1e9;
    std::printf("seconds %.6f rss_kb %lld cpu %.6f\t%s\n", seconds, peakRssKb(), cpuSeconds() - cpu,
                qPrintable(what));
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Times the analysis at the scale of a large study (1,000 transcripts of 10,000 words, 200 codes,
// 1,000,000 codings) beside the closest plain queries run by the sqlite3 shell
// (bench_analysis.sql). Not a test: run it by hand.
//
//   bench_analysis [PROJECT] [--documents N] [--codings M]
//
// PROJECT is generated when it does not exist (deterministically) and reused otherwise.

#include "core/analysis/analysiscontext.h"
#include "core/analysis/extractexport.h"
#include "core/analysis/extracts.h"
#include "core/analysis/frequency.h"
#include "core/commands/commands.h"
#include "core/project.h"
#include "core/storage/analysisqueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <functional>
#include <random>

using namespace situate;

namespace {

struct Options {
    QString path;
    int documents = 1000;
    int words = 10000; // per document
    int groups = 20;   // top-level codes, each with 9 sub-codes: 200 codes
    qint64 codings = 1000000;
    int cases = 20;
};

void say(const QString& text) {
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

bool check(const Status& s) {
    if (!s.ok())
        say(QStringLiteral("error: %1\n").arg(s.error()));
    return s.ok();
}

// A transcript of `words` words in speaker turns of 30-90 words, one per paragraph, and
// the code-point ranges of its words.
QString transcript(std::mt19937& rng, int words, QVector<std::pair<qint64, qint64>>& ranges) {
    static const QStringList vocabulary =
        QStringLiteral(
            "the we our community practice members learning meeting trust ward nurse pharmacist "
            "doctor safety incident review change improvement network share knowledge month "
            "patients care medicines sepsis delirium maternity candour leadership time funding "
            "facilitator board data audit training bundle quality culture national policy local "
            "team together regular rhythm momentum value measure evidence story example")
            .split(QLatin1Char(' '));
    std::uniform_int_distribution<int> pick(0, int(vocabulary.size()) - 1);
    std::uniform_int_distribution<int> turn(30, 90);
    QString text;
    int left = 0, speaker = 0;
    for (int w = 0; w < words; ++w) {
        if (left == 0) {
            if (w > 0)
                text += QStringLiteral("\n\n");
            text += speaker++ % 2 ? QStringLiteral("P01: ") : QStringLiteral("Interviewer: ");
            left = turn(rng);
        } else {
            text += QLatin1Char(' ');
        }
        const QString& word = vocabulary[pick(rng)];
        ranges.append({text.size(), text.size() + word.size()}); // ASCII: UTF-16 = code points
        text += word;
        --left;
    }
    return text + QLatin1Char('\n');
}

bool generate(const Options& o) {
    say(QStringLiteral("generating %1 ...\n").arg(o.path));
    QElapsedTimer timer;
    timer.start();
    auto created = Project::create(o.path);
    if (!created)
        return check(Status::failure(created.error()));
    Project& p = **created;
    std::mt19937 rng(20150512);
    QVector<qint64> codes, coders, cases;
    if (!check(p.edit(QStringLiteral("codebook"), [&](Editor& e) -> Status {
            for (int c = 0; c < o.cases; ++c) {
                auto id = ensureCase(e, QStringLiteral("CoP %1").arg(c + 1));
                if (!id)
                    return Status::failure(id.error());
                cases << *id;
            }
            for (int q = 0; q < 6; ++q) {
                if (auto r = ensureQuestion(e, QStringLiteral("RQ%1").arg(q + 1)); !r)
                    return Status::failure(r.error());
            }
            const QVector<ResearchQuestion> questions = e.storage().researchQuestions().value();
            for (int g = 0; g < o.groups; ++g) {
                for (int k = 0; k < 10; ++k) {
                    const QString path = k == 0
                                             ? QStringLiteral("Group %1").arg(g + 1)
                                             : QStringLiteral("Group %1/Code %2").arg(g + 1).arg(k);
                    auto id = ensureCodePath(e, path);
                    if (!id)
                        return Status::failure(id.error());
                    codes << *id;
                    if (Status st = linkCodeToQuestion(e, *id, questions[(g + k) % 6].id); !st)
                        return st;
                }
            }
            for (const char* name : {"Aisha", "Ben"}) {
                auto id = ensureCoder(e, QString::fromUtf8(name));
                if (!id)
                    return Status::failure(id.error());
                coders << *id;
            }
            return {};
        })))
        return false;

    const qint64 perDocument = o.codings / o.documents;
    std::uniform_int_distribution<int> codePick(0, int(codes.size()) - 1), coderPick(0, 1);
    std::uniform_int_distribution<int> length(8, 60);
    for (int batch = 0; batch < o.documents; batch += 50) {
        QVector<Coding> codings;
        if (!check(p.edit(QStringLiteral("documents"), [&](Editor& e) -> Status {
                for (int d = batch; d < std::min(o.documents, batch + 50); ++d) {
                    QVector<std::pair<qint64, qint64>> ranges;
                    NewDocument doc;
                    doc.name = QStringLiteral("interview-%1").arg(d + 1, 4, 10, QLatin1Char('0'));
                    doc.format = QStringLiteral("txt");
                    doc.text = transcript(rng, o.words, ranges);
                    auto id = addDocument(e, doc);
                    if (!id)
                        return Status::failure(id.error());
                    if (Status st = assignDocumentToCase(e, *id, cases[d % cases.size()]); !st)
                        return st;
                    std::uniform_int_distribution<int> at(0, int(ranges.size()) - 1);
                    for (qint64 k = 0; k < perDocument; ++k) {
                        const int first = at(rng);
                        const int last = std::min(int(ranges.size()) - 1, first + length(rng));
                        Coding c;
                        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
                        c.documentId = *id;
                        c.codeId = codes[codePick(rng)];
                        c.coderId = coders[coderPick(rng)];
                        c.start = ranges[first].first;
                        c.end = ranges[last].second;
                        c.created = c.modified = QDateTime::currentDateTimeUtc();
                        codings << c;
                    }
                }
                return {};
            })))
            return false;
        p.undoStack()->clear();
        // Bulk rows for the benchmark only: a million single edits would fill the undo log.
        Storage& st = p.mutableStorage();
        if (!check(st.begin()) || !check(st.insertCodings(codings)) || !check(st.commit()))
            return false;
        say(QStringLiteral("  %1 documents, %2 s\n")
                .arg(std::min(o.documents, batch + 50))
                .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    }
    return true;
}

// Best of three runs, in milliseconds.
double best(const std::function<bool()>& run) {
    double out = 1e18;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        if (!run())
            return -1;
        out = std::min(out, t.nsecsElapsed() / 1e6);
    }
    return out;
}

// Named blocks of bench_analysis.sql.
QVector<std::pair<QString, QString>> referenceQueries() {
    QFile f(QString::fromUtf8(SITUATE_BENCH_SQL));
    QVector<std::pair<QString, QString>> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("-- name: ")))
            out.append({line.mid(9).trimmed(), QString()});
        else if (!out.isEmpty() && !line.startsWith(QLatin1String("--")))
            out.last().second += line + QLatin1Char('\n');
    }
    return out;
}

// Wall time of the sqlite3 shell running `sql` (output discarded), minus its start-up.
double shell(const QString& path, const QString& sql) {
    return best([&] {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
        p.write((QStringLiteral(".mode csv\n") + sql).toUtf8());
        p.closeWriteChannel();
        return p.waitForFinished(600000) && p.exitCode() == 0;
    });
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    Options o;
    QTemporaryDir dir;
    o.path = dir.filePath(QStringLiteral("bench.situate"));
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--documents") && i + 1 < args.size())
            o.documents = args[++i].toInt();
        else if (args[i] == QLatin1String("--codings") && i + 1 < args.size())
            o.codings = args[++i].toLongLong();
        else
            o.path = args[i];
    }
    if (!QFileInfo::exists(o.path) && !generate(o))
        return 1;
    auto opened = Project::open(o.path);
    if (!opened) {
        say(opened.error() + QLatin1Char('\n'));
        return 1;
    }
    const Storage& s = (*opened)->storage();
    const ProjectStats stats = s.stats();
    say(QStringLiteral("%1: %2 documents, %3 codes, %4 codings, %5 code points\n")
            .arg(QFileInfo(o.path).fileName())
            .arg(stats.documents)
            .arg(stats.codes)
            .arg(stats.codings)
            .arg(stats.characters));

    const qint64 code = s.codes().value().value(1).id; // a leaf: "Group 1/Code 1"
    const QString csvPath = dir.filePath(QStringLiteral("extracts.csv"));
    auto matrix = [&](Dimension by) {
        return [&s, by] {
            FrequencyRequest req;
            req.by = by;
            return frequencyMatrix(s, req).ok();
        };
    };
    // A view keeps the loaded context and recounts from it when the dimension changes.
    auto context = AnalysisContext::load(s, {});
    if (!context) {
        say(context.error() + QLatin1Char('\n'));
        return 1;
    }
    qint64 oneCode = 0;
    const QVector<std::pair<QString, std::function<bool()>>> ours = {
        {QStringLiteral("read codings (6 columns)"),
         [&] {
             return loadCodingSpans(s).ok();
         }},
        {QStringLiteral("load analysis context"),
         [&] {
             return AnalysisContext::load(s, {}).ok();
         }},
        {QStringLiteral("codes x cases (codings)"), matrix(Dimension::Case)},
        {QStringLiteral("codes x cases, context loaded"),
         [&] {
             FrequencyRequest req;
             return frequencyMatrix(s, *context, req).ok();
         }},
        {QStringLiteral("codes x questions (codings)"), matrix(Dimension::ResearchQuestion)},
        {QStringLiteral("extracts of one code"),
         [&] {
             ExtractQuery q;
             q.codeIds = {code};
             auto x = extracts(s, q);
             oneCode = x ? x->size() : -1;
             return x.ok();
         }},
        {QStringLiteral("full extracts export"),
         [&] {
             return saveExtractsCsv(s, {}, csvPath, true).ok();
         }},
    };
    const auto reference = referenceQueries();
    const double startup = shell(o.path, QStringLiteral("SELECT 1;\n"));
    say(QStringLiteral("\n%1 %2 %3 %4\n")
            .arg(QStringLiteral("measurement (best of 3)"), -32)
            .arg(QStringLiteral("situate ms"), 12)
            .arg(QStringLiteral("sqlite3 ms"), 12)
            .arg(QStringLiteral("ratio"), 7));
    for (const auto& [name, run] : ours) {
        const double mine = best(run);
        double theirs = -1;
        for (const auto& [refName, sql] : reference) {
            if (refName == name)
                theirs = shell(o.path, QString(sql).replace(QLatin1String(":code"),
                                                            QString::number(code))) -
                         startup;
        }
        say(QStringLiteral("%1 %2 %3 %4\n")
                .arg(name, -32)
                .arg(mine, 12, 'f', 1)
                .arg(theirs, 12, 'f', 1)
                .arg(theirs > 0 ? mine / theirs : 0.0, 7, 'f', 2));
    }
    say(QStringLiteral("\n(one code: %1 extracts; full export: %2 MB; sqlite3 start-up %3 ms "
                       "subtracted)\n")
            .arg(oneCode)
            .arg(QFileInfo(csvPath).size() / 1e6, 0, 'f', 1)
            .arg(startup, 0, 'f', 1));
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the coding workbench on a long transcript: opening it to first paint, applying
// a code, undoing, and scrolling from top to bottom, plus peak memory. Run by hand:
//   build/tests/bench/bench_documentview [WORDS] [CODINGS]
// (default 100,000 words and 5,000 codings by two coders). Prints a table; asserts nothing.
#include "core/commands/commands.h"
#include "core/project.h"
#include "tests/bench/benchsupport.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/codingcontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace situate;
using bench::peakRssKb;

namespace {

// A transcript of `words` words in speaker turns of 40-160 words, with realistic word
// lengths drawn from a small vocabulary.
QString makeTranscript(int words, QRandomGenerator& rng) {
    static const char* vocab[] = {
        "the",      "community", "practice",   "we",         "met",    "monthly",   "and",
        "learned",  "from",      "each",       "other",      "about",  "medicines", "safety",
        "patients", "ward",      "teams",      "leadership", "change", "it",        "was",
        "hard",     "to",        "measure",    "value",      "but",    "people",    "came",
        "back",     "because",   "they",       "felt",       "safe",   "sharing",   "mistakes",
        "openly",   "with",      "colleagues", "across",     "trusts"};
    const int n = sizeof(vocab) / sizeof(vocab[0]);
    QString text;
    text.reserve(words * 7);
    int written = 0, turn = 0;
    while (written < words) {
        text += turn % 2 ? QStringLiteral("P01: ") : QStringLiteral("Interviewer: ");
        const int len = 40 + static_cast<int>(rng.bounded(120));
        for (int i = 0; i < len && written < words; ++i, ++written) {
            text += QLatin1String(vocab[rng.bounded(n)]);
            text += (i % 17 == 16) ? QStringLiteral(". ") : QStringLiteral(" ");
        }
        text += QLatin1Char('\n');
        ++turn;
    }
    return text;
}

void row(const char* what, double ms, const char* target) {
    std::printf("| %-44s | %9.1f ms | %-10s |\n", what, ms, target);
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int words = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int codings = argc > 2 ? std::atoi(argv[2]) : 5000;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.situate"));
    QRandomGenerator rng(42);
    {
        auto p = Project::create(path);
        if (!p) {
            std::fprintf(stderr, "%s\n", qPrintable(p.error()));
            return 1;
        }
        const QString text = makeTranscript(words, rng);
        Status s = (*p)->edit(QStringLiteral("setup"), [&](Editor& e) -> Status {
            NewDocument d;
            d.name = QStringLiteral("long-transcript");
            d.text = text;
            const qint64 doc = *addDocument(e, d);
            QVector<qint64> codes;
            for (int i = 0; i < 40; ++i)
                codes << *ensureCodePath(e, QStringLiteral("Group %1/Code %2").arg(i / 8).arg(i));
            const qint64 coders[2] = {*ensureCoder(e, QStringLiteral("A")),
                                      *ensureCoder(e, QStringLiteral("B"))};
            const qint64 length = text.size(); // ASCII: code points == UTF-16 units
            for (int i = 0; i < codings; ++i) {
                Coding c;
                c.documentId = doc;
                c.codeId = codes[rng.bounded(static_cast<int>(codes.size()))];
                c.coderId = coders[i % 2];
                c.start = rng.bounded(static_cast<int>(length - 2000));
                c.end = c.start + 80 + rng.bounded(1200);
                if (Result<qint64> r = addCoding(e, c); !r)
                    return Status::failure(r.error());
            }
            return {};
        });
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
    }

    MainWindow window;
    bench::showForBench(window);
    QElapsedTimer t;
    t.start();
    window.openProject(path);
    window.openFirstCodedDocument();
    DocumentView* view = window.documentView();
    view->viewport()->repaint();
    view->stripeMargin()->repaint();
    const double open = t.nsecsElapsed() / 1e6;

    view->selectRange(5000, 5400);
    t.restart();
    if (Status coded =
            window.coding()->codeSelection(window.project()->storage().codes().value().last().id);
        !coded) {
        std::fprintf(stderr, "%s\n", qPrintable(coded.error()));
        return 1;
    }
    view->viewport()->repaint();
    view->stripeMargin()->repaint();
    const double apply = t.nsecsElapsed() / 1e6;

    t.restart();
    window.project()->undoStack()->undo();
    view->viewport()->repaint();
    view->stripeMargin()->repaint();
    const double undo = t.nsecsElapsed() / 1e6;

    QScrollBar* bar = view->verticalScrollBar();
    bar->setValue(0);
    double worst = 0, total = 0;
    int frames = 0;
    while (bar->value() < bar->maximum()) {
        bar->setValue(bar->value() + bar->pageStep());
        t.restart();
        view->viewport()->repaint();
        view->stripeMargin()->repaint();
        const double ms = t.nsecsElapsed() / 1e6;
        worst = std::max(worst, ms);
        total += ms;
        ++frames;
    }

    std::printf("Document view: %d words, %d codings by 2 coders, window 1600x1000 (%s)\n\n", words,
                codings, qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("| %-44s | %12s | %-10s |\n", "operation", "time", "target");
    std::printf("|%s|%s|%s|\n", "----------------------------------------------", "--------------",
                "------------");
    row("open project and document to first paint", open, "< 300 ms");
    row("apply a code (command + repaint)", apply, "< 50 ms");
    row("undo it (command + repaint)", undo, "< 50 ms");
    row("scroll top to bottom: worst page", worst, "< 50 ms");
    row("scroll top to bottom: mean page", frames ? total / frames : 0, "");
    std::printf("\n%d pages scrolled; peak memory (VmHWM) %.1f MB\n", frames, peakRssKb() / 1024.0);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI part of the study-scale benchmark (tests/bench/run): opens an existing project in
// the main window (offscreen unless QT_QPA_PLATFORM says otherwise), shows its largest
// document to first paint, applies a code to a selection and undoes it, each followed by a
// repaint, then scrolls that document from top to bottom a page at a time. Prints
// "open_first_paint S" (and "open_first_paint_cpu S", the window's thread's CPU, steadier on
// a shared machine), "apply S", "undo S" (seconds), the document shown, "scroll_worst_ms",
// "scroll_mean_ms", "scroll_worst_cpu_ms" and "scroll_pages" (a page's scroll and repaint, codings
// drawn) beside "plain_scroll_worst_ms", "plain_scroll_mean_ms" and "plain_scroll_worst_cpu_ms"
// (the same text in a bare QPlainTextEdit of the same size: Qt's own floor), and "rss_kb K" (peak
// memory of the whole GUI process). Not a test: it asserts nothing.
//
//   bench_workbench PROJECT
#include "core/project.h"
#include "tests/bench/benchsupport.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/codingcontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QThreadPool>

#include <cstdio>
#include <ctime>

using namespace situate;
using bench::peakRssKb;

namespace {

void repaint(DocumentView* view) {
    view->viewport()->repaint();
    view->stripeMargin()->repaint();
}

double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Frames {
    double worst = 0, total = 0, worstCpu = 0; // milliseconds; CPU of the window's thread
    int pages = 0;
};

/// Scrolls `view` from the top to the end a page at a time; each frame is the scroll and the
/// repaint of what it shows (`paint`).
template <typename Paint> Frames scrollPages(QPlainTextEdit* view, Paint paint) {
    QScrollBar* bar = view->verticalScrollBar();
    bar->setValue(0);
    paint();
    Frames f;
    QElapsedTimer t;
    while (bar->value() < bar->maximum()) {
        const double cpu = threadCpuSeconds();
        t.start();
        bar->setValue(bar->value() + bar->pageStep());
        paint();
        const double ms = t.nsecsElapsed() / 1e6;
        f.worstCpu = std::max(f.worstCpu, (threadCpuSeconds() - cpu) * 1e3);
        f.worst = std::max(f.worst, ms);
        f.total += ms;
        ++f.pages;
    }
    return f;
}

} // namespace

int main(int argc, char** argv) {
    bench::offscreenByDefault();
    QApplication app(argc, argv);
    if (!bench::guiBenchReady(argc, 2, "bench_workbench PROJECT"))
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);

    // The largest document, found before timing (a user picks it from the list).
    qint64 largest = 0, largestLength = -1;
    QString largestName;
    {
        auto p = Project::open(path);
        if (!p) {
            std::fprintf(stderr, "bench_workbench: %s\n", qPrintable(p.error()));
            return 1;
        }
        for (const DocumentInfo& d : (*p)->storage().documents().value()) {
            if (d.length > largestLength) {
                largest = d.id;
                largestLength = d.length;
                largestName = d.name;
            }
        }
    }

    MainWindow window;
    bench::showForBench(window);
    QElapsedTimer t;
    const double cpu0 = threadCpuSeconds();
    t.start();
    if (!window.openProject(path))
        return 1;
    window.showDocument(largest);
    DocumentView* view = window.documentView();
    repaint(view);
    const double open = t.nsecsElapsed() / 1e9;
    const double openCpu = threadCpuSeconds() - cpu0;
    const qsizetype codings = window.project()->storage().codingsForView(largest).value().size();
    // A large project's coding counts arrive from a worker after the first paint; a user
    // reads before coding, so let them arrive before timing an edit.
    QThreadPool::globalInstance()->waitForDone();
    QApplication::processEvents();

    view->selectRange(5000, 5400);
    const qint64 code = window.project()->storage().codes().value().last().id;
    t.restart();
    const Status applied = window.coding()->codeSelection(code);
    repaint(view);
    const double apply = t.nsecsElapsed() / 1e9;
    if (!applied) {
        std::fprintf(stderr, "bench_workbench: %s\n", qPrintable(applied.error()));
        return 1;
    }
    t.restart();
    window.project()->undoStack()->undo();
    repaint(view);
    const double undo = t.nsecsElapsed() / 1e9;

    const Frames coded = scrollPages(view, [view] { repaint(view); });
    // The floor: the same text in a bare editor of the same size, nothing drawn over it.
    QPlainTextEdit plain;
    plain.setReadOnly(true);
    plain.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    plain.document()->setDocumentMargin(18);
    plain.setPlainText(view->documentText());
    plain.resize(view->viewport()->size());
    plain.show();
    QApplication::processEvents();
    const Frames bare = scrollPages(&plain, [&plain] { plain.viewport()->repaint(); });

    std::printf(
        "open_first_paint %.6f\nopen_first_paint_cpu %.6f\napply %.6f\nundo %.6f\n"
        "document %s %lld code points, %lld codings\n"
        "scroll_worst_ms %.3f\nscroll_mean_ms %.3f\nscroll_worst_cpu_ms %.3f\nscroll_pages %d\n"
        "plain_scroll_worst_ms %.3f\nplain_scroll_mean_ms %.3f\n"
        "plain_scroll_worst_cpu_ms %.3f\nrss_kb %lld\n",
        open, openCpu, apply, undo, qPrintable(largestName), largestLength,
        static_cast<long long>(codings), coded.worst, coded.pages ? coded.total / coded.pages : 0.0,
        coded.worstCpu, coded.pages, bare.worst, bare.pages ? bare.total / bare.pages : 0.0,
        bare.worstCpu, peakRssKb());
    return 0;
}

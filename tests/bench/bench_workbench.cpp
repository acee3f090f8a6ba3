// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI part of the study-scale benchmark (tests/bench/run): opens an existing project in
// the main window (offscreen unless QT_QPA_PLATFORM says otherwise), shows its largest
// document to first paint, applies a code to a selection and undoes it, each followed by a
// repaint. Prints "open_first_paint S", "apply S", "undo S" (seconds), the document shown
// and "rss_kb K" (peak memory of the whole GUI process). Not a test: it asserts nothing.
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
#include <QThreadPool>
#include <QUndoStack>

#include <cstdio>

using namespace situate;
using bench::peakRssKb;

namespace {

void repaint(DocumentView* view) {
    view->viewport()->repaint();
    view->stripeMargin()->repaint();
}

} // namespace

int main(int argc, char** argv) {
    bench::offscreenUnlessSet();
    QApplication app(argc, argv);
    const QString path = bench::windowBenchProject(argc, argv, "bench_workbench");
    if (path.isEmpty())
        return 2;

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
    t.start();
    if (!window.openProject(path))
        return 1;
    window.showDocument(largest);
    DocumentView* view = window.documentView();
    repaint(view);
    const double open = t.nsecsElapsed() / 1e9;
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

    std::printf("open_first_paint %.6f\napply %.6f\nundo %.6f\ndocument %s %lld code points, "
                "%lld codings\nrss_kb %lld\n",
                open, apply, undo, qPrintable(largestName), largestLength,
                static_cast<long long>(codings), peakRssKb());
    return 0;
}

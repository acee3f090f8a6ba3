// SPDX-License-Identifier: GPL-3.0-or-later
// The extracts browser on a large project (offscreen unless QT_QPA_PLATFORM says otherwise):
// opens the project in the main window, shows the Coded extracts dock and times, each with a
// repaint, the first rows shown with their texts, the heading's true count, a drag of the scrollbar
// from the top to the bottom in 100 steps (the worst step, and until the last rows show their
// texts), and 300 wheel steps of three rows in the middle of the list (the worst step). Beside
// them, in the same run, the sqlite3 shell counting the codings and reading the first and the last
// page of 100 extracts in the same order with their texts (start-up subtracted). Prints "name
// seconds" lines and "rss_kb K". Not a test: it asserts nothing.
//
//   bench_extracts PROJECT
#include "core/project.h"
#include "tests/bench/benchsupport.h"
#include "ui/analysis/extractsbrowser.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>

using namespace situate;

namespace {

constexpr int extractColumn = 4; // ExtractsModel::ExtractColumn
constexpr int htmlRole = Qt::UserRole + 2;

// Seconds the sqlite3 shell takes for `sql` on `path`, output discarded.
double shell(const QString& path, const QString& sql) {
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
    p.write(sql.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    return t.nsecsElapsed() / 1e9;
}

// Whether the rows in view show their texts (a lazy model shows "Loading…" until then).
bool textsShown(QTableView* table) {
    QAbstractItemModel* model = table->model();
    const int top = table->rowAt(0);
    int bottom = table->rowAt(table->viewport()->height() - 1);
    if (bottom < 0)
        bottom = model->rowCount() - 1;
    if (top < 0)
        return false;
    for (int r = top; r <= bottom; ++r) {
        const QString html = model->index(r, extractColumn).data(htmlRole).toString();
        if (!html.contains(QLatin1String("font-weight:600")))
            return false;
    }
    return true;
}

// Processes events and repaints until `done`; false after 10 minutes.
template <typename Done> bool settle(QTableView* table, Done done) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > 600000)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        table->viewport()->repaint();
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    bench::offscreenByDefault();
    QApplication app(argc, argv);
    if (!bench::guiBenchReady(argc, 2, "bench_extracts PROJECT"))
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);

    MainWindow window;
    bench::showForBench(window);
    if (!window.openProject(path))
        return 1;
    // The workbench's own counts come from a worker; let them end before timing the browser.
    QThreadPool::globalInstance()->waitForDone();
    QApplication::processEvents();

    auto* open = window.findChild<QAction*>(QStringLiteral("extractsDockAction"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("extractsTable"));
    auto* browser = window.findChild<ExtractsBrowser*>(QStringLiteral("extractsBrowser"));
    if (!open || !table || !browser)
        return 1;
    QElapsedTimer t;
    t.start();
    open->trigger();
    if (!settle(table, [&] { return table->model()->rowCount() > 0 && textsShown(table); }))
        return 1;
    const double first = t.nsecsElapsed() / 1e9;
    // The heading's true count, once the whole list is read (the first rows come before it).
    if (!settle(table, [&] { return !browser->isLoading(); }))
        return 1;
    const double counted = t.nsecsElapsed() / 1e9;
    const int rows = table->model()->rowCount();

    // Dragging the scrollbar's thumb from the top to the bottom.
    QScrollBar* bar = table->verticalScrollBar();
    double worstDrag = 0;
    t.restart();
    for (int step = 1; step <= 100; ++step) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(int(qint64(bar->maximum()) * step / 100));
        QApplication::processEvents();
        table->viewport()->repaint();
        worstDrag = std::max(worstDrag, frame.nsecsElapsed() / 1e9);
    }
    if (!settle(table, [&] { return textsShown(table); }))
        return 1;
    const double toEnd = t.nsecsElapsed() / 1e9;

    // Reading on with the wheel from the middle: three rows a step.
    bar->setValue(bar->maximum() / 2);
    settle(table, [&] { return textsShown(table); });
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    double worstWheel = 0;
    int waited = 0;
    for (int step = 0; step < 300; ++step) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(bar->value() + 3 * rowHeight);
        QApplication::processEvents();
        table->viewport()->repaint();
        worstWheel = std::max(worstWheel, frame.nsecsElapsed() / 1e9);
        waited += textsShown(table) ? 0 : 1;
    }
    QThreadPool::globalInstance()->waitForDone();

    const qint64 rss = bench::peakRssKb();
    const double startup = shell(path, QStringLiteral("SELECT 1;\n"));
    // The page's ids in the browser's order, then the texts of just those (as extractPage).
    const QString page = QStringLiteral(
        "WITH page AS (SELECT c.id FROM codings c JOIN documents d ON d.id = c.document_id "
        "ORDER BY d.sort_order, d.name, c.start, c.\"end\", c.id LIMIT 100 OFFSET %1) "
        "SELECT c.id, d.name, substr(d.text, c.start + 1, c.\"end\" - c.start) FROM page "
        "JOIN codings c ON c.id = page.id JOIN documents d ON d.id = c.document_id;\n");
    const double count = shell(path, QStringLiteral("SELECT count(*) FROM codings;\n")) - startup;
    const double firstPage = shell(path, page.arg(0)) - startup;
    const double lastPage = shell(path, page.arg(std::max(0, rows - 100))) - startup;

    std::printf("rows %d\nfirst_rows %.6f\ncounted %.6f\ndrag_to_end %.6f\ndrag_worst_step %.6f\n"
                "wheel_worst_step %.6f\nwheel_steps_waiting %d of 300\nrss_kb %lld\n"
                "sqlite3_count %.6f\nsqlite3_first_page %.6f\nsqlite3_last_page %.6f\n",
                rows, first, counted, toEnd, worstDrag, worstWheel, waited,
                static_cast<long long>(rss), count, firstPage, lastPage);
    return 0;
}

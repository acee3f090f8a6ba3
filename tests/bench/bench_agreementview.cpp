// SPDX-License-Identifier: GPL-3.0-or-later
// The agreement view on a large project, beside `situate-cli agreement` on the same file in
// the same run: opens the project in the main window (offscreen unless QT_QPA_PLATFORM says
// otherwise), shows the agreement dock, ticks the two coders and presses Compute, and times
// the coefficients appearing in the table, then the disagreement list's first rows painted.
// Prints "cli S", "coefficients S", "first_rows S", "ratio R" (coefficients / cli), the
// places listed and "rss_kb K". Not a test: it asserts nothing. With SITUATE_BENCH_GRAB set
// to a PNG path, it then selects a row three quarters down the list and writes a screenshot
// of the window there (run it under xvfb-run with QT_QPA_PLATFORM=xcb to see it on X).
//
//   bench_agreementview PROJECT SITUATE_CLI [FIRST_CODER SECOND_CODER]
#include "tests/bench/benchsupport.h"
#include "ui/mainwindow/dockgroup.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>

#include <cstdio>

using namespace situate;

namespace {

double seconds(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

/// Best of three wall times of the command-line agreement on the same file.
double cliSeconds(const QString& cli, const QString& project, const QString& coders) {
    double best = 1e300;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(cli, {QStringLiteral("agreement"), project, QStringLiteral("--coders"), coders});
        p.waitForFinished(-1);
        best = std::min(best, seconds(t));
        if (p.exitCode() != 0) {
            std::fprintf(stderr, "bench_agreementview: %s\n", p.readAllStandardError().constData());
            return -1;
        }
    }
    return best;
}

} // namespace

int main(int argc, char** argv) {
    bench::offscreenByDefault();
    QApplication app(argc, argv);
    if (!bench::guiBenchReady(argc, 3, "bench_agreementview PROJECT SITUATE_CLI [FIRST SECOND]"))
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString first = argc > 4 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("Aisha");
    const QString second = argc > 4 ? QString::fromLocal8Bit(argv[4]) : QStringLiteral("Ben");
    const double cli = cliSeconds(QString::fromLocal8Bit(argv[2]), path, first + u',' + second);

    MainWindow window;
    bench::showForBench(window);
    if (!window.openProject(path))
        return 1;
    showDock(window.findChild<QDockWidget*>(QStringLiteral("agreementDock")));
    QApplication::processEvents();
    auto* coders = window.findChild<QListWidget*>(QStringLiteral("agreementCoders"));
    auto* table = window.findChild<QAbstractItemView*>(QStringLiteral("agreementTable"));
    auto* list = window.findChild<QAbstractItemView*>(QStringLiteral("agreementDisagreements"));
    auto* compute = window.findChild<QPushButton*>(QStringLiteral("agreementCompute"));
    if (!coders || !table || !list || !compute)
        return 1;
    for (const QString& name : {first, second})
        for (QListWidgetItem* item : coders->findItems(name, Qt::MatchExactly))
            item->setCheckState(Qt::Checked);

    QElapsedTimer t;
    double coefficients = -1, firstRows = -1;
    t.start();
    compute->click();
    // The table's rows arrive from the worker; the list's first rows follow, painted.
    while (coefficients < 0 || firstRows < 0) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (coefficients < 0 && table->model()->rowCount() > 0) {
            table->viewport()->repaint();
            coefficients = seconds(t);
        }
        if (coefficients >= 0 && list->model()->rowCount() > 0) {
            list->viewport()->repaint();
            firstRows = seconds(t);
        }
        if (t.elapsed() > 600000)
            return 1;
    }
    QString title;
    for (QLabel* label : window.findChildren<QLabel*>())
        if (label->text().startsWith(QStringLiteral("<b>Disagreements</b>")))
            title = label->text();
    std::printf("cli %.6f\ncoefficients %.6f\nfirst_rows %.6f\nratio %.2f\nlisted %lld "
                "rows\ntitle %s\nrss_kb %lld\n",
                cli, coefficients, firstRows, cli > 0 ? coefficients / cli : 0.0,
                static_cast<long long>(list->model()->rowCount()), qPrintable(title),
                bench::peakRssKb());
    if (const QString grab = qEnvironmentVariable("SITUATE_BENCH_GRAB"); !grab.isEmpty()) {
        const QModelIndex deep = list->model()->index(list->model()->rowCount() * 3 / 4, 0);
        list->scrollTo(deep, QAbstractItemView::PositionAtCenter);
        list->setCurrentIndex(deep);
        QApplication::processEvents();
        if (!window.grab().save(grab))
            return 1;
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/singleinstance.h"
#include "app/version.h"
#include "core/demo/demobuilder.h"
#include "core/driverwarnings.h"
#include "ui/common/prompter.h"
#include "ui/common/theme.h"
#include "ui/common/translations.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/projectwindows.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QIcon>
#include <QListWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

const char* const kUsage =
    "Usage: situate [PROJECT.situate...]\n"
    "       situate --grab FILE.png [--dock NAME] [PROJECT.situate]\n"
    "       situate --grab FILE.png --start\n"
    "       situate --grab FILE.png [--dock NAME] --click NAME[=ROW]... [PROJECT]\n"
    "       situate --list-windows\n"
    "       situate --help | --version\n"
    "  Each project opens in a window of its own. While Situate runs, a project\n"
    "  opened again (here or from the file manager) goes to the running Situate,\n"
    "  which brings forward the window that has it open, or opens it.\n"
    "  --list-windows prints the project of each window of the running Situate.\n"
    "  --grab renders the main window offscreen at 1600x1000 with the project's\n"
    "  first coded transcript open (a freshly built demo without PROJECT),\n"
    "  writes the PNG and exits. --dock shows and raises the dock of that\n"
    "  object name (matrixDock, tocDock, ...) first, three fifths of the window\n"
    "  high when it is a bottom dock, and lets its view read the\n"
    "  project. --start grabs the empty window instead: its start page, with\n"
    "  no project open. --click (repeatable, in order, after --dock) presses\n"
    "  the button NAME, or in the list or tree NAME ticks (else selects) the row\n"
    "  whose text is ROW, or in another table selects row number ROW.\n";

int usage() {
    std::fputs(kUsage, stderr);
    return 2;
}

/// For --grab: what the window would show in a message box goes to stderr instead.
class StderrPrompter : public situate::DialogPrompter {
public:
    void message(QWidget*, const QString& text) override {
        std::fprintf(stderr, "situate: %s\n", qPrintable(text));
    }
    void report(QWidget* parent, const QString&, const QStringList& lines) override {
        message(parent, lines.join(QLatin1Char('\n')));
    }
};

/// For --grab: lets the views' reads on pool threads finish and their results show.
void settle() {
    const QDeadlineTimer settled(1500);
    while (!settled.hasExpired()) {
        QThreadPool::globalInstance()->waitForDone();
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

/// For --grab --click NAME[=ROW]: what a user would click before the picture is taken.
bool click(const QWidget& window, const QString& spec) {
    const QString name = spec.section(QLatin1Char('='), 0, 0);
    const QString row = spec.section(QLatin1Char('='), 1);
    auto fail = [&](const char* why) {
        std::fprintf(stderr, "situate: --click %s: %s\n", qPrintable(spec), why);
        return false;
    };
    auto* widget = window.findChild<QWidget*>(name);
    if (!widget)
        return fail("no widget of that name");
    if (auto* button = qobject_cast<QAbstractButton*>(widget); button && row.isEmpty()) {
        button->click();
        return true;
    }
    if (auto* list = qobject_cast<QListWidget*>(widget)) {
        const QList<QListWidgetItem*> found = list->findItems(row, Qt::MatchExactly);
        if (found.isEmpty())
            return fail("no row with that text");
        QListWidgetItem* item = found.first();
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        else
            list->setCurrentItem(item);
        return true;
    }
    if (auto* tree = qobject_cast<QTreeWidget*>(widget)) {
        const QList<QTreeWidgetItem*> found =
            tree->findItems(row, Qt::MatchExactly | Qt::MatchRecursive);
        if (found.isEmpty())
            return fail("no row with that text");
        tree->setCurrentItem(found.first());
        return true;
    }
    if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
        bool number = false;
        const int at = row.toInt(&number);
        if (!number || at < 0 || at >= view->model()->rowCount())
            return fail("no such row number");
        view->setCurrentIndex(view->model()->index(at, 0));
        return true;
    }
    return fail("not a button, list, tree or table");
}

const QString kOpen = QStringLiteral("open");
const QString kList = QStringLiteral("list");

/// The request that hands `projects` to the running Situate, which may have another working
/// folder: full paths.
QStringList openRequest(const QStringList& projects) {
    QStringList request{kOpen};
    for (const QString& project : projects)
        request << situate::ProjectWindows::sameProjectKey(project);
    return request;
}

/// Without --grab, before any window: hands the projects to the running Situate (or asks it
/// for its windows with --list-windows) and gives the exit code; nothing when there is none
/// to hand them to and this process is to run the windows.
std::optional<int> handOver(int& argc, char** argv, bool listWindows) {
    if (situate::SingleInstance::disabled()) {
        if (!listWindows)
            return std::nullopt;
        std::fputs("situate: --list-windows needs single instance, which "
                   "SITUATE_NO_SINGLE_INSTANCE turns off\n",
                   stderr);
        return 1;
    }
    QCoreApplication app(argc, argv);
    const situate::SingleInstance instance(situate::SingleInstance::defaultName());
    if (listWindows) {
        const std::optional<QStringList> windows = instance.ask({kList});
        if (!windows) {
            std::fputs("situate: Situate is not running\n", stderr);
            return 1;
        }
        for (const QString& project : *windows)
            std::printf("%s\n", qPrintable(QDir::toNativeSeparators(project)));
        return 0;
    }
    if (instance.ask(openRequest(QCoreApplication::arguments().mid(1))))
        return 0;
    return std::nullopt;
}

/// The running Situate: a window for each project (an empty one without), answering the
/// Situates started later (singleinstance.h) until the last window closes.
int runWindows(const QStringList& projects) {
    situate::ProjectWindows windows;
    situate::SingleInstance instance(situate::SingleInstance::defaultName());
    if (!situate::SingleInstance::disabled()) {
        const bool serving = instance.serve([&windows](const QStringList& request) {
            if (request.value(0) == kList)
                return windows.projects();
            // Answered at once, opened from the event loop: a message the opening shows
            // must not keep the other Situate waiting.
            QTimer::singleShot(0, &windows, [&windows, projects = request.mid(1)] {
                if (projects.isEmpty())
                    windows.newWindow();
                for (const QString& project : projects)
                    windows.open(project);
            });
            return QStringList{kOpen};
        });
        // Another situate started at the same moment took the socket first: it opens these.
        if (!serving && instance.ask(openRequest(projects)))
            return 0;
    }
    for (const QString& project : projects)
        windows.open(project);
    if (windows.windows().isEmpty())
        windows.newWindow();
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv) {
    // --help and --version answer before any window or display is needed.
    bool grab = false;
    bool listWindows = false;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0) {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (qstrcmp(argv[i], "--version") == 0) {
            std::printf("situate %s\n", situate::kVersion);
            return 0;
        }
        if (qstrcmp(argv[i], "--grab") == 0)
            grab = true;
        if (qstrcmp(argv[i], "--list-windows") == 0)
            listWindows = true;
    }
    // A screenshot never talks to a running Situate.
    if (!grab) {
        if (const std::optional<int> exitCode = handOver(argc, argv, listWindows))
            return *exitCode;
    }
    situate::quietDriverWarnings();
    if (grab)
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed for a screenshot
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Situate"));
    QApplication::setOrganizationName(QStringLiteral("Situate"));
    QApplication::setApplicationVersion(QLatin1String(situate::kVersion));
    situate::installTranslationsFromSettings(); // the system's language, or Preferences'
    situate::applyThemeFromEnvironment();       // SITUATE_THEME=dark tries a dark theme
    // The installed desktop entry and icon (resources/desktop, resources/icons) by their id,
    // so a desktop shows Situate's windows with its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.situate.Situate"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.situate.Situate")));

    QStringList args = QApplication::arguments().mid(1);
    QString grabFile;
    QString dockName;
    bool startPage = false;
    QStringList clicks;
    if (grab) {
        const qsizetype at = args.indexOf(QLatin1String("--grab"));
        if (at + 1 >= args.size())
            return usage();
        grabFile = args.at(at + 1);
        args.remove(at, 2);
        const qsizetype dock = args.indexOf(QLatin1String("--dock"));
        if (dock >= 0) {
            if (dock + 1 >= args.size())
                return usage();
            dockName = args.at(dock + 1);
            args.remove(dock, 2);
        }
        startPage = args.removeAll(QLatin1String("--start")) > 0;
        for (qsizetype at = args.indexOf(QLatin1String("--click")); at >= 0;
             at = args.indexOf(QLatin1String("--click"))) {
            if (at + 1 >= args.size())
                return usage();
            clicks << args.at(at + 1);
            args.remove(at, 2);
        }
    }
    if (!grab)
        return runWindows(args);
    QString project = args.value(0);

    QTemporaryDir tmp;
    if (grab && project.isEmpty() && !startPage) {
        project = tmp.filePath(QStringLiteral("demo.situate"));
        auto built = situate::buildDemoProject(project);
        if (!built) {
            std::fprintf(stderr, "situate: %s\n", qPrintable(built.error()));
            return 1;
        }
    }

    situate::MainWindow window(grab ? std::make_shared<StderrPrompter>() : nullptr);
    if (grab) {
        // The documented size and the first-start docks, whatever the user's saved layout.
        window.resetLayout();
        window.resize(1600, 1000);
    }
    if (!project.isEmpty() && !startPage && !window.openProject(project) && grab)
        return 1;
    if (grab) {
        if (!startPage)
            window.openFirstCodedDocument();
        window.show();
        QApplication::processEvents();
        if (!dockName.isEmpty()) {
            auto* dock = window.findChild<QDockWidget*>(dockName);
            if (!dock) {
                std::fprintf(stderr, "situate: no dock named %s\n", qPrintable(dockName));
                return 1;
            }
            dock->show();
            dock->raise();
            // A bottom dock gets most of the height, as a user makes room for it to read it.
            if (const auto area = window.dockWidgetArea(dock);
                area == Qt::BottomDockWidgetArea || area == Qt::TopDockWidgetArea)
                window.resizeDocks({dock}, {window.height() * 3 / 5}, Qt::Vertical);
            // The view reads the project on pool threads and shows the result through the
            // event loop: let both run until they are done.
            settle();
        }
        for (const QString& spec : clicks) {
            if (!click(window, spec))
                return 1;
            settle();
        }
        const bool saved = window.grab().save(grabFile);
        if (!saved) {
            std::fprintf(stderr, "situate: cannot write %s\n", qPrintable(grabFile));
            return 1;
        }
        std::fprintf(stdout, "wrote %s\n", qPrintable(QDir::toNativeSeparators(grabFile)));
        return 0;
    }
    window.show();
    return app.exec();
}

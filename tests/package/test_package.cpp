// SPDX-License-Identifier: GPL-3.0-or-later
// The Debian package, made by cpack from this build tree (CPackConfig.cmake, as
// scripts/package does from its Release build) and unpacked with dpkg-deb into a throwaway
// root: every file of the installation is there, the dependencies come from dpkg-shlibdeps,
// the man pages render and list every command and option, no RPATH leads into the build,
// and situate-cli demo and situate --grab run from the installed paths.
#include "tests/support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::runProcess;
using test::s;

namespace {

const QString kId = s("org.situate.Situate");

/// Runs a program and requires exit code 0, showing its output otherwise.
test::ProcessResult mustSucceed(const QString& program, const QStringList& args) {
    const auto r = runProcess(program, args);
    INFO(program.toStdString() << ' ' << args.join(QLatin1Char(' ')).toStdString() << "\nstdout: "
                               << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

/// The tools the test needs, each a prerequisite (a failure under CI).
bool haveTools() {
    bool all = true;
    for (const char* tool : {"dpkg-deb", "dpkg-shlibdeps", "readelf", "man"}) {
        const bool found = !QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty();
        all =
            test::requirePrerequisite(
                found,
                qPrintable(
                    QStringLiteral("%1 (dpkg-dev, binutils, man-db)").arg(QLatin1String(tool)))) &&
            all;
    }
    return all;
}

/// The package of this build, made in a temporary folder and unpacked under `root`.
struct Package {
    QTemporaryDir dir;
    QString deb;
    QString root;

    Package() {
        const QString out = dir.filePath(s("out"));
        mustSucceed(s(SITUATE_CPACK), {s("-G"), s("DEB"), s("-B"), out, s("--config"),
                                       s(SITUATE_BINARY_DIR "/CPackConfig.cmake")});
        deb = QDir(out).filePath(s("situate_%1_amd64.deb").arg(s(SITUATE_EXPECTED_VERSION)));
        REQUIRE(QFileInfo::exists(deb));
        root = dir.filePath(s("root"));
        mustSucceed(s("dpkg-deb"), {s("-x"), deb, root});
    }
    QString path(const QString& relative) const { return QDir(root).filePath(relative); }
    QString bin(const char* name) const { return path(s("usr/bin/") + QLatin1String(name)); }
    QString field(const char* name) const {
        return QString::fromUtf8(
                   mustSucceed(s("dpkg-deb"), {s("-f"), deb, QLatin1String(name)}).out)
            .trimmed();
    }
};

/// The files called `name` anywhere under `root`.
QStringList filesNamed(const QString& root, const QString& name) {
    QStringList out;
    QDirIterator it(root, {name}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

/// A man page as `man -l` renders it, in one line with single spaces.
QString renderedPage(const QString& page) {
    qputenv("MANWIDTH", "120");
    const QString text = QString::fromUtf8(mustSucceed(s("man"), {s("-l"), page}).out);
    return text.simplified();
}

/// The usage lines of `situate-cli --help` (indented by two spaces; summaries by six).
QStringList cliUsages(const QString& cli) {
    QStringList usages;
    const QString help = QString::fromUtf8(mustSucceed(cli, {s("--help")}).out);
    for (const QString& line : help.split(QLatin1Char('\n'))) {
        if (line.startsWith(s("  ")) && !line.startsWith(s("   ")))
            usages << line.simplified();
    }
    return usages;
}

} // namespace

TEST_CASE("package: the deb holds the whole installation, with dependencies from the binaries") {
    if (!haveTools())
        return;
    const Package package;
    QStringList expected{s("usr/bin/situate"),
                         s("usr/bin/situate-cli"),
                         s("usr/share/applications/%1.desktop").arg(kId),
                         s("usr/share/metainfo/%1.metainfo.xml").arg(kId),
                         s("usr/share/mime/packages/%1.xml").arg(kId),
                         s("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(kId),
                         s("usr/share/man/man1/situate.1.gz"),
                         s("usr/share/man/man1/situate-cli.1.gz"),
                         s("usr/share/doc/situate/copyright"),
                         s("usr/share/doc/situate/changelog.gz")};
    // The module of PDF, Excel, SPSS and Stata files, in the library folder.
    CHECK(filesNamed(package.root, s("situate-formats.so")).size() == 1);
    // The report program (situate-cli report runs it), in the same folder.
    const QStringList reportPrograms = filesNamed(package.root, s("situate-report"));
    REQUIRE(reportPrograms.size() == 1);
    CHECK(QFileInfo(reportPrograms.first()).isExecutable());
    CHECK(QFileInfo(reportPrograms.first()).dir() ==
          QFileInfo(filesNamed(package.root, s("situate-formats.so")).value(0)).dir());
    for (int size : {16, 32, 48, 64, 128, 256})
        expected << s("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kId);
    for (const QString& file : expected) {
        INFO(file.toStdString());
        CHECK(QFileInfo(package.path(file)).isFile());
    }
    // Each PNG icon is a real image of its size.
    for (int size : {16, 32, 48, 64, 128, 256}) {
        const QImage icon(
            package.path(s("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kId)));
        CHECK(icon.size() == QSize(size, size));
    }

    // The file manager opens *.situate with Situate: the MIME type, and the desktop entry
    // that names it.
    const QString mime = QString::fromUtf8(
        test::readFile(package.path(s("usr/share/mime/packages/%1.xml").arg(kId))));
    CHECK(mime.contains(s("<mime-type type=\"application/x-situate\">")));
    CHECK(mime.contains(s("<glob pattern=\"*.situate\"")));
    const QString desktop = QString::fromUtf8(
        test::readFile(package.path(s("usr/share/applications/%1.desktop").arg(kId))));
    CHECK(desktop.contains(s("\nMimeType=application/x-situate;\n")));
    CHECK(desktop.contains(s("\nExec=situate %F\n")));
    CHECK(desktop.contains(s("\nIcon=%1\n").arg(kId)));
    // The metainfo's newest release is this version.
    const QString metainfo = QString::fromUtf8(
        test::readFile(package.path(s("usr/share/metainfo/%1.metainfo.xml").arg(kId))));
    const auto release = QRegularExpression(s("<release version=\"([^\"]+)\"")).match(metainfo);
    REQUIRE(release.hasMatch());
    CHECK(release.captured(1) == s(SITUATE_EXPECTED_VERSION));
    CHECK(metainfo.count(s("<screenshot")) >= 3);

    // dpkg-shlibdeps found the libraries the binaries link; the plugins it cannot see are
    // named by hand.
    const QString depends = package.field("Depends");
    INFO(depends.toStdString());
    for (const char* dependency : {"libc6", "libqt6core6", "libqt6widgets6", "libpoppler-qt6",
                                   "libzip4", "libqt6sql6-sqlite", "qt6-qpa-plugins"})
        CHECK(depends.contains(QLatin1String(dependency)));
    CHECK(package.field("Package") == s("situate"));
    CHECK(package.field("Version") == s(SITUATE_EXPECTED_VERSION));
    CHECK(package.field("Architecture") == s("amd64"));

    // No RPATH or RUNPATH: the installed binaries find their libraries where the system keeps
    // them, never in the build tree.
    for (const char* binary : {"situate", "situate-cli"}) {
        const QString dynamic =
            QString::fromUtf8(mustSucceed(s("readelf"), {s("-d"), package.bin(binary)}).out);
        INFO(binary);
        CHECK_FALSE(dynamic.contains(s("RPATH")));
        CHECK_FALSE(dynamic.contains(s("RUNPATH")));
        CHECK_FALSE(dynamic.contains(s(SITUATE_BINARY_DIR)));
    }
}

TEST_CASE("package: the man pages render and list every command and option") {
    if (!haveTools())
        return;
    const Package package;
    const QString cliPage = renderedPage(package.path(s("usr/share/man/man1/situate-cli.1.gz")));
    const QStringList usages = cliUsages(package.bin("situate-cli"));
    REQUIRE(usages.size() > 30);
    for (const QString& usage : usages) {
        INFO(usage.toStdString());
        CHECK(cliPage.contains(usage));
    }
    CHECK(cliPage.contains(s("--version")));

    const QString guiPage = renderedPage(package.path(s("usr/share/man/man1/situate.1.gz")));
    const QString guiHelp =
        QString::fromUtf8(mustSucceed(package.bin("situate"), {s("--help")}).out);
    QSet<QString> options;
    for (const auto& m : QRegularExpression(s("(?<![\\w-])--?[a-z][a-z-]*")).globalMatch(guiHelp))
        options << m.captured(0);
    CHECK(options.size() >= 5); // --grab --dock --list-windows --help --version
    for (const QString& option : options) {
        INFO(option.toStdString());
        CHECK(guiPage.contains(option));
    }
    CHECK(guiPage.contains(s("SITUATE_NO_SINGLE_INSTANCE")));
}

TEST_CASE("package: situate-cli demo and situate --grab run from the unpacked package") {
    if (!haveTools())
        return;
    const Package package;
    const QString cli = package.bin("situate-cli");
    const QString version = QString::fromUtf8(mustSucceed(cli, {s("--version")}).out).trimmed();
    CHECK(version == s("situate-cli ") + s(SITUATE_EXPECTED_VERSION));

    const QString demo = package.dir.filePath(s("demo.situate"));
    mustSucceed(cli, {s("demo"), demo});
    const QString stats = QString::fromUtf8(mustSucceed(cli, {s("stats"), demo}).out);
    CHECK(stats.contains(s("codings")));

    // Excel and SPSS files come from the module situate-formats.so, which the installed
    // situate-cli finds beside it (never in this build tree: it runs from elsewhere).
    const QString xlsx = package.dir.filePath(s("extracts.xlsx"));
    const QString sav = package.dir.filePath(s("presence.sav"));
    mustSucceed(cli, {s("extracts"), demo, s("--format"), s("xlsx"), s("--output"), xlsx});
    mustSucceed(cli, {s("presence"), demo, s("--unit"), s("document"), s("--output"), sav});
    CHECK(test::readFile(xlsx).startsWith("PK\x03\x04"));
    CHECK(test::readFile(sav).startsWith("$FL2"));
    // Without the module those two fail in plain words and write nothing; the rest still works.
    const QStringList modules = filesNamed(package.root, s("situate-formats.so"));
    REQUIRE(modules.size() == 1);
    REQUIRE(QFile::rename(modules.first(), modules.first() + s(".away")));
    const QString noXlsx = package.dir.filePath(s("none.xlsx"));
    const auto failed =
        runProcess(cli, {s("extracts"), demo, s("--format"), s("xlsx"), s("--output"), noXlsx});
    CHECK(failed.exitCode != 0);
    CHECK(failed.err.contains("situate-formats.so"));
    CHECK(failed.err.contains("reinstall Situate"));
    CHECK_FALSE(QFileInfo::exists(noXlsx));
    CHECK(QString::fromUtf8(mustSucceed(cli, {s("stats"), demo}).out).contains(s("codings")));
    REQUIRE(QFile::rename(modules.first() + s(".away"), modules.first()));

    // The report is drawn by situate-report, which the installed situate-cli runs from the
    // library folder; without it, a message in plain words and no file.
    const QString pdf = package.dir.filePath(s("report.pdf"));
    CHECK(mustSucceed(cli, {s("report"), demo, s("--output"), pdf}).out.contains("report.pdf"));
    CHECK(test::readFile(pdf).startsWith("%PDF-"));
    const QStringList reports = filesNamed(package.root, s("situate-report"));
    REQUIRE(reports.size() == 1);
    REQUIRE(QFile::rename(reports.first(), reports.first() + s(".away")));
    const QString noPdf = package.dir.filePath(s("none.pdf"));
    const auto noReport = runProcess(cli, {s("report"), demo, s("--output"), noPdf});
    CHECK(noReport.exitCode == 1);
    CHECK(noReport.err.contains("situate-report"));
    CHECK(noReport.err.contains("reinstall Situate"));
    CHECK_FALSE(QFileInfo::exists(noPdf));
    REQUIRE(QFile::rename(reports.first() + s(".away"), reports.first()));

    // Settings of the installed situate go to the test's folder, never the user's.
    qputenv("XDG_CONFIG_HOME", package.dir.filePath(s("config")).toUtf8());
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString shot = package.dir.filePath(s("shot.png"));
    const auto grab = mustSucceed(package.bin("situate"), {s("--grab"), shot, demo});
    CHECK(grab.out.contains("wrote"));
    const QImage image(shot);
    REQUIRE(image.size() == QSize(1600, 1000));
    // A real picture of the window, not a blank: many colours, in every quarter.
    QSet<QRgb> colours;
    QSet<int> quarters;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            const QRgb pixel = image.pixel(x, y);
            if (!colours.contains(pixel))
                quarters << (y * 2 / image.height()) * 2 + x * 2 / image.width();
            colours << pixel;
        }
    }
    CHECK(colours.size() > 50);
    CHECK(quarters.size() == 4);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// `--help` of the whole tool, of each group of commands (those sharing a first word) and of
// each command, and `--version` of both executables against the version CMake's project()
// sets (SITUATE_EXPECTED_VERSION).
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace situate;
using test::runCli;
using test::s;

namespace {

/// One command as `situate-cli --help` lists it: its words ("codebook import") and usage.
struct Listed {
    QStringList words;
    QString usage;
};

/// Every command of `situate-cli --help`; its words are the usage's leading lower-case words.
QVector<Listed> listedCommands() {
    const auto help = runCli({s("--help")});
    REQUIRE(help.exitCode == 0);
    const QRegularExpression word(s("^[a-z]+$"));
    QVector<Listed> listed;
    for (const QString& line : QString::fromUtf8(help.out).split(QLatin1Char('\n'))) {
        // Usage lines are indented by two spaces, their summaries by six.
        if (!line.startsWith(s("  ")) || line.startsWith(s("   ")))
            continue;
        Listed l;
        l.usage = line.mid(2);
        for (const QString& token : l.usage.split(QLatin1Char(' '))) {
            if (!word.match(token).hasMatch())
                break;
            l.words << token;
        }
        listed << l;
    }
    REQUIRE(listed.size() > 30);
    return listed;
}

} // namespace

TEST_CASE("cli help: each group of commands answers --help with all of its commands") {
    const QVector<Listed> listed = listedCommands();
    for (const char* group : {"maturity", "team", "codebook", "codings", "evidence", "qdpx", "qdc",
                              "documents", "rq", "codes", "attributes"}) {
        const auto r = runCli({s(group), s("--help")});
        INFO(group << "\nstdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(r.out.startsWith(QByteArray("Usage: situate-cli ") + group + ' '));
        int members = 0;
        for (const Listed& l : listed) {
            const bool member = l.words.first() == s(group);
            members += member ? 1 : 0;
            // Its own commands with their usage, and no other group's ("codes" is not
            // "codings", "qdc" is not "qdpx").
            CHECK(r.out.contains(QByteArray("\n  ") + l.usage.toUtf8() + '\n') == member);
        }
        CHECK(members >= 1);
    }
}

TEST_CASE("cli help: every command answers COMMAND --help with its usage and summary") {
    const QVector<Listed> listed = listedCommands();
    for (const Listed& l : listed) {
        const auto r = runCli(l.words + QStringList{s("--help")});
        INFO(l.usage.toStdString() << "\nstdout: " << r.out.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(l.usage.toUtf8()));
        // A command of two words, or of one word that no other command starts with, gets its
        // own help; "evidence --help" is its group's, which lists it.
        int sharing = 0;
        for (const Listed& other : listed)
            sharing += other.words.first() == l.words.first() ? 1 : 0;
        if (l.words.size() > 1 || sharing == 1)
            CHECK(r.out.startsWith("Usage: situate-cli " + l.usage.toUtf8() + '\n'));
    }
}

TEST_CASE("cli help: an unknown word or a group without --help is still a usage error") {
    const auto unknown = runCli({s("frobnicate"), s("--help")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("unknown command \"frobnicate\""));
    const auto bare = runCli({s("codebook")});
    CHECK(bare.exitCode == 2);
    CHECK(bare.err.contains("unknown command \"codebook\""));
    CHECK(bare.out.isEmpty());
}

TEST_CASE("cli version: situate-cli --version prints the version CMake's project() sets") {
    const auto r = runCli({s("--version")});
    CHECK(r.exitCode == 0);
    CHECK(r.out == QByteArray("situate-cli " SITUATE_EXPECTED_VERSION "\n"));
    CHECK(r.err.isEmpty());
}

#ifdef SITUATE_GUI_PATH
namespace {

struct GuiRun {
    test::ProcessResult result;
    qint64 milliseconds = 0;
};

/// Runs the GUI executable with `platform` as QT_QPA_PLATFORM and no display to talk to.
GuiRun runGui(const QStringList& args, const QString& platform) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(s("DISPLAY"));
    env.remove(s("WAYLAND_DISPLAY"));
    env.insert(s("QT_QPA_PLATFORM"), platform);
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(s(SITUATE_GUI_PATH), args);
    GuiRun run;
    REQUIRE(p.waitForStarted(10000));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    run.milliseconds = timer.elapsed();
    run.result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.result.out = p.readAllStandardOutput();
    run.result.err = p.readAllStandardError();
    return run;
}

} // namespace

TEST_CASE("gui version: situate --version and --help answer offscreen, quickly, with exit 0") {
    const GuiRun version = runGui({s("--version")}, s("offscreen"));
    CHECK(version.result.exitCode == 0);
    CHECK(version.result.out == QByteArray("situate " SITUATE_EXPECTED_VERSION "\n"));
    CHECK(version.milliseconds < 10000);

    const GuiRun help = runGui({s("--help")}, s("offscreen"));
    CHECK(help.result.exitCode == 0);
    CHECK(help.result.out.startsWith("Usage: situate "));
    CHECK(help.result.out.contains("--grab"));
    CHECK(help.milliseconds < 10000);
}

TEST_CASE("gui version: situate --version and --help open no window, so need no display") {
    // With a windowing platform and no display, creating the application would abort.
    for (const char* flag : {"--version", "--help"}) {
        const GuiRun r = runGui({s(flag)}, s("xcb"));
        INFO(flag << "\nstderr: " << r.result.err.toStdString());
        CHECK(r.result.exitCode == 0);
        CHECK(!r.result.out.isEmpty());
    }
}
#endif

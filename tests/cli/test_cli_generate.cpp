// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::mustRun;
using test::runCli;
using test::s;

namespace {

QStringList generateArgs(const QString& project, const char* seed) {
    return {s("generate"), project,      s("--documents"), s("5"),         s("--words"),
            s("300"),      s("--codes"), s("12"),          s("--codings"), s("203"),
            s("--coders"), s("2"),       s("--seed"),      s(seed)};
}

// SHA-256 of every coding as `codings export` writes it.
QByteArray codingsHash(const QString& project, QTemporaryDir& dir) {
    const QString csv = dir.filePath(QFileInfo(project).baseName() + s(".csv"));
    mustRun({s("codings"), s("export"), project, csv});
    return QCryptographicHash::hash(test::readFile(csv), QCryptographicHash::Sha256).toHex();
}

} // namespace

TEST_CASE("cli generate: counts, check, determinism and a refused existing file") {
    QTemporaryDir dir;
    const QString a = dir.filePath(s("a.situate")), b = dir.filePath(s("b.situate")),
                  c = dir.filePath(s("c.situate"));
    const auto r = mustRun(generateArgs(a, "3"));
    // 5 x 300 words; 12 codes; 203 codings; 2 coders; the 7 CoPs and 6 questions always.
    CHECK(r.out.startsWith("created a.situate: 5 documents ("));
    CHECK(r.out.endsWith(" characters), 12 codes, 203 codings by 2 coders, 7 cases, 6 research "
                         "questions (seed 3)\n"));
    mustRun(generateArgs(b, "3"));
    mustRun(generateArgs(c, "4"));

    const auto stats = mustRun({s("stats"), a, s("--format"), s("json")});
    const QJsonObject o = QJsonDocument::fromJson(stats.out).object();
    CHECK(o.value(s("documents")).toInt() == 5);
    CHECK(o.value(s("codes")).toInt() == 12);
    CHECK(o.value(s("codings")).toInt() == 203);
    CHECK(o.value(s("coders")).toInt() == 2);
    CHECK(o.value(s("cases")).toInt() == 7);
    CHECK(o.value(s("research_questions")).toInt() == 6);
    mustRun({s("check"), a});

    // Same seed: the same codings and texts; another seed: different ones.
    CHECK(codingsHash(a, dir) == codingsHash(b, dir));
    CHECK(codingsHash(a, dir) != codingsHash(c, dir));
    CHECK(mustRun({s("text"), a, s("interview-0003")}).out ==
          mustRun({s("text"), b, s("interview-0003")}).out);
    CHECK(mustRun({s("text"), a, s("interview-0003")}).out !=
          mustRun({s("text"), c, s("interview-0003")}).out);

    // An existing file is never overwritten.
    const QByteArray before = test::readFile(a);
    const auto again = runCli(generateArgs(a, "3"));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("already exists"));
    CHECK(test::readFile(a) == before);
}

TEST_CASE("cli generate: usage errors") {
    QTemporaryDir dir;
    const QString p = dir.filePath(s("p.situate"));
    const auto zero = runCli({s("generate"), p, s("--documents"), s("0")});
    CHECK(zero.exitCode == 2);
    CHECK(zero.err.contains("--documents must be between 1 and 100000"));
    const auto word = runCli({s("generate"), p, s("--codings"), s("many")});
    CHECK(word.exitCode == 2);
    CHECK(word.err.contains("--codings needs a whole number"));
    CHECK_FALSE(QFileInfo::exists(p));
}

TEST_CASE("cli generate: the coders partly agree") {
    QTemporaryDir dir;
    const QString p = dir.filePath(s("p.situate"));
    mustRun({s("generate"), p, s("--documents"), s("4"), s("--words"), s("2000"), s("--codes"),
             s("30"), s("--codings"), s("400"), s("--seed"), s("11")});
    const auto r = mustRun({s("agreement"), p, s("--coders"), s("Aisha,Ben"), s("--unit"),
                            s("character"), s("--format"), s("json")});
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    INFO(r.out.toStdString());
    const QJsonObject overall = json.value(s("overall")).toObject();
    const double alpha = overall.value(s("krippendorff_alpha")).toDouble(-2);
    // About 70% repeated with shifted bounds, the rest independent: clearly above chance,
    // clearly below perfect.
    CHECK(alpha > 0.2);
    CHECK(alpha < 0.95);
}

TEST_CASE("cli generate: .txt and .docx files import back to the same texts") {
    QTemporaryDir dir;
    const QString p = dir.filePath(s("p.situate"));
    const QString txt = dir.filePath(s("txt")), docx = dir.filePath(s("docx"));
    mustRun({s("generate"), p, s("--documents"), s("3"), s("--words"), s("250"), s("--codings"),
             s("30"), s("--codes"), s("9"), s("--txt-dir"), txt, s("--docx-dir"), docx});
    CHECK(QDir(txt).entryList(QDir::Files).size() == 3);
    CHECK(QDir(docx).entryList(QDir::Files) == QStringList{s("interview-0001.docx"),
                                                           s("interview-0002.docx"),
                                                           s("interview-0003.docx")});

    // The .txt files are the stored texts: importing them into the project finds only
    // duplicates (same content hash).
    const auto dup = runCli({s("import"), p, txt});
    CHECK(dup.out.contains("0 imported, 3 duplicate(s) skipped, 0 failed"));

    // The .docx files hold the same lines: Situate's importer reads the same text.
    const QString q = dir.filePath(s("q.situate"));
    mustRun({s("new"), q});
    const auto imported = mustRun({s("import"), q, docx});
    CHECK(imported.out.contains("3 imported, 0 duplicate(s) skipped, 0 failed"));
    for (const char* name : {"interview-0001", "interview-0002", "interview-0003"}) {
        const QByteArray generated = mustRun({s("text"), p, s(name)}).out;
        const QByteArray read = mustRun({s("text"), q, s(name)}).out;
        CHECK(read.trimmed() == generated.trimmed());
        CHECK(generated.startsWith("Interviewer: "));
        CHECK(generated.contains("\nP1: "));
    }

    // pandoc reads them too (when installed): its first line is the generated first turn.
    const QString pandoc = QStandardPaths::findExecutable(s("pandoc"));
    if (pandoc.isEmpty()) {
        WARN("pandoc not installed: the .docx check with pandoc is skipped");
        return;
    }
    const auto out = test::runProcess(pandoc, {s("-t"), s("plain"), s("--wrap=none"),
                                               QDir(docx).filePath(s("interview-0002.docx"))});
    REQUIRE(out.exitCode == 0);
    const QByteArray generated = mustRun({s("text"), p, s("interview-0002")}).out;
    CHECK(out.out.split('\n').first() == generated.split('\n').first());
}

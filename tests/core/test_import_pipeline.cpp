// SPDX-License-Identifier: GPL-3.0-or-later
// An import writes each document as soon as it is read (core/io/documentimport.cpp). Its undo
// step is named before the files are read; when a file fails or is a duplicate, that edit is
// rolled back and made again from the texts already read. Either way the project must end up
// as the two halves, reading all first and then writing, make it.
#include "core/io/documentimport.h"
#include "core/project.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

/// `count` transcripts of a few turns, each text of its own unless `same` names one to repeat.
QStringList writeTranscripts(const QTemporaryDir& dir, int count, const QString& folder) {
    QStringList files;
    for (int i = 0; i < count; ++i) {
        QByteArray text;
        for (int turn = 0; turn < 20; ++turn)
            text += (turn % 2 ? "P" : "Interviewer") + QByteArray(": turn ") +
                    QByteArray::number(turn) + " of transcript " + QByteArray::number(i) +
                    " \xc3\xa9t\xc3\xa9 \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd\n";
        files << test::writeFile(
            dir.filePath(folder + s("/t%1.txt").arg(i, 3, 10, QLatin1Char('0'))), text);
    }
    return files;
}

/// Everything an import stores of a document, in id order, ids included.
QStringList contents(const Project& p) {
    QStringList out;
    auto docs = p.storage().documents();
    REQUIRE(docs.ok());
    for (const DocumentInfo& d : *docs) {
        auto turns = p.storage().speakerTurns(d.id);
        REQUIRE(turns.ok());
        QString line = s("%1 %2 %3 %4 %5").arg(d.id).arg(d.name).arg(d.length).arg(turns->size());
        line += QLatin1Char(' ') + p.storage().documentText(d.id);
        for (const SpeakerTurn& t : *turns)
            line += s(" [%1 %2 %3]").arg(t.speaker).arg(t.start).arg(t.end);
        out << line;
    }
    return out;
}

/// The same files through the two halves: read all, then add.
std::unique_ptr<Project> importedInTwoHalves(const QString& path, const QStringList& files) {
    auto p = Project::create(path);
    REQUIRE(p.ok());
    QStringList failures;
    bool cancelled = false;
    const QVector<ReadDocument> reads = readDocumentFiles(files, {}, &failures, &cancelled);
    REQUIRE_FALSE(cancelled);
    REQUIRE(addReadDocuments(**p, reads).ok());
    return p.take();
}

} // namespace

TEST_CASE("An import written while it is read stores what reading first and writing after does") {
    QTemporaryDir dir;
    const QStringList files = writeTranscripts(dir, 60, s("in"));
    auto p = Project::create(dir.filePath(s("p.situate")));
    REQUIRE(p.ok());
    auto report = importDocuments(**p, files);
    REQUIRE(report.ok());
    CHECK(report->imported.size() == 60);
    CHECK(report->failures.isEmpty());
    CHECK(report->duplicates.isEmpty());
    REQUIRE((*p)->undoStack()->count() == 1);
    CHECK((*p)->undoStack()->undoText() == s("Import 60 documents"));
    auto before = importedInTwoHalves(dir.filePath(s("q.situate")), files);
    const QStringList stored = contents(**p);
    CHECK(stored.size() == 60);
    CHECK(stored == contents(*before));
    CHECK((*p)->storage().checkIntegrity().isEmpty());
    // Undo removes the whole import; redo brings back the same rows.
    (*p)->undoStack()->undo();
    CHECK(contents(**p).isEmpty());
    (*p)->undoStack()->redo();
    CHECK(contents(**p) == stored);
}

TEST_CASE("A duplicate or an unreadable file late in an import: made again, named for what it "
          "did") {
    QTemporaryDir dir;
    QStringList files = writeTranscripts(dir, 30, s("in"));
    // The last file repeats the first one's text; one in the middle is empty (refused).
    files << test::writeFile(dir.filePath(s("in/zz-copy.txt")), test::readFile(files.first()));
    files.insert(15, test::writeFile(dir.filePath(s("in/t-empty.txt")), QByteArray()));
    auto p = Project::create(dir.filePath(s("p.situate")));
    REQUIRE(p.ok());
    auto report = importDocuments(**p, files);
    REQUIRE(report.ok());
    CHECK(report->imported.size() == 30);
    REQUIRE(report->duplicates.size() == 1);
    CHECK(report->duplicates.first().contains(s("zz-copy.txt")));
    REQUIRE(report->failures.size() == 1);
    CHECK(report->failures.first().contains(s("t-empty.txt")));
    REQUIRE((*p)->undoStack()->count() == 1);
    CHECK((*p)->undoStack()->undoText() == s("Import 30 documents"));
    auto before = importedInTwoHalves(dir.filePath(s("q.situate")), files);
    CHECK(contents(**p) == contents(*before));

    // The same files again: every one a duplicate of the project's, nothing written.
    auto again = importDocuments(**p, files);
    REQUIRE(again.ok());
    CHECK(again->imported.isEmpty());
    CHECK(again->duplicates.size() == 31);
    CHECK((*p)->undoStack()->count() == 1);
    CHECK(contents(**p) == contents(*before));
}

TEST_CASE("A file whose name a different document of the project has fails the whole import") {
    QTemporaryDir dir;
    const QStringList first = writeTranscripts(dir, 3, s("a"));
    auto p = Project::create(dir.filePath(s("p.situate")));
    REQUIRE(p.ok());
    REQUIRE(importDocuments(**p, {first.at(1)}).ok());
    CHECK((*p)->undoStack()->undoText() == s("Import t001"));
    const QStringList stored = contents(**p);
    // New files, the last of them named t001 with another text.
    QStringList files = writeTranscripts(dir, 1, s("b"));
    files << test::writeFile(dir.filePath(s("c/t001.txt")), "P: a different text\n");
    auto report = importDocuments(**p, files);
    REQUIRE_FALSE(report.ok());
    INFO(report.error().toStdString());
    CHECK(report.error().contains(s("already has a different document of that name")));
    CHECK(report.error().contains(s("c/t001.txt")));
    CHECK(contents(**p) == stored);
    CHECK((*p)->undoStack()->count() == 1);
    CHECK((*p)->storage().checkIntegrity().isEmpty());
}

TEST_CASE("An import cancelled while it is written leaves the project as it was") {
    QTemporaryDir dir;
    const QStringList files = writeTranscripts(dir, 200, s("in"));
    auto p = Project::create(dir.filePath(s("p.situate")));
    REQUIRE(p.ok());
    std::atomic_bool cancel(false);
    DocumentImportOptions options;
    options.cancel = &cancel;
    options.progress = [&](int done, int) {
        if (done == 150)
            cancel.store(true);
    };
    auto report = importDocuments(**p, files, options);
    REQUIRE(report.ok());
    CHECK(report->cancelled);
    CHECK(report->imported.isEmpty());
    CHECK(contents(**p).isEmpty());
    CHECK((*p)->undoStack()->count() == 0);
    CHECK((*p)->storage().checkIntegrity().isEmpty());
}

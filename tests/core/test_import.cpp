// SPDX-License-Identifier: GPL-3.0-or-later
// Plain text import, speaker turn detection, importer dispatch and the shared limits.
#include "core/commands/commands.h"
#include "core/import/importeddocument.h"
#include "core/import/importsupport.h"
#include "core/import/speakerturns.h"
#include "core/io/documentimport.h"
#include "core/project.h"
#include "core/text.h"
#include "tests/core/importtest.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;

namespace {

// Writes `bytes` to `name` in a fresh temporary folder and imports it.
struct TempImport {
    QTemporaryDir dir;
    QString path;
    Result<ImportedDocument> result = Result<ImportedDocument>::failure(QString());

    TempImport(const QString& name, const QByteArray& bytes) {
        path = test::writeFile(dir.filePath(name), bytes);
        result = importDocumentFile(path);
    }
};

QByteArray utf16(const QString& text, bool littleEndian) {
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

QStringList speakers(const QVector<SpeakerTurn>& turns) {
    QStringList out;
    for (const SpeakerTurn& t : turns)
        out.append(t.speaker);
    return out;
}

QStringList slices(const QString& text, const QVector<SpeakerTurn>& turns) {
    const OffsetMap map(text);
    QStringList out;
    for (const SpeakerTurn& t : turns)
        out.append(map.slice(text, t.start, t.end));
    return out;
}

} // namespace

TEST_CASE("Plain UTF-8 text is imported exactly, spaces and blank lines included") {
    const QString text =
        s("Interviewer: Hello 😀\n\n  Participant: Γειά σου 👍🏽\t\n\n\ntrailing  ");
    TempImport t(QStringLiteral("plain.txt"), text.toUtf8());
    REQUIRE(t.result.ok());
    CHECK(t.result->text == text);
    CHECK(t.result->format == QLatin1String("txt"));
    CHECK(t.result->warnings.isEmpty());
}

TEST_CASE("A UTF-8 BOM is dropped and CRLF line ends become LF") {
    TempImport t(QStringLiteral("bom.txt"), "\xEF\xBB\xBFline one\r\nline two\r\n\r\nend");
    REQUIRE(t.result.ok());
    CHECK(t.result->text == QLatin1String("line one\nline two\n\nend"));
}

TEST_CASE("Lone CR line ends (classic Mac) become LF") {
    TempImport t(QStringLiteral("mac.txt"), "a\rb\r\rc");
    REQUIRE(t.result.ok());
    CHECK(t.result->text == QLatin1String("a\nb\n\nc"));
}

TEST_CASE("UTF-16 with a BOM is decoded in either byte order") {
    const QString source = s("Interviewer: 你好 😀\r\nParticipant: مرحبا");
    const QString expected = s("Interviewer: 你好 😀\nParticipant: مرحبا");
    for (const bool le : {true, false}) {
        CAPTURE(le);
        TempImport t(QStringLiteral("utf16.txt"), utf16(source, le));
        REQUIRE(t.result.ok());
        CHECK(t.result->text == expected);
        CHECK(speakers(t.result->turns) ==
              QStringList{QStringLiteral("Interviewer"), QStringLiteral("Participant")});
    }
}

TEST_CASE("Text that is not valid UTF-8 is read as Windows-1252, with a warning") {
    // café “quoted” € 5 … Œuvre, with CRLF.
    TempImport t(QStringLiteral("legacy.txt"), "caf\xE9 \x93quoted\x94 \x80 5 \x85\r\n\x8Cuvre");
    REQUIRE(t.result.ok());
    CHECK(t.result->text == s("café “quoted” € 5 …\nŒuvre"));
    REQUIRE(t.result->warnings.size() == 1);
    CHECK(t.result->warnings.first().contains(QLatin1String("Windows-1252")));
    CHECK(importsupport::decodeWindows1252("\x81\x9F\xA0\xFF") == s("\u0081Ÿ\u00A0ÿ"));
}

TEST_CASE("Decomposed text is composed to NFC") {
    TempImport t(QStringLiteral("nfd.md"), "Cafe\xCC\x81 and \xCE\xB1\xCC\x81");
    REQUIRE(t.result.ok());
    CHECK(t.result->text == s("Café and ά"));
    CHECK(t.result->format == QLatin1String("md"));
}

TEST_CASE("Markdown is imported as written") {
    const QString path = test::fixture(QStringLiteral("import/interview.md"));
    const Result<ImportedDocument> r = importDocumentFile(path);
    REQUIRE(r.ok());
    CHECK(r->format == QLatin1String("md"));
    CHECK(r->text == normaliseText(QString::fromUtf8(test::readFile(path))));
    CHECK(r->text.contains(s("| Kato Ρέμα   | 42")));
    CHECK(speakers(r->turns) ==
          QStringList({QStringLiteral("Interviewer"), QStringLiteral("Participant"),
                       QStringLiteral("Interviewer"), QStringLiteral("Participant"),
                       QStringLiteral("Interviewer"), QStringLiteral("Dr Ama Owusu"), s("Ηλίας"),
                       QStringLiteral("Participant")}));
}

TEST_CASE("Binary data named .txt is refused") {
    SECTION("NUL bytes") {
        TempImport t(QStringLiteral("photo.txt"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
        REQUIRE_FALSE(t.result.ok());
        CHECK(t.result.error() == QLatin1String("photo.txt: looks like binary data, not text"));
    }
    SECTION("many control characters and no NUL") {
        QByteArray bytes;
        for (int i = 0; i < 200; ++i)
            bytes.append(char(i % 2 ? 'a' + i % 26 : 1 + i % 8));
        TempImport t(QStringLiteral("blob.txt"), bytes);
        REQUIRE_FALSE(t.result.ok());
        CHECK(t.result.error() == QLatin1String("blob.txt: looks like binary data, not text"));
    }
    SECTION("NUL characters behind a UTF-16 BOM") {
        TempImport t(QStringLiteral("zeros.txt"), QByteArray("\xFF\xFE") + QByteArray(64, '\0'));
        REQUIRE_FALSE(t.result.ok());
        CHECK(t.result.error().contains(QLatin1String("zeros.txt: looks like binary data")));
    }
    SECTION("a few stray control characters in prose are fine") {
        TempImport t(QStringLiteral("prose.txt"),
                     "Page one\fPage two has a stray \x1B escape but is prose all the same.");
        CHECK(t.result.ok());
    }
}

TEST_CASE("Empty and blank files are refused") {
    TempImport empty(QStringLiteral("empty.txt"), QByteArray());
    REQUIRE_FALSE(empty.result.ok());
    CHECK(empty.result.error() == QLatin1String("empty.txt: contains no text"));
    TempImport blank(QStringLiteral("blank.txt"), "  \r\n\t\n");
    REQUIRE_FALSE(blank.result.ok());
    CHECK(blank.result.error() == QLatin1String("blank.txt: contains no text"));
}

TEST_CASE("Files over the size limit are refused before they are read") {
    QTemporaryDir dir;
    // Sparse files: the size is there but no disk space is used.
    for (const char* name :
         {"huge.txt", "huge.docx", "huge.odt", "huge.rtf", "huge.pdf", "huge.vtt", "huge.srt"}) {
        CAPTURE(name);
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(importlimits::maxFileBytes + 1024 * 1024));
        f.close();
        const Result<ImportedDocument> r = importDocumentFile(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QString::fromLatin1(name) +
                               QLatin1String(": the file is 257 MB, larger than the 256 MB "
                                             "import limit"));
    }
}

TEST_CASE("Sizes in messages round up") {
    CHECK(importsupport::formatMegabytes(importlimits::maxFileBytes) == QLatin1String("256 MB"));
    CHECK(importsupport::formatMegabytes(importlimits::maxFileBytes + 1) ==
          QLatin1String("256.1 MB"));
    CHECK(importsupport::formatCount(1234567) == QLatin1String("1,234,567"));
    CHECK(importsupport::formatCount(999) == QLatin1String("999"));
}

TEST_CASE("Text over the length limit is refused with the limit stated") {
    const QString path = QStringLiteral("/somewhere/long.txt");
    CHECK(importsupport::checkTextLength(importlimits::maxTextCodePoints, path).ok());
    const Status over = importsupport::checkTextLength(importlimits::maxTextCodePoints + 1, path);
    REQUIRE_FALSE(over.ok());
    CHECK(over.error() ==
          QLatin1String("long.txt: the text has 100,000,001 characters, more than the "
                        "100,000,000 limit"));
}

TEST_CASE("Unknown, missing and folder paths give clear errors") {
    QTemporaryDir dir;
    const QString odd = test::writeFile(dir.filePath(QStringLiteral("sheet.xlsx")), "x");
    Result<ImportedDocument> r = importDocumentFile(odd);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().startsWith(QLatin1String("sheet.xlsx: Situate cannot import .xlsx files")));
    CHECK(r.error().contains(QLatin1String(".docx")));

    const QString bare = test::writeFile(dir.filePath(QStringLiteral("README")), "x");
    r = importDocumentFile(bare);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().startsWith(QLatin1String("README: the file name has no extension")));

    r = importDocumentFile(dir.filePath(QStringLiteral("missing.docx")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QLatin1String("missing.docx: the file does not exist"));

    QDir(dir.path()).mkdir(QStringLiteral("folder.txt"));
    r = importDocumentFile(dir.filePath(QStringLiteral("folder.txt")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QLatin1String("folder.txt: is a folder, not a file"));
}

TEST_CASE("Suffixes are matched without regard to case") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("INTERVIEW.DOCX"));
    REQUIRE(QFile::copy(test::fixture(QStringLiteral("import/interview.docx")), path));
    const Result<ImportedDocument> r = importDocumentFile(path);
    REQUIRE(r.ok());
    CHECK(r->format == QLatin1String("docx"));
}

TEST_CASE("importableSuffixes lists every format") {
    const QStringList s = importableSuffixes();
    for (const char* suffix : {"txt", "md", "docx", "odt", "rtf", "pdf", "vtt", "srt"})
        CHECK(s.contains(QString::fromLatin1(suffix)));
    for (const QString& suffix : s)
        CHECK(suffix == suffix.toLower());
}

TEST_CASE("Speaker turns run from a name line to the next, without trailing newlines") {
    const QString text = s("Preamble without a speaker.\n"
                           "Interviewer: How did it start?\n\n"
                           "P3: With water.\nIt went on.\n\n\n"
                           "Dr Ama Owusu: Yes.\n"
                           "Ηλίας: Ναι 😀👍🏽.\n"
                           "采访者：你好\n"
                           "Participant (P4):\nAnswer on the next line.\n\n");
    const QVector<SpeakerTurn> turns = detectSpeakerTurns(text);
    CHECK(speakers(turns) == QStringList({QStringLiteral("Interviewer"), QStringLiteral("P3"),
                                          QStringLiteral("Dr Ama Owusu"), s("Ηλίας"), s("采访者"),
                                          QStringLiteral("Participant (P4)")}));
    CHECK(slices(text, turns) ==
          QStringList({QStringLiteral("Interviewer: How did it start?"),
                       QStringLiteral("P3: With water.\nIt went on."),
                       QStringLiteral("Dr Ama Owusu: Yes."), s("Ηλίας: Ναι 😀👍🏽."),
                       s("采访者：你好"),
                       QStringLiteral("Participant (P4):\nAnswer on the next line.")}));
    // Offsets are code points: the emoji before "采访者" count once each.
    REQUIRE(turns.size() == 6);
    CHECK(turns[0].start == 28);
    CHECK(turns[4].start == codePointCount(text.left(text.indexOf(s("采访者")))));
    CHECK(turns[4].start == text.indexOf(s("采访者")) - 3); // three surrogate pairs before it
    CHECK(turns[5].end == codePointCount(text) - 2);
    for (const SpeakerTurn& t : turns) {
        CHECK(t.timeStartMs == -1);
        CHECK(t.timeEndMs == -1);
    }
}

TEST_CASE("Prose with a colon is not a speaker turn") {
    for (const char* line :
         {"The plan was simple and clear: wait.", "Note, however: nothing.", "10:30 meeting",
          "See http://example.org for more", "Mr. Smith: hello", ": nothing before",
          "Interviewer : space before the colon", "  Interviewer: indented",
          "A name that is far too long to be a real name: x", "Ratio 3:1 here", "\"Quoted\": no",
          "Interviewer:glued"}) {
        CAPTURE(line);
        CHECK(detectSpeakerTurns(s(line)).isEmpty());
    }
    // Exactly five words and forty characters are still a name.
    CHECK(detectSpeakerTurns(QStringLiteral("One two three four five: x")).size() == 1);
    CHECK(detectSpeakerTurns(QStringLiteral("One two three four five six: x")).isEmpty());
    CHECK(detectSpeakerTurns(QString(40, QLatin1Char('a')) + QStringLiteral(": x")).size() == 1);
    CHECK(detectSpeakerTurns(QString(41, QLatin1Char('a')) + QStringLiteral(": x")).isEmpty());
    CHECK(detectSpeakerTurns(QString()).isEmpty());
}

TEST_CASE("leadingSpeakerName reports where the text after the colon starts") {
    qsizetype after = -1;
    CHECK(leadingSpeakerName(u"Interviewer: hi", &after) == QLatin1String("Interviewer"));
    CHECK(after == 12);
    CHECK(leadingSpeakerName(u"no speaker here").isEmpty());
}

TEST_CASE("A text file is hashed from its own bytes only when they are its stored text's UTF-8") {
    // The reading threads hash a UTF-8 file's bytes instead of encoding its text again; that
    // must give the hash of the text as stored, and fall back wherever reading changed it.
    const auto sha = [](const QString& t) {
        return QString::fromLatin1(
            QCryptographicHash::hash(t.toUtf8(), QCryptographicHash::Sha256).toHex());
    };
    const QString body = s("Aisha: caf\u00e9 \U0001F44B\U0001F3FD \u4e16\u754c\nBen: yes\n");
    struct Case {
        QString name;
        QByteArray bytes;
        bool ownBytes; // hashed from the file's bytes
    };
    const QVector<Case> cases = {
        {s("plain.txt"), (s("plain ") + body).toUtf8(), true},
        {s("crlf.txt"), QString(s("crlf ") + body).replace(u'\n', s("\r\n")).toUtf8(), false},
        {s("bom.txt"), QByteArray("\xEF\xBB\xBF") + (s("bom ") + body).toUtf8(), false},
        {s("nfd.txt"), (s("nfd ") + body).normalized(QString::NormalizationForm_D).toUtf8(), false},
        {s("cp1252.txt"), QByteArray("cp1252 caf\xE9\nBen: yes\n"), false},
    };
    QTemporaryDir dir;
    QStringList files;
    for (const Case& c : cases) {
        INFO(c.name.toStdString());
        files << test::writeFile(dir.filePath(c.name), c.bytes);
        const Result<ImportedDocument> doc = importDocumentFile(files.last());
        REQUIRE(doc.ok());
        CHECK(doc->utf8.isNull() == !c.ownBytes);
        if (c.ownBytes) {
            CHECK(doc->utf8 == doc->text.toUtf8());
            CHECK(contentHashOfUtf8(doc->utf8) == sha(doc->text));
        }
    }
    auto p = Project::create(dir.filePath(s("p.situate")));
    REQUIRE(p.ok());
    const auto report = importDocuments(**p, files);
    REQUIRE(report.ok());
    CHECK(report->imported.size() == cases.size());
    const auto documents = (*p)->storage().documents();
    REQUIRE(documents.ok());
    REQUIRE(documents->size() == cases.size());
    for (const DocumentInfo& info : *documents) {
        INFO(info.name.toStdString());
        const auto d = (*p)->storage().document(info.id);
        REQUIRE(d);
        CHECK(d->contentHash == sha(d->text));
        CHECK(d->contentHash == contentHash(d->text));
    }
}

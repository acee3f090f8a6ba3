// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged and hostile .docx/.odt archives: each fails with a message naming the file.
#include "core/import/importeddocument.h"
#include "tests/core/importtest.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>

#include <catch2/catch.hpp>

using namespace situate;
using test::fixtureBytes;
using test::importBytes;
using test::importFixture;

namespace {

// Makes the zip's local and central headers claim `entry` inflates to `size` bytes, the way
// a bomb hides from a reader that trusts the directory.
QByteArray withDeclaredSize(QByteArray zip, const QByteArray& entry, quint32 size) {
    struct Header {
        QByteArray signature;
        int sizeAt;
        int nameLengthAt;
        int nameAt;
    };
    const Header headers[] = {{QByteArray("PK\x03\x04"), 22, 26, 30},
                              {QByteArray("PK\x01\x02"), 24, 28, 46}};
    for (const Header& h : headers) {
        for (qsizetype at = zip.indexOf(h.signature); at >= 0;
             at = zip.indexOf(h.signature, at + 1)) {
            if (at + h.nameAt + entry.size() > zip.size())
                break;
            const quint16 nameLength =
                qFromLittleEndian<quint16>(zip.constData() + at + h.nameLengthAt);
            if (nameLength != entry.size() || zip.mid(at + h.nameAt, nameLength) != entry)
                continue;
            qToLittleEndian<quint32>(size, zip.data() + at + h.sizeAt);
        }
    }
    return zip;
}

} // namespace

TEST_CASE("A truncated .docx is reported as damaged") {
    const QByteArray whole = fixtureBytes("interview.docx");
    const auto r = importBytes(QStringLiteral("interview.docx"), whole.left(whole.size() / 2));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QLatin1String("interview.docx: not a valid Word document (the zip "
                                     "archive is damaged or truncated)"));
}

TEST_CASE("Files that are not zip archives are reported as such") {
    auto r = importBytes(QStringLiteral("notes.docx"), "These are notes typed in a text editor.");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() ==
          QLatin1String("notes.docx: not a valid Word document (it is not a zip archive)"));
    r = importBytes(QStringLiteral("notes.odt"), "Plain text.");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QLatin1String("notes.odt: not a valid OpenDocument text document (it is "
                                     "not a zip archive)"));
    r = importBytes(QStringLiteral("empty.docx"), QByteArray());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QLatin1String("empty.docx: not a valid Word document (the file is empty)"));
    // Office wraps password-protected documents (and old .doc files) in an OLE container.
    r = importBytes(QStringLiteral("locked.docx"),
                    QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(504, '\0'));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().startsWith(
        QLatin1String("locked.docx: is password-protected or an old binary format")));
}

TEST_CASE("An archive without the main part is reported") {
    auto r = importFixture("nodocument.docx");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QLatin1String("nodocument.docx: not a valid Word document "
                                     "(word/document.xml is missing)"));
    // A .docx renamed .odt has no content.xml.
    r = importBytes(QStringLiteral("renamed.odt"), fixtureBytes("interview.docx"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QLatin1String("renamed.odt: not a valid OpenDocument text document "
                                     "(content.xml is missing)"));
}

TEST_CASE("Entries with path-traversal names are never read") {
    const auto r = importFixture("traversal.docx");
    REQUIRE(r.ok());
    CHECK(r->text == QLatin1String("Interviewer: Only this sentence is real."));
    CHECK_FALSE(r->text.contains(QLatin1String("EVIL")));
    REQUIRE(r->warnings.size() == 1);
    CHECK(r->warnings.first().contains(QLatin1String("3 item(s) with unsafe names")));
    REQUIRE(r->turns.size() == 1);
    CHECK(r->turns.first().speaker == QLatin1String("Interviewer"));
}

TEST_CASE("A zip bomb is stopped at the inflation limit") {
    const QString expected = QStringLiteral("zipbomb.docx: a part of the file inflates past the "
                                            "128 MB limit (possible zip bomb)");
    SECTION("honest directory: refused from the declared size") {
        const auto r = importFixture("zipbomb.docx");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == expected);
    }
    SECTION("lying directory: refused while inflating") {
        const QByteArray lying =
            withDeclaredSize(fixtureBytes("zipbomb.docx"), "word/document.xml", 1000);
        REQUIRE(lying != fixtureBytes("zipbomb.docx"));
        QElapsedTimer timer;
        timer.start();
        const auto r = importBytes(QStringLiteral("zipbomb.docx"), lying);
        REQUIRE_FALSE(r.ok());
        // libzip inflates past the size the directory claims, so counting the bytes read is
        // what stops it.
        CHECK(r.error() == expected);
        CHECK(timer.elapsed() < 30000);
    }
}

TEST_CASE("XML with a DTD is refused, so entity expansion never happens") {
    auto r = importFixture("billionlaughs.docx");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QLatin1String("billionlaughs.docx: word/document.xml contains a document "
                                     "type declaration (DTD), which Word and LibreOffice never "
                                     "write; it was refused as unsafe"));
    r = importFixture("billionlaughs.odt");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QLatin1String("billionlaughs.odt: content.xml contains a document type "
                                     "declaration (DTD), which Word and LibreOffice never "
                                     "write; it was refused as unsafe"));
}

TEST_CASE("Deeply nested and malformed XML is refused") {
    auto r = importFixture("deep.docx");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QLatin1String("deep.docx: word/document.xml nests elements more than 256 "
                                     "levels deep, which no real document does; it was refused"));
    r = importFixture("brokenxml.docx");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().startsWith(QLatin1String("brokenxml.docx: not a valid Word document "
                                             "(word/document.xml is not well-formed XML: ")));
}

TEST_CASE("Every truncation of a real .docx and .odt fails cleanly or imports") {
    // Cutting the archive anywhere must give a clear failure, never a crash or a hang.
    for (const char* name : {"interview.docx", "interview.odt"}) {
        const QByteArray whole = fixtureBytes(name);
        for (int step = 1; step < 16; ++step) {
            const qsizetype size = whole.size() * step / 16;
            CAPTURE(name, size);
            const auto r = importBytes(QString::fromLatin1(name), whole.left(size));
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().startsWith(QString::fromLatin1(name) + QLatin1String(": not a valid")));
        }
    }
}

TEST_CASE("Corrupted bytes never crash an importer") {
    // A fixed seed keeps failures reproducible. Every result must be a success or a failure
    // that names the file; reaching the end without a crash is the real assertion.
    QRandomGenerator random(20240601);
    for (const char* name : {"interview.docx", "interview.odt", "interview.rtf", "interview.vtt",
                             "interview.srt", "headerfooter.docx", "interview.pdf"}) {
        const QByteArray whole = fixtureBytes(name);
        REQUIRE_FALSE(whole.isEmpty());
        const int rounds = QByteArray(name).endsWith(".pdf") ? 10 : 40;
        for (int round = 0; round < rounds; ++round) {
            QByteArray bytes = whole;
            const int flips = 1 + random.bounded(8);
            for (int k = 0; k < flips; ++k)
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            CAPTURE(name, round);
            const auto r = importBytes(QString::fromLatin1(name), bytes);
            if (!r.ok())
                CHECK(r.error().startsWith(QString::fromLatin1(name) + QLatin1String(": ")));
        }
    }
}

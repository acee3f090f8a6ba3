// SPDX-License-Identifier: GPL-3.0-or-later
// WebVTT and SubRip caption import: cue lines, speakers and timestamps.
#include "core/import/importeddocument.h"
#include "core/text.h"
#include "tests/core/importtest.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::importBytes;
using test::importFixture;
using test::s;

namespace {

struct ExpectedCue {
    const char* speaker;
    const char* line;
    qint64 startMs;
    qint64 endMs;
};

// The text is the cue lines joined by newlines, and each turn covers exactly its line.
void checkCues(const ImportedDocument& doc, const QVector<ExpectedCue>& expected) {
    QStringList lines;
    for (const ExpectedCue& cue : expected)
        lines.append(s(cue.line));
    CHECK(doc.text == lines.join(QLatin1Char('\n')));
    REQUIRE(doc.turns.size() == expected.size());
    const OffsetMap map(doc.text);
    qint64 offset = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        const SpeakerTurn& turn = doc.turns[i];
        CHECK(turn.speaker == s(expected[i].speaker));
        CHECK(turn.timeStartMs == expected[i].startMs);
        CHECK(turn.timeEndMs == expected[i].endMs);
        CHECK(turn.start == offset);
        CHECK(map.slice(doc.text, turn.start, turn.end) == lines[i]);
        offset = turn.end + 1;
    }
}

} // namespace

TEST_CASE("WebVTT cues become lines and timed turns") {
    const Result<ImportedDocument> r = importFixture("interview.vtt");
    REQUIRE(r.ok());
    CHECK(r->format == QLatin1String("vtt"));
    // NOTE and STYLE blocks, the header and cue identifiers are left out; voice tags name the
    // speaker, other tags go, entities are decoded, and a cue's lines are joined by a space.
    checkCues(*r, {
                      {"Interviewer", "Interviewer: Welcome & thank you for coming.", 1000, 4500},
                      {"Participant",
                       "Participant: It began in 2019 😀 with three villages <near> the river.",
                       5000, 9250},
                      {"Participant", "Participant: Ηλίας helped us every week.", 9250, 12000},
                      {"", "Music plays quietly\u00A0in the background.", 62003, 3600000},
                      {"Dr Ama Owusu", "Dr Ama Owusu: شكرا جزيلا 👍🏽", 59000, 60500},
                      {"Interviewer", "Interviewer: 谢谢。", 65000, 67000},
                  });
    CHECK_FALSE(r->text.contains(QLatin1String("NOTE")));
    CHECK_FALSE(r->text.contains(QLatin1String("intro-cue")));
    CHECK(r->warnings.isEmpty());
}

TEST_CASE("SubRip cues become lines and timed turns") {
    const Result<ImportedDocument> r = importFixture("interview.srt");
    REQUIRE(r.ok());
    CHECK(r->format == QLatin1String("srt"));
    // "[Name] text" is written as "Name: text"; SubRip has no entities, so &amp; stays.
    checkCues(*r,
              {
                  {"Interviewer", "Interviewer: Welcome back.", 1000, 4000},
                  {"Participant", "Participant: Thank you, it's good to be here 😀.", 4500, 8000},
                  {"", "(laughs) Yes.", 8000, 10500},
                  {"Ηλίας", "Ηλίας: Ευχαριστώ &amp; γεια.", 3723004, 3725000},
              });
}

TEST_CASE("Consecutive cues by one speaker stay separate turns") {
    const auto r = importBytes(QStringLiteral("same.vtt"), "WEBVTT\n\n"
                                                           "00:01.000 --> 00:02.000\n"
                                                           "<v Ama>One.\n\n"
                                                           "00:02.000 --> 00:03.000\n"
                                                           "<v Ama>Two.\n");
    REQUIRE(r.ok());
    checkCues(*r, {{"Ama", "Ama: One.", 1000, 2000}, {"Ama", "Ama: Two.", 2000, 3000}});
}

TEST_CASE("Invalid caption timestamps are refused with the line number") {
    SECTION("committed fixtures") {
        Result<ImportedDocument> r = importFixture("badminutes.vtt");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QLatin1String("badminutes.vtt: line 6: invalid timestamp "
                                         "\"00:61:00.000\" (minutes must be 00 to 59)"));
        r = importFixture("endbeforestart.srt");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QLatin1String("endbeforestart.srt: line 6: the cue ends "
                                         "(00:00:04.000) before it starts (00:00:09.000)"));
        r = importFixture("garbage.srt");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QLatin1String("garbage.srt: line 6: invalid timestamp \"soon\" "
                                         "(expected hh:mm:ss,ttt)"));
    }
    SECTION("more shapes of broken timestamps") {
        struct Case {
            const char* name;
            const char* content;
            const char* error;
        };
        const Case cases[] = {
            {"seconds.vtt", "WEBVTT\n\n00:00:60.000 --> 00:01:00.000\nx\n",
             "seconds.vtt: line 3: invalid timestamp \"00:00:60.000\" (seconds must be 00 to 59)"},
            {"fraction.vtt", "WEBVTT\n\n00:00:01.5 --> 00:00:02.000\nx\n",
             "fraction.vtt: line 3: invalid timestamp \"00:00:01.5\" (expected hh:mm:ss.ttt)"},
            {"comma.vtt", "WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nx\n",
             "comma.vtt: line 3: invalid timestamp \"00:00:01,000\" (expected hh:mm:ss.ttt)"},
            {"noend.srt", "1\n00:00:01,000 -->\nx\n",
             "noend.srt: line 2: invalid timestamp \"\" (expected hh:mm:ss,ttt)"},
            {"hours.srt", "1\n00:00,000 --> 00:01,000\nx\n",
             "hours.srt: line 2: invalid timestamp \"00:00,000\" (expected hh:mm:ss,ttt)"},
            {"order.vtt", "WEBVTT\r\n\r\nNOTE a\r\n\r\n00:05.000 --> 00:04.999\r\nx\r\n",
             "order.vtt: line 5: the cue ends (00:00:04.999) before it starts (00:00:05.000)"},
        };
        for (const Case& c : cases) {
            CAPTURE(c.name);
            const auto r = importBytes(QString::fromLatin1(c.name), c.content);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error() == QString::fromLatin1(c.error));
        }
    }
}

TEST_CASE("Caption files without a header or cues are refused") {
    auto r = importBytes(QStringLiteral("noheader.vtt"), "00:01.000 --> 00:02.000\nHello\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QLatin1String("noheader.vtt: not a WebVTT file (the first line must be "
                                     "\"WEBVTT\")"));
    r = importBytes(QStringLiteral("empty.vtt"), "WEBVTT\n\nNOTE nothing here\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QLatin1String("empty.vtt: contains no caption cues"));
    r = importBytes(QStringLiteral("binary.srt"), QByteArray("1\n\0\0\0\x01\x02", 7));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QLatin1String("binary.srt: looks like binary data, not text"));
}

TEST_CASE("Blocks without a timing line are skipped with a warning") {
    const auto r = importBytes(QStringLiteral("stray.srt"), "Stray text\n\n"
                                                            "1\n00:00:01,000 --> 00:00:02,000\n"
                                                            "<font color=\"red\">Red</font> "
                                                            "{\\an8}text I <3 you\n");
    REQUIRE(r.ok());
    checkCues(*r, {{"", "Red text I <3 you", 1000, 2000}});
    REQUIRE(r->warnings.size() == 1);
    CHECK(r->warnings.first().contains(QLatin1String("Line 1")));
}

TEST_CASE("A missing blank line between cues still separates them") {
    const auto r = importBytes(QStringLiteral("tight.srt"), "1\n00:00:01,000 --> 00:00:02,000\n"
                                                            "Interviewer: First.\n"
                                                            "2\n00:00:02,000 --> 00:00:03,000\n"
                                                            "Participant: Second.\n"
                                                            "00:00:03,000 --> 00:00:04,000\n"
                                                            "Third, unnumbered.\n");
    REQUIRE(r.ok());
    checkCues(*r, {{"Interviewer", "Interviewer: First.", 1000, 2000},
                   {"Participant", "Participant: Second.", 2000, 3000},
                   {"", "Third, unnumbered.", 3000, 4000}});
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The candidate finder on small realistic transcripts with names, wards and places.
#include "core/text/candidates.h"
#include "tests/support/catchqt.h"

#include <catch2/catch.hpp>

using namespace situate;

namespace {

QString u(const char* utf8) {
    return QString::fromUtf8(utf8);
}

QStringList names(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* s : list)
        out.append(u(s));
    return out;
}

// "text|kind|count|doc,doc" per candidate, so a failure shows the whole list.
QStringList rows(const QVector<Candidate>& candidates) {
    QStringList out;
    for (const Candidate& c : candidates)
        out.append(QStringLiteral("%1|%2|%3|%4")
                       .arg(c.text, enumName(candidateKindNames, c.kind))
                       .arg(c.count)
                       .arg(c.documents.join(QLatin1Char(','))));
    return out;
}

} // namespace

TEST_CASE("candidates: speakers, names, wards and places across two interviews") {
    const CandidateSource first{
        u("interview-01"),
        u("Interviewer: Can you tell me about your work on the ward?\n"
          "Dr Ama Owusu: I started at St Mary's Hospital in March. Dr Okafor was my supervisor "
          "on Ward 7.\n"
          "Interviewer: And how was that?\n"
          "Dr Ama Owusu: Hard. Okafor expected a lot. The Royal Infirmary sent Nurse Kofi "
          "Mensah over on Monday.\n"
          "Interviewer: Did Mensah stay?\n"
          "Dr Ama Owusu: Yes. Mensah stayed. Leeds was too far for him."),
        names({"Interviewer", "Dr Ama Owusu", "Interviewer", "Dr Ama Owusu", "Interviewer",
               "Dr Ama Owusu"})};
    const CandidateSource second{u("interview-02"),
                                 u("P3: We met Dr Okafor at Leeds General Infirmary.\n"
                                   "P3: Okafor was kind."),
                                 names({"P3", "P3"})};
    // Worked out by hand: "Hard" and "Leeds" start sentences; "Leeds" counts because the
    // second interview has it mid-sentence, "Hard" nowhere does. "Okafor" starts a sentence
    // in both, and counts because "Dr Okafor" has it mid-sentence. "The", "I", "Can", "Did",
    // "Yes" are stop words, "March" and "Monday" calendar words, the labels are speakers only.
    CHECK(rows(findCandidates({first, second})) ==
          names({"Dr Ama Owusu|speaker|3|interview-01", "Interviewer|speaker|3|interview-01",
                 "Dr Okafor|name|2|interview-01,interview-02", "Mensah|name|2|interview-01",
                 "Okafor|name|2|interview-01,interview-02", "P3|speaker|2|interview-02",
                 "Leeds|name|1|interview-01", "Leeds General Infirmary|name|1|interview-02",
                 "Nurse Kofi Mensah|name|1|interview-01", "Royal Infirmary|name|1|interview-01",
                 "St Mary's Hospital|name|1|interview-01", "Ward 7|name|1|interview-01"}));
    // Without the second interview "Leeds" has no mid-sentence occurrence.
    const QStringList alone = rows(findCandidates({first}));
    CHECK(!alone.contains(u("Leeds|name|1|interview-01")));
    CHECK(alone.contains(u("Okafor|name|1|interview-01")));
}

TEST_CASE("candidates: titles with a dot, particles, possessives and other scripts") {
    const CandidateSource doc{
        u("notes"),
        u("We saw Dr. Okafor and Ama de Souza at Ηλίας’s clinic on Tuesday. Then the "
          "Department of Health called."),
        {}};
    CHECK(rows(findCandidates({doc})) ==
          names({"Ama de Souza|name|1|notes", "Department of Health|name|1|notes",
                 "Dr. Okafor|name|1|notes", "Ηλίας|name|1|notes"}));
}

TEST_CASE(
    "candidates: a word after a sentence end, a line start or a label needs a mid-sentence use") {
    const CandidateSource doc{u("d"),
                              u("Okafor came.\nMensah left! Owusu: Kofi stayed.\n"
                                "Owusu: Later Kofi and Okafor went."),
                              names({"Owusu"})};
    // Okafor (line start) and Kofi (after a label, then after "Later") count through their
    // mid-sentence uses; Mensah (line start) and Later (after a label) do not; "Owusu" in the
    // middle of a line is no turn (turns open lines), so "Owusu" there is a sentence start.
    CHECK(rows(findCandidates({doc})) ==
          names({"Kofi|name|2|d", "Okafor|name|2|d", "Owusu|speaker|1|d"}));
}

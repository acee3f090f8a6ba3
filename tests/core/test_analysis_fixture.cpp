// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/test_analysis_fixture.h"

#include "core/commands/commands.h"
#include "tests/support/testrows.h"

#include <catch2/catch.hpp>

namespace situate::test {

namespace {

SpeakerTurn turn(const char* speaker, qint64 start, qint64 end) {
    SpeakerTurn t;
    t.speaker = QString::fromUtf8(speaker);
    t.start = start;
    t.end = end;
    return t;
}

// Runs one edit and fails the test with its message when it does not apply.
void mustEdit(Project& p, const std::function<Status(Editor&)>& fn) {
    const Status s = p.edit(QStringLiteral("test"), fn);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

// Stores r's id under `key`, or turns its error into a failed Status.
Status keep(QHash<QString, qint64>& ids, const QString& key, const Result<qint64>& r) {
    if (!r)
        return Status::failure(key + QStringLiteral(": ") + r.error());
    ids.insert(key, *r);
    return {};
}

Status code(Editor& e, QHash<QString, qint64>& ids, const QString& key, const char* doc,
            const char* code, const char* coder, qint64 start, qint64 end,
            const QString& memo = {}) {
    return keep(ids, key,
                addCoding(e, makeCoding(ids.value(QString::fromUtf8(doc)),
                                        ids.value(QString::fromUtf8(code)),
                                        ids.value(QString::fromUtf8(coder)), start, end, memo)));
}

std::unique_ptr<CountingProject> open(const QString& file) {
    auto cp = std::make_unique<CountingProject>();
    REQUIRE(cp->dir.isValid());
    auto p = Project::create(cp->dir.filePath(file));
    INFO(p.error().toStdString());
    REQUIRE(p.ok());
    cp->project = p.take();
    return cp;
}

} // namespace

std::unique_ptr<CountingProject> makeCountingProject() {
    auto cp = open(QStringLiteral("counting.situate"));
    auto& ids = cp->ids;
    mustEdit(*cp->project, [&](Editor& e) -> Status {
        Status st;
        auto add = [&](Status s) {
            if (st.ok() && !s.ok())
                st = s;
        };
        add(keep(ids, QStringLiteral("alpha"),
                 addDocument(e, textDocument(QStringLiteral("alpha"),
                                             QStringLiteral("aaaaaaaaaa\nbbbbbbbbbb\ncccccccccc\n"),
                                             {turn("Interviewer", 0, 21), turn("P01", 22, 33)}))));
        add(keep(ids, QStringLiteral("beta"),
                 addDocument(e, textDocument(QStringLiteral("beta"),
                                             QStringLiteral("dddddddddd\neeeeeeeeee\n"),
                                             {turn("P02", 0, 22)}))));
        add(keep(ids, QStringLiteral("gamma"),
                 addDocument(e, textDocument(QStringLiteral("gamma"),
                                             QStringLiteral("ffffffffff\ngggggggggg")))));
        add(keep(ids, QStringLiteral("A"), ensureCase(e, QStringLiteral("A"))));
        add(keep(ids, QStringLiteral("B"), ensureCase(e, QStringLiteral("B"))));
        if (!st)
            return st;
        add(assignDocumentToCase(e, ids[QStringLiteral("alpha")], ids[QStringLiteral("A")]));
        add(assignDocumentToCase(e, ids[QStringLiteral("beta")], ids[QStringLiteral("A")]));
        add(assignDocumentToCase(e, ids[QStringLiteral("beta")], ids[QStringLiteral("B")]));
        for (const char* path : {"P", "P/C1", "P/C2", "Q"})
            add(keep(ids, QString::fromUtf8(path), ensureCodePath(e, QString::fromUtf8(path))));
        for (const char* rq : {"RQ1", "RQ2", "RQ3"})
            add(keep(ids, QString::fromUtf8(rq), ensureQuestion(e, QString::fromUtf8(rq))));
        for (const char* coder : {"Aisha", "Ben"})
            add(keep(ids, QString::fromUtf8(coder), ensureCoder(e, QString::fromUtf8(coder))));
        if (!st)
            return st;
        add(linkCodeToQuestion(e, ids[QStringLiteral("P")], ids[QStringLiteral("RQ1")]));
        add(linkCodeToQuestion(e, ids[QStringLiteral("P/C1")], ids[QStringLiteral("RQ2")]));
        add(linkCodeToQuestion(e, ids[QStringLiteral("Q")], ids[QStringLiteral("RQ3")]));

        add(code(e, ids, QStringLiteral("k1"), "alpha", "P/C1", "Aisha", 0, 5));
        add(code(e, ids, QStringLiteral("k2"), "alpha", "P/C1", "Aisha", 3, 8));
        add(code(e, ids, QStringLiteral("k3"), "alpha", "P/C1", "Ben", 1, 4));
        add(code(e, ids, QStringLiteral("k4"), "alpha", "P/C2", "Aisha", 6, 15));
        add(code(e, ids, QStringLiteral("k5"), "alpha", "Q", "Ben", 12, 20));
        add(code(e, ids, QStringLiteral("k6"), "alpha", "P", "Aisha", 22, 30));
        add(code(e, ids, QStringLiteral("k7"), "beta", "P/C1", "Ben", 0, 10));
        add(code(e, ids, QStringLiteral("k8"), "beta", "Q", "Aisha", 2, 4));
        add(code(e, ids, QStringLiteral("k9"), "beta", "Q", "Aisha", 5, 7));
        add(code(e, ids, QStringLiteral("k10"), "beta", "P/C2", "Ben", 11, 21));
        add(code(e, ids, QStringLiteral("k11"), "gamma", "P/C1", "Aisha", 0, 10));
        add(code(e, ids, QStringLiteral("k12"), "gamma", "Q", "Ben", 10, 15));

        add(keep(ids, QStringLiteral("region"),
                 ensureAttribute(e, AttributeScope::Case, QStringLiteral("region"),
                                 AttributeType::Choice)));
        add(keep(ids, QStringLiteral("case wave"),
                 ensureAttribute(e, AttributeScope::Case, QStringLiteral("wave"))));
        add(keep(ids, QStringLiteral("document wave"),
                 ensureAttribute(e, AttributeScope::Document, QStringLiteral("wave"))));
        if (!st)
            return st;
        add(e.update(QStringLiteral("attributes"), ids[QStringLiteral("region")],
                     {{QStringLiteral("choices"), QStringLiteral("North\nSouth\nEast")}}));
        add(setAttributeValue(e, ids[QStringLiteral("region")], ids[QStringLiteral("A")],
                              QStringLiteral("North")));
        add(setAttributeValue(e, ids[QStringLiteral("region")], ids[QStringLiteral("B")],
                              QStringLiteral("North")));
        add(setAttributeValue(e, ids[QStringLiteral("case wave")], ids[QStringLiteral("A")],
                              QStringLiteral("2016")));
        const qint64 wave = ids[QStringLiteral("document wave")];
        add(setAttributeValue(e, wave, ids[QStringLiteral("alpha")], QStringLiteral("1")));
        add(setAttributeValue(e, wave, ids[QStringLiteral("beta")], QStringLiteral("2")));
        add(setAttributeValue(e, wave, ids[QStringLiteral("gamma")], QStringLiteral("1")));
        return st;
    });
    return cp;
}

std::unique_ptr<CountingProject> makeExportProject() {
    auto cp = open(QStringLiteral("export.situate"));
    auto& ids = cp->ids;
    const QString name = QStringLiteral("<script>alert(1)</script> notes");
    mustEdit(*cp->project, [&](Editor& e) -> Status {
        Status st;
        auto add = [&](Status s) {
            if (st.ok() && !s.ok())
                st = s;
        };
        add(keep(
            ids, QStringLiteral("doc"),
            addDocument(e, textDocument(name, QString::fromUtf8("Si\xC3\xA2n said \xF0\x9F\x98\x80 "
                                                                "\"yes\", ok\n=SUM(A1)\n")))));
        add(keep(ids, QStringLiteral("Sepsis"), ensureCase(e, QStringLiteral("Sepsis"))));
        add(keep(ids, QStringLiteral("code"),
                 ensureCodePath(e, QStringLiteral("Mechanisms/Peer learning"))));
        add(keep(ids, QStringLiteral("RQ1"),
                 ensureQuestion(e, QStringLiteral("RQ1"), QStringLiteral("How CoPs work"))));
        add(keep(ids, QStringLiteral("Aisha"), ensureCoder(e, QStringLiteral("Aisha"))));
        add(keep(ids, QStringLiteral("case role"),
                 ensureAttribute(e, AttributeScope::Case, QStringLiteral("role"))));
        add(keep(ids, QStringLiteral("document role"),
                 ensureAttribute(e, AttributeScope::Document, QStringLiteral("role"))));
        if (!st)
            return st;
        add(assignDocumentToCase(e, ids[QStringLiteral("doc")], ids[QStringLiteral("Sepsis")]));
        add(linkCodeToQuestion(e, ids[QStringLiteral("code")], ids[QStringLiteral("RQ1")]));
        add(setAttributeValue(e, ids[QStringLiteral("case role")], ids[QStringLiteral("Sepsis")],
                              QStringLiteral("lead")));
        add(setAttributeValue(e, ids[QStringLiteral("document role")], ids[QStringLiteral("doc")],
                              QStringLiteral("-member")));
        ids.insert(name, ids[QStringLiteral("doc")]);
        add(code(e, ids, QStringLiteral("e1"), "doc", "code", "Aisha", 10, 18,
                 QStringLiteral("+plus")));
        add(code(e, ids, QStringLiteral("e2"), "doc", "code", "Aisha", 22, 30));
        add(code(e, ids, QStringLiteral("e3"), "doc", "code", "Aisha", 0, 4,
                 QStringLiteral("<script>alert('memo')</script>\nline two")));
        return st;
    });
    return cp;
}

} // namespace situate::test

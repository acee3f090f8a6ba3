// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"

#include "core/generate/generator.h"

#include <QFileInfo>

namespace situate::cli {

namespace {

// Reads --name as a whole number into *out; false (after a usage message) when it is not one.
template <typename T> bool number(const Args& a, const QString& name, T* out, int* exitCode) {
    if (!a.options.contains(name))
        return true;
    bool ok = false;
    const qlonglong v = a.option(name).toLongLong(&ok);
    if (!ok) {
        *exitCode = usage(QStringLiteral("--%1 needs a whole number").arg(name));
        return false;
    }
    *out = static_cast<T>(v);
    return true;
}

int cmdGenerate(const Args& a) {
    GenerateOptions o;
    int code = 0;
    if (!number(a, QStringLiteral("documents"), &o.documents, &code) ||
        !number(a, QStringLiteral("words"), &o.words, &code) ||
        !number(a, QStringLiteral("codes"), &o.codes, &code) ||
        !number(a, QStringLiteral("codings"), &o.codings, &code) ||
        !number(a, QStringLiteral("coders"), &o.coders, &code))
        return code;
    if (a.options.contains(QStringLiteral("seed"))) {
        bool ok = false;
        o.seed = a.option(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed needs a whole number from 0 to 2^64-1"));
    }
    o.txtDir = a.option(QStringLiteral("txt-dir"));
    o.docxDir = a.option(QStringLiteral("docx-dir"));
    if (Status s = validateGenerateOptions(o); !s)
        return usage(s.error());
    auto report = generateProject(a.positional[0], o);
    if (!report)
        return fail(report.error());
    out(QStringLiteral("created %1: %2 documents (%3 characters), %4 codes, %5 codings by %6 "
                       "coders, %7 cases, %8 research questions (seed %9)\n")
            .arg(QFileInfo(a.positional[0]).fileName())
            .arg(report->documents)
            .arg(report->characters)
            .arg(report->codes)
            .arg(report->codings)
            .arg(report->coders)
            .arg(report->cases)
            .arg(report->questions)
            .arg(o.seed));
    return 0;
}

} // namespace

void addGenerateCommands(QVector<Command>& commands) {
    commands << Command{
        QStringLiteral("generate"),
        QStringLiteral("generate PROJECT [--documents N] [--words W] [--codes C] [--codings K] "
                       "[--coders M] [--seed S] [--txt-dir DIR] [--docx-dir DIR]"),
        QStringLiteral("Create a synthetic study for benchmarks and tests (defaults: 100 "
                       "documents of 5000 words, 200 codes, 10000 codings, 2 coders, seed 1): "
                       "transcripts with speaker turns, a three-level theory-of-change codebook "
                       "linked to research questions, 7 cases with attributes, and codings by "
                       "coders who partly agree. The same options give the same project. "
                       "--txt-dir and --docx-dir also write the documents as .txt and .docx "
                       "files."),
        {},
        1,
        cmdGenerate};
}

} // namespace situate::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"

#include "core/agreement/agreementanalysis.h"
#include "core/agreement/agreementreport.h"
#include "core/io/projectmerge.h"
#include "core/project.h"

#include <QJsonDocument>

namespace situate::cli {

namespace {

// Splits a comma-separated list; "\," stands for a comma inside a name.
QStringList splitList(const QString& text) {
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\') && i + 1 < text.size() &&
            text[i + 1] == QLatin1Char(',')) {
            current += QLatin1Char(',');
            ++i;
        } else if (text[i] == QLatin1Char(',')) {
            out << current.trimmed();
            current.clear();
        } else {
            current += text[i];
        }
    }
    out << current.trimmed();
    out.removeAll(QString());
    return out;
}

int cmdAgreement(const Args& a) {
    AgreementRequest r;
    if (!a.options.contains(QStringLiteral("coders")))
        return usage(QStringLiteral("--coders A,B is required"));
    r.coders = splitList(a.option(QStringLiteral("coders")));
    const QString unit = a.option(QStringLiteral("unit"), QStringLiteral("character"));
    if (!parseAgreementUnit(unit, &r.unit))
        return usage(QStringLiteral("--unit must be character, segment, document, paragraph or "
                                    "turn"));
    const bool categorical = isCategorical(r.unit);
    if (a.options.contains(QStringLiteral("level"))) {
        if (!categorical)
            return usage(QStringLiteral("--level applies to the document, paragraph and turn "
                                        "units"));
        if (!parseMeasurementLevel(a.option(QStringLiteral("level")), &r.level))
            return usage(QStringLiteral("--level must be nominal, ordinal or interval"));
    }
    if (a.options.contains(QStringLiteral("group"))) {
        if (!categorical)
            return usage(QStringLiteral("--group applies to the document, paragraph and turn "
                                        "units"));
        if (a.options.contains(QStringLiteral("codes")))
            return usage(QStringLiteral("--group and --codes cannot be combined"));
        r.group = a.option(QStringLiteral("group"));
    }
    if (a.options.contains(QStringLiteral("overlap"))) {
        if (r.unit != AgreementUnit::Segment)
            return usage(QStringLiteral("--overlap applies to the segment unit"));
        bool ok = false;
        r.overlap = a.option(QStringLiteral("overlap")).toDouble(&ok);
        if (!ok || !(r.overlap > 0 && r.overlap <= 1))
            return usage(QStringLiteral("--overlap must be a number above 0 and at most 1"));
    }
    r.codes = splitList(a.option(QStringLiteral("codes")));
    r.documents = splitList(a.option(QStringLiteral("documents")));
    const QString format = a.option(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("json") && format != QLatin1String("csv") &&
        format != QLatin1String("table"))
        return usage(QStringLiteral("--format must be json, csv or table"));

    auto p = openProject(a);
    if (!p)
        return kFailure;
    auto result = computeAgreement(p->storage(), r);
    if (!result)
        return fail(result.error());
    if (format == QLatin1String("json")) {
        writeAgreementJson(*result, outBytes);
    } else if (format == QLatin1String("csv")) {
        writeAgreementCsv(*result, outBytes);
        // The sheet has no place for them, so flagged units are named on stderr.
        for (const FlaggedUnit& f : result->flagged)
            err(QStringLiteral("situate-cli: flagged %1 unit %2 (%3-%4): %5 applied %6\n")
                    .arg(f.document)
                    .arg(f.unit)
                    .arg(f.start)
                    .arg(f.end)
                    .arg(f.coder, f.codes.join(QStringLiteral(", "))));
    } else {
        writeAgreementTable(*result, outBytes);
    }
    return 0;
}

int cmdMerge(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    auto report = mergeProjectFile(*p, a.positional[1]);
    if (!report)
        return fail(report.error());
    const MergeReport& m = *report;
    for (const QString& d : m.documentsMatched)
        out(QStringLiteral("matched document %1\n").arg(d));
    for (const QString& d : m.documentsRefused)
        out(QStringLiteral("refused document %1\n").arg(d));
    for (const QString& c : m.codesCreated)
        out(QStringLiteral("created code %1\n").arg(c));
    for (const QString& c : m.codersAdded)
        out(QStringLiteral("added coder %1\n").arg(c));
    for (const QString& r : m.refusals)
        out(QStringLiteral("refused %1\n").arg(r));
    out(QStringLiteral("documents: %1 matched, %2 refused\n")
            .arg(m.documentsMatched.size())
            .arg(m.documentsRefused.size()));
    out(QStringLiteral("codes: %1 matched by UUID, %2 matched by path, %3 created\n")
            .arg(m.codesMatchedByUuid.size())
            .arg(m.codesMatchedByPath.size())
            .arg(m.codesCreated.size()));
    out(QStringLiteral("coders: %1 matched, %2 added\n")
            .arg(m.codersMatched.size())
            .arg(m.codersAdded.size()));
    out(QStringLiteral("codings: %1 added, %2 duplicate(s) skipped, %3 refused\n")
            .arg(m.codingsAdded)
            .arg(m.duplicatesSkipped)
            .arg(m.codingsRefused));
    return 0;
}

} // namespace

void addAgreementCommands(QVector<Command>& c) {
    c << Command{QStringLiteral("agreement"),
                 QStringLiteral("agreement PROJECT --coders A,B[,C...] "
                                "[--unit character|segment|document|paragraph|turn] "
                                "[--group CODE_PATH] [--level nominal|ordinal|interval] "
                                "[--codes P1,P2] [--documents N1,N2] [--overlap 0.9] "
                                "[--format json|csv|table]"),
                 QStringLiteral("Inter-coder agreement: percent agreement, Cohen's kappa and "
                                "Krippendorff's alpha per character; MAXQDA-style segment "
                                "agreement with Brennan-Prediger kappa; Cohen, Scott, Fleiss, "
                                "Brennan-Prediger and Krippendorff (with a bootstrap 95% "
                                "interval) over documents, paragraphs or speaker turns. Write "
                                "\\, for a comma inside a name."),
                 {},
                 1,
                 cmdAgreement};
    c << Command{QStringLiteral("merge"),
                 QStringLiteral("merge PROJECT OTHER.situate"),
                 QStringLiteral("Bring another project's codes, coders and codings into PROJECT "
                                "(documents matched by content, codes by UUID then path) as one "
                                "undoable step; reports what was matched, added and refused."),
                 {},
                 2,
                 cmdMerge};
}

} // namespace situate::cli

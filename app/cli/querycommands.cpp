// SPDX-License-Identifier: GPL-3.0-or-later
// Coding queries: `query` answers one (core/query/README.md states the language and the
// output), `query code` codes its result.
#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"

#include "core/query/querycode.h"
#include "core/query/queryoutput.h"

#include <QJsonDocument>

namespace situate::cli {

namespace {

/// --unit, or a usage error (exit code in *bad).
bool unitOption(const Args& a, query::Unit* unit, int* bad) {
    *bad = 0;
    if (!query::parseUnit(a.option(QStringLiteral("unit"), QStringLiteral("run")), unit)) {
        *bad = usage(QStringLiteral("--unit must be run, turn, paragraph or document"));
        return false;
    }
    return true;
}

int cmdQuery(const Args& a) {
    const QString format = a.option(QStringLiteral("format"), QStringLiteral("json"));
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return usage(QStringLiteral("--format must be json or csv"));
    query::Unit unit = query::Unit::Run;
    int bad = 0;
    if (!unitOption(a, &unit, &bad))
        return bad;
    if (a.positional.size() != 2)
        return usage(QStringLiteral("query takes PROJECT and one EXPR (quote the whole query)"));
    auto p = openProject(a);
    if (!p)
        return kFailure;
    Result<query::QueryResult> r = query::runQuery(p->storage(), a.positional[1], unit);
    if (!r)
        return fail(r.error());
    const QString what = QStringLiteral("%1 run(s)").arg(r->counts().runs);
    if (format == QLatin1String("csv"))
        return writeOutput(a, query::resultCsv(*r, !a.has(QStringLiteral("no-bom"))), what);
    return writeOutput(a, QJsonDocument(query::resultJson(*r)).toJson(QJsonDocument::Indented),
                       what);
}

int cmdQueryCode(const Args& a) {
    query::Unit unit = query::Unit::Run;
    int bad = 0;
    if (!unitOption(a, &unit, &bad))
        return bad;
    const QString code = a.option(QStringLiteral("code"));
    const QString coder = a.option(QStringLiteral("coder"));
    if (code.trimmed().isEmpty() || coder.trimmed().isEmpty())
        return usage(QStringLiteral("query code needs --code PATH and --coder NAME"));
    if (a.positional.size() != 2)
        return usage(QStringLiteral("query code takes PROJECT and one EXPR (quote the whole "
                                    "query)"));
    auto p = openProject(a);
    if (!p)
        return kFailure;
    query::CodeReport report;
    return editAndReport(
        *p, QStringLiteral("Code query result with %1").arg(code),
        [&](Editor& e) -> Status {
            Result<query::CodeReport> r = query::codeQuery(e, a.positional[1], unit, code, coder);
            if (!r)
                return Status::from(r);
            report = *r;
            return {};
        },
        [&] {
            return QStringLiteral("coded %1 run(s) with %2 as %3 (%4 already coded)%5\n")
                .arg(QString::number(report.added), code, coder, QString::number(report.already),
                     report.codeCreated ? QStringLiteral("; made the code") : QString());
        });
}

} // namespace

void addQueryCommands(QVector<Command>& c) {
    c << Command{
        QStringLiteral("query"),
        QStringLiteral("query PROJECT EXPR [--unit run|turn|paragraph|document] "
                       "[--format json|csv] [--output FILE] [--no-bom]"),
        QStringLiteral(
            "Answer a coding query: where in each document EXPR holds, as runs of characters. "
            "Operands: code \"PATH\", tree \"PATH\" (with its sub-codes), either followed by "
            "by \"CODER\"; speaker \"NAME\", document \"NAME\", case \"NAME\", attribute "
            "\"NAME\" = \"VALUE\", all. Operators, loosest first: or; and, and not; near N "
            "(at most N words apart), in turn, in paragraph (keep whole runs of the left "
            "operand); parentheses group. JSON {query, runs [{document, start, end, text}], "
            "counts {runs, documents, cases, characters}}; CSV document,case,start,end,"
            "speaker,text with a BOM unless --no-bom. --unit widens each run to its turn, "
            "paragraph or document. Offsets are code points, end exclusive."),
        {QStringLiteral("no-bom")},
        2,
        cmdQuery};
    c << Command{QStringLiteral("query code"),
                 QStringLiteral("query code PROJECT EXPR --code PATH --coder NAME "
                                "[--unit run|turn|paragraph|document]"),
                 QStringLiteral("Code every run of a query's result (widened by --unit) with "
                                "the code PATH (made when new) as NAME, as one step that undo "
                                "takes back whole. A run NAME already coded exactly so is left "
                                "alone."),
                 {},
                 2,
                 cmdQueryCode};
}

} // namespace situate::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// Coding queries: `query` answers one (core/query/README.md states the language and the
// output), `query code` codes its result.
#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"

#include "core/query/querycode.h"
#include "core/query/queryoutput.h"
#include "core/query/savedqueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

/// `query` and `query run`: the second positional is the expression itself, or the name of
/// a saved one (`saved`).
int answerQuery(const Args& a, bool saved) {
    const QString format = a.option(QStringLiteral("format"), QStringLiteral("json"));
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return usage(QStringLiteral("--format must be json or csv"));
    query::Unit unit = query::Unit::Run;
    int bad = 0;
    if (!unitOption(a, &unit, &bad))
        return bad;
    if (a.positional.size() != 2)
        return usage(saved ? QStringLiteral("query run takes PROJECT and the NAME of a saved "
                                            "query")
                           : QStringLiteral("query takes PROJECT and one EXPR (quote the whole "
                                            "query)"));
    auto p = openProject(a);
    if (!p)
        return kFailure;
    QString text = a.positional[1];
    if (saved) {
        Result<QString> found = query::savedQuery(p->storage(), text);
        if (!found)
            return fail(found.error());
        text = *found;
    }
    Result<query::QueryResult> r = query::runQuery(p->storage(), text, unit, query::Needs::Texts);
    if (!r)
        return fail(r.error());
    const QString what = QStringLiteral("%1 run(s)").arg(r->counts().runs);
    if (format == QLatin1String("csv"))
        return writeOutput(a, query::resultCsv(*r, !a.has(QStringLiteral("no-bom"))), what);
    if (a.option(QStringLiteral("output")).isEmpty()) {
        query::writeResultJson(*r, outBytes); // written as it is made
        return 0;
    }
    return writeOutput(a, query::resultJsonText(*r), what);
}

int cmdQuery(const Args& a) {
    return answerQuery(a, false);
}
int cmdQueryRun(const Args& a) {
    return answerQuery(a, true);
}

int cmdQuerySave(const Args& a) {
    if (a.positional.size() != 3)
        return usage(QStringLiteral("query save takes PROJECT, NAME and one EXPR (quote the "
                                    "whole query)"));
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const QString& name = a.positional[1];
    return editAndReport(
        *p, QStringLiteral("Save query %1").arg(name),
        [&](Editor& e) { return query::saveQuery(e, name, a.positional[2]); },
        QStringLiteral("saved query %1\n").arg(name));
}

int cmdQueryDelete(const Args& a) {
    if (a.positional.size() != 2)
        return usage(QStringLiteral("query delete takes PROJECT and the NAME of a saved query"));
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const QString& name = a.positional[1];
    return editAndReport(
        *p, QStringLiteral("Delete query %1").arg(name),
        [&](Editor& e) { return query::deleteQuery(e, name); },
        QStringLiteral("deleted query %1\n").arg(name));
}

int cmdQueryList(const Args& a) {
    const QString format = a.option(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("json") && format != QLatin1String("text"))
        return usage(QStringLiteral("--format must be text or json"));
    if (a.positional.size() != 1)
        return usage(QStringLiteral("query list takes PROJECT"));
    auto p = openProject(a);
    if (!p)
        return kFailure;
    Result<QVector<query::SavedQuery>> all = query::savedQueries(p->storage());
    if (!all)
        return fail(all.error());
    const QString what = QStringLiteral("%1 saved query(ies)").arg(all->size());
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const query::SavedQuery& q : *all)
            rows.append(
                QJsonObject{{QStringLiteral("name"), q.name}, {QStringLiteral("query"), q.query}});
        return writeOutput(a, QJsonDocument(rows).toJson(QJsonDocument::Indented), what);
    }
    QString text;
    for (const query::SavedQuery& q : *all)
        text += q.name + QLatin1Char('\t') + q.query + QLatin1Char('\n');
    return writeOutput(a, text.toUtf8(), what);
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
    c << Command{QStringLiteral("query save"),
                 QStringLiteral("query save PROJECT NAME EXPR"),
                 QStringLiteral("Save the query EXPR in the project as NAME (replacing a query "
                                "saved so before), as one undoable step; EXPR is checked "
                                "first, as query checks it."),
                 {},
                 3,
                 cmdQuerySave};
    c << Command{QStringLiteral("query list"),
                 QStringLiteral("query list PROJECT [--format text|json] [--output FILE]"),
                 QStringLiteral("The saved queries by name: NAME<TAB>EXPR a line, or with "
                                "--format json [{name, query}]."),
                 {},
                 1,
                 cmdQueryList};
    c << Command{QStringLiteral("query delete"),
                 QStringLiteral("query delete PROJECT NAME"),
                 QStringLiteral("Remove the saved query NAME, as one undoable step (an unknown "
                                "NAME is an error)."),
                 {},
                 2,
                 cmdQueryDelete};
    c << Command{QStringLiteral("query run"),
                 QStringLiteral("query run PROJECT NAME [--unit run|turn|paragraph|document] "
                                "[--format json|csv] [--output FILE] [--no-bom]"),
                 QStringLiteral("Answer the saved query NAME, as query answers its EXPR."),
                 {QStringLiteral("no-bom")},
                 2,
                 cmdQueryRun};
}

} // namespace situate::cli

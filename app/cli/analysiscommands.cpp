// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"
#include "core/query/savedqueries.h"

#include "core/analysis/cooccurrence.h"
#include "core/analysis/extractdocx.h"
#include "core/analysis/extractexport.h"
#include "core/analysis/extractreport.h"
#include "core/analysis/frequency.h"
#include "core/analysis/numbertable.h"
#include "core/analysis/presence.h"
#include "core/analysis/runfrequency.h"
#include "core/analysis/statsfile.h"
#include "core/codetree.h"
#include "core/io/csv.h"
#include "core/project.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace situate::cli {

namespace {

// Every value of a list option, given once or repeated (`--coders A,B --coders C`).
QStringList listOption(const Args& a, const QString& name, QChar separator = QLatin1Char(',')) {
    QStringList out;
    for (const QString& value : a.values(name)) {
        for (const QString& part : value.split(separator)) {
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
        }
    }
    return out;
}

// Single names (names may hold commas), one a time the option is given.
QStringList singleOption(const Args& a, const QString& name) {
    QStringList out;
    for (const QString& value : a.values(name)) {
        if (!value.trimmed().isEmpty())
            out << value.trimmed();
    }
    return out;
}

// --coders/--coder, --documents/--document, --cases/--case and --where, as names.
FilterNames filterNames(const Args& a) {
    FilterNames n;
    n.coders = listOption(a, QStringLiteral("coders")) + singleOption(a, QStringLiteral("coder"));
    n.documents =
        listOption(a, QStringLiteral("documents")) + singleOption(a, QStringLiteral("document"));
    n.cases = listOption(a, QStringLiteral("cases")) + singleOption(a, QStringLiteral("case"));
    n.conditions = listOption(a, QStringLiteral("where"), QLatin1Char(';'));
    return n;
}

// The filter and --descendants; fails when a name in the filter matches nothing.
template <typename Request> Status readFilter(const Args& a, const Storage& s, Request& r) {
    auto filter = resolveFilter(s, filterNames(a));
    if (!filter)
        return Status::from(filter);
    r.filter = *filter;
    r.descendants = a.has(QStringLiteral("descendants"));
    return {};
}

// What a frequency request and an extract query take alike from the command line: the
// filter, --descendants and --rollup.
template <typename Query> Status readSelection(const Args& a, const Storage& s, Query& q) {
    q.rollup = a.has(QStringLiteral("rollup"));
    return readFilter(a, s, q);
}

QJsonArray jsonColumns(const NumberTable& table) {
    QJsonArray columns;
    for (const QString& c : table.columns)
        columns.append(c);
    return columns;
}

// Row r's cells by column name, each made a JSON value by `value`.
template <typename Fn> QJsonObject jsonCells(const NumberTable& table, qsizetype r, Fn value) {
    QJsonObject cells;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        cells.insert(table.columns[c], value(table.at(r, c)));
    return cells;
}

// The output format: --format, else the --output file's extension, else `fallback`.
QString outputFormat(const Args& a, const QString& fallback) {
    if (a.options.contains(QStringLiteral("format")))
        return a.option(QStringLiteral("format"));
    const QString suffix = QFileInfo(a.option(QStringLiteral("output"))).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        return QStringLiteral("html");
    if (QStringList{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx"),
                    QStringLiteral("html")}
            .contains(suffix))
        return suffix;
    return fallback;
}

QJsonValue jsonNumber(double value, int decimals) {
    if (decimals <= 0)
        return QJsonValue(qint64(std::llround(value)));
    const double scale = std::pow(10.0, decimals);
    return QJsonValue(std::round(value * scale) / scale);
}

// Table, CSV, JSON or XLSX of one NumberTable; `extraSheets` follow it in an XLSX file.
int emitTable(const Args& a, const NumberTable& t, const QVector<NumberTable>& extraSheets,
              const QJsonObject& json, const QString& what) {
    const QString format = outputFormat(a, QStringLiteral("table"));
    const bool bom = !a.has(QStringLiteral("no-bom"));
    if (format == QLatin1String("table"))
        return writeOutput(a, tableText(t).toUtf8(), what);
    if (format == QLatin1String("csv"))
        return writeOutput(a, tableCsv(t, bom), what);
    if (format == QLatin1String("json"))
        return writeOutput(a, QJsonDocument(json).toJson(QJsonDocument::Indented), what);
    if (format != QLatin1String("xlsx"))
        return usage(QStringLiteral("--format must be csv, json, table or xlsx"));
    const QString output = a.option(QStringLiteral("output"));
    if (output.isEmpty())
        return usage(QStringLiteral("--format xlsx needs --output FILE.xlsx"));
    if (Status st = saveTablesXlsx(output, QVector<NumberTable>{t} + extraSheets); !st)
        return fail(st.error());
    reportWritten(what, output);
    return 0;
}

int cmdFreq(const Args& a) {
    const QString by = a.option(QStringLiteral("by"));
    if (by.isEmpty())
        return usage(QStringLiteral("freq needs --by case|rq|document|coder|attribute:NAME"));
    CountType count = CountType::Codings;
    if (!parseCountType(a.option(QStringLiteral("count"), QStringLiteral("codings")), &count))
        return usage(
            QStringLiteral("--count must be codings, documents, cases, characters or coverage"));
    const QString rowKind = a.option(QStringLiteral("rows"), QStringLiteral("codes"));
    if (rowKind != QLatin1String("codes") && rowKind != QLatin1String("queries"))
        return usage(QStringLiteral("--rows must be codes or queries"));
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const Storage& s = p->storage();

    FrequencyRequest req;
    if (by == QLatin1String("case")) {
        req.by = Dimension::Case;
    } else if (by == QLatin1String("rq")) {
        req.by = Dimension::ResearchQuestion;
    } else if (by == QLatin1String("document")) {
        req.by = Dimension::Document;
    } else if (by == QLatin1String("coder")) {
        req.by = Dimension::Coder;
    } else if (by.startsWith(QLatin1String("attribute:"))) {
        auto attribute = resolveAttribute(s, by.mid(10));
        if (!attribute)
            return fail(attribute.error());
        req.by = Dimension::Attribute;
        req.attributeId = attribute->id;
    } else {
        return usage(QStringLiteral("--by must be case, rq, document, coder or attribute:NAME"));
    }
    if (Status st = readSelection(a, s, req); !st)
        return fail(st.error());
    // Only an XLSX file shows every count type; one count of codings, documents or cases is
    // made without reading a coding's position.
    req.characters = count == CountType::Characters || count == CountType::Coverage ||
                     outputFormat(a, QStringLiteral("table")) == QLatin1String("xlsx");
    Result<FrequencyMatrix> m = FrequencyMatrix{};
    if (rowKind == QLatin1String("queries")) {
        Result<QVector<TextRuns>> queries =
            query::savedQueryRuns(s, a.values(QStringLiteral("query")));
        if (!queries)
            return fail(queries.error());
        m = runsFrequencyMatrix(s, req, *queries);
    } else {
        m = frequencyMatrix(s, req);
    }
    if (!m)
        return fail(m.error());

    const NumberTable table = frequencyTable(*m, count);
    const QJsonArray columns = jsonColumns(table);
    QJsonArray rows;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QJsonObject cells =
            jsonCells(table, r, [&](double v) { return jsonNumber(v, table.decimals); });
        rows.append(
            QJsonObject{{m->rowKind, table.rows[r]},
                        {QStringLiteral("row"), table.rows[r]},
                        {QStringLiteral("cells"), cells},
                        {QStringLiteral("total"), jsonNumber(table.totals[r], table.decimals)}});
    }
    QJsonObject columnTotals;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        columnTotals.insert(table.columns[c],
                            jsonNumber(m->columnTotals[c].value(count), table.decimals));
    const QJsonObject json{
        {QStringLiteral("by"), by},
        {QStringLiteral("rows_are"), rowKind},
        {QStringLiteral("count"), countTypeName(count)},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("column_totals"), columnTotals},
        {QStringLiteral("grand_total"), jsonNumber(m->grandTotal.value(count), table.decimals)}};
    QVector<NumberTable> others;
    for (CountType t : {CountType::Codings, CountType::Documents, CountType::Cases,
                        CountType::Characters, CountType::Coverage}) {
        if (t != count)
            others << frequencyTable(*m, t);
    }
    return emitTable(
        a, table, others, json,
        QStringLiteral("%1 %2(s) x %3 column(s)")
            .arg(QString::number(m->rows.size()), m->rowKind, QString::number(m->columns.size())));
}

int cmdCooccurrence(const Args& a) {
    CooccurrenceRequest req;
    if (!parseCooccurrenceMode(a.option(QStringLiteral("mode"), QStringLiteral("overlap")),
                               &req.mode))
        return usage(QStringLiteral("--mode must be overlap, paragraph or turn"));
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const Storage& s = p->storage();
    if (Status st = readFilter(a, s, req); !st)
        return fail(st.error());
    auto m = cooccurrenceMatrix(s, req);
    if (!m)
        return fail(m.error());
    const NumberTable table = cooccurrenceTable(*m);
    const QJsonArray columns = jsonColumns(table);
    QJsonArray rows;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QJsonObject cells = jsonCells(table, r, [](double v) { return qint64(v); });
        rows.append(
            QJsonObject{{QStringLiteral("code"), table.rows[r]}, {QStringLiteral("cells"), cells}});
    }
    const QJsonObject json{{QStringLiteral("mode"), cooccurrenceModeName(m->mode)},
                           {QStringLiteral("columns"), columns},
                           {QStringLiteral("rows"), rows}};
    return emitTable(a, table, {}, json, QStringLiteral("%1 x %1 code(s)").arg(m->codes.size()));
}

int cmdExtracts(const Args& a) {
    const QString format = outputFormat(a, QStringLiteral("csv"));
    const QString output = a.option(QStringLiteral("output"));
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx") &&
        format != QLatin1String("html") && format != QLatin1String("docx") &&
        format != QLatin1String("json"))
        return usage(QStringLiteral("--format must be csv, json, xlsx, html or docx"));
    if ((format == QLatin1String("xlsx") || format == QLatin1String("docx")) && output.isEmpty())
        return usage(QStringLiteral("--format %1 needs --output FILE.%1").arg(format));
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const Storage& s = p->storage();

    ExtractQuery q;
    if (Status st = readSelection(a, s, q); !st)
        return fail(st.error());
    QStringList description;
    if (a.options.contains(QStringLiteral("code"))) {
        const Result<CodeTree> read = CodeTree::read(s);
        if (!read)
            return fail(read.error());
        const CodeTree& tree = *read;
        const auto id = tree.idByPath(a.option(QStringLiteral("code")));
        if (!id)
            return fail(QStringLiteral("no code \"%1\"").arg(a.option(QStringLiteral("code"))));
        q.codeIds << *id;
        description << QStringLiteral("code: %1%2")
                           .arg(tree.path(*id),
                                q.descendants ? QStringLiteral(" (with sub-codes)") : QString());
    }
    if (a.options.contains(QStringLiteral("rq"))) {
        const auto id = s.questionIdByCode(a.option(QStringLiteral("rq")));
        if (!id)
            return fail(
                QStringLiteral("no research question \"%1\"").arg(a.option(QStringLiteral("rq"))));
        q.questionId = *id;
        description << QStringLiteral("research question: %1%2")
                           .arg(a.option(QStringLiteral("rq")),
                                q.rollup ? QStringLiteral(" (with roll-up)") : QString());
    }
    if (a.options.contains(QStringLiteral("query"))) {
        // The extracts of the codings that share a character with a saved query's result.
        const QString name = a.option(QStringLiteral("query"));
        Result<QVector<TextRuns>> runs = query::savedQueryRuns(s, {name});
        if (!runs)
            return fail(runs.error());
        auto within =
            std::make_shared<QHash<qint64, std::vector<Interval>>>(std::move(runs->first().runs));
        q.within = within;
        description << QStringLiteral("query: %1").arg(name);
    }
    const FilterNames names = filterNames(a);
    if (!names.cases.isEmpty())
        description << QStringLiteral("case: %1").arg(names.cases.join(QStringLiteral(", ")));
    if (!names.documents.isEmpty())
        description
            << QStringLiteral("document: %1").arg(names.documents.join(QStringLiteral(", ")));
    if (!names.coders.isEmpty())
        description << QStringLiteral("coder: %1").arg(names.coders.join(QStringLiteral(", ")));
    if (!names.conditions.isEmpty())
        description
            << QStringLiteral("where %1").arg(names.conditions.join(QStringLiteral(" and ")));
    q.keyQuotesOnly = a.has(QStringLiteral("key-quotes"));
    if (q.keyQuotesOnly)
        description << QStringLiteral("key quotes only");

    qint64 count = 0;
    if (format == QLatin1String("html")) {
        auto html = extractsHtmlReport(s, q, QStringLiteral("Coded extracts: %1").arg(p->name()),
                                       description.join(QStringLiteral(" · ")), &count);
        if (!html)
            return fail(html.error());
        return writeOutput(a, *html, QStringLiteral("%1 extract(s)").arg(count));
    }
    const bool bom = !a.has(QStringLiteral("no-bom"));
    Status st;
    if (format == QLatin1String("json") && output.isEmpty()) {
        st = writeExtractsJson(s, q, [](const QByteArray& bytes) {
            outBytes(bytes);
            return Status();
        });
        return st ? 0 : fail(st.error());
    }
    if (format == QLatin1String("json")) {
        st = saveExtractsJson(s, q, output, &count);
    } else if (format == QLatin1String("docx")) {
        st = saveExtractsDocx(s, q, output, QStringLiteral("Coded extracts: %1").arg(p->name()),
                              description.join(QStringLiteral(" · ")), &count);
    } else if (format == QLatin1String("xlsx")) {
        st = saveExtractsXlsx(s, q, output, &count);
    } else if (!output.isEmpty()) {
        st = saveExtractsCsv(s, q, output, bom, &count);
    } else {
        st = writeExtractsCsv(s, q, bom, [](const QByteArray& bytes) {
            outBytes(bytes);
            return Status();
        });
        return st ? 0 : fail(st.error());
    }
    if (!st)
        return fail(st.error());
    reportWritten(QStringLiteral("%1 extract(s)").arg(count), output);
    return 0;
}

int cmdPresence(const Args& a) {
    PresenceRequest req;
    if (!parsePresenceUnit(a.option(QStringLiteral("unit")), &req.unit))
        return usage(QStringLiteral("presence needs --unit document, case, turn or paragraph"));
    if (!parsePresenceCount(a.option(QStringLiteral("count"), QStringLiteral("presence")),
                            &req.count))
        return usage(QStringLiteral("--count must be presence, codings or characters"));
    QString format = outputFormat(a, QStringLiteral("csv"));
    if (const QString suffix = QFileInfo(a.option(QStringLiteral("output"))).suffix().toLower();
        !a.options.contains(QStringLiteral("format")) &&
        (suffix == QLatin1String("sav") || suffix == QLatin1String("dta")))
        format = suffix;
    const bool stats = format == QLatin1String("sav") || format == QLatin1String("dta");
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx") && !stats)
        return usage(QStringLiteral("--format must be csv, xlsx, sav or dta"));
    const QString output = a.option(QStringLiteral("output"));
    if (format != QLatin1String("csv") && output.isEmpty())
        return usage(QStringLiteral("--format %1 needs --output FILE.%1").arg(format));
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const Storage& s = p->storage();
    if (Status st = readFilter(a, s, req); !st)
        return fail(st.error());
    const QString what = QStringLiteral("%1 table").arg(a.option(QStringLiteral("unit")));
    if (format != QLatin1String("csv")) {
        const Status st =
            stats ? savePresenceStats(s, req, output,
                                      format == QLatin1String("sav") ? StatsPackage::Spss
                                                                     : StatsPackage::Stata)
                  : savePresenceXlsx(s, req, output);
        if (!st)
            return fail(st.error());
        reportWritten(what, output);
        return 0;
    }
    const Result<QByteArray> bytes = presenceCsv(s, req, !a.has(QStringLiteral("no-bom")));
    if (!bytes)
        return fail(bytes.error());
    return writeOutput(a, *bytes, what);
}

} // namespace

void addAnalysisCommands(QVector<Command>& c) {
    const QString filters =
        QStringLiteral(" Filters: --coders A,B --documents A,B --cases A,B (names, comma "
                       "separated) and --where ATTRIBUTE=VALUE[;ATTRIBUTE=VALUE...] (values of "
                       "one attribute are alternatives; a name that is both a case and a "
                       "document attribute is written case:NAME or document:NAME).");
    c << Command{
        QStringLiteral("freq"),
        QStringLiteral("freq PROJECT --by case|rq|document|coder|attribute:NAME "
                       "[--rows codes|queries] [--query NAME]... "
                       "[--count codings|documents|cases|characters|coverage] [--descendants] "
                       "[--rollup] [--coders A,B] [--documents A,B] [--cases A,B] "
                       "[--where ATTR=VALUE] [--format csv|json|table|xlsx] [--output FILE] "
                       "[--no-bom]"),
        QStringLiteral(
            "Code frequencies: one row per code (tree order), one column per case, "
            "research question, document, coder or attribute value, and the code's "
            "total over the whole filtered project. --descendants counts each "
            "code's sub-codes in its row; --rollup lets a coding count for the "
            "questions linked to its code's ancestors. --rows queries makes one row "
            "per saved query (--query NAME, repeatable: only those), each run of its result "
            "counted as a coding would be. XLSX holds every count type, one sheet "
            "each. Counting rules: core/analysis/README.md.") +
            filters,
        {QStringLiteral("descendants"), QStringLiteral("rollup"), QStringLiteral("no-bom")},
        1,
        cmdFreq};
    c << Command{
        QStringLiteral("presence"),
        QStringLiteral("presence PROJECT --unit document|case|turn|paragraph "
                       "[--count presence|codings|characters] [--descendants] [--coders A,B] "
                       "[--documents A,B] [--cases A,B] [--where ATTR=VALUE] "
                       "[--format csv|xlsx|sav|dta] [--output FILE] [--no-bom]"),
        QStringLiteral("A code table for R, Stata or SPSS: one row per document, case, speaker "
                       "turn or paragraph; first document, case, speaker (turns), start and end "
                       "(turns, paragraphs) as the unit has them, then every case and document "
                       "attribute by name, then one column per code (codebook order, named by "
                       "path) holding 1 when a coding of the code shares a character with the "
                       "unit, else 0 (--count codings: how many; characters: how many of the "
                       "unit's characters they cover). In R: read.csv(\"FILE\", "
                       "check.names = FALSE, fileEncoding = \"UTF-8-BOM\"); in Stata: import "
                       "delimited using FILE, varnames(1) encoding(\"utf-8\") clear. --format "
                       "sav or dta (or --output FILE.sav, FILE.dta) writes an SPSS or Stata "
                       "file: variable names valid there, made from the titles, each title as "
                       "its variable label, choices as value labels, dates as dates (rules: "
                       "core/analysis/README.md).") +
            filters,
        {QStringLiteral("descendants"), QStringLiteral("no-bom")},
        1,
        cmdPresence};
    c << Command{
        QStringLiteral("cooccurrence"),
        QStringLiteral("cooccurrence PROJECT [--mode overlap|paragraph|turn] [--descendants] "
                       "[--coders A,B] [--documents A,B] [--cases A,B] [--where ATTR=VALUE] "
                       "[--format csv|json|table|xlsx] [--output FILE] [--no-bom]"),
        QStringLiteral("Codes x codes: the number of text stretches (overlap), paragraphs or "
                       "speaker turns where both codes occur; the diagonal counts those holding "
                       "the code at all.") +
            filters,
        {QStringLiteral("descendants"), QStringLiteral("no-bom")},
        1,
        cmdCooccurrence};
    c << Command{
        QStringLiteral("extracts"),
        QStringLiteral(
            "extracts PROJECT [--code PATH [--descendants]] [--query NAME] [--case NAME] "
            "[--rq CODE [--rollup]] [--coder NAME] [--document NAME] "
            "[--where ATTR=VALUE] [--key-quotes] [--format csv|json|xlsx|html|docx] [--output "
            "FILE] "
            "[--no-bom]"),
        QStringLiteral("Coded extracts, one row per coding: coding_id, document, case, one "
                       "column per case and document attribute, code, research_questions, "
                       "coder, start, end, text, memo, created, key_quote (yes for a "
                       "coding flagged as a key quote, else empty; --key-quotes keeps only "
                       "those). JSON is an array of one object per extract with the same "
                       "fields (key_quote true or false). CSV (RFC 4180, CRLF, UTF-8 "
                       "with a BOM unless --no-bom; a text cell starting with = + - @ tab "
                       "CR ' or a full-width = + - @ gets a leading ') goes to stdout without "
                       "--output; XLSX needs "
                       "--output; HTML is a report grouped by research question, code and "
                       "case; Word (docx, needs --output) the same, each extract a quotation "
                       "cited as (document, speaker, ¶paragraph, time code). --query NAME keeps "
                       "the codings that share a character with the "
                       "saved query's result."),
        {QStringLiteral("descendants"), QStringLiteral("rollup"), QStringLiteral("no-bom"),
         QStringLiteral("key-quotes")},
        1,
        cmdExtracts};
}

} // namespace situate::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// Two reads the views rely on internally, for scripts: a document's speaker turns and the
// full-text search the GUI's search panel runs (core/search.h).
#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"

#include "core/search.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace situate::cli {

namespace {

/// One output row: its CSV cells and its JSON values, column by column.
struct Row {
    QVector<csv::Cell> cells;
    QVector<QJsonValue> values;
};

/// --format csv (the default) or json: whether JSON, or the usage error's exit code in *bad.
bool jsonFormat(const Args& a, int* bad) {
    const QString format = a.option(QStringLiteral("format"), QStringLiteral("csv"));
    *bad = format == QLatin1String("csv") || format == QLatin1String("json")
               ? 0
               : usage(QStringLiteral("--format must be csv or json"));
    return format == QLatin1String("json");
}

/// The rows as a JSON array of objects keyed by `columns`, or as guarded CSV with a header
/// (and a BOM unless --no-bom), to stdout or --output.
int writeRows(const Args& a, bool json, const QStringList& columns, const QVector<Row>& rows,
              const QString& what) {
    if (json) {
        QJsonArray array;
        for (const Row& r : rows) {
            QJsonObject o;
            for (qsizetype c = 0; c < columns.size(); ++c)
                o.insert(columns[c], r.values[c]);
            array.append(o);
        }
        return writeOutput(a, QJsonDocument(array).toJson(QJsonDocument::Indented), what);
    }
    csv::Writer w;
    if (!a.has(QStringLiteral("no-bom")))
        w.writeBom();
    w.writeRow(columns);
    for (const Row& r : rows)
        w.writeCells(r.cells);
    return writeOutput(a, w.data(), what);
}

/// A caption time: a number, or empty (CSV) and null (JSON) when the turn has none.
void addMilliseconds(Row& r, qint64 ms) {
    r.cells << (ms < 0 ? csv::Cell(QString()) : csv::Cell::number(ms));
    r.values << (ms < 0 ? QJsonValue() : QJsonValue(ms));
}

int cmdTurns(const Args& a) {
    int bad = 0;
    const bool json = jsonFormat(a, &bad);
    if (bad)
        return bad;
    const ProjectDocument d = openDocument(a);
    if (!d.project)
        return kFailure;
    Result<QVector<SpeakerTurn>> turns = d.project->storage().speakerTurns(d.document);
    if (!turns)
        return fail(turns.error());
    QVector<Row> rows;
    for (const SpeakerTurn& t : *turns) {
        Row r{{t.speaker, csv::Cell::number(t.start), csv::Cell::number(t.end)},
              {t.speaker, t.start, t.end}};
        addMilliseconds(r, t.timeStartMs);
        addMilliseconds(r, t.timeEndMs);
        rows << r;
    }
    return writeRows(a, json,
                     {QStringLiteral("speaker"), QStringLiteral("start"), QStringLiteral("end"),
                      QStringLiteral("time_start_ms"), QStringLiteral("time_end_ms")},
                     rows, QStringLiteral("%1 turn(s)").arg(rows.size()));
}

int cmdSearch(const Args& a) {
    int bad = 0;
    const bool json = jsonFormat(a, &bad);
    if (bad)
        return bad;
    bool ok = true;
    const int limit = a.options.contains(QStringLiteral("limit"))
                          ? a.option(QStringLiteral("limit")).toInt(&ok)
                          : 5000;
    if (!ok || limit < 1)
        return usage(QStringLiteral("--limit must be a whole number of at least 1"));
    if (a.positional.size() != 2)
        return usage(QStringLiteral("search takes PROJECT and one FTS-QUERY (quote it)"));
    const SearchQuery query = SearchQuery::parse(a.positional[1]);
    if (query.isEmpty())
        return usage(QStringLiteral("the search has no words to look for"));
    auto p = openProject(a);
    if (!p)
        return kFailure;
    Result<QVector<SearchHit>> hits = searchProject(p->path(), query, limit);
    if (!hits)
        return fail(hits.error());
    QVector<Row> rows;
    for (const SearchHit& h : *hits) {
        const QString context = h.before + h.match + h.after;
        rows << Row{{h.documentName, csv::Cell::number(h.start), csv::Cell::number(h.end), context},
                    {h.documentName, h.start, h.end, context}};
    }
    return writeRows(a, json,
                     {QStringLiteral("document"), QStringLiteral("start"), QStringLiteral("end"),
                      QStringLiteral("context")},
                     rows, QStringLiteral("%1 hit(s)").arg(rows.size()));
}

} // namespace

void addLookupCommands(QVector<Command>& c) {
    c << Command{QStringLiteral("turns"),
                 QStringLiteral("turns PROJECT DOCUMENT [--format csv|json] [--output FILE] "
                                "[--no-bom]"),
                 QStringLiteral("A document's speaker turns in order: speaker, start, end "
                                "(code points), time_start_ms, time_end_ms (captions only; "
                                "empty or null otherwise). CSV by default."),
                 {QStringLiteral("no-bom")},
                 2,
                 cmdTurns};
    c << Command{QStringLiteral("search"),
                 QStringLiteral("search PROJECT FTS-QUERY [--limit N] [--format csv|json] "
                                "[--output FILE] [--no-bom]"),
                 QStringLiteral("Full-text search, the same as the window's Search panel: "
                                "words (all must occur), \"quoted phrases\" and prefixes "
                                "(word*). One row per place: document, start, end (code points) "
                                "and context (the match with a little text either side). At "
                                "most N places (5000). CSV by default."),
                 {QStringLiteral("no-bom")},
                 2,
                 cmdSearch};
}

} // namespace situate::cli

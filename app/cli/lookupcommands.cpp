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

QJsonValue milliseconds(qint64 ms) {
    return ms < 0 ? QJsonValue() : QJsonValue(ms);
}

csv::Cell millisecondsCell(qint64 ms) {
    return ms < 0 ? csv::Cell(QString()) : csv::Cell::number(ms);
}

int cmdTurns(const Args& a) {
    const QString format = a.option(QStringLiteral("format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usage(QStringLiteral("--format must be csv or json"));
    const ProjectDocument d = openDocument(a);
    if (!d.project)
        return kFailure;
    Result<QVector<SpeakerTurn>> turns = d.project->storage().speakerTurns(d.document);
    if (!turns)
        return fail(turns.error());
    const QString what = QStringLiteral("%1 turn(s)").arg(turns->size());
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const SpeakerTurn& t : *turns)
            rows.append(QJsonObject{{QStringLiteral("speaker"), t.speaker},
                                    {QStringLiteral("start"), t.start},
                                    {QStringLiteral("end"), t.end},
                                    {QStringLiteral("time_start_ms"), milliseconds(t.timeStartMs)},
                                    {QStringLiteral("time_end_ms"), milliseconds(t.timeEndMs)}});
        return writeOutput(a, QJsonDocument(rows).toJson(QJsonDocument::Indented), what);
    }
    csv::Writer w;
    if (!a.has(QStringLiteral("no-bom")))
        w.writeBom();
    w.writeRow({QStringLiteral("speaker"), QStringLiteral("start"), QStringLiteral("end"),
                QStringLiteral("time_start_ms"), QStringLiteral("time_end_ms")});
    for (const SpeakerTurn& t : *turns)
        w.writeCells({t.speaker, csv::Cell::number(t.start), csv::Cell::number(t.end),
                      millisecondsCell(t.timeStartMs), millisecondsCell(t.timeEndMs)});
    return writeOutput(a, w.data(), what);
}

int cmdSearch(const Args& a) {
    const QString format = a.option(QStringLiteral("format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usage(QStringLiteral("--format must be csv or json"));
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
    const QString what = QStringLiteral("%1 hit(s)").arg(hits->size());
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const SearchHit& h : *hits)
            rows.append(QJsonObject{{QStringLiteral("document"), h.documentName},
                                    {QStringLiteral("start"), h.start},
                                    {QStringLiteral("end"), h.end},
                                    {QStringLiteral("context"), h.before + h.match + h.after}});
        return writeOutput(a, QJsonDocument(rows).toJson(QJsonDocument::Indented), what);
    }
    csv::Writer w;
    if (!a.has(QStringLiteral("no-bom")))
        w.writeBom();
    w.writeRow({QStringLiteral("document"), QStringLiteral("start"), QStringLiteral("end"),
                QStringLiteral("context")});
    for (const SearchHit& h : *hits)
        w.writeCells({h.documentName, csv::Cell::number(h.start), csv::Cell::number(h.end),
                      h.before + h.match + h.after});
    return writeOutput(a, w.data(), what);
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

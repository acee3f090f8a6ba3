// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A query's result as the CLI writes it and the GUI exports it: each run with its document,
// cases, speakers and text, as JSON or as a guarded CSV (core/query/README.md).

#include "core/query/queryevaluator.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace situate::query {

/// One run of a result with what a reader sees beside it.
struct RunRow {
    int position = 0; // the document's position in the result's data
    QString document;
    QStringList cases;    // the document's cases, in the project's order
    QStringList speakers; // of the turns the run shares a character with, in order, once each
    qint64 start = 0;
    qint64 end = 0;
    QString text;
};

/// Every run in the project's document order, then by start; its speakers only with
/// `speakers` (they cost a read of every turn).
QVector<RunRow> runRows(QueryResult& result, bool speakers = true);

/// {"query", "runs": [{"document", "start", "end", "text"}], "counts": {"runs", "documents",
/// "cases", "characters"}}.
QJsonObject resultJson(QueryResult& result);

/// The JSON of resultJson as QJsonDocument::Indented writes it, byte for byte, written straight
/// from the texts' UTF-8: no object per run, no QString of each run's text.
QByteArray resultJsonText(QueryResult& result);
/// The same bytes handed to `sink` a megabyte at a time, as they are made (the CLI's stdout):
/// a large answer is neither held whole nor faulted into fresh memory.
void writeResultJson(QueryResult& result, const std::function<void(const QByteArray&)>& sink);

/// document,case,start,end,speaker,text (several cases or speakers joined by "; "), through
/// the guarded CSV writer; with a BOM unless `bom` is false.
QByteArray resultCsv(QueryResult& result, bool bom = true);
/// The same CSV from rows already made (with their speakers).
QByteArray rowsCsv(const QVector<RunRow>& rows, bool bom = true);

} // namespace situate::query

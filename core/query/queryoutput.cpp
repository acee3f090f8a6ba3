// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/queryoutput.h"

#include "core/io/csv.h"
#include "core/storage/storage.h"
#include "core/text.h"

#include <QJsonArray>

namespace situate::query {

QVector<RunRow> runRows(QueryResult& result, bool speakers) {
    QueryData& data = *result.data;
    QHash<qint64, QString> caseNames;
    QVector<qint64> caseOrder;
    bool casesRead = false;
    QVector<RunRow> rows;
    for (std::size_t p = 0; p < result.runs.size(); ++p) {
        const Runs& runs = result.runs[p];
        if (runs.empty())
            continue;
        const DocumentInfo& doc = data.documents()[int(p)];
        if (!casesRead && !doc.caseIds.isEmpty()) {
            casesRead = true;
            if (Result<QVector<Case>> cases = data.storage().cases())
                for (const Case& c : *cases) {
                    caseNames.insert(c.id, c.name);
                    caseOrder << c.id;
                }
        }
        QStringList cases;
        for (qint64 id : caseOrder)
            if (doc.caseIds.contains(id))
                cases << caseNames.value(id);
        const QString& text = data.text(int(p));
        const OffsetMap& map = data.offsets(int(p));
        static const std::vector<Turn> none;
        const std::vector<Turn>& turns = speakers ? data.turns(int(p)) : none;
        for (const Interval& r : runs) {
            RunRow row{
                int(p), doc.name, cases, {}, r.start, r.end, map.slice(text, r.start, r.end)};
            for (const Turn& t : turns)
                if (t.span.start < r.end && r.start < t.span.end &&
                    !row.speakers.contains(t.speaker) && !t.speaker.isEmpty())
                    row.speakers << t.speaker;
            rows << row;
        }
    }
    return rows;
}

QJsonObject resultJson(QueryResult& result) {
    QJsonArray runs;
    for (const RunRow& r : runRows(result, false))
        runs.append(QJsonObject{{QStringLiteral("document"), r.document},
                                {QStringLiteral("start"), r.start},
                                {QStringLiteral("end"), r.end},
                                {QStringLiteral("text"), r.text}});
    const Counts c = result.counts();
    return QJsonObject{
        {QStringLiteral("query"), result.query},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("runs"), c.runs},
                                               {QStringLiteral("documents"), c.documents},
                                               {QStringLiteral("cases"), c.cases},
                                               {QStringLiteral("characters"), c.characters}}}};
}

QByteArray resultCsv(QueryResult& result, bool bom) {
    return rowsCsv(runRows(result, true), bom);
}

QByteArray rowsCsv(const QVector<RunRow>& rows, bool bom) {
    csv::Writer w;
    if (bom)
        w.writeBom();
    w.writeRow({QStringLiteral("document"), QStringLiteral("case"), QStringLiteral("start"),
                QStringLiteral("end"), QStringLiteral("speaker"), QStringLiteral("text")});
    const QString joiner = QStringLiteral("; ");
    for (const RunRow& r : rows)
        w.writeCells({r.document, r.cases.join(joiner), csv::Cell::number(r.start),
                      csv::Cell::number(r.end), r.speakers.join(joiner), r.text});
    return w.data();
}

} // namespace situate::query

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/querycode.h"

#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/storage/analysisqueries.h"

#include <QCoreApplication>
#include <QSet>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::query)
};
} // namespace

namespace situate::query {

Result<CodeReport> codeQuery(Editor& e, const QString& text, Unit unit, const QString& codePath,
                             const QString& coderName) {
    if (CodeTree::splitPath(codePath).isEmpty())
        return Result<CodeReport>::failure(Tr::tr("name the code to code with"));
    if (coderName.trimmed().isEmpty())
        return Result<CodeReport>::failure(Tr::tr("name the coder to code as"));
    Result<QueryResult> result = runQuery(e.storage(), text, unit);
    if (!result)
        return Status::from(result);
    CodeReport report;
    report.counts = result->counts();
    int created = 0;
    Result<qint64> code = ensureCodePath(e, codePath, &created);
    if (!code)
        return Status::from(code);
    report.codeCreated = created > 0;
    Result<qint64> coder = ensureCoder(e, coderName.trimmed());
    if (!coder)
        return Status::from(coder);
    Result<QVector<CodingSpan>> existing = loadCodingSpans(e.storage(), {*code});
    if (!existing)
        return Status::from(existing);
    QSet<QString> coded;
    const auto key = [](qint64 doc, qint64 a, qint64 b) {
        return QStringLiteral("%1:%2:%3").arg(doc).arg(a).arg(b);
    };
    for (const CodingSpan& c : *existing)
        if (c.coderId == *coder && c.codeId == *code)
            coded.insert(key(c.documentId, c.start, c.end));
    const QVector<DocumentInfo>& docs = result->data->documents();
    for (std::size_t p = 0; p < result->runs.size(); ++p) {
        const qint64 doc = docs[int(p)].id;
        for (const Interval& r : result->runs[p]) {
            if (coded.contains(key(doc, r.start, r.end))) {
                ++report.already;
                continue;
            }
            Coding c;
            c.documentId = doc;
            c.codeId = *code;
            c.coderId = *coder;
            c.start = r.start;
            c.end = r.end;
            if (Result<qint64> id = addCoding(e, c); !id)
                return Status::from(id);
            ++report.added;
        }
    }
    return report;
}

} // namespace situate::query

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/extractdocx.h"

#include "core/agreement/agreementanalysis.h"
#include "core/analysis/extractgroups.h"
#include "core/io/docxpackage.h"
#include "core/storage/storage.h"

#include <QDateTime>

#include <algorithm>

namespace situate {

namespace {

QString timeCode(qint64 ms) {
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

Result<QStringList> extractCitations(const Storage& s, const QVector<Extract>& extracts) {
    QStringList out;
    out.reserve(extracts.size());
    // Extracts come in document order, so one document's turns and paragraphs are read once.
    qint64 current = -1;
    QVector<SpeakerTurn> turns;
    QVector<Span> paragraphs;
    for (const Extract& x : extracts) {
        if (x.documentId != current) {
            current = x.documentId;
            Result<QVector<SpeakerTurn>> t = s.speakerTurns(x.documentId);
            if (!t)
                return Status::from(t);
            turns = std::move(*t);
            paragraphs = paragraphSpans(s.documentText(x.documentId));
        }
        QStringList parts{x.document};
        const auto turn = std::find_if(turns.cbegin(), turns.cend(), [&](const SpeakerTurn& t) {
            return t.start <= x.start && x.start < t.end;
        });
        if (turn != turns.cend() && !turn->speaker.isEmpty())
            parts << turn->speaker;
        // The paragraph the extract starts in, or the first after it when it starts on a
        // blank line.
        const auto para = std::lower_bound(paragraphs.cbegin(), paragraphs.cend(), x.start,
                                           [](const Span& p, qint64 at) { return p.end <= at; });
        parts << QStringLiteral("¶%1").arg(para - paragraphs.cbegin() + 1);
        if (turn != turns.cend() && turn->timeStartMs >= 0)
            parts << timeCode(turn->timeStartMs);
        out << QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return out;
}

Status saveExtractsDocx(const Storage& s, const ExtractQuery& query, const QString& path,
                        const QString& title, const QString& description, qint64* count) {
    using Style = DocxDocument::Style;
    Result<ExtractGroups> grouped = groupExtracts(s, query);
    if (!grouped)
        return Status::from(grouped);
    const QVector<Extract>& xs = grouped->extracts;
    Result<QStringList> citations = extractCitations(s, xs);
    if (!citations)
        return Status::from(citations);

    DocxDocument doc;
    doc.paragraph(Style::Title, title);
    if (!description.isEmpty())
        doc.paragraph(Style::Subtitle, description);
    doc.paragraph(Style::Subtitle, QStringLiteral("%1 extract(s), generated %2")
                                       .arg(xs.size())
                                       .arg(QDateTime::currentDateTimeUtc().toString(
                                           QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    for (const ExtractGroups::Group& g : grouped->groups) {
        if (g.byCode.empty())
            continue;
        doc.paragraph(Style::Heading1, g.heading);
        if (!g.text.isEmpty())
            doc.paragraph(Style::Normal, g.text);
        for (const auto& [rank, byCase] : g.byCode) {
            const qint64 code = grouped->codeAt.value(rank);
            doc.paragraph(Style::Heading2, grouped->tree.path(code));
            const Code* c = grouped->tree.find(code);
            if (c && !c->definition.isEmpty())
                doc.paragraph(Style::Normal, {DocxDocument::Run{c->definition, false, true}});
            for (const auto& [caseRank, items] : byCase) {
                doc.paragraph(Style::Heading3, grouped->caseName(caseRank));
                for (int i : items) {
                    const Extract& x = xs[i];
                    doc.paragraph(Style::Quote, x.text);
                    doc.paragraph(Style::Caption,
                                  citations->at(i) + QStringLiteral(" · coded by ") + x.coder);
                    if (!x.memo.isEmpty())
                        doc.paragraph(Style::Normal,
                                      {DocxDocument::Run{QStringLiteral("Memo: "), true},
                                       DocxDocument::Run{x.memo}});
                }
            }
        }
    }
    if (Status st = doc.save(path, title); !st)
        return st;
    if (count)
        *count = xs.size();
    return {};
}

} // namespace situate

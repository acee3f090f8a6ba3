// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/autocode.h"

#include "core/commands/commands.h"
#include "core/text.h"

#include <QRegularExpression>
#include <QSet>

namespace situate {

Status autoCodeHits(Editor& e, const QVector<SearchHit>& hits, SearchPanel::Scope scope,
                    qint64 codeId, const QString& coderName) {
    const Storage& s = e.storage();
    Result<qint64> coder = ensureCoder(e, coderName);
    if (!coder)
        return Status::from(coder);
    QSet<QString> done;
    for (const SearchHit& h : hits) {
        qint64 a = h.start, b = h.end;
        const QString text = s.documentText(h.documentId);
        const OffsetMap map(text);
        const qsizetype ua = map.toUtf16(a), ub = map.toUtf16(b);
        if (scope == SearchPanel::Scope::Paragraph || scope == SearchPanel::Scope::Sentence) {
            qsizetype pa = text.lastIndexOf(QLatin1Char('\n'), ua > 0 ? ua - 1 : 0);
            pa = pa < 0 ? 0 : pa + 1;
            if (ua == 0)
                pa = 0;
            qsizetype pb = text.indexOf(QLatin1Char('\n'), ub);
            pb = pb < 0 ? text.size() : pb;
            if (scope == SearchPanel::Scope::Sentence) {
                // A sentence ends at . ! or ? followed by a space or the paragraph end.
                static const QRegularExpression end(QStringLiteral("[.!?…](?=\\s|$)"));
                qsizetype sa = pa;
                auto it = end.globalMatch(text.mid(pa, ua - pa));
                while (it.hasNext())
                    sa = pa + it.next().capturedEnd();
                while (sa < ua && text.at(sa).isSpace())
                    ++sa;
                const auto m = end.match(text.mid(ub, pb - ub));
                pb = m.hasMatch() ? ub + m.capturedEnd() : pb;
                pa = sa;
            }
            a = map.toCodePoint(pa);
            b = map.toCodePoint(pb);
        } else if (scope == SearchPanel::Scope::Turn) {
            const Result<QVector<SpeakerTurn>> turns = s.speakerTurns(h.documentId);
            if (!turns)
                return Status::from(turns);
            for (const SpeakerTurn& t : *turns) {
                if (t.start <= h.start && h.start < t.end) {
                    a = t.start;
                    b = t.end;
                }
            }
        }
        const QString key = QStringLiteral("%1:%2:%3").arg(h.documentId).arg(a).arg(b);
        if (b <= a || done.contains(key))
            continue;
        done.insert(key);
        Coding c;
        c.documentId = h.documentId;
        c.codeId = codeId;
        c.coderId = *coder;
        c.start = a;
        c.end = b;
        if (Result<qint64> r = addCoding(e, c); !r)
            return Status::from(r);
    }
    return {};
}

} // namespace situate

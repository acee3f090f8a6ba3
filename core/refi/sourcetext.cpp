// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/refi/sourcetext.h"

#include "core/refi/refitext.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::refi)
};
} // namespace

namespace situate::refi {

namespace {

bool isPairAt(const QString& s, qsizetype i) {
    return i + 1 < s.size() && s.at(i).isHighSurrogate() && s.at(i + 1).isLowSurrogate();
}

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c.isMark();
}

QVector<qsizetype> sortedOrder(const QVector<qint64>& values) {
    QVector<qsizetype> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return values[a] < values[b]; });
    return order;
}

QString withoutEllipsis(const QString& collapsed) {
    if (collapsed.endsWith(QChar(0x2026)))
        return collapsed.chopped(1).trimmed();
    if (collapsed.endsWith(QLatin1String("...")))
        return collapsed.chopped(3).trimmed();
    return collapsed;
}

// True when the exporter's label is the coded text, whole or cut short with an ellipsis
// (ATLAS.ti shortens long quotations that way); white space is compared collapsed, since
// a one-line label cannot keep line breaks.
bool labelMatches(const QString& label, const QString& coded) {
    const QString l = collapseSpace(label.normalized(QString::NormalizationForm_C));
    const QString c = collapseSpace(coded);
    if (l.isEmpty())
        return false;
    if (l == c)
        return true;
    const QString prefix = withoutEllipsis(l);
    return prefix.size() < l.size() && !prefix.isEmpty() && c.startsWith(prefix);
}

const QRegularExpression& lineLabel() {
    static const QRegularExpression re(QStringLiteral("^\\s*line:(\\d+)\\s*$"));
    return re;
}

} // namespace

QString OffsetConvention::describe() const {
    if (!crlfCountsTwo)
        return utf16 ? Tr::tr("UTF-16 code units, CRLF counted as one")
                     : Tr::tr("code points, CRLF counted as one");
    return utf16 ? Tr::tr("UTF-16 code units") : Tr::tr("code points");
}

SourceText::SourceText(QString raw)
    : m_raw(std::move(raw)) {
    if (m_raw.startsWith(QChar(0xFEFF)))
        m_raw.remove(0, 1);
    m_hasCr = m_raw.contains(QLatin1Char('\r'));
    for (qsizetype i = 0; i < m_raw.size() && !m_hasPairs; ++i)
        m_hasPairs = isPairAt(m_raw, i);
    m_normalised = normaliseText(m_raw);
    QString lf = m_raw;
    if (m_hasCr) {
        lf.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        lf.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    m_nfcStable = lf == m_normalised;
    qint64 cp = 0;
    for (qsizetype i = 0; i < m_normalised.size(); ++i, ++cp) {
        if (m_normalised.at(i) == QLatin1Char('\n'))
            m_lineFeeds.append(cp);
        else if (isPairAt(m_normalised, i))
            ++i;
    }
}

QVector<SourceText::RawPosition> SourceText::toRaw(const QVector<qint64>& positions,
                                                   OffsetConvention c) const {
    QVector<RawPosition> out(positions.size());
    const qint64 size = m_raw.size();
    if (c.utf16 && c.crlfCountsTwo) {
        for (qsizetype i = 0; i < positions.size(); ++i) {
            if (positions[i] >= 0 && positions[i] <= size)
                out[i].utf16 = positions[i];
        }
        return out;
    }
    const QVector<qsizetype> order = sortedOrder(positions);
    qint64 u = 0;
    qint64 counter = 0;
    for (const qsizetype k : order) {
        const qint64 p = positions[k];
        if (p < 0)
            continue;
        while (u < size) {
            qint64 width = 1;
            qint64 step = 1;
            if (m_raw.at(u) == QLatin1Char('\r') && u + 1 < size &&
                m_raw.at(u + 1) == QLatin1Char('\n')) {
                width = 2;
                step = c.crlfCountsTwo ? 2 : 1;
            } else if (isPairAt(m_raw, u)) {
                width = 2;
                step = c.utf16 ? 2 : 1;
            }
            if (counter + step > p)
                break;
            u += width;
            counter += step;
        }
        if (counter == p)
            out[k].utf16 = u;
        else if (u < size)
            out[k].utf16 = u + (p - counter); // inside a CRLF or a surrogate pair
    }
    return out;
}

QVector<qint64> SourceText::toNormalised(const QVector<qint64>& rawPositions,
                                         const QVector<bool>& isEnd) const {
    QVector<qint64> out(rawPositions.size(), -1);
    QVector<qsizetype> order = sortedOrder(rawPositions);
    order.erase(std::remove_if(order.begin(), order.end(),
                               [&](qsizetype i) { return rawPositions[i] < 0; }),
                order.end());
    qsizetype k = 0;
    qint64 u = 0;
    qint64 cp = 0;
    // Advances over one unit of the raw text (`width` UTF-16 units that become `count`
    // normalised code points), placing the positions at its start and inside it.
    auto unit = [&](qint64 width, qint64 count) {
        while (k < order.size() && rawPositions[order[k]] == u)
            out[order[k++]] = cp;
        while (k < order.size() && rawPositions[order[k]] < u + width) {
            out[order[k]] = isEnd[order[k]] ? cp + count : cp;
            ++k;
        }
        u += width;
        cp += count;
    };
    const qint64 size = m_raw.size();
    while (u < size) {
        qint64 b = u;
        while (b < size && m_raw.at(b) != QLatin1Char('\r') && m_raw.at(b) != QLatin1Char('\n'))
            ++b;
        bool perCodePoint = m_nfcStable;
        QString nfc;
        if (!perCodePoint) {
            const QString line = m_raw.mid(u, b - u);
            nfc = line.normalized(QString::NormalizationForm_C);
            perCodePoint = nfc == line;
        }
        if (perCodePoint) {
            while (u < b)
                unit(isPairAt(m_raw, u) ? 2 : 1, 1);
        } else {
            // Canonical composition never reaches past a starter, so the line is
            // normalised chunk by chunk (a starter and the marks after it); if that does
            // not reproduce the whole line's form, the line is one unit.
            QVector<qint64> starts;
            for (qint64 i = u; i < b; i += isPairAt(m_raw, i) ? 2 : 1) {
                const char32_t ch = isPairAt(m_raw, i)
                                        ? QChar::surrogateToUcs4(m_raw.at(i), m_raw.at(i + 1))
                                        : char32_t(m_raw.at(i).unicode());
                if (i == u || QChar::combiningClass(ch) == 0)
                    starts.append(i);
            }
            starts.append(b);
            QString joined;
            QVector<qint64> counts;
            for (qsizetype s = 0; s + 1 < starts.size(); ++s) {
                const QString chunk = m_raw.mid(starts[s], starts[s + 1] - starts[s])
                                          .normalized(QString::NormalizationForm_C);
                joined += chunk;
                counts.append(codePointCount(chunk));
            }
            if (joined == nfc) {
                for (qsizetype s = 0; s + 1 < starts.size(); ++s)
                    unit(starts[s + 1] - starts[s], counts[s]);
            } else {
                unit(b - u, codePointCount(nfc));
            }
        }
        if (b < size) {
            const bool crlf = m_raw.at(b) == QLatin1Char('\r') && b + 1 < size &&
                              m_raw.at(b + 1) == QLatin1Char('\n');
            unit(crlf ? 2 : 1, 1);
        }
    }
    while (k < order.size() && rawPositions[order[k]] == u)
        out[order[k++]] = cp;
    return out;
}

bool SourceText::boundaryPlausible(qint64 utf16) const {
    if (utf16 <= 0 || utf16 >= m_normalised.size())
        return true;
    return !(isWordChar(m_normalised.at(utf16 - 1)) && isWordChar(m_normalised.at(utf16)));
}

qint64 SourceText::lineOf(qint64 normalisedCp) const {
    return std::lower_bound(m_lineFeeds.cbegin(), m_lineFeeds.cend(), normalisedCp) -
           m_lineFeeds.cbegin();
}

QVector<Placement> SourceText::place(const QVector<SelectionInput>& selections,
                                     OffsetConvention convention) const {
    const qsizetype n = selections.size();
    QVector<qint64> positions(2 * n);
    for (qsizetype i = 0; i < n; ++i) {
        positions[2 * i] = selections[i].start;
        positions[2 * i + 1] = selections[i].end;
    }
    const QVector<RawPosition> raw = toRaw(positions, convention);
    QVector<qint64> rawIndex(2 * n);
    QVector<bool> isEnd(2 * n);
    for (qsizetype i = 0; i < 2 * n; ++i) {
        rawIndex[i] = raw[i].utf16;
        isEnd[i] = i % 2 == 1;
    }
    const QVector<qint64> norm = toNormalised(rawIndex, isEnd);
    const OffsetMap map(m_normalised);
    const qint64 rawLength = convention.utf16 ? m_raw.size() : codePointCount(m_raw);

    QVector<Placement> out(n);
    QStringList coded(n);
    for (qsizetype i = 0; i < n; ++i) {
        const SelectionInput& s = selections[i];
        Placement& p = out[i];
        const qint64 rs = rawIndex[2 * i], re = rawIndex[2 * i + 1];
        if (s.start < 0 || s.end <= s.start) {
            p.problem = Tr::tr("its range %1-%2 is empty or reversed").arg(s.start).arg(s.end);
            continue;
        }
        if (rs < 0 || re < 0) {
            p.problem = Tr::tr("its range %1-%2 runs past the end of the text (%3 %4)")
                            .arg(s.start)
                            .arg(s.end)
                            .arg(rawLength)
                            .arg(convention.describe());
            continue;
        }
        if ((rs > 0 && rs < m_raw.size() && m_raw.at(rs).isLowSurrogate() &&
             m_raw.at(rs - 1).isHighSurrogate()) ||
            (re > 0 && re < m_raw.size() && m_raw.at(re).isLowSurrogate() &&
             m_raw.at(re - 1).isHighSurrogate())) {
            p.problem = Tr::tr("its range %1-%2 cuts a character in half (inside a surrogate "
                               "pair)")
                            .arg(s.start)
                            .arg(s.end);
            continue;
        }
        const qint64 ns = norm[2 * i], ne = norm[2 * i + 1];
        coded[i] = map.slice(m_normalised, ns, ne);
        if (ne <= ns || coded[i] != normaliseText(m_raw.mid(rs, re - rs))) {
            p.problem = Tr::tr("its range %1-%2 does not map exactly onto the normalised text "
                               "(it starts or ends inside a combined character)")
                            .arg(s.start)
                            .arg(s.end);
            continue;
        }
        p.start = ns;
        p.end = ne;
        p.placed = true;
    }

    // Whether names are copies of the coded text or labels is a habit of the exporting
    // tool; it shows in how many of them match.
    int labelled = 0, matching = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QString& label = selections[i].label;
        if (!out[i].placed || label.trimmed().isEmpty() || lineLabel().match(label).hasMatch())
            continue;
        ++labelled;
        matching += labelMatches(label, coded[i]) ? 1 : 0;
    }
    const bool labelsAreText = matching > 0 && 2 * matching >= labelled;
    QString collapsedText;

    for (qsizetype i = 0; i < n; ++i) {
        Placement& p = out[i];
        if (!p.placed)
            continue;
        const SelectionInput& s = selections[i];
        if (const auto m = lineLabel().match(s.label); m.hasMatch()) {
            const qint64 line = m.captured(1).toLongLong();
            if (lineOf(p.start) != line) {
                p.placed = false;
                p.problem = Tr::tr("the exporter puts it on line %1, but its range %2-%3 starts "
                                   "on line %4")
                                .arg(line)
                                .arg(s.start)
                                .arg(s.end)
                                .arg(lineOf(p.start));
                continue;
            }
            p.verified = true;
        } else if (!s.label.trimmed().isEmpty()) {
            if (labelMatches(s.label, coded[i])) {
                p.verified = true;
            } else if (labelsAreText) {
                if (collapsedText.isEmpty())
                    collapsedText = collapseSpace(m_normalised);
                const QString wanted = withoutEllipsis(
                    collapseSpace(s.label.normalized(QString::NormalizationForm_C)));
                if (collapsedText.contains(wanted)) {
                    p.placed = false;
                    p.problem = Tr::tr("the exporter says it coded \"%1\", but its range "
                                       "%2-%3 covers \"%4\"")
                                    .arg(wanted.left(80))
                                    .arg(s.start)
                                    .arg(s.end)
                                    .arg(collapseSpace(coded[i]).left(80));
                    continue;
                }
            }
        }
        if (!s.description.trimmed().isEmpty() &&
            collapseSpace(s.description.normalized(QString::NormalizationForm_C)) ==
                collapseSpace(coded[i])) {
            p.verified = true;
            p.descriptionIsText = true;
        }
    }
    return out;
}

OffsetConvention SourceText::detect(const QVector<SelectionInput>& selections,
                                    OffsetConvention preferred) const {
    if ((!m_hasCr && !m_hasPairs) || selections.isEmpty())
        return preferred;
    QVector<OffsetConvention> candidates;
    for (const bool utf16 : {false, true}) {
        for (const bool crlf : {true, false}) {
            // Without CRs or surrogate pairs a choice makes no difference, so it stays as
            // preferred and the tie goes there.
            if ((!m_hasPairs && utf16 != preferred.utf16) ||
                (!m_hasCr && crlf != preferred.crlfCountsTwo))
                continue;
            candidates.append(OffsetConvention{utf16, crlf});
        }
    }
    const OffsetMap map(m_normalised);
    qint64 bestScore = 0;
    QVector<OffsetConvention> best;
    for (const OffsetConvention& c : candidates) {
        const QVector<Placement> placed = place(selections, c);
        qint64 score = 0;
        for (const Placement& p : placed) {
            if (!p.placed) {
                score -= 4;
                continue;
            }
            score += 1 + (p.verified ? 4 : 0);
            score += boundaryPlausible(map.toUtf16(p.start)) ? 1 : 0;
            score += boundaryPlausible(map.toUtf16(p.end)) ? 1 : 0;
        }
        if (best.isEmpty() || score > bestScore) {
            best = {c};
            bestScore = score;
        } else if (score == bestScore) {
            best.append(c);
        }
    }
    return best.contains(preferred) ? preferred : best.first();
}

} // namespace situate::refi

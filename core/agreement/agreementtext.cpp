// SPDX-License-Identifier: GPL-3.0-or-later
// writeAgreementTable (declared in agreementreport.h). A character table has a row per
// document and code (200,000 on a study of 1,000 documents and 200 codes): building it as one
// QString cost seconds of allocation and copying. This writes the same bytes as
// agreementTable(...).toUtf8(), a thousand rows at a time made on two threads (inorder.h):
// each name is encoded once, numbers are formatted straight into the output. The categorical
// units (a row per code) go through agreementTable as it is.

#include "core/agreement/agreementreport.h"

#include "core/agreement/decimal.h"
#include "core/agreement/inorder.h"
#include "core/largearray.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <vector>

namespace situate {

namespace {

QString footnote(qsizetype i) {
    return i < 26 ? QString(QLatin1Char(char('a' + i))) : QString::number(i + 1);
}

// A text cell: its UTF-8 bytes and its width as QString counts it.
struct TextCell {
    QByteArray bytes;
    qsizetype width = 0;
    QString text;
};

TextCell textCell(const QString& s) {
    return {s.toUtf8(), s.size(), s};
}

class SpanTable {
public:
    explicit SpanTable(const AgreementResult& r)
        : m_r(r)
        , m_character(r.request.unit == AgreementUnit::Character) {
        m_header = m_character
                       ? QStringList{QStringLiteral("document"), QStringLiteral("code"),
                                     QStringLiteral("n"),        QStringLiteral("both"),
                                     QStringLiteral("only 1st"), QStringLiteral("only 2nd"),
                                     QStringLiteral("neither"),  QStringLiteral("agree %"),
                                     QStringLiteral("kappa"),    QStringLiteral("alpha")}
                       : QStringList{QStringLiteral("document"),   QStringLiteral("code"),
                                     QStringLiteral("agreements"), QStringLiteral("only 1st"),
                                     QStringLiteral("only 2nd"),   QStringLiteral("agree %"),
                                     QStringLiteral("BP kappa")};
        m_widths.assign(size_t(m_header.size()), 0);
        for (qsizetype i = 0; i < m_header.size(); ++i)
            m_widths[size_t(i)] = m_header[i].size();
        for (const QString& d : r.documents)
            m_documents.push_back(textCell(d));
        for (const QString& c : r.codes)
            m_codes.push_back(textCell(c));
        m_allDocuments = textCell(QStringLiteral("(all documents)"));
        m_overall = textCell(QStringLiteral("(overall)"));
        qsizetype document = m_allDocuments.bytes.size() + m_overall.bytes.size(), code = 0;
        for (const TextCell& d : m_documents)
            document = std::max(document, d.bytes.size());
        for (const TextCell& c : m_codes)
            code = std::max(code, c.bytes.size());
        m_longestNames = document + code;
        const SpanCoefficients none;
        for (const auto& [coefficient, precision] : coefficients(none))
            m_precisions.push_back(precision);
    }

    void write(const std::function<void(const QByteArray&)>& sink) {
        // First pass, on two threads, a half each: every column's width, the footnotes in
        // order of first use, and each row's coefficients kept for the second pass (computing
        // them twice was a tenth of the run; the numbers themselves are formatted once, in the
        // second).
        const qsizetype total = m_r.rows.size() + m_r.codeRows.size() + 1;
        m_middle = total / 2;
        m_cells.resizeForOverwrite(total);
        Scan halves[2];
        runOnTwoThreads([&](int half) {
            halves[half] = scan(half == 0 ? 0 : m_middle, half == 0 ? m_middle : total);
        });
        for (int half = 0; half < 2; ++half) {
            const Scan& h = halves[half];
            for (size_t c = 0; c < m_widths.size(); ++c)
                m_widths[c] = std::max(m_widths[c], h.widths[c]);
            for (const QString& reason : h.reasons) {
                if (!m_reasons.contains(reason))
                    m_reasons << reason;
                m_reasonOf[half].push_back(int(m_reasons.indexOf(reason)));
            }
        }
        for (qsizetype i = 0; i < m_reasons.size(); ++i)
            m_undefined << QByteArray("undef(") + footnote(i).toLatin1() + ')';
        for (const Scan& h : halves)
            for (const auto& [column, reason] : h.undefinedCells)
                widen(column, m_undefined[m_reasons.indexOf(reason)].size());

        // Second pass: the lines, in pieces of kRowsPerPiece rows made on two threads, each
        // written through a cursor into room kept ahead (a line is a dozen small pieces;
        // appending each to a QByteArray was a tenth of the run). Every cell is at most its
        // column's width, a name at most its bytes plus its padding.
        qsizetype room = 64 + m_longestNames;
        for (qsizetype w : m_widths)
            room += w + 2;
        QByteArray head;
        writeHeader(head);
        sink(head);
        makeInOrder((total + kRowsPerPiece - 1) / kRowsPerPiece,
                    [&](qsizetype k, QByteArray& out, int) {
                        const qsizetype from = k * kRowsPerPiece;
                        const qsizetype to = std::min(total, from + kRowsPerPiece);
                        out.resize((to - from) * room);
                        char* const base = out.data();
                        char* p = base;
                        char cell[decimal::kRoom];
                        for (qsizetype i = from; i < to; ++i)
                            withRow(i, [&](const SpanRow& row, const TextCell& document,
                                           const TextCell& code) {
                                char* const line = p;
                                p = putPadded(p, document, 0);
                                p = putPadded(p, code, 1);
                                int column = 2;
                                for (qint64 n : counts(row))
                                    p = putRight(p, cell, decimal::putInteger(cell, n), column++);
                                const Cells& kept = m_cells[i];
                                const std::vector<int>& reasonOf = m_reasonOf[i < m_middle ? 0 : 1];
                                for (size_t j = 0; j < m_precisions.size(); ++j) {
                                    const char* end;
                                    if (kept.reason[j] < 0) {
                                        end =
                                            decimal::putFixed(cell, kept.value[j], m_precisions[j]);
                                    } else {
                                        const QByteArray& text =
                                            m_undefined[reasonOf[size_t(kept.reason[j])]];
                                        end = std::copy(text.cbegin(), text.cend(), cell);
                                    }
                                    p = putRight(p, cell, end, column++);
                                }
                                // A name starting with white space (or none) is trimmed from the
                                // line's start.
                                if (document.text.isEmpty() || document.text.front().isSpace()) {
                                    const QByteArray trimmed =
                                        QString::fromUtf8(line, p - line).trimmed().toUtf8();
                                    p = std::copy(trimmed.cbegin(), trimmed.cend(), line);
                                }
                                *p++ = '\n';
                            });
                        out.resize(p - base);
                    },
                    sink);
        QString notes;
        for (qsizetype i = 0; i < m_reasons.size(); ++i)
            notes += QStringLiteral("(%1) %2\n").arg(footnote(i), m_reasons[i]);
        sink(notes.toUtf8());
    }

private:
    static constexpr qsizetype kRowsPerPiece = 1024;

    // What the first pass finds in a range of rows.
    struct Scan {
        std::vector<qsizetype> widths;
        QStringList reasons; // of undefined coefficients, in order of first use
        QList<std::pair<int, QString>> undefinedCells; // each column and reason seen, once
    };

    // The widths come from each number column's extremes, not from formatting every cell:
    // within a sign, a longer form is a larger magnitude, so the longest integer or
    // fixed-point cell is that of the column's largest or smallest value.
    Scan scan(qsizetype from, qsizetype to) {
        Scan out;
        out.widths.assign(m_widths.size(), 0);
        const auto widen = [&](int column, qsizetype width) {
            out.widths[size_t(column)] = std::max(out.widths[size_t(column)], width);
        };
        struct Extremes {
            bool any = false;
            double low = 0, high = 0;
            void add(double v) {
                low = any ? std::min(low, v) : v;
                high = any ? std::max(high, v) : v;
                any = true;
            }
        };
        constexpr int kCounts = 5, kCoefficients = 3;
        qint64 lowCount[kCounts] = {}, highCount[kCounts] = {};
        Extremes values[kCoefficients];
        // The reason last met in each coefficient column, held so that a string at the same
        // address is that reason: most undefined cells repeat the one before.
        QString lastReason[kCoefficients];
        qint16 lastIndex[kCoefficients] = {};
        // The index in out.reasons of an undefined cell's reason in coefficient column j (table
        // column `column`), noted with its column the first time.
        const auto reasonIndex = [&](int j, int column, const QString& reason) {
            if (reason.constData() == lastReason[j].constData() &&
                reason.size() == lastReason[j].size())
                return lastIndex[j];
            lastReason[j] = reason;
            qsizetype at = out.reasons.indexOf(reason);
            if (at < 0) {
                at = out.reasons.size();
                out.reasons << reason;
            }
            lastIndex[j] = qint16(at);
            const std::pair<int, QString> seen{column, reason};
            if (!out.undefinedCells.contains(seen))
                out.undefinedCells << seen;
            return lastIndex[j];
        };
        const int countColumns = m_character ? 5 : 3;
        const int coefficientColumns = int(m_precisions.size());
        char cell[decimal::kRoom];
        for (qsizetype i = from; i < to; ++i)
            withRow(i, [&](const SpanRow& row, const TextCell& document, const TextCell& code) {
                widen(0, document.width);
                widen(1, code.width);
                const auto n = counts(row);
                for (int j = 0; j < countColumns; ++j) {
                    lowCount[j] = i == from ? n[j] : std::min(lowCount[j], n[j]);
                    highCount[j] = i == from ? n[j] : std::max(highCount[j], n[j]);
                }
                const SpanCoefficients k = m_r.coefficients(row);
                Cells& kept = m_cells[i];
                int j = 0;
                for (const auto& [c, precision] : coefficients(k)) {
                    const int column = 2 + countColumns + j;
                    if (c->defined()) {
                        kept.reason[j] = -1;
                        kept.value[j] = *c->value;
                        if (std::isfinite(*c->value))
                            values[j].add(*c->value);
                        else
                            widen(column, decimal::putFixed(cell, *c->value, precision) - cell);
                    } else {
                        kept.reason[j] = reasonIndex(j, column, c->undefinedReason);
                    }
                    ++j;
                }
            });
        for (int j = 0; j < countColumns && from < to; ++j)
            widen(2 + j, std::max(decimal::putInteger(cell, lowCount[j]) - cell,
                                  decimal::putInteger(cell, highCount[j]) - cell));
        for (int j = 0; j < coefficientColumns; ++j)
            if (values[j].any)
                widen(2 + countColumns + j,
                      std::max(
                          decimal::putFixed(cell, values[j].low, m_precisions[size_t(j)]) - cell,
                          decimal::putFixed(cell, values[j].high, m_precisions[size_t(j)]) - cell));
        return out;
    }

    // Row i of the table: the document rows, the codes pooled, then the overall row.
    template <typename F> void withRow(qsizetype i, F&& f) const {
        const qsizetype rows = m_r.rows.size();
        if (i < rows) {
            const SpanRow& row = m_r.rows[i];
            f(row, m_documents[size_t(row.document)], m_codes[size_t(row.code)]);
        } else if (i - rows < m_r.codeRows.size()) {
            const SpanRow& row = m_r.codeRows[i - rows];
            f(row, m_allDocuments, m_codes[size_t(row.code)]);
        } else {
            f(m_r.overall, m_overall, m_none);
        }
    }

    // A row's count cells, without an allocation per row: a character row has five, a
    // segment row three.
    QVarLengthArray<qint64, 5> counts(const SpanRow& row) const {
        if (m_character) {
            const BinaryCounts& c = row.characters;
            return {c.n(), c.both, c.onlyFirst, c.onlySecond, c.neither};
        }
        const SegmentCounts& c = row.segments;
        return {c.agreements, c.onlyFirst, c.onlySecond};
    }

    QVarLengthArray<std::pair<const Coefficient*, int>, 3>
    coefficients(const SpanCoefficients& k) const {
        if (m_character)
            return {{&k.percentAgreement, 1}, {&k.cohenKappa, 3}, {&k.krippendorffAlpha, 3}};
        return {{&k.percentAgreement, 1}, {&k.brennanPredigerKappa, 3}};
    }

    void widen(int column, qsizetype width) {
        m_widths[size_t(column)] = std::max(m_widths[size_t(column)], width);
    }

    // A name cell padded to its column's width, then the two spaces between columns (the
    // last name column is followed by a number).
    char* putPadded(char* p, const TextCell& cell, int column) const {
        p = std::copy(cell.bytes.cbegin(), cell.bytes.cend(), p);
        p = std::fill_n(p, m_widths[size_t(column)] - cell.width, ' ');
        *p++ = ' ';
        *p++ = ' ';
        return p;
    }

    // The number in [from, to), right-aligned in its column; two spaces before the next.
    char* putRight(char* p, const char* from, const char* to, int column) const {
        p = std::fill_n(p, m_widths[size_t(column)] - (to - from), ' ');
        p = std::copy(from, to, p);
        if (size_t(column) + 1 < m_widths.size()) {
            *p++ = ' ';
            *p++ = ' ';
        }
        return p;
    }

    void writeHeader(QByteArray& out) const {
        QStringList cells;
        for (qsizetype i = 0; i < m_header.size(); ++i)
            cells << (i < 2 ? m_header[i].leftJustified(m_widths[size_t(i)])
                            : m_header[i].rightJustified(m_widths[size_t(i)]));
        out.append(cells.join(QStringLiteral("  ")).trimmed().toUtf8()).append('\n');
    }

    const AgreementResult& m_r;
    const bool m_character;
    QStringList m_header;
    std::vector<qsizetype> m_widths;
    std::vector<TextCell> m_documents, m_codes;
    TextCell m_allDocuments, m_overall, m_none;
    QStringList m_reasons;
    QList<QByteArray> m_undefined; // the cell of each reason: "undef(a)", ...
    qsizetype m_longestNames = 0;  // the longest document and code names' bytes, summed
    std::vector<int> m_precisions; // of each coefficient column

    // A row's coefficients as the first pass found them: a value, or the index of its reason
    // in that pass's half (m_reasonOf turns it into an index into m_reasons).
    struct Cells {
        double value[3];
        qint16 reason[3]; // -1 for a value
    };
    LargeArray<Cells> m_cells;
    qsizetype m_middle = 0; // the first row of the second half
    std::vector<int> m_reasonOf[2];
};

} // namespace

void writeAgreementTable(const AgreementResult& r,
                         const std::function<void(const QByteArray&)>& sink) {
    if (isCategorical(r.request.unit))
        return sink(agreementTable(r).toUtf8());
    const AgreementRequest& q = r.request;
    QString head = QStringLiteral("unit: %1; coders: %2; documents: %3\n")
                       .arg(agreementUnitName(q.unit), q.coders.join(QStringLiteral(", ")))
                       .arg(r.documents.size());
    if (q.unit != AgreementUnit::Character)
        head += QStringLiteral("overlap: %1 of the longer segment; k = %2 codes\n")
                    .arg(q.overlap)
                    .arg(r.codes.size());
    sink(head.toUtf8());
    SpanTable(r).write(sink);
}

} // namespace situate

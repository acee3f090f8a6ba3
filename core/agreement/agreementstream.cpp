// SPDX-License-Identifier: GPL-3.0-or-later
// writeAgreementTable and writeAgreementJson (declared in agreementreport.h). A character
// table has a row per document and code (200,000 on a study of 1,000 documents and 200 codes):
// building it as one QString, or as a QJsonDocument of 200,000 objects, cost seconds of
// allocation and copying. These write the same bytes as agreementTable(...).toUtf8() and
// QJsonDocument(agreementJson(...)).toJson(Indented), a few thousand rows at a time made on two
// threads (inorder.h): each name is encoded once, numbers are formatted straight into the
// output. The categorical units (a row
// per code) go through those two functions as they are.

#include "core/agreement/agreementreport.h"

#include "core/agreement/bytecursor.h"
#include "core/agreement/decimal.h"
#include "core/agreement/inorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <vector>

namespace situate {

namespace {

constexpr qsizetype kPiece = 1 << 20;

using decimal::appendInteger;

QString footnote(qsizetype i) {
    return i < 26 ? QString(QLatin1Char(char('a' + i))) : QString::number(i + 1);
}

// ---- The plain-text table ----

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
    }

    void write(const std::function<void(const QByteArray&)>& sink) {
        // First pass, on two threads, a half each: every column's width and the footnotes
        // in order of first use. The cells are formatted again in the second: keeping
        // 600,000 of them cost more in fresh memory than formatting them twice.
        const qsizetype total = m_r.rows.size() + m_r.codeRows.size() + 1;
        Scan halves[2];
        runOnTwoThreads([&](int half) {
            halves[half] = scan(half == 0 ? 0 : total / 2, half == 0 ? total / 2 : total);
        });
        for (const Scan& h : halves) {
            for (size_t c = 0; c < m_widths.size(); ++c)
                m_widths[c] = std::max(m_widths[c], h.widths[c]);
            for (const QString& reason : h.reasons)
                if (!m_reasons.contains(reason))
                    m_reasons << reason;
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
                                const SpanCoefficients c = m_r.coefficients(row);
                                for (const auto& [coefficient, precision] : coefficients(c))
                                    p = putRight(p, cell,
                                                 putCoefficient(cell, *coefficient, precision),
                                                 column++);
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
    Scan scan(qsizetype from, qsizetype to) const {
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
        int precisions[kCoefficients] = {};
        // The reason last met in each coefficient column, held so that a string at the same
        // address is that reason: most undefined cells repeat the one before.
        QString lastReason[kCoefficients];
        int countColumns = 0, coefficientColumns = 0;
        char cell[decimal::kRoom];
        for (qsizetype i = from; i < to; ++i)
            withRow(i, [&](const SpanRow& row, const TextCell& document, const TextCell& code) {
                widen(0, document.width);
                widen(1, code.width);
                const auto n = counts(row);
                countColumns = int(n.size());
                for (int j = 0; j < countColumns; ++j) {
                    lowCount[j] = i == from ? n[j] : std::min(lowCount[j], n[j]);
                    highCount[j] = i == from ? n[j] : std::max(highCount[j], n[j]);
                }
                const SpanCoefficients k = m_r.coefficients(row);
                int j = 0;
                for (const auto& [c, precision] : coefficients(k)) {
                    const int column = 2 + countColumns + j;
                    precisions[j] = precision;
                    if (c->defined() && std::isfinite(*c->value)) {
                        values[j].add(*c->value);
                    } else if (c->defined()) {
                        widen(column, decimal::putFixed(cell, *c->value, precision) - cell);
                    } else if (c->undefinedReason.constData() != lastReason[j].constData() ||
                               c->undefinedReason.size() != lastReason[j].size()) {
                        lastReason[j] = c->undefinedReason;
                        if (!out.reasons.contains(c->undefinedReason))
                            out.reasons << c->undefinedReason;
                        const std::pair<int, QString> seen{column, c->undefinedReason};
                        if (!out.undefinedCells.contains(seen))
                            out.undefinedCells << seen;
                    }
                    ++j;
                }
                coefficientColumns = j;
            });
        for (int j = 0; j < countColumns && from < to; ++j)
            widen(2 + j, std::max(decimal::putInteger(cell, lowCount[j]) - cell,
                                  decimal::putInteger(cell, highCount[j]) - cell));
        for (int j = 0; j < coefficientColumns; ++j)
            if (values[j].any)
                widen(2 + countColumns + j,
                      std::max(decimal::putFixed(cell, values[j].low, precisions[j]) - cell,
                               decimal::putFixed(cell, values[j].high, precisions[j]) - cell));
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

    // A coefficient's cell; the reason of an undefined one is among those the first pass
    // found.
    char* putCoefficient(char* p, const Coefficient& c, int precision) const {
        if (c.defined())
            return decimal::putFixed(p, *c.value, precision);
        const QByteArray& text = m_undefined[m_reasons.indexOf(c.undefinedReason)];
        return std::copy(text.cbegin(), text.cend(), p);
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
};

// ---- JSON, as QJsonDocument::toJson(Indented) writes it ----

// A string escaped and quoted by Qt's own JSON writer.
QByteArray jsonString(const QString& s) {
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

class SpanJson {
public:
    explicit SpanJson(const AgreementResult& r)
        : m_r(r)
        , m_character(r.request.unit == AgreementUnit::Character) {
        for (const QString& d : r.documents)
            m_documents.push_back(jsonString(d));
        for (const QString& c : r.codes)
            m_codes.push_back(jsonString(c));
        // A row's bytes: its two names and about 500 more (its keys, numbers and up to three
        // reasons of about 100).
        qsizetype document = 0, code = 0;
        for (const QByteArray& d : m_documents)
            document = std::max(document, d.size());
        for (const QByteArray& c : m_codes)
            code = std::max(code, c.size());
        m_rowBytes = 1024 + document + code;
    }

    void write(const std::function<void(const QByteArray&)>& sink) {
        const AgreementRequest& q = m_r.request;
        // The members, in the order QJsonObject keeps its keys.
        std::vector<std::pair<QString, std::function<void()>>> members{
            {QStringLiteral("unit"),
             [&] {
                 m_out.append(jsonString(agreementUnitName(q.unit)));
             }},
            {QStringLiteral("coders"),
             [&] {
                 stringArray(q.coders, 1);
             }},
            {QStringLiteral("documents"),
             [&] {
                 stringArray(m_r.documents, 1);
             }},
            {QStringLiteral("rows"),
             [&] {
                 rowArray(m_r.rows.constData(), m_r.rows.size(), sink);
             }},
            {QStringLiteral("codes"),
             [&] {
                 rowArray(m_r.codeRows.constData(), m_r.codeRows.size(), sink);
             }},
            {QStringLiteral("overall"),
             [&] {
                 ByteCursor cursor(m_out);
                 row(cursor, m_r.overall, 1, m_reasons[0]);
             }},
            {QStringLiteral("pooling"),
             [&] {
                 m_out.append(jsonString(
                     m_character ? QStringLiteral("codes: the four counts summed over the "
                                                  "documents; overall: summed over codes and "
                                                  "documents")
                                 : QStringLiteral("codes: agreements and unmatched segments "
                                                  "summed over the documents; overall: summed "
                                                  "over codes and documents; k = codes "
                                                  "compared")));
             }},
        };
        if (!m_character) {
            members.push_back({QStringLiteral("overlap"), [&] {
                                   ByteCursor cursor(m_out);
                                   putJsonDouble(cursor, q.overlap);
                               }});
            members.push_back({QStringLiteral("codes_compared"), [&] {
                                   appendInteger(m_out, m_r.codes.size());
                               }});
        }
        std::sort(members.begin(), members.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        m_out.reserve(kPiece + 4096);
        m_out.append("{\n");
        for (size_t i = 0; i < members.size(); ++i) {
            m_out.append("    \"").append(members[i].first.toLatin1()).append("\": ");
            members[i].second();
            m_out.append(i + 1 < members.size() ? ",\n" : "\n");
        }
        m_out.append("}\n");
        sink(m_out);
    }

private:
    static QByteArray indent(int level) { return QByteArray(4 * level, ' '); }

    void stringArray(const QStringList& list, int level) {
        m_out.append("[\n");
        for (qsizetype i = 0; i < list.size(); ++i) {
            m_out.append(indent(level + 1)).append(jsonString(list[i]));
            m_out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        m_out.append(indent(level)).append(']');
    }

    // The rows in pieces of kRowsPerPiece made on two threads (makeInOrder), each thread
    // with its own escaped reasons.
    void rowArray(const SpanRow* rows, qsizetype count,
                  const std::function<void(const QByteArray&)>& sink) {
        m_out.append("[\n");
        sink(m_out);
        m_out.resize(0);
        constexpr qsizetype kRowsPerPiece = 512;
        makeInOrder((count + kRowsPerPiece - 1) / kRowsPerPiece,
                    [&](qsizetype k, QByteArray& out, int thread) {
                        Reasons& reasons = m_reasons[thread];
                        const qsizetype to = std::min(count, (k + 1) * kRowsPerPiece);
                        out.reserve((to - k * kRowsPerPiece) * m_rowBytes); // grown seldom, if ever
                        ByteCursor cursor(out);
                        for (qsizetype i = k * kRowsPerPiece; i < to; ++i) {
                            cursor.put("        ");
                            row(cursor, rows[i], 2, reasons);
                            if (i + 1 < count)
                                cursor.put(",\n");
                            else
                                cursor.put("\n");
                        }
                    },
                    sink);
        m_out.append("    ]");
    }

    // Each reason escaped once, as it is first met.
    using Reasons = std::vector<std::pair<QString, QByteArray>>;

    // One row object at `level`, its members in key order.
    void row(ByteCursor& out, const SpanRow& r, int level, Reasons& reasons) const {
        const QByteArray& in = m_indents[size_t(level + 1)];
        bool first = true;
        const auto key = [&](const QByteArray& quotedName) {
            if (first)
                out.put("{\n");
            else
                out.put(",\n");
            first = false;
            out.put(in);
            out.put(quotedName);
        };
        const auto integer = [&](const QByteArray& name, qint64 n) {
            key(name);
            out.putInteger(n);
        };
        const auto coefficient = [&](const QByteArray& name, const QByteArray& undefinedName,
                                     const Coefficient& c) {
            key(name);
            if (c.defined()) {
                putJsonDouble(out, *c.value);
                return;
            }
            out.put("null");
            key(undefinedName);
            out.put(reason(reasons, c.undefinedReason));
        };
        const SpanCoefficients k = m_r.coefficients(r);
        const Keys& n = m_keys;
        if (m_character) {
            const BinaryCounts& c = r.characters;
            integer(n.both, c.both);
            if (r.code >= 0) {
                key(n.code);
                out.put(m_codes[size_t(r.code)]);
            }
            coefficient(n.cohenKappa, n.cohenKappaUndefined, k.cohenKappa);
            if (r.document >= 0) {
                key(n.document);
                out.put(m_documents[size_t(r.document)]);
            }
            coefficient(n.alpha, n.alphaUndefined, k.krippendorffAlpha);
            integer(n.n, c.n());
            integer(n.neither, c.neither);
            integer(n.onlyFirst, c.onlyFirst);
            integer(n.onlySecond, c.onlySecond);
            coefficient(n.percent, n.percentUndefined, k.percentAgreement);
        } else {
            const SegmentCounts& c = r.segments;
            integer(n.agreements, c.agreements);
            coefficient(n.bp, n.bpUndefined, k.brennanPredigerKappa);
            if (r.code >= 0) {
                key(n.code);
                out.put(m_codes[size_t(r.code)]);
            }
            if (r.document >= 0) {
                key(n.document);
                out.put(m_documents[size_t(r.document)]);
            }
            integer(n.onlyFirst, c.onlyFirst);
            integer(n.onlySecond, c.onlySecond);
            coefficient(n.percent, n.percentUndefined, k.percentAgreement);
        }
        out.put('\n');
        out.put(m_indents[size_t(level)]);
        out.put('}');
    }

    // A double as a QJsonValue holds and writes it: an integral value up to 2^53 as an
    // integer.
    static void putJsonDouble(ByteCursor& out, double v) {
        constexpr double limit = 9007199254740992.0;
        if (std::isfinite(v) && std::trunc(v) == v && std::abs(v) <= limit)
            out.putInteger(qint64(v));
        else if (std::isfinite(v))
            out.put(QByteArray::number(v, 'g', QLocale::FloatingPointShortest));
        else
            out.put("null");
    }

    // The members' keys, quoted, with their colon and space.
    struct Keys {
        static QByteArray k(const char* name) { return '"' + QByteArray(name) + "\": "; }
        const QByteArray both = k("both"), code = k("code"), document = k("document"), n = k("n"),
                         neither = k("neither"), onlyFirst = k("only_first"),
                         onlySecond = k("only_second"), agreements = k("agreements"),
                         cohenKappa = k("cohen_kappa"),
                         cohenKappaUndefined = k("cohen_kappa_undefined"),
                         alpha = k("krippendorff_alpha"),
                         alphaUndefined = k("krippendorff_alpha_undefined"),
                         percent = k("percent_agreement"),
                         percentUndefined = k("percent_agreement_undefined"),
                         bp = k("brennan_prediger_kappa"),
                         bpUndefined = k("brennan_prediger_kappa_undefined");
    };

    static const QByteArray& reason(Reasons& reasons, const QString& text) {
        for (const auto& [t, bytes] : reasons)
            if (t.constData() == text.constData() || t == text)
                return bytes;
        reasons.push_back({text, jsonString(text)});
        return reasons.back().second;
    }

    const AgreementResult& m_r;
    const bool m_character;
    std::vector<QByteArray> m_documents, m_codes;
    const std::vector<QByteArray> m_indents{indent(0), indent(1), indent(2), indent(3)};
    const Keys m_keys;
    Reasons m_reasons[2]; // the caller's thread's, the helper's
    qsizetype m_rowBytes = 0;
    QByteArray m_out;
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

void writeAgreementJson(const AgreementResult& r,
                        const std::function<void(const QByteArray&)>& sink) {
    if (isCategorical(r.request.unit))
        return sink(QJsonDocument(agreementJson(r)).toJson(QJsonDocument::Indented));
    SpanJson(r).write(sink);
}

} // namespace situate

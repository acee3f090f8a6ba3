// SPDX-License-Identifier: GPL-3.0-or-later
// writeAgreementJson (declared in agreementreport.h). A character comparison has a row per
// document and code (200,000 on a study of 1,000 documents and 200 codes): building it as a
// QJsonDocument of 200,000 objects cost seconds of allocation and copying. This writes the
// same bytes as QJsonDocument(agreementJson(...)).toJson(Indented), a few thousand rows at a
// time made on two threads (inorder.h): each name is escaped once, numbers are formatted
// straight into the output. The categorical units (a row per code) go through agreementJson as
// it is. The plain-text table is agreementtext.cpp.

#include "core/agreement/agreementreport.h"

#include "core/agreement/bytecursor.h"
#include "core/agreement/decimal.h"
#include "core/agreement/inorder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <vector>

namespace situate {

namespace {

constexpr qsizetype kPiece = 1 << 20;

using decimal::appendInteger;

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

void writeAgreementJson(const AgreementResult& r,
                        const std::function<void(const QByteArray&)>& sink) {
    if (isCategorical(r.request.unit))
        return sink(QJsonDocument(agreementJson(r)).toJson(QJsonDocument::Indented));
    SpanJson(r).write(sink);
}

} // namespace situate

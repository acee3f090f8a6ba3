// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/agreementreport.h"

#include <QJsonArray>

namespace situate {

namespace {

bool isCharacter(const AgreementResult& r) {
    return r.request.unit == AgreementUnit::Character;
}

QJsonArray stringArray(const QStringList& list) {
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

// `"name": value`, or `"name": null` with `"name_undefined": reason`.
void put(QJsonObject& o, const QString& name, const Coefficient& c) {
    if (c.defined()) {
        o.insert(name, *c.value);
    } else {
        o.insert(name, QJsonValue::Null);
        o.insert(name + QLatin1String("_undefined"), c.undefinedReason);
    }
}

QJsonObject spanRowJson(const AgreementResult& r, const SpanRow& row, bool character) {
    QJsonObject o;
    if (row.document >= 0)
        o.insert(QStringLiteral("document"), r.documentName(row));
    if (row.code >= 0)
        o.insert(QStringLiteral("code"), r.codeName(row));
    const SpanCoefficients k = r.coefficients(row);
    if (character) {
        o.insert(QStringLiteral("n"), row.characters.n());
        o.insert(QStringLiteral("both"), row.characters.both);
        o.insert(QStringLiteral("only_first"), row.characters.onlyFirst);
        o.insert(QStringLiteral("only_second"), row.characters.onlySecond);
        o.insert(QStringLiteral("neither"), row.characters.neither);
        put(o, QStringLiteral("percent_agreement"), k.percentAgreement);
        put(o, QStringLiteral("cohen_kappa"), k.cohenKappa);
        put(o, QStringLiteral("krippendorff_alpha"), k.krippendorffAlpha);
    } else {
        o.insert(QStringLiteral("agreements"), row.segments.agreements);
        o.insert(QStringLiteral("only_first"), row.segments.onlyFirst);
        o.insert(QStringLiteral("only_second"), row.segments.onlySecond);
        put(o, QStringLiteral("percent_agreement"), k.percentAgreement);
        put(o, QStringLiteral("brennan_prediger_kappa"), k.brennanPredigerKappa);
    }
    return o;
}

QJsonObject categoricalJson(const CategoricalRow& row, int coders) {
    QJsonObject o;
    o.insert(QStringLiteral("n_units"), row.units);
    o.insert(QStringLiteral("n_complete"), row.complete);
    o.insert(QStringLiteral("n_pairable"), row.pairable);
    put(o, QStringLiteral("percent_agreement"), row.percentAgreement);
    if (coders == 2) {
        put(o, QStringLiteral("cohen_kappa"), row.cohenKappa);
        put(o, QStringLiteral("scott_pi"), row.scottPi);
    }
    put(o, QStringLiteral("fleiss_kappa"), row.fleissKappa);
    put(o, QStringLiteral("brennan_prediger_kappa"), row.brennanPredigerKappa);
    put(o, QStringLiteral("krippendorff_alpha"), row.krippendorffAlpha);
    if (row.alphaCi95.defined()) {
        o.insert(QStringLiteral("alpha_ci95"), QJsonArray{*row.alphaCi95.low, *row.alphaCi95.high});
    } else {
        o.insert(QStringLiteral("alpha_ci95"), QJsonValue::Null);
        o.insert(QStringLiteral("alpha_ci95_undefined"), row.alphaCi95.undefinedReason);
    }
    return o;
}

// Plain-text table with footnote letters for the reasons of undefined cells.
class TextTable {
public:
    explicit TextTable(QStringList header)
        : m_rows{std::move(header)} {}
    void add(QStringList row) { m_rows.append(std::move(row)); }
    QString cell(const Coefficient& c, int precision) {
        if (c.defined())
            return QString::number(*c.value, 'f', precision);
        qsizetype key = m_reasons.indexOf(c.undefinedReason);
        if (key < 0) {
            key = m_reasons.size();
            m_reasons << c.undefinedReason;
        }
        return QStringLiteral("undef(%1)").arg(footnote(key));
    }
    QString render(int textColumns) const {
        QVector<qsizetype> widths;
        for (const QStringList& row : m_rows) {
            widths.resize(std::max(widths.size(), row.size()));
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths[i], row[i].size());
        }
        QString out;
        for (const QStringList& row : m_rows) {
            QStringList cells;
            for (qsizetype i = 0; i < row.size(); ++i)
                cells << (i < textColumns ? row[i].leftJustified(widths[i])
                                          : row[i].rightJustified(widths[i]));
            out += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
        }
        for (qsizetype i = 0; i < m_reasons.size(); ++i)
            out += QStringLiteral("(%1) %2\n").arg(footnote(i), m_reasons[i]);
        return out;
    }

private:
    static QString footnote(qsizetype i) {
        return i < 26 ? QString(QLatin1Char(char('a' + i))) : QString::number(i + 1);
    }
    QVector<QStringList> m_rows;
    QStringList m_reasons;
};

} // namespace

QString bootstrapDescription(const AgreementRequest& r) {
    return QStringLiteral("percentile interval (R type 7 quantiles at 0.025 and 0.975) of alpha "
                          "over %1 resamples of the pairable units drawn with replacement; "
                          "std::mt19937_64 seeded with %2; resamples whose alpha is undefined "
                          "are left out")
        .arg(r.resamples)
        .arg(r.seed);
}

QJsonObject agreementJson(const AgreementResult& r) {
    QJsonObject o;
    const AgreementRequest& q = r.request;
    o.insert(QStringLiteral("unit"), agreementUnitName(q.unit));
    o.insert(QStringLiteral("coders"), stringArray(q.coders));
    o.insert(QStringLiteral("documents"), stringArray(r.documents));
    if (!isCategorical(q.unit)) {
        const bool character = isCharacter(r);
        QJsonArray rows, codes;
        for (const SpanRow& row : r.rows)
            rows.append(spanRowJson(r, row, character));
        for (const SpanRow& row : r.codeRows)
            codes.append(spanRowJson(r, row, character));
        o.insert(QStringLiteral("rows"), rows);
        o.insert(QStringLiteral("codes"), codes);
        o.insert(QStringLiteral("overall"), spanRowJson(r, r.overall, character));
        if (!character) {
            o.insert(QStringLiteral("overlap"), q.overlap);
            o.insert(QStringLiteral("codes_compared"), r.codes.size());
        }
        o.insert(QStringLiteral("pooling"),
                 character ? QStringLiteral("codes: the four counts summed over the documents; "
                                            "overall: summed over codes and documents")
                           : QStringLiteral("codes: agreements and unmatched segments summed "
                                            "over the documents; overall: summed over codes "
                                            "and documents; k = codes compared"));
        return o;
    }
    const int coders = static_cast<int>(q.coders.size());
    o.insert(QStringLiteral("level"), measurementLevelName(q.level));
    o.insert(QStringLiteral("bootstrap"),
             QJsonObject{{QStringLiteral("method"), bootstrapDescription(q)},
                         {QStringLiteral("resamples"), q.resamples},
                         {QStringLiteral("seed"), QString::number(q.seed)}});
    if (q.group.isEmpty()) {
        QJsonArray codes;
        for (const CategoricalRow& row : r.categorical) {
            QJsonObject c = categoricalJson(row, coders);
            c.insert(QStringLiteral("code"), row.code);
            codes.append(c);
        }
        o.insert(QStringLiteral("codes"), codes);
        return o;
    }
    const CategoricalRow& row = r.categorical.first();
    const QJsonObject values = categoricalJson(row, coders);
    for (auto it = values.begin(); it != values.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(QStringLiteral("group"), row.code);
    o.insert(QStringLiteral("categories"), stringArray(r.codes));
    QJsonArray flagged;
    for (const FlaggedUnit& f : r.flagged)
        flagged.append(QJsonObject{{QStringLiteral("document"), f.document},
                                   {QStringLiteral("unit"), f.unit},
                                   {QStringLiteral("start"), f.start},
                                   {QStringLiteral("end"), f.end},
                                   {QStringLiteral("coder"), f.coder},
                                   {QStringLiteral("codes"), stringArray(f.codes)}});
    o.insert(QStringLiteral("flagged"), flagged);
    return o;
}

QString agreementTable(const AgreementResult& r) {
    const AgreementRequest& q = r.request;
    QString out = QStringLiteral("unit: %1; coders: %2; documents: %3\n")
                      .arg(agreementUnitName(q.unit), q.coders.join(QStringLiteral(", ")))
                      .arg(r.documents.size());
    if (!isCategorical(q.unit)) {
        const bool character = isCharacter(r);
        if (!character)
            out += QStringLiteral("overlap: %1 of the longer segment; k = %2 codes\n")
                       .arg(q.overlap)
                       .arg(r.codes.size());
        TextTable t(character ? QStringList{QStringLiteral("document"), QStringLiteral("code"),
                                            QStringLiteral("n"), QStringLiteral("both"),
                                            QStringLiteral("only 1st"), QStringLiteral("only 2nd"),
                                            QStringLiteral("neither"), QStringLiteral("agree %"),
                                            QStringLiteral("kappa"), QStringLiteral("alpha")}
                              : QStringList{QStringLiteral("document"), QStringLiteral("code"),
                                            QStringLiteral("agreements"),
                                            QStringLiteral("only 1st"), QStringLiteral("only 2nd"),
                                            QStringLiteral("agree %"), QStringLiteral("BP kappa")});
        const auto add = [&](const SpanRow& row, const QString& document, const QString& code) {
            QStringList cells{document, code};
            const SpanCoefficients k = r.coefficients(row);
            if (character)
                cells << QString::number(row.characters.n()) << QString::number(row.characters.both)
                      << QString::number(row.characters.onlyFirst)
                      << QString::number(row.characters.onlySecond)
                      << QString::number(row.characters.neither) << t.cell(k.percentAgreement, 1)
                      << t.cell(k.cohenKappa, 3) << t.cell(k.krippendorffAlpha, 3);
            else
                cells << QString::number(row.segments.agreements)
                      << QString::number(row.segments.onlyFirst)
                      << QString::number(row.segments.onlySecond) << t.cell(k.percentAgreement, 1)
                      << t.cell(k.brennanPredigerKappa, 3);
            t.add(cells);
        };
        for (const SpanRow& row : r.rows)
            add(row, r.documentName(row), r.codeName(row));
        for (const SpanRow& row : r.codeRows)
            add(row, QStringLiteral("(all documents)"), r.codeName(row));
        add(r.overall, QStringLiteral("(overall)"), QString());
        return out + t.render(2);
    }
    out += QStringLiteral("level: %1\n").arg(measurementLevelName(q.level));
    if (!q.group.isEmpty())
        out += QStringLiteral("group: %1 (%2 values)\n").arg(q.group).arg(r.codes.size());
    const bool two = q.coders.size() == 2;
    QStringList header{q.group.isEmpty() ? QStringLiteral("code") : QStringLiteral("group"),
                       QStringLiteral("units"), QStringLiteral("complete"),
                       QStringLiteral("agree %")};
    if (two)
        header << QStringLiteral("Cohen") << QStringLiteral("Scott");
    header << QStringLiteral("Fleiss") << QStringLiteral("BP") << QStringLiteral("alpha")
           << QStringLiteral("alpha 95% CI");
    TextTable t(header);
    for (const CategoricalRow& row : r.categorical) {
        QStringList cells{row.code, QString::number(row.units), QString::number(row.complete),
                          t.cell(row.percentAgreement, 1)};
        if (two)
            cells << t.cell(row.cohenKappa, 3) << t.cell(row.scottPi, 3);
        cells << t.cell(row.fleissKappa, 3) << t.cell(row.brennanPredigerKappa, 3)
              << t.cell(row.krippendorffAlpha, 3)
              << (row.alphaCi95.defined() ? QStringLiteral("[%1, %2]")
                                                .arg(*row.alphaCi95.low, 0, 'f', 3)
                                                .arg(*row.alphaCi95.high, 0, 'f', 3)
                                          : QStringLiteral("-"));
        t.add(cells);
    }
    out += t.render(1);
    for (const FlaggedUnit& f : r.flagged)
        out += QStringLiteral("flagged: %1 unit %2 (%3-%4): %5 applied %6\n")
                   .arg(f.document)
                   .arg(f.unit)
                   .arg(f.start)
                   .arg(f.end)
                   .arg(f.coder, f.codes.join(QStringLiteral(", ")));
    return out;
}

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
// agreementCsv (declared in agreementreport.h): the CSV sheet of an agreement result. A
// character table has a row per document and code (200,000 on a study of 1,000 documents and
// 200 codes), so its rows are written as bytes: each document and code name is encoded once,
// the numbers are formatted straight into the sheet, and the notes, which repeat, are encoded
// once per distinct set of reasons. The bytes are those csv::Writer writes cell by cell.

#include "core/agreement/agreementreport.h"

#include "core/agreement/decimal.h"
#include "core/io/csv.h"

#include <array>
#include <functional>
#include <vector>

namespace situate {

namespace {

QString number(const Coefficient& c, char format, int precision) {
    return c.defined() ? QString::number(*c.value, format, precision) : QString();
}

// One text cell as csv::Writer writes it (guarded, quoted when it must be), without the comma
// before it.
QByteArray encodedCell(const QString& text) {
    csv::Writer w;
    w.writeCells({text});
    QByteArray cell = w.data();
    cell.chop(2); // the record's CRLF
    return cell;
}

QVector<QByteArray> encodedCells(const QStringList& texts) {
    QVector<QByteArray> out;
    out.reserve(texts.size());
    for (const QString& t : texts)
        out << encodedCell(t);
    return out;
}

void appendCoefficient(QByteArray& out, char separator, const Coefficient& c) {
    out.append(separator);
    if (c.defined())
        decimal::appendSignificant12(out, *c.value);
}

// The notes cell of a row's undefined coefficients, encoded once per distinct set of reasons
// (a table has a handful).
class NotesCells {
public:
    explicit NotesCells(QStringList names)
        : m_names(std::move(names)) {}
    const QByteArray& cell(const std::array<const Coefficient*, 3>& coefficients) {
        std::array<QString, 3> reasons;
        for (qsizetype i = 0; i < m_names.size(); ++i)
            reasons[size_t(i)] = coefficients[size_t(i)]->defined()
                                     ? QString()
                                     : coefficients[size_t(i)]->undefinedReason;
        for (const Entry& e : m_entries)
            if (e.reasons == reasons)
                return e.cell;
        QVector<QPair<QString, Coefficient>> named;
        for (qsizetype i = 0; i < m_names.size(); ++i)
            named.append({m_names[i], *coefficients[size_t(i)]});
        m_entries.push_back({reasons, encodedCell(undefinedNotes(named))});
        return m_entries.back().cell;
    }

private:
    struct Entry {
        std::array<QString, 3> reasons;
        QByteArray cell;
    };
    QStringList m_names;
    std::vector<Entry> m_entries;
};

// Rows are handed on a megabyte at a time, so the sheet is never held whole: a table of
// 200,000 rows is 38 MB, and filling that much fresh memory cost more than formatting it.
constexpr qsizetype kPiece = 1 << 20;

void writeSpanCsv(const AgreementResult& r, const std::function<void(const QByteArray&)>& sink) {
    const bool character = r.request.unit == AgreementUnit::Character;
    csv::Writer w;
    if (character)
        w.writeRow({QStringLiteral("scope"), QStringLiteral("document"), QStringLiteral("code"),
                    QStringLiteral("n"), QStringLiteral("both"), QStringLiteral("only_first"),
                    QStringLiteral("only_second"), QStringLiteral("neither"),
                    QStringLiteral("percent_agreement"), QStringLiteral("cohen_kappa"),
                    QStringLiteral("krippendorff_alpha"), QStringLiteral("notes")});
    else
        w.writeRow({QStringLiteral("scope"), QStringLiteral("document"), QStringLiteral("code"),
                    QStringLiteral("agreements"), QStringLiteral("only_first"),
                    QStringLiteral("only_second"), QStringLiteral("percent_agreement"),
                    QStringLiteral("brennan_prediger_kappa"), QStringLiteral("notes")});
    QByteArray out = w.data();
    out.reserve(kPiece + 4096);
    const QVector<QByteArray> documents = encodedCells(r.documents);
    const QVector<QByteArray> codes = encodedCells(r.codes);
    NotesCells notesCells(character ? QStringList{QStringLiteral("percent_agreement"),
                                                  QStringLiteral("cohen_kappa"),
                                                  QStringLiteral("krippendorff_alpha")}
                                    : QStringList{QStringLiteral("percent_agreement"),
                                                  QStringLiteral("brennan_prediger_kappa")});
    // The separator every csv::Writer uses (a comma unless the user chose another).
    const char sep = csv::separator();
    const QByteArray scopes[] = {QByteArray("document") + sep, QByteArray("code") + sep,
                                 QByteArray("overall") + sep};
    const auto write = [&](const SpanRow& row) {
        out.append(row.document >= 0 ? scopes[0] : row.code >= 0 ? scopes[1] : scopes[2]);
        if (row.document >= 0)
            out.append(documents[row.document]);
        out.append(sep);
        if (row.code >= 0)
            out.append(codes[row.code]);
        const SpanCoefficients k = r.coefficients(row);
        if (character) {
            const BinaryCounts& c = row.characters;
            for (qint64 n : {c.n(), c.both, c.onlyFirst, c.onlySecond, c.neither}) {
                out.append(sep);
                decimal::appendInteger(out, n);
            }
            appendCoefficient(out, sep, k.percentAgreement);
            appendCoefficient(out, sep, k.cohenKappa);
            appendCoefficient(out, sep, k.krippendorffAlpha);
            out.append(sep).append(
                notesCells.cell({&k.percentAgreement, &k.cohenKappa, &k.krippendorffAlpha}));
        } else {
            const SegmentCounts& c = row.segments;
            for (qint64 n : {c.agreements, c.onlyFirst, c.onlySecond}) {
                out.append(sep);
                decimal::appendInteger(out, n);
            }
            appendCoefficient(out, sep, k.percentAgreement);
            appendCoefficient(out, sep, k.brennanPredigerKappa);
            out.append(sep).append(
                notesCells.cell({&k.percentAgreement, &k.brennanPredigerKappa, nullptr}));
        }
        out.append("\r\n");
        if (out.size() >= kPiece) {
            sink(out);
            out.resize(0); // keeps its room
        }
    };
    for (const SpanRow& row : r.rows)
        write(row);
    for (const SpanRow& row : r.codeRows)
        write(row);
    write(r.overall);
    sink(out);
}

} // namespace

QString undefinedNotes(const QVector<QPair<QString, Coefficient>>& named) {
    QStringList out;
    for (const auto& [name, c] : named)
        if (!c.defined())
            out << QStringLiteral("%1: %2").arg(name, c.undefinedReason);
    return out.join(QStringLiteral("; "));
}

QByteArray agreementCsv(const AgreementResult& r) {
    QByteArray out;
    writeAgreementCsv(r, [&](const QByteArray& piece) { out.append(piece); });
    return out;
}

void writeAgreementCsv(const AgreementResult& r,
                       const std::function<void(const QByteArray&)>& sink) {
    if (!isCategorical(r.request.unit))
        return writeSpanCsv(r, sink);
    // Text cells get the spreadsheet formula guard; numbers are written as they are, so a
    // negative kappa stays a number.
    csv::Writer w;
    using csv::Cell;
    const auto num = [](const Coefficient& c) {
        return Cell::number(number(c, 'g', 12));
    };
    w.writeRow({r.request.group.isEmpty() ? QStringLiteral("code") : QStringLiteral("group"),
                QStringLiteral("n_units"), QStringLiteral("n_complete"),
                QStringLiteral("n_pairable"), QStringLiteral("percent_agreement"),
                QStringLiteral("cohen_kappa"), QStringLiteral("scott_pi"),
                QStringLiteral("fleiss_kappa"), QStringLiteral("brennan_prediger_kappa"),
                QStringLiteral("krippendorff_alpha"), QStringLiteral("alpha_ci95_low"),
                QStringLiteral("alpha_ci95_high"), QStringLiteral("notes")});
    const bool two = r.request.coders.size() == 2;
    for (const CategoricalRow& row : r.categorical) {
        QVector<QPair<QString, Coefficient>> named{
            {QStringLiteral("percent_agreement"), row.percentAgreement}};
        if (two)
            named << qMakePair(QStringLiteral("cohen_kappa"), row.cohenKappa)
                  << qMakePair(QStringLiteral("scott_pi"), row.scottPi);
        named << qMakePair(QStringLiteral("fleiss_kappa"), row.fleissKappa)
              << qMakePair(QStringLiteral("brennan_prediger_kappa"), row.brennanPredigerKappa)
              << qMakePair(QStringLiteral("krippendorff_alpha"), row.krippendorffAlpha);
        QString note = undefinedNotes(named);
        if (!row.alphaCi95.defined() && row.krippendorffAlpha.defined())
            note += (note.isEmpty() ? QString() : QStringLiteral("; ")) +
                    QStringLiteral("alpha_ci95: ") + row.alphaCi95.undefinedReason;
        const auto bound = [&](const std::optional<double>& v) {
            return Cell::number(row.alphaCi95.defined() ? QString::number(*v, 'g', 12) : QString());
        };
        w.writeCells({row.code, Cell::number(row.units), Cell::number(row.complete),
                      Cell::number(row.pairable), num(row.percentAgreement),
                      two ? num(row.cohenKappa) : Cell(QString()),
                      two ? num(row.scottPi) : Cell(QString()), num(row.fleissKappa),
                      num(row.brennanPredigerKappa), num(row.krippendorffAlpha),
                      bound(row.alphaCi95.low), bound(row.alphaCi95.high), note});
    }
    sink(w.data());
}

} // namespace situate

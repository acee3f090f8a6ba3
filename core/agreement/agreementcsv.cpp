// SPDX-License-Identifier: GPL-3.0-or-later
// agreementCsv (declared in agreementreport.h): the CSV sheet of an agreement result. A
// character table has a row per document and code (200,000 on a study of 1,000 documents and
// 200 codes), so its rows are written as bytes: each document and code name is encoded once,
// the numbers are formatted straight into the sheet, and the notes, which repeat, are encoded
// once per distinct set of reasons. The bytes are those csv::Writer writes cell by cell.

#include "core/agreement/agreementreport.h"

#include "core/agreement/decimal.h"
#include "core/agreement/inorder.h"
#include "core/io/csv.h"

#include <algorithm>
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

// The notes cell of a row's undefined coefficients, encoded once per distinct set of reasons
// (a table has a handful).
class NotesCells {
public:
    explicit NotesCells(QStringList names)
        : m_names(std::move(names)) {}
    const QByteArray& cell(const std::array<const Coefficient*, 3>& coefficients) {
        for (const Entry& e : m_entries)
            if (matches(e, coefficients))
                return e.cell;
        std::array<QString, 3> reasons;
        QVector<QPair<QString, Coefficient>> named;
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            const Coefficient& c = *coefficients[size_t(i)];
            reasons[size_t(i)] = c.defined() ? QString() : c.undefinedReason;
            named.append({m_names[i], c});
        }
        m_entries.push_back({reasons, encodedCell(undefinedNotes(named))});
        return m_entries.back().cell;
    }

private:
    struct Entry {
        std::array<QString, 3> reasons; // null where the coefficient is defined
        QByteArray cell;
    };
    // Whether the entry is for these coefficients' reasons. A reason is most often the very
    // string the entry holds (the coefficients return literals), so the text is compared
    // only when the characters are elsewhere.
    bool matches(const Entry& e, const std::array<const Coefficient*, 3>& coefficients) const {
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            const Coefficient& c = *coefficients[size_t(i)];
            const QString& held = e.reasons[size_t(i)];
            if (c.defined() != held.isNull())
                return false;
            if (!c.defined() && held.constData() != c.undefinedReason.constData() &&
                held != c.undefinedReason)
                return false;
        }
        return true;
    }

    QStringList m_names;
    std::vector<Entry> m_entries;
};

// Rows are made on two threads and handed on kRowsPerPiece at a time (about 750 KB), so the
// sheet is never held whole: a table of 200,000 rows is 38 MB, and filling that much fresh
// memory cost more than formatting it.
constexpr qsizetype kRowsPerPiece = 1024;

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
    const QVector<QByteArray> documents = encodedCells(r.documents);
    const QVector<QByteArray> codes = encodedCells(r.codes);
    // Each of the two threads making the sheet keeps its own notes cells.
    const QStringList noteNames =
        character ? QStringList{QStringLiteral("percent_agreement"), QStringLiteral("cohen_kappa"),
                                QStringLiteral("krippendorff_alpha")}
                  : QStringList{QStringLiteral("percent_agreement"),
                                QStringLiteral("brennan_prediger_kappa")};
    NotesCells notesCells[2] = {NotesCells(noteNames), NotesCells(noteNames)};
    // The separator every csv::Writer uses (a comma unless the user chose another).
    const char sep = csv::separator();
    const QByteArray scopes[] = {QByteArray("document") + sep, QByteArray("code") + sep,
                                 QByteArray("overall") + sep};
    // A row is written through a cursor into room kept ahead: its names, at most eight
    // numbers and its notes (the room grows for a notes cell longer than kNotesRoom).
    qsizetype longestDocument = 0, longestCode = 0;
    for (const QByteArray& d : documents)
        longestDocument = std::max(longestDocument, d.size());
    for (const QByteArray& c : codes)
        longestCode = std::max(longestCode, c.size());
    constexpr qsizetype kNotesRoom = 1024;
    const qsizetype room = 16 * decimal::kRoom + longestDocument + longestCode + kNotesRoom;
    sink(out); // the header
    const qsizetype total = r.rows.size() + r.codeRows.size() + 1;
    const auto make = [&](qsizetype k, QByteArray& piece, int thread) {
        NotesCells& notesOf = notesCells[thread];
        const qsizetype from = k * kRowsPerPiece;
        const qsizetype to = std::min(total, from + kRowsPerPiece);
        piece.resize((to - from) * room);
        char* base = piece.data();
        char* p = base;
        const auto put = [&p](const QByteArray& bytes) {
            p = std::copy(bytes.cbegin(), bytes.cend(), p);
        };
        const auto putCoefficient = [&](const Coefficient& c) {
            *p++ = sep;
            if (c.defined())
                p = decimal::putSignificant12(p, *c.value);
        };
        for (qsizetype i = from; i < to; ++i) {
            const qsizetype rows = r.rows.size();
            const SpanRow& row = i < rows                       ? r.rows[i]
                                 : i - rows < r.codeRows.size() ? r.codeRows[i - rows]
                                                                : r.overall;
            put(row.document >= 0 ? scopes[0] : row.code >= 0 ? scopes[1] : scopes[2]);
            if (row.document >= 0)
                put(documents[row.document]);
            *p++ = sep;
            if (row.code >= 0)
                put(codes[row.code]);
            const SpanCoefficients c = r.coefficients(row);
            const QByteArray* notes = nullptr;
            if (character) {
                const BinaryCounts& n = row.characters;
                for (qint64 v : {n.n(), n.both, n.onlyFirst, n.onlySecond, n.neither}) {
                    *p++ = sep;
                    p = decimal::putInteger(p, v);
                }
                putCoefficient(c.percentAgreement);
                putCoefficient(c.cohenKappa);
                putCoefficient(c.krippendorffAlpha);
                notes = &notesOf.cell({&c.percentAgreement, &c.cohenKappa, &c.krippendorffAlpha});
            } else {
                const SegmentCounts& n = row.segments;
                for (qint64 v : {n.agreements, n.onlyFirst, n.onlySecond}) {
                    *p++ = sep;
                    p = decimal::putInteger(p, v);
                }
                putCoefficient(c.percentAgreement);
                putCoefficient(c.brennanPredigerKappa);
                notes = &notesOf.cell({&c.percentAgreement, &c.brennanPredigerKappa, nullptr});
            }
            *p++ = sep;
            if (notes->size() > kNotesRoom) { // more room, so every row left still has its own
                const qsizetype at = p - base;
                piece.resize(piece.size() + notes->size());
                base = piece.data();
                p = base + at;
            }
            put(*notes);
            *p++ = '\r';
            *p++ = '\n';
        }
        piece.resize(p - base);
    };
    makeInOrder((total + kRowsPerPiece - 1) / kRowsPerPiece, make, sink);
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/presence.h"

#include "core/agreement/agreementanalysis.h"
#include "core/analysis/analysiscontext.h"
#include "core/analysis/intervals.h"
#include "core/analysis/xlsxbook.h"
#include "core/enumnames.h"
#include "core/io/csv.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::analysis)
};
} // namespace

namespace situate {

namespace {

constexpr EnumName<PresenceUnit> kUnits[] = {{PresenceUnit::Document, "document"},
                                             {PresenceUnit::Case, "case"},
                                             {PresenceUnit::Turn, "turn"},
                                             {PresenceUnit::Paragraph, "paragraph"}};
constexpr EnumName<PresenceCount> kCounts[] = {{PresenceCount::Presence, "presence"},
                                               {PresenceCount::Codings, "codings"},
                                               {PresenceCount::Characters, "characters"}};

// One attribute column: its values by case or document id.
struct AttributeColumn {
    AttributeScope scope;
    QHash<qint64, QString> values;
};

// Distinct values in order of first appearance, joined as a list in a cell.
QString joined(const QStringList& values) {
    QStringList distinct;
    for (const QString& v : values)
        if (!v.isEmpty() && !distinct.contains(v))
            distinct << v;
    return distinct.join(QStringLiteral("; "));
}

// The codings and coded characters of each code column in one unit.
class UnitTally {
public:
    UnitTally(qsizetype columns, bool characters)
        : m_codings(columns, 0)
        , m_ranges(characters ? std::size_t(columns) : 0) {}
    void add(int column, qint64 start, qint64 end) {
        ++m_codings[column];
        if (!m_ranges.empty())
            m_ranges[std::size_t(column)].push_back({start, end});
    }
    QVector<qint64> values(PresenceCount count) {
        QVector<qint64> out(m_codings.size());
        for (qsizetype c = 0; c < out.size(); ++c) {
            switch (count) {
            case PresenceCount::Presence:
                out[c] = m_codings[c] > 0 ? 1 : 0;
                break;
            case PresenceCount::Codings:
                out[c] = m_codings[c];
                break;
            case PresenceCount::Characters:
                out[c] = mergeIntervals(m_ranges[std::size_t(c)]);
                break;
            }
        }
        return out;
    }

private:
    QVector<qint64> m_codings;
    std::vector<std::vector<Interval>> m_ranges;
};

} // namespace

bool parsePresenceUnit(const QString& name, PresenceUnit* out) {
    return parseEnumName(kUnits, name, out);
}

bool parsePresenceCount(const QString& name, PresenceCount* out) {
    return parseEnumName(kCounts, name, out);
}

Status forEachPresenceRow(
    const Storage& s, const PresenceRequest& req,
    const std::function<void(const PresenceHeader&)>& header,
    const std::function<bool(const QStringList& cells, const QVector<qint64>& codes)>& row) {
    auto loaded = AnalysisContext::load(s, req.filter);
    if (!loaded)
        return Status::from(loaded);
    const AnalysisContext& ctx = *loaded;
    const Result<QVector<Attribute>> attributes = s.attributes();
    if (!attributes)
        return Status::from(attributes);

    PresenceHeader h;
    switch (req.unit) {
    case PresenceUnit::Document:
        h.identifying = {QStringLiteral("document"), QStringLiteral("case")};
        break;
    case PresenceUnit::Case:
        h.identifying = {QStringLiteral("case")};
        break;
    case PresenceUnit::Turn:
        h.identifying = {QStringLiteral("document"), QStringLiteral("case"),
                         QStringLiteral("speaker"), QStringLiteral("start"), QStringLiteral("end")};
        break;
    case PresenceUnit::Paragraph:
        h.identifying = {QStringLiteral("document"), QStringLiteral("case"),
                         QStringLiteral("start"), QStringLiteral("end")};
        break;
    }
    QVector<AttributeColumn> columns;
    for (const Attribute& a : *attributes) {
        const Result<QHash<qint64, QString>> values = s.attributeValues(a.id);
        if (!values)
            return Status::from(values);
        columns << AttributeColumn{a.scope, *values};
        h.attributeDefinitions << a;
        // A name a case and a document attribute share is told apart as --where does.
        const bool shared = std::count_if(attributes->cbegin(), attributes->cend(),
                                          [&](const Attribute& b) { return b.name == a.name; }) > 1;
        h.attributes << (shared ? (a.scope == AttributeScope::Case ? QStringLiteral("case:")
                                                                   : QStringLiteral("document:")) +
                                      a.name
                                : a.name);
    }
    for (qint64 id : ctx.codeOrder())
        h.codes << ctx.tree().path(id);
    header(h);

    const QVector<QVector<int>> columnsOf = ctx.rowsOfCodes(ctx.codeOrder(), req.descendants);
    const qsizetype codeColumns = h.codes.size();
    const bool characters = req.count == PresenceCount::Characters;
    const auto& docs = ctx.documents();
    auto caseNames = [&](int d) {
        QStringList out;
        for (int k : ctx.casesOf(d))
            out << ctx.cases()[k].name;
        return out;
    };
    // A document's attribute cells: its own values, and its selected cases'.
    auto documentAttributes = [&](int d) {
        QStringList out;
        for (const AttributeColumn& c : columns) {
            if (c.scope == AttributeScope::Document) {
                out << c.values.value(docs[d].id);
                continue;
            }
            QStringList values;
            for (int k : ctx.casesOf(d))
                values << c.values.value(ctx.cases()[k].id);
            out << joined(values);
        }
        return out;
    };

    if (req.unit == PresenceUnit::Case) {
        for (int k = 0; k < ctx.cases().size(); ++k) {
            UnitTally tally(codeColumns, characters);
            qint64 offset = 0; // documents' ranges kept apart for the character union
            QVector<int> documents;
            for (int d = 0; d < docs.size(); ++d) {
                if (!ctx.casesOf(d).contains(k))
                    continue;
                documents << d;
                for (auto* span = ctx.spansBegin(d); span != ctx.spansEnd(d); ++span)
                    for (int c : columnsOf[span->code])
                        tally.add(c, offset + span->start, offset + span->end);
                offset += docs[d].length + 1;
            }
            QStringList cells{ctx.cases()[k].name};
            for (const AttributeColumn& c : columns) {
                if (c.scope == AttributeScope::Case) {
                    cells << c.values.value(ctx.cases()[k].id);
                    continue;
                }
                QStringList values;
                for (int d : documents)
                    values << c.values.value(docs[d].id);
                cells << joined(values);
            }
            if (!row(cells, tally.values(req.count)))
                return Status::failure(QStringLiteral("cancelled"));
        }
        return {};
    }

    for (int d = 0; d < docs.size(); ++d) {
        const QString cases = caseNames(d).join(QStringLiteral("; "));
        const QStringList attributeCells = documentAttributes(d);
        if (req.unit == PresenceUnit::Document) {
            UnitTally tally(codeColumns, characters);
            for (auto* span = ctx.spansBegin(d); span != ctx.spansEnd(d); ++span)
                for (int c : columnsOf[span->code])
                    tally.add(c, span->start, span->end);
            if (!row(QStringList{docs[d].name, cases} + attributeCells, tally.values(req.count)))
                return Status::failure(QStringLiteral("cancelled"));
            continue;
        }
        // Turns or paragraphs: sorted, disjoint units; a coding counts in each unit it shares
        // a character with, its characters cut to the unit.
        QVector<Span> units;
        QStringList speakers;
        if (req.unit == PresenceUnit::Turn) {
            const Result<QVector<SpeakerTurn>> turns = s.speakerTurns(docs[d].id);
            if (!turns)
                return Status::from(turns);
            for (const SpeakerTurn& t : *turns) {
                units << Span{t.start, t.end};
                speakers << t.speaker;
            }
        } else {
            units = paragraphSpans(s.documentText(docs[d].id));
        }
        std::vector<UnitTally> tallies(std::size_t(units.size()),
                                       UnitTally(codeColumns, characters));
        for (auto* span = ctx.spansBegin(d); span != ctx.spansEnd(d); ++span) {
            // The first unit that ends after the coding starts, then every one it reaches.
            auto it = std::upper_bound(units.cbegin(), units.cend(), span->start,
                                       [](qint64 at, const Span& u) { return at < u.end; });
            for (; it != units.cend() && it->start < span->end; ++it) {
                UnitTally& t = tallies[std::size_t(it - units.cbegin())];
                for (int c : columnsOf[span->code])
                    t.add(c, std::max(span->start, it->start), std::min(span->end, it->end));
            }
        }
        for (qsizetype u = 0; u < units.size(); ++u) {
            QStringList cells{docs[d].name, cases};
            if (req.unit == PresenceUnit::Turn)
                cells << speakers[u];
            cells << QString::number(units[u].start) << QString::number(units[u].end);
            if (!row(cells + attributeCells, tallies[std::size_t(u)].values(req.count)))
                return Status::failure(QStringLiteral("cancelled"));
        }
    }
    return {};
}

Result<QByteArray> presenceCsv(const Storage& s, const PresenceRequest& request, bool bom) {
    csv::Writer w;
    if (bom)
        w.writeBom();
    int numbersFrom = 0; // start and end are numbers too
    Status st = forEachPresenceRow(
        s, request,
        [&](const PresenceHeader& h) {
            w.writeRow(h.identifying + h.attributes + h.codes);
            numbersFrom = int(h.identifying.indexOf(QStringLiteral("start")));
        },
        [&](const QStringList& cells, const QVector<qint64>& codes) {
            QVector<csv::Cell> out;
            for (qsizetype i = 0; i < cells.size(); ++i)
                out << (numbersFrom >= 0 && (i == numbersFrom || i == numbersFrom + 1)
                            ? csv::Cell::number(cells[i])
                            : csv::Cell(cells[i]));
            for (qint64 v : codes)
                out << csv::Cell::number(v);
            w.writeCells(out);
            return true;
        });
    if (!st)
        return st;
    return w.data();
}

Status savePresenceXlsx(const Storage& s, const PresenceRequest& request, const QString& path) {
    XlsxBook book(path);
    if (Status st = book.addSheet(QStringLiteral("presence")); !st)
        return st;
    int r = 0, numbersFrom = -1;
    Status st = forEachPresenceRow(
        s, request,
        [&](const PresenceHeader& h) {
            int c = 0;
            for (const QString& name : h.identifying + h.attributes + h.codes)
                book.writeHeader(0, c++, name);
            book.freezeHeader();
            numbersFrom = int(h.identifying.indexOf(QStringLiteral("start")));
            r = 1;
        },
        [&](const QStringList& cells, const QVector<qint64>& codes) {
            if (r >= XlsxBook::maxRows)
                return false;
            int c = 0;
            for (qsizetype i = 0; i < cells.size(); ++i, ++c) {
                if (numbersFrom >= 0 && (i == numbersFrom || i == numbersFrom + 1))
                    book.writeNumber(r, c, cells[i].toDouble());
                else
                    book.writeText(r, c, cells[i]);
            }
            for (qint64 v : codes)
                book.writeNumber(r, c++, double(v));
            ++r;
            return true;
        });
    if (!st)
        return r >= XlsxBook::maxRows
                   ? Status::failure(Tr::tr("the table has more rows than an Excel sheet "
                                            "holds (1,048,576): export it as CSV"))
                   : st;
    return book.commit();
}

} // namespace situate

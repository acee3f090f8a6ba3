// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/statsfile.h"

#include "core/formats/formats.h"
#include "core/io/csv.h"

#include <QDate>
#include <QFileInfo>

namespace situate {

namespace {

// What a column becomes in the file.
// Text: a string variable. Integer: counts, start and end, in the smallest integer type that
// holds them. Number: a number attribute, a double, empty cells missing. Date: a date
// attribute, SPSS DATE11 (seconds since 1582-10-14), Stata %td (days since 1960). Labelled: a
// choice attribute, 1, 2, ... with the choices as value labels.
using Kind = formats::StatsVariable::Kind;

struct Variable {
    QString title;
    Kind kind = Kind::Text;
    QStringList labels;  // Labelled: value i + 1 stands for labels[i]
    qint64 largest = 0;  // Integer
    qsizetype bytes = 1; // Text: the longest value in UTF-8
};

// The limits each package puts on labels and strings.
struct Limits {
    qsizetype variableLabelBytes, variableLabelChars, valueLabelBytes, stringBytes;
};
constexpr Limits kSpss{256, 256, 120, 32767};
// Stata's strL would hold more, but ReadStat 1.1.8 writes a strL after a plain string
// column that no reader opens.
constexpr Limits kStata{320, 80, 32000, 2045};

// A date as YYYY-MM-DD and nothing else (Qt reads a date off the front of "2016-04-19; ...").
QDate isoDate(const QString& v) {
    const QDate d = QDate::fromString(v, Qt::ISODate);
    return d.isValid() && d.toString(Qt::ISODate) == v ? d : QDate();
}

// A typed attribute keeps its type only when every value is of it (a document in two cases
// holds their values joined, "3; 5", which stays text).
Kind attributeKind(const Attribute& a, const QVector<QStringList>& rows, qsizetype column) {
    if (a.type == AttributeType::Choice)
        return Kind::Labelled;
    if (a.type == AttributeType::Text)
        return Kind::Text;
    for (const QStringList& r : rows) {
        const QString& v = r[column];
        if (v.isEmpty())
            continue;
        bool ok = true;
        if (a.type == AttributeType::Number)
            v.toDouble(&ok);
        else
            ok = isoDate(v).isValid();
        if (!ok)
            return Kind::Text;
    }
    return a.type == AttributeType::Number ? Kind::Number : Kind::Date;
}

// The columns of the file from the table's header and every row.
QVector<Variable> variablesOf(const PresenceHeader& h, const QVector<QStringList>& rows,
                              const QVector<QVector<qint64>>& codes) {
    QVector<Variable> out;
    for (const QString& title : h.identifying) {
        const bool number = title == QLatin1String("start") || title == QLatin1String("end");
        out << Variable{title, number ? Kind::Integer : Kind::Text, {}, 0, 1};
    }
    for (qsizetype a = 0; a < h.attributes.size(); ++a) {
        const Attribute& def = h.attributeDefinitions[a];
        const qsizetype column = h.identifying.size() + a;
        Variable v{h.attributes[a], attributeKind(def, rows, column), {}, 0, 1};
        if (v.kind == Kind::Labelled) {
            // The choices in their order, then any other value a unit holds.
            v.labels = def.choices;
            for (const QStringList& r : rows)
                if (!r[column].isEmpty() && !v.labels.contains(r[column]))
                    v.labels << r[column];
        }
        out << v;
    }
    for (const QString& path : h.codes)
        out << Variable{path, Kind::Integer, {}, 0, 1};
    // Widths of strings and the largest integers.
    for (qsizetype i = 0; i < out.size(); ++i) {
        Variable& v = out[i];
        const bool cell = i < h.identifying.size() + h.attributes.size();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (v.kind == Kind::Text)
                v.bytes = std::max(v.bytes, rows[r][i].toUtf8().size());
            else if (v.kind == Kind::Integer)
                v.largest = std::max(v.largest,
                                     cell ? rows[r][i].toLongLong() : codes[r][i - rows[r].size()]);
        }
    }
    return out;
}

} // namespace

Status savePresenceStats(const Storage& s, const PresenceRequest& request, const QString& path,
                         StatsPackage package) {
    const QString name = QFileInfo(path).fileName();
    // ReadStat needs every variable's type, width and the number of rows before the first
    // row, so the table is built first.
    PresenceHeader header;
    QVector<QStringList> rows;
    QVector<QVector<qint64>> codes;
    Status st = forEachPresenceRow(
        s, request, [&](const PresenceHeader& h) { header = h; },
        [&](const QStringList& cells, const QVector<qint64>& values) {
            rows << cells;
            codes << values;
            return true;
        });
    if (!st)
        return st;
    QVector<Variable> variables = variablesOf(header, rows, codes);
    const bool spss = package == StatsPackage::Spss;
    for (const Variable& v : variables)
        if (v.kind == Kind::Text && v.bytes > (spss ? kSpss : kStata).stringBytes)
            return Status::failure(
                QStringLiteral("%1: a value in the column \"%2\" is longer than %3 (%4 bytes): "
                               "export the table as CSV")
                    .arg(name, v.title,
                         spss ? QStringLiteral("SPSS holds")
                              : QStringLiteral("a Stata file from Situate holds"),
                         spss ? QStringLiteral("32,767") : QStringLiteral("2,045")),
                ErrorKind::Invalid);
    QStringList titles;
    for (const Variable& v : variables)
        titles << v.title;

    const Limits& limits = spss ? kSpss : kStata;
    const QStringList names = statsVariableNames(titles, package);
    QVector<formats::StatsVariable> declared;
    declared.reserve(variables.size());
    for (qsizetype i = 0; i < variables.size(); ++i) {
        const Variable& v = variables[i];
        formats::StatsVariable d;
        d.name = names[i].toUtf8();
        d.label = cutUtf8(v.title, limits.variableLabelBytes, limits.variableLabelChars);
        d.kind = v.kind;
        d.choices = v.labels;
        for (const QString& choice : v.labels)
            d.choiceLabels << cutUtf8(choice, limits.valueLabelBytes, limits.valueLabelBytes);
        d.largest = v.largest;
        d.bytes = v.bytes;
        declared << d;
    }
    const Result<const formats::Module*> module = formats::module();
    if (!module)
        return Status::from(module);
    const Result<QByteArray> bytes = (*module)->writeStats(package, declared, rows, codes);
    if (!bytes)
        return Status::failure(QStringLiteral("%1: cannot write: %2").arg(name, bytes.error()),
                               ErrorKind::Io);
    return csv::saveFile(path, *bytes);
}

} // namespace situate

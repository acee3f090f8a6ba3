// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/statsfile.h"

#include "core/io/csv.h"

#include <QDate>
#include <QFileInfo>

#include <readstat.h>

#include <memory>

namespace situate {

namespace {

// What a column becomes in the file.
enum class Kind {
    Text,    // a string variable
    Integer, // counts, start and end: the smallest integer type that holds them
    Number,  // a number attribute: a double, empty cells missing
    Date, // a date attribute: SPSS DATE11 (seconds since 1582-10-14), Stata %td (days since 1960)
    Labelled, // a choice attribute: 1, 2, ... with the choices as value labels
};

struct Variable {
    QString title;
    Kind kind = Kind::Text;
    QStringList labels;  // Labelled: value i + 1 stands for labels[i]
    qint64 largest = 0;  // Integer
    qsizetype bytes = 1; // Text: the longest value in UTF-8
    readstat_variable_t* handle = nullptr;
};

// The limits each package puts on labels and strings.
struct Limits {
    qsizetype variableLabelBytes, variableLabelChars, valueLabelBytes, stringBytes;
};
constexpr Limits kSpss{256, 256, 120, 32767};
// Stata's strL would hold more, but ReadStat 1.1.8 writes a strL after a plain string
// column that no reader opens.
constexpr Limits kStata{320, 80, 32000, 2045};

const QDate kSpssEpoch(1582, 10, 14);
const QDate kStataEpoch(1960, 1, 1);

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

readstat_type_t integerType(qint64 largest) {
    // Stata keeps the top of each integer type for its missing values.
    if (largest <= 100)
        return READSTAT_TYPE_INT8;
    if (largest <= 32740)
        return READSTAT_TYPE_INT16;
    if (largest <= 2147483620)
        return READSTAT_TYPE_INT32;
    return READSTAT_TYPE_DOUBLE;
}

ssize_t appendBytes(const void* data, size_t length, void* context) {
    static_cast<QByteArray*>(context)->append(static_cast<const char*>(data), qsizetype(length));
    return ssize_t(length);
}

struct WriterDeleter {
    void operator()(readstat_writer_t* w) const { readstat_writer_free(w); }
};

// Writes the collected table through ReadStat into `out`.
class StatsWriter {
public:
    StatsWriter(StatsPackage package, QVector<Variable>& variables)
        : m_package(package)
        , m_limits(package == StatsPackage::Spss ? kSpss : kStata)
        , m_variables(variables)
        , m_writer(readstat_writer_init()) {
        readstat_set_data_writer(m_writer.get(), appendBytes);
        if (package == StatsPackage::Stata)
            check(readstat_writer_set_file_format_version(m_writer.get(), 118));
    }

    readstat_error_t error() const { return m_error; }

    void declare(const QStringList& names) {
        for (qsizetype i = 0; i < m_variables.size(); ++i) {
            Variable& v = m_variables[i];
            const QByteArray name = names[i].toUtf8();
            v.handle =
                readstat_add_variable(m_writer.get(), name.constData(), type(v), size_t(v.bytes));
            const QByteArray label =
                cutUtf8(v.title, m_limits.variableLabelBytes, m_limits.variableLabelChars);
            readstat_variable_set_label(v.handle, label.constData());
            if (v.kind == Kind::Date)
                readstat_variable_set_format(v.handle,
                                             m_package == StatsPackage::Spss ? "DATE11" : "%td");
            if (v.kind == Kind::Labelled) {
                readstat_label_set_t* set =
                    readstat_add_label_set(m_writer.get(), READSTAT_TYPE_INT32, name.constData());
                for (qsizetype k = 0; k < v.labels.size(); ++k)
                    readstat_label_int32_value(
                        set, int32_t(k + 1),
                        cutUtf8(v.labels[k], m_limits.valueLabelBytes, m_limits.valueLabelBytes)
                            .constData());
                readstat_variable_set_label_set(v.handle, set);
            }
        }
    }

    void begin(QByteArray* out, long rows) {
        if (m_error != READSTAT_OK)
            return;
        check(m_package == StatsPackage::Spss
                  ? readstat_begin_writing_sav(m_writer.get(), out, rows)
                  : readstat_begin_writing_dta(m_writer.get(), out, rows));
    }

    void row(const QStringList& cells, const QVector<qint64>& codes) {
        if (m_error != READSTAT_OK)
            return;
        check(readstat_begin_row(m_writer.get()));
        const qsizetype textColumns = cells.size();
        for (qsizetype i = 0; i < m_variables.size() && m_error == READSTAT_OK; ++i) {
            if (i < textColumns)
                insert(m_variables[i], cells[i]);
            else
                insertInteger(m_variables[i], codes[i - textColumns]);
        }
        check(readstat_end_row(m_writer.get()));
    }

    void end() {
        if (m_error == READSTAT_OK) // ReadStat may not be called on after a failure
            check(readstat_end_writing(m_writer.get()));
    }

private:
    readstat_type_t type(const Variable& v) const {
        switch (v.kind) {
        case Kind::Text:
            return READSTAT_TYPE_STRING;
        case Kind::Integer:
            return integerType(v.largest);
        case Kind::Labelled:
            return READSTAT_TYPE_INT32;
        case Kind::Number:
        case Kind::Date:
            break;
        }
        return READSTAT_TYPE_DOUBLE;
    }

    void check(readstat_error_t e) {
        if (m_error == READSTAT_OK)
            m_error = e;
    }

    void insertInteger(const Variable& v, qint64 value) {
        readstat_writer_t* w = m_writer.get();
        switch (integerType(v.largest)) {
        case READSTAT_TYPE_INT8:
            return check(readstat_insert_int8_value(w, v.handle, int8_t(value)));
        case READSTAT_TYPE_INT16:
            return check(readstat_insert_int16_value(w, v.handle, int16_t(value)));
        case READSTAT_TYPE_INT32:
            return check(readstat_insert_int32_value(w, v.handle, int32_t(value)));
        default:
            return check(readstat_insert_double_value(w, v.handle, double(value)));
        }
    }

    void insert(const Variable& v, const QString& cell) {
        readstat_writer_t* w = m_writer.get();
        if (v.kind == Kind::Text)
            return check(readstat_insert_string_value(w, v.handle, cell.toUtf8().constData()));
        if (v.kind == Kind::Integer)
            return insertInteger(v, cell.toLongLong());
        if (cell.isEmpty())
            return check(readstat_insert_missing_value(w, v.handle));
        switch (v.kind) {
        case Kind::Number:
            return check(readstat_insert_double_value(w, v.handle, cell.toDouble()));
        case Kind::Date: {
            const QDate d = isoDate(cell);
            return check(readstat_insert_double_value(w, v.handle,
                                                      m_package == StatsPackage::Spss
                                                          ? double(kSpssEpoch.daysTo(d)) * 86400.0
                                                          : double(kStataEpoch.daysTo(d))));
        }
        case Kind::Labelled:
            return check(
                readstat_insert_int32_value(w, v.handle, int32_t(v.labels.indexOf(cell) + 1)));
        case Kind::Text:
        case Kind::Integer:
            break;
        }
    }

    StatsPackage m_package;
    Limits m_limits;
    QVector<Variable>& m_variables;
    std::unique_ptr<readstat_writer_t, WriterDeleter> m_writer;
    readstat_error_t m_error = READSTAT_OK;
};

// The columns of the file from the table's header and every row.
QVector<Variable> variablesOf(const PresenceHeader& h, const QVector<QStringList>& rows,
                              const QVector<QVector<qint64>>& codes) {
    QVector<Variable> out;
    for (const QString& title : h.identifying) {
        const bool number = title == QLatin1String("start") || title == QLatin1String("end");
        out << Variable{title, number ? Kind::Integer : Kind::Text, {}, 0, 1, nullptr};
    }
    for (qsizetype a = 0; a < h.attributes.size(); ++a) {
        const Attribute& def = h.attributeDefinitions[a];
        const qsizetype column = h.identifying.size() + a;
        Variable v{h.attributes[a], attributeKind(def, rows, column), {}, 0, 1, nullptr};
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
        out << Variable{path, Kind::Integer, {}, 0, 1, nullptr};
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

    QByteArray bytes;
    StatsWriter writer(package, variables);
    writer.declare(statsVariableNames(titles, package));
    writer.begin(&bytes, long(rows.size()));
    for (qsizetype r = 0; r < rows.size(); ++r)
        writer.row(rows[r], codes[r]);
    writer.end();
    if (writer.error() != READSTAT_OK)
        return Status::failure(
            QStringLiteral("%1: cannot write: %2")
                .arg(name, QString::fromUtf8(readstat_error_message(writer.error()))),
            ErrorKind::Io);
    return csv::saveFile(path, bytes);
}

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
// In the module: SPSS .sav and Stata .dta files through ReadStat, from the variables core
// decided (core/analysis/statsfile.cpp).
#include "core/formats/formatsmodule.h"

#include <QDate>

#include <readstat.h>

#include <memory>

namespace situate::formats {

namespace {

using Kind = StatsVariable::Kind;

const QDate kSpssEpoch(1582, 10, 14);
const QDate kStataEpoch(1960, 1, 1);

readstat_type_t integerType(qint64 largest) {
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

class StatsWriter {
public:
    StatsWriter(StatsPackage package, const QVector<StatsVariable>& variables)
        : m_package(package)
        , m_variables(variables)
        , m_handles(variables.size(), nullptr)
        , m_writer(readstat_writer_init()) {
        readstat_set_data_writer(m_writer.get(), appendBytes);
        if (package == StatsPackage::Stata)
            check(readstat_writer_set_file_format_version(m_writer.get(), 118));
    }

    readstat_error_t error() const { return m_error; }

    void declare() {
        for (qsizetype i = 0; i < m_variables.size(); ++i) {
            const StatsVariable& v = m_variables[i];
            readstat_variable_t* handle =
                readstat_add_variable(m_writer.get(), v.name.constData(), type(v), size_t(v.bytes));
            m_handles[i] = handle;
            readstat_variable_set_label(handle, v.label.constData());
            if (v.kind == Kind::Date)
                readstat_variable_set_format(handle,
                                             m_package == StatsPackage::Spss ? "DATE11" : "%td");
            if (v.kind == Kind::Labelled) {
                readstat_label_set_t* set =
                    readstat_add_label_set(m_writer.get(), READSTAT_TYPE_INT32, v.name.constData());
                for (qsizetype k = 0; k < v.choiceLabels.size(); ++k)
                    readstat_label_int32_value(set, int32_t(k + 1), v.choiceLabels[k].constData());
                readstat_variable_set_label_set(handle, set);
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
                insert(i, cells[i]);
            else
                insertInteger(i, codes[i - textColumns]);
        }
        check(readstat_end_row(m_writer.get()));
    }

    void end() {
        if (m_error == READSTAT_OK) // ReadStat may not be called on after a failure
            check(readstat_end_writing(m_writer.get()));
    }

private:
    readstat_type_t type(const StatsVariable& v) const {
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

    void insertInteger(qsizetype i, qint64 value) {
        readstat_writer_t* w = m_writer.get();
        readstat_variable_t* h = m_handles[i];
        switch (integerType(m_variables[i].largest)) {
        case READSTAT_TYPE_INT8:
            return check(readstat_insert_int8_value(w, h, int8_t(value)));
        case READSTAT_TYPE_INT16:
            return check(readstat_insert_int16_value(w, h, int16_t(value)));
        case READSTAT_TYPE_INT32:
            return check(readstat_insert_int32_value(w, h, int32_t(value)));
        default:
            return check(readstat_insert_double_value(w, h, double(value)));
        }
    }

    void insert(qsizetype i, const QString& cell) {
        const StatsVariable& v = m_variables[i];
        readstat_writer_t* w = m_writer.get();
        readstat_variable_t* h = m_handles[i];
        if (v.kind == Kind::Text)
            return check(readstat_insert_string_value(w, h, cell.toUtf8().constData()));
        if (v.kind == Kind::Integer)
            return insertInteger(i, cell.toLongLong());
        if (cell.isEmpty())
            return check(readstat_insert_missing_value(w, h));
        switch (v.kind) {
        case Kind::Number:
            return check(readstat_insert_double_value(w, h, cell.toDouble()));
        case Kind::Date: {
            // Only valid ISO dates reach a Date variable (statsfile.cpp checks every cell).
            const QDate d = QDate::fromString(cell, Qt::ISODate);
            return check(readstat_insert_double_value(w, h,
                                                      m_package == StatsPackage::Spss
                                                          ? double(kSpssEpoch.daysTo(d)) * 86400.0
                                                          : double(kStataEpoch.daysTo(d))));
        }
        case Kind::Labelled:
            return check(readstat_insert_int32_value(w, h, int32_t(v.choices.indexOf(cell) + 1)));
        case Kind::Text:
        case Kind::Integer:
            break;
        }
    }

    StatsPackage m_package;
    const QVector<StatsVariable>& m_variables;
    QVector<readstat_variable_t*> m_handles;
    std::unique_ptr<readstat_writer_t, WriterDeleter> m_writer;
    readstat_error_t m_error = READSTAT_OK;
};

} // namespace

Result<QByteArray> writeStatsFile(StatsPackage package, const QVector<StatsVariable>& variables,
                                  const QVector<QStringList>& cells,
                                  const QVector<QVector<qint64>>& codes) {
    QByteArray bytes;
    StatsWriter writer(package, variables);
    writer.declare();
    writer.begin(&bytes, long(cells.size()));
    for (qsizetype r = 0; r < cells.size(); ++r)
        writer.row(cells[r], codes[r]);
    writer.end();
    if (writer.error() != READSTAT_OK)
        return Result<QByteArray>::failure(
            QString::fromUtf8(readstat_error_message(writer.error())), ErrorKind::Io);
    return bytes;
}

} // namespace situate::formats

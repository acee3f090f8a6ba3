// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads an SPSS or Stata file back with ReadStat's own command-line tools (`readstat FILE
// out.csv` for the cells, `extract_metadata FILE meta.json` for names, labels, formats and
// value labels) and compares it, cell by cell, with the CSV export of the same table.
#include "core/analysis/statsnames.h"
#include "core/io/csv.h"
#include "tests/support/catchqt.h"
#include "tests/support/testsupport.h"

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <catch2/catch.hpp>

namespace situate::test {

/// Whether ReadStat's tools are there; without them the test fails under CI, else skips.
inline bool readstatOrSkip() {
    return requirePrerequisite(
        !QStandardPaths::findExecutable(QStringLiteral("readstat")).isEmpty() &&
            !QStandardPaths::findExecutable(QStringLiteral("extract_metadata")).isEmpty(),
        "readstat and extract_metadata (Debian readstat)");
}

/// A variable name as the package's own rules have it, written out here apart from the code.
inline bool validStatsName(const QString& name, StatsPackage package) {
    static const QStringList spssReserved =
        QStringLiteral("ALL AND BY EQ GE GT LE LT NE NOT OR TO WITH").split(QLatin1Char(' '));
    static const QStringList stataReserved =
        QStringLiteral("_all _b byte _coef _cons double float if in int long _n _N _pi _pred _rc "
                       "_se _skip strL using with")
            .split(QLatin1Char(' '));
    if (package == StatsPackage::Spss) {
        static const QRegularExpression spss(QStringLiteral("^[A-Za-z][A-Za-z0-9_.@#$]*$"));
        return spss.match(name).hasMatch() && name.toUtf8().size() <= 64 &&
               !name.endsWith(QLatin1Char('.')) &&
               !spssReserved.contains(name, Qt::CaseInsensitive);
    }
    static const QRegularExpression stata(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    static const QRegularExpression strN(QStringLiteral("^str[0-9]+$"));
    return stata.match(name).hasMatch() && name.size() <= 32 && !stataReserved.contains(name) &&
           !strN.match(name).hasMatch();
}

/// What was read back: the variable names, their labels and the CSV the tool wrote.
struct StatsReadback {
    QStringList names;
    QStringList labels;
    QVector<bool> numeric;     // by column: a numeric variable (with or without value labels)
    QVector<QStringList> rows; // each cell as the CSV export has it
};

/// Reads `path` back and turns every cell into the CSV export's text: value labels for
/// labelled values, dates as YYYY-MM-DD, whole numbers without decimals.
inline StatsReadback readStatsFile(const QString& path, StatsPackage package) {
    const QString dir = QFileInfo(path).absolutePath();
    const QString cells = QDir(dir).filePath(QStringLiteral("readback.csv"));
    const QString meta = QDir(dir).filePath(QStringLiteral("readback.json"));
    QFile::remove(cells);
    QFile::remove(meta);
    const ProcessResult read = runProcess(QStringLiteral("readstat"), {path, cells});
    INFO(read.err.toStdString());
    REQUIRE(read.exitCode == 0);
    const ProcessResult described = runProcess(QStringLiteral("extract_metadata"), {path, meta});
    INFO(described.err.toStdString());
    REQUIRE(described.exitCode == 0);

    QFile metaFile(meta);
    REQUIRE(metaFile.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(metaFile.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    const QJsonArray variables = doc.object().value(QStringLiteral("variables")).toArray();
    auto table = csv::readFile(cells);
    REQUIRE(table.ok());
    REQUIRE(table->header.size() == variables.size());

    StatsReadback out;
    out.names = table->header;
    for (const QJsonValue& v : variables) {
        out.labels << v[QStringLiteral("label")].toString();
        out.numeric << (v[QStringLiteral("type")] == QLatin1String("NUMERIC") &&
                        v[QStringLiteral("categories")].toArray().isEmpty() &&
                        !v[QStringLiteral("format")].toString().startsWith(QLatin1String("DATE")));
    }
    for (const QStringList& r : table->rows) {
        QStringList row;
        for (qsizetype c = 0; c < r.size(); ++c) {
            const QJsonObject v = variables[c].toObject();
            const QString& cell = r[c];
            if (v[QStringLiteral("type")] == QLatin1String("STRING") || cell.isEmpty()) {
                row << cell;
                continue;
            }
            const double number = cell.toDouble();
            const QString format = v[QStringLiteral("format")].toString();
            QString text = QString::number(number, 'g', 17);
            for (const QJsonValue& category : v[QStringLiteral("categories")].toArray())
                if (category[QStringLiteral("code")].toDouble() == number)
                    text = category[QStringLiteral("label")].toString();
            if (format.startsWith(QLatin1String("DATE"))) {
                text =
                    package == StatsPackage::Spss
                        ? QDate(1582, 10, 14).addDays(qint64(number) / 86400).toString(Qt::ISODate)
                        : QDate(1960, 1, 1).addDays(qint64(number)).toString(Qt::ISODate);
            }
            row << text;
        }
        out.rows << row;
    }
    return out;
}

/// Compares the file at `path` with the CSV export `csvBytes` of the same table: a valid,
/// unique name per column, each CSV title as the label, and every cell.
inline void compareStatsWithCsv(const QString& path, const QByteArray& csvBytes,
                                StatsPackage package) {
    auto parsed = csv::parse(csvBytes, QStringLiteral("presence.csv"));
    REQUIRE(parsed.ok());
    csv::Table expected = parsed.take();
    csv::unguard(expected);
    const StatsReadback got = readStatsFile(path, package);
    REQUIRE(got.names.size() == expected.header.size());
    QSet<QString> seen;
    for (const QString& name : got.names) {
        INFO(name.toStdString());
        CHECK(validStatsName(name, package));
        CHECK(!seen.contains(name.toLower()));
        seen.insert(name.toLower());
    }
    CHECK(got.labels == expected.header);
    REQUIRE(got.rows.size() == expected.rows.size());
    for (qsizetype r = 0; r < expected.rows.size(); ++r) {
        for (qsizetype c = 0; c < expected.header.size(); ++c) {
            INFO("row " << r << ", column " << expected.header[c].toStdString());
            QString want = expected.rows[r].value(c);
            bool number = false;
            const double value = want.toDouble(&number);
            if (got.numeric[c] && number)
                want = QString::number(value, 'g', 17);
            CHECK(got.rows[r][c] == want);
        }
    }
}

} // namespace situate::test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The file formats whose libraries are large to load: PDF text (Poppler), .xlsx workbooks
// (libxlsxwriter) and SPSS/Stata files (ReadStat). Their code is a module of its own,
// situate-formats.so, loaded on first use, so a command that needs none of them starts
// without loading those libraries and the forty they bring (core/formats/README.md).
//
// The module holds only the calls into those libraries; what Situate decides (layout of PDF
// text, variable kinds, labels and their limits) stays in core and reaches it as plain data.

#include "core/analysis/statsnames.h"
#include "core/import/pdflayout.h"
#include "core/result.h"

#include <QByteArrayList>
#include <QDeadlineTimer>
#include <QStringList>
#include <QVector>

#include <memory>

namespace situate::formats {

/// Raised whenever the interface below changes: a module built for another version is not used.
constexpr int kInterfaceVersion = 1;

/// One .xlsx workbook being written (core/analysis/xlsxbook.h says how).
class XlsxWriter {
public:
    virtual ~XlsxWriter() = default;
    virtual Status addSheet(const QString& name) = 0;
    virtual void setColumnWidth(int column, double width) = 0;
    virtual void freezeHeader() = 0;
    virtual void writeHeader(int row, int column, const QString& text) = 0;
    virtual void writeText(int row, int column, const QString& text) = 0;
    virtual void writeNumber(int row, int column, double value, int decimals) = 0;
    virtual Status commit() = 0;
};

/// A PDF's words page by page, in Poppler's reading order, or why there are none.
struct PdfPages {
    enum class Outcome { Read, NotPdf, Locked, TooSlow };
    Outcome outcome = Outcome::Read;
    QVector<pdflayout::Page> pages;
};

/// One variable of an SPSS or Stata file, decided by core/analysis/statsfile.cpp.
struct StatsVariable {
    enum class Kind { Text, Integer, Number, Date, Labelled };
    QByteArray name;
    QByteArray label; // already cut to the package's limits
    Kind kind = Kind::Text;
    QStringList choices;         // Labelled: value i + 1 stands for choices[i]
    QByteArrayList choiceLabels; // the same, cut to the package's limits
    qint64 largest = 0;          // Integer: the largest value, which picks the storage type
    qsizetype bytes = 1;         // Text: the longest value in UTF-8
};

class Module {
public:
    /// A workbook written to a temporary file beside `path` and moved over it on commit().
    virtual std::unique_ptr<XlsxWriter> openXlsx(const QString& path) const = 0;
    /// Stops when the deadline passes, and after about `maxUnits` UTF-16 units of words.
    virtual PdfPages readPdf(const QString& path, const QDeadlineTimer& deadline,
                             qint64 maxUnits) const = 0;
    /// The whole file's bytes: text cells for the first variables, then `codes` for the rest.
    virtual Result<QByteArray> writeStats(StatsPackage package,
                                          const QVector<StatsVariable>& variables,
                                          const QVector<QStringList>& cells,
                                          const QVector<QVector<qint64>>& codes) const = 0;

protected:
    ~Module() = default;
};

/// The module, loaded on the first call (thread-safe); a failure says in plain words which
/// file is missing or unusable.
Result<const Module*> module();

} // namespace situate::formats

/// The one symbol the module exports, situate_formats_module: its Module for this interface
/// version, or null for another.
using SituateFormatsEntry = const situate::formats::Module* (*)(int interfaceVersion);

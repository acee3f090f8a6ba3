// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/xlsxbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::analysis)
};
} // namespace

namespace situate {

namespace {

constexpr qsizetype maxCellText = 32767; // Excel's limit, in code points

QString limited(const QString& text) {
    if (text.size() <= maxCellText)
        return text; // UTF-16 units >= code points, so this is within the limit
    const QList<uint> cps = text.toUcs4();
    if (cps.size() <= maxCellText)
        return text;
    const QString marker = QStringLiteral("[…]");
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData()),
                             maxCellText - marker.size()) +
           marker;
}

} // namespace

struct XlsxBook::Private {
    QString path;
    QString tempPath;
    lxw_workbook* book = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* decimals[4] = {nullptr, nullptr, nullptr, nullptr};
    lxw_error firstError = LXW_NO_ERROR;
    QString setupError;

    void note(lxw_error e) {
        if (firstError == LXW_NO_ERROR)
            firstError = e;
    }
};

XlsxBook::XlsxBook(const QString& path)
    : d(std::make_unique<Private>()) {
    d->path = path;
    const QFileInfo info(path);
    // A unique name in the target folder, so the final rename is atomic.
    QTemporaryFile reserve(
        info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.xlsx").arg(info.fileName())));
    reserve.setAutoRemove(false);
    if (!reserve.open()) {
        d->setupError =
            QStringLiteral("%1: cannot write: %2").arg(info.fileName(), reserve.errorString());
        return;
    }
    d->tempPath = reserve.fileName();
    reserve.close();
    // The temporary is private (0600); the export gets the usual permissions, or keeps those
    // of the file it replaces.
    QFile::setPermissions(d->tempPath, info.exists() ? QFile::permissions(path)
                                                     : QFile::ReadOwner | QFile::WriteOwner |
                                                           QFile::ReadGroup | QFile::ReadOther);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    const QByteArray encoded = QFile::encodeName(d->tempPath);
    d->book = workbook_new_opt(encoded.constData(), &options);
    if (!d->book) {
        d->setupError = QStringLiteral("%1: cannot start the workbook").arg(info.fileName());
        return;
    }
    d->bold = workbook_add_format(d->book);
    format_set_bold(d->bold);
    static const char* patterns[4] = {"0", "0.0", "0.00", "0.000"};
    for (int i = 0; i < 4; ++i) {
        d->decimals[i] = workbook_add_format(d->book);
        format_set_num_format(d->decimals[i], patterns[i]);
    }
}

XlsxBook::~XlsxBook() {
    if (d->book)
        lxw_workbook_free(d->book); // abandoned: nothing is written

    if (!d->tempPath.isEmpty())
        QFile::remove(d->tempPath);
}

Status XlsxBook::addSheet(const QString& name) {
    if (!d->book)
        return Status::failure(d->setupError);
    QString clean = name;
    for (QChar bad : {QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('*'),
                      QLatin1Char('?'), QLatin1Char('/'), QLatin1Char('\\')})
        clean.replace(bad, QLatin1Char('_'));
    const QByteArray utf8 = clean.left(31).toUtf8();
    d->sheet = workbook_add_worksheet(d->book, utf8.constData());
    if (!d->sheet)
        return Status::failure(Tr::tr("cannot add the sheet \"%1\"").arg(clean), ErrorKind::Io);
    return {};
}

void XlsxBook::setColumnWidth(int column, double width) {
    if (d->sheet)
        d->note(
            worksheet_set_column(d->sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr));
}

void XlsxBook::freezeHeader() {
    if (d->sheet)
        worksheet_freeze_panes(d->sheet, 1, 0);
}

void XlsxBook::writeHeader(int row, int column, const QString& text) {
    if (!d->sheet)
        return;
    const QByteArray utf8 = limited(text).toUtf8();
    d->note(worksheet_write_string(d->sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(),
                                   d->bold));
}

void XlsxBook::writeText(int row, int column, const QString& text) {
    if (!d->sheet || text.isEmpty())
        return;
    const QByteArray utf8 = limited(text).toUtf8();
    d->note(worksheet_write_string(d->sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(),
                                   nullptr));
}

void XlsxBook::writeNumber(int row, int column, double value, int decimals) {
    if (d->sheet)
        d->note(worksheet_write_number(d->sheet, lxw_row_t(row), lxw_col_t(column), value,
                                       d->decimals[std::clamp(decimals, 0, 3)]));
}

Status XlsxBook::commit() {
    const QString name = QFileInfo(d->path).fileName();
    if (!d->book)
        return Status::failure(d->setupError);
    if (d->firstError != LXW_NO_ERROR)
        return Status::failure(Tr::tr("%1: cannot write: %2")
                                   .arg(name, QString::fromUtf8(lxw_strerror(d->firstError))),
                               ErrorKind::Io);
    const lxw_error closed = workbook_close(d->book);
    d->book = nullptr;
    if (closed != LXW_NO_ERROR)
        return Status::failure(
            Tr::tr("%1: cannot write: %2").arg(name, QString::fromUtf8(lxw_strerror(closed))),
            ErrorKind::Io);
    // rename(2) replaces the target atomically, as QSaveFile does.
    const QByteArray from = QFile::encodeName(d->tempPath), to = QFile::encodeName(d->path);
    if (std::rename(from.constData(), to.constData()) != 0)
        return Status::failure(Tr::tr("%1: cannot save the file").arg(name), ErrorKind::Io);
    d->tempPath.clear();
    return {};
}

} // namespace situate

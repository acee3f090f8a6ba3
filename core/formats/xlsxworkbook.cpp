// SPDX-License-Identifier: GPL-3.0-or-later
// In the module: .xlsx workbooks through libxlsxwriter.
#include "core/formats/formatsmodule.h"

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

namespace situate::formats {

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

class Workbook final : public XlsxWriter {
public:
    explicit Workbook(const QString& path);
    ~Workbook() override;
    Status addSheet(const QString& name) override;
    void setColumnWidth(int column, double width) override;
    void freezeHeader() override;
    void writeHeader(int row, int column, const QString& text) override;
    void writeText(int row, int column, const QString& text) override;
    void writeNumber(int row, int column, double value, int decimals) override;
    Status commit() override;

private:
    QString m_path;
    QString m_tempPath;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_decimals[4] = {nullptr, nullptr, nullptr, nullptr};
    lxw_error m_firstError = LXW_NO_ERROR;
    QString m_setupError;

    void note(lxw_error e) {
        if (m_firstError == LXW_NO_ERROR)
            m_firstError = e;
    }
};

Workbook::Workbook(const QString& path) {
    m_path = path;
    const QFileInfo info(path);
    // A unique name in the target folder, so the final rename is atomic.
    QTemporaryFile reserve(
        info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.xlsx").arg(info.fileName())));
    reserve.setAutoRemove(false);
    if (!reserve.open()) {
        m_setupError =
            QStringLiteral("%1: cannot write: %2").arg(info.fileName(), reserve.errorString());
        return;
    }
    m_tempPath = reserve.fileName();
    reserve.close();
    // The temporary is private (0600); the export gets the usual permissions, or keeps those
    // of the file it replaces.
    QFile::setPermissions(m_tempPath, info.exists() ? QFile::permissions(path)
                                                    : QFile::ReadOwner | QFile::WriteOwner |
                                                          QFile::ReadGroup | QFile::ReadOther);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    const QByteArray encoded = QFile::encodeName(m_tempPath);
    m_book = workbook_new_opt(encoded.constData(), &options);
    if (!m_book) {
        m_setupError = QStringLiteral("%1: cannot start the workbook").arg(info.fileName());
        return;
    }
    m_bold = workbook_add_format(m_book);
    format_set_bold(m_bold);
    static const char* patterns[4] = {"0", "0.0", "0.00", "0.000"};
    for (int i = 0; i < 4; ++i) {
        m_decimals[i] = workbook_add_format(m_book);
        format_set_num_format(m_decimals[i], patterns[i]);
    }
}

Workbook::~Workbook() {
    if (m_book)
        lxw_workbook_free(m_book); // abandoned: nothing is written

    if (!m_tempPath.isEmpty())
        QFile::remove(m_tempPath);
}

Status Workbook::addSheet(const QString& name) {
    if (!m_book)
        return Status::failure(m_setupError);
    QString clean = name;
    for (QChar bad : {QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('*'),
                      QLatin1Char('?'), QLatin1Char('/'), QLatin1Char('\\')})
        clean.replace(bad, QLatin1Char('_'));
    const QByteArray utf8 = clean.left(31).toUtf8();
    m_sheet = workbook_add_worksheet(m_book, utf8.constData());
    if (!m_sheet)
        return Status::failure(Tr::tr("cannot add the sheet \"%1\"").arg(clean), ErrorKind::Io);
    return {};
}

void Workbook::setColumnWidth(int column, double width) {
    if (m_sheet)
        note(worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr));
}

void Workbook::freezeHeader() {
    if (m_sheet)
        worksheet_freeze_panes(m_sheet, 1, 0);
}

void Workbook::writeHeader(int row, int column, const QString& text) {
    if (!m_sheet)
        return;
    const QByteArray utf8 = limited(text).toUtf8();
    note(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(),
                                m_bold));
}

void Workbook::writeText(int row, int column, const QString& text) {
    if (!m_sheet || text.isEmpty())
        return;
    const QByteArray utf8 = limited(text).toUtf8();
    note(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(),
                                nullptr));
}

void Workbook::writeNumber(int row, int column, double value, int decimals) {
    if (m_sheet)
        note(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value,
                                    m_decimals[std::clamp(decimals, 0, 3)]));
}

Status Workbook::commit() {
    const QString name = QFileInfo(m_path).fileName();
    if (!m_book)
        return Status::failure(m_setupError);
    if (m_firstError != LXW_NO_ERROR)
        return Status::failure(
            Tr::tr("%1: cannot write: %2").arg(name, QString::fromUtf8(lxw_strerror(m_firstError))),
            ErrorKind::Io);
    const lxw_error closed = workbook_close(m_book);
    m_book = nullptr;
    if (closed != LXW_NO_ERROR)
        return Status::failure(
            Tr::tr("%1: cannot write: %2").arg(name, QString::fromUtf8(lxw_strerror(closed))),
            ErrorKind::Io);
    // rename(2) replaces the target atomically, as QSaveFile does.
    const QByteArray from = QFile::encodeName(m_tempPath), to = QFile::encodeName(m_path);
    if (std::rename(from.constData(), to.constData()) != 0)
        return Status::failure(Tr::tr("%1: cannot save the file").arg(name), ErrorKind::Io);
    m_tempPath.clear();
    return {};
}

std::unique_ptr<XlsxWriter> openXlsxWriter(const QString& path) {
    return std::make_unique<Workbook>(path);
}

} // namespace situate::formats

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importsupport.h"

#include "core/import/speakerturns.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace situate::importsupport {

namespace {

// The window shows these messages in its language; the CLI installs no translator, so they
// stay English there. The context is the namespace, as lupdate reads these calls.
QString tr(const char* text) {
    return QCoreApplication::translate("situate::importsupport", text);
}

} // namespace

QString displayName(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

Result<ImportedDocument> failure(const QString& path, const QString& problem, ErrorKind kind) {
    return Result<ImportedDocument>::failure(displayName(path) + QLatin1String(": ") + problem,
                                             kind);
}

QString formatMegabytes(qint64 bytes) {
    // Rounded up, so a file just over the limit never reads as the limit itself.
    const qint64 mb = 1024 * 1024;
    if (bytes % mb == 0)
        return QStringLiteral("%1 MB").arg(bytes / mb);
    const qint64 tenths = (bytes * 10 + mb - 1) / mb;
    return QStringLiteral("%1.%2 MB").arg(tenths / 10).arg(tenths % 10);
}

QString formatCount(qint64 n) {
    // By hand: QLocale::c() omits group separators, and the user's locale would make
    // messages differ from machine to machine.
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

Status checkInputFile(const QString& path) {
    const QString name = displayName(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(name + QLatin1String(": ") + tr("the file does not exist"),
                               ErrorKind::NotFound);
    if (info.isDir())
        return Status::failure(name + QLatin1String(": ") + tr("is a folder, not a file"),
                               ErrorKind::Invalid);
    if (info.size() > importlimits::maxFileBytes) {
        return Status::failure(
            name + QLatin1String(": ") +
                tr("the file is %1, larger than the %2 import limit")
                    .arg(formatMegabytes(info.size()), formatMegabytes(importlimits::maxFileBytes)),
            ErrorKind::Invalid);
    }
    return {};
}

Result<QByteArray> readInputFile(const QString& path) {
    const Status checked = checkInputFile(path);
    if (!checked)
        return checked;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QByteArray>::failure(
            displayName(path) + QLatin1String(": ") +
                tr("could not be opened (%1)").arg(file.errorString()),
            ErrorKind::Io);
    }
    // Read no more than the limit even if the file grew since the size check.
    QByteArray bytes = file.read(std::min(file.size(), importlimits::maxFileBytes) + 1);
    if (bytes.size() > importlimits::maxFileBytes) {
        return Result<QByteArray>::failure(
            displayName(path) + QLatin1String(": ") +
                tr("the file is larger than the %1 import limit")
                    .arg(formatMegabytes(importlimits::maxFileBytes)),
            ErrorKind::Invalid);
    }
    if (file.error() != QFileDevice::NoError) {
        return Result<QByteArray>::failure(displayName(path) + QLatin1String(": ") +
                                               tr("could not be read (%1)").arg(file.errorString()),
                                           ErrorKind::Io);
    }
    return bytes;
}

QString decodeWindows1252(QByteArrayView bytes) {
    // A fixed table rather than QStringDecoder("windows-1252"): that codec exists only in Qt
    // builds with ICU, and ICU and WHATWG disagree on the five undefined bytes, so the table
    // gives the same text on every platform.
    static constexpr std::array<char16_t, 32> high = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* dst = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *dst++ = (b >= 0x80 && b < 0xA0) ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

bool looksBinary(QStringView text) {
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        // Tab, line ends and form feed occur in real text; other C0/C1 controls do not.
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') ||
            (u >= 0x7F && u < 0xA0))
            ++controls;
    }
    // More than one character in twenty: well above stray control bytes in a real text, well
    // below the ~12% random binary data decodes to.
    return controls > 0 && controls * 20 > text.size();
}

QString repairSurrogates(QString text) {
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            text[i] = QChar(QChar::ReplacementCharacter);
        }
    }
    return text;
}

namespace {

struct Bom {
    QByteArrayView bytes;
    QStringConverter::Encoding encoding;
    const char* name;
};

QString decodeStrict(QStringConverter::Encoding encoding, QByteArrayView bytes, bool* hadError) {
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder(bytes);
    *hadError = decoder.hasError();
    return text;
}

} // namespace

Result<DecodedText> readTextFile(const QString& path) {
    const Result<QByteArray> bytes = readInputFile(path);
    if (!bytes)
        return Status::from(bytes);
    return decodeTextFile(*bytes, path);
}

Result<DecodedText> decodeTextFile(const QByteArray& bytes, const QString& path) {
    // UTF-32 LE must be tried before UTF-16 LE: its BOM starts with the UTF-16 LE one.
    static const std::array<Bom, 5> boms = {{
        {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, "UTF-32LE"},
        {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, "UTF-32BE"},
        {QByteArrayView("\xEF\xBB\xBF", 3), QStringConverter::Utf8, "UTF-8"},
        {QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE, "UTF-16LE"},
        {QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE, "UTF-16BE"},
    }};
    DecodedText out;
    bool decoded = false;
    for (const Bom& bom : boms) {
        if (!QByteArrayView(bytes).startsWith(bom.bytes))
            continue;
        bool hadError = false;
        out.text =
            decodeStrict(bom.encoding, QByteArrayView(bytes).sliced(bom.bytes.size()), &hadError);
        out.encoding = QString::fromLatin1(bom.name);
        if (hadError) {
            out.warnings.append(tr("Some bytes were not valid %1 and were replaced with \uFFFD.")
                                    .arg(out.encoding));
        }
        decoded = true;
        break;
    }
    if (!decoded) {
        // NUL never occurs in UTF-8 or Windows-1252 text; refusing early also spares decoding a
        // large binary file.
        if (bytes.contains('\0'))
            return Result<DecodedText>::failure(
                displayName(path) + QLatin1String(": looks like binary data, not text"));
        bool hadError = false;
        out.text = decodeStrict(QStringConverter::Utf8, bytes, &hadError);
        out.encoding = QStringLiteral("UTF-8");
        if (hadError) {
            out.text = decodeWindows1252(bytes);
            out.encoding = QStringLiteral("Windows-1252");
            out.warnings.append(tr("The file is not valid UTF-8; it was read as Windows-1252."));
        }
    }
    if (looksBinary(out.text))
        return Result<DecodedText>::failure(displayName(path) +
                                            QLatin1String(": looks like binary data, not text"));
    return out;
}

Status checkTextLength(qint64 codePoints, const QString& path) {
    if (codePoints <= importlimits::maxTextCodePoints)
        return {};
    return Status::failure(
        displayName(path) +
        tr(": the text has %1 characters, more than the %2 limit")
            .arg(formatCount(codePoints), formatCount(importlimits::maxTextCodePoints)));
}

Result<ImportedDocument> finishDocument(const QString& path, const QString& format,
                                        const QString& body, const QStringList& notes,
                                        const QStringList& warnings) {
    // Normalising the parts separately gives the same result as normalising the joined text,
    // because a newline never composes with its neighbours; it lets the turns be found in the
    // body alone so the last speaker's turn does not swallow the notes.
    const QString normalisedBody = normaliseText(repairSurrogates(body));
    QStringList normalisedNotes;
    for (const QString& note : notes) {
        const QString n = normaliseText(repairSurrogates(note));
        if (!n.isEmpty())
            normalisedNotes.append(n);
    }
    ImportedDocument doc;
    doc.format = format;
    doc.warnings = warnings;
    doc.text = normalisedBody;
    if (!normalisedNotes.isEmpty()) {
        doc.text += QLatin1String("\n\n");
        doc.text += normalisedNotes.join(QLatin1Char('\n'));
    }
    const Status length = checkTextLength(codePointCount(doc.text), path);
    if (!length)
        return length;
    // An empty document can hold no codings; saying so beats adding a blank entry. Looked
    // for in place: trimmed() copied every text only to test it (12% of a large import, most
    // of it the kernel handing out fresh pages for the copy).
    if (std::all_of(doc.text.cbegin(), doc.text.cend(), [](QChar c) { return c.isSpace(); }))
        return failure(path, tr("contains no text"));
    doc.turns = detectSpeakerTurns(normalisedBody);
    return doc;
}

} // namespace situate::importsupport

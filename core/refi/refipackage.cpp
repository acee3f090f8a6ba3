// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/refi/refipackage.h"

#include "core/import/importsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <utility>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::refi)
};
} // namespace

namespace situate::refi {

namespace {

using importsupport::formatMegabytes;

// Absolute names, drive letters and ".." segments are how a zip slips files out of the
// folder it is extracted to. Nothing here is extracted, but an archive that carries such a
// name was made by something other than a QDA tool, so it is refused as a whole.
bool isUnsafeName(const QString& name) {
    const QString n = QString(name).replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (n.startsWith(QLatin1Char('/')) || (n.size() > 1 && n.at(1) == QLatin1Char(':')))
        return true;
    return n.split(QLatin1Char('/')).contains(QLatin1String(".."));
}

QByteArray fileStart(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(4) : QByteArray();
}

// "internal://x.txt", "relative:///x.txt", "file:///x.txt" and bare paths all name a file
// by a path; only that path matters inside a package.
QString referencePath(const QString& reference) {
    QString r = reference.trimmed();
    const qsizetype scheme = r.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        r = r.mid(scheme + 3);
    r.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (r.startsWith(QLatin1Char('/')))
        r.remove(0, 1);
    if (r.startsWith(QLatin1String("./")))
        r.remove(0, 2);
    return r;
}

} // namespace

QString RefiPackage::fail(const QString& problem) const {
    return m_fileName + QLatin1String(": ") + problem;
}

Result<RefiPackage> RefiPackage::open(const QString& path) {
    using R = Result<RefiPackage>;
    if (Status s = importsupport::checkInputFile(path); !s)
        return s;
    RefiPackage p;
    p.m_path = path;
    p.m_fileName = importsupport::displayName(path);
    const QByteArray start = fileStart(path);
    const bool looksZip = start.startsWith("PK");
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!looksZip) {
        if (suffix == QLatin1String("qdpx"))
            return R::failure(p.fail(start.isEmpty() ? Tr::tr("the file is empty")
                                                     : Tr::tr("not a REFI-QDA project (a .qdpx "
                                                              "file is a zip archive; this is not "
                                                              "one)")),
                              ErrorKind::Invalid);
        // A bare .qde or .qdc: its sources, if any, sit in a "sources" folder beside it.
        p.m_main = p.m_fileName;
        const QDir dir = QFileInfo(path).absoluteDir();
        const QStringList subdirs = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& sub : subdirs) {
            if (sub.compare(QLatin1String("sources"), Qt::CaseInsensitive) == 0) {
                p.m_sourcesDir = dir.filePath(sub);
                p.m_sourcesRealDir = QDir(dir.canonicalPath()).filePath(sub);
                break;
            }
        }
        if (!p.m_sourcesDir.isEmpty()) {
            const QStringList files = QDir(p.m_sourcesDir).entryList(QDir::Files);
            for (const QString& f : files) {
                p.m_sources.insert(f.toLower(), f);
                p.m_byBase.insert(f.toLower(), f);
            }
        }
        return R(std::move(p));
    }

    int error = 0;
    p.m_zip.reset(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error));
    if (!p.m_zip) {
        if (error == ZIP_ER_OPEN || error == ZIP_ER_READ)
            return R::failure(p.fail(Tr::tr("could not be opened for reading")), ErrorKind::Io);
        return R::failure(p.fail(Tr::tr("not a valid REFI-QDA project (the zip archive "
                                        "is damaged or truncated)")),
                          ErrorKind::Invalid);
    }
    const zip_int64_t count = zip_get_num_entries(p.m_zip.get(), 0);
    if (count > limits::maxEntries)
        return R::failure(p.fail(Tr::tr("the archive lists %1 files, more than the %2 a "
                                        "REFI-QDA import reads")
                                     .arg(importsupport::formatCount(count),
                                          importsupport::formatCount(limits::maxEntries))),
                          ErrorKind::Invalid);
    QStringList mains;
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* raw = zip_get_name(p.m_zip.get(), zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (!raw)
            return R::failure(p.fail(Tr::tr("not a valid REFI-QDA project (the zip "
                                            "archive is damaged)")),
                              ErrorKind::Invalid);
        const QString name = QString::fromUtf8(raw);
        if (isUnsafeName(name))
            return R::failure(p.fail(Tr::tr("the archive holds a file with an unsafe "
                                            "name (\"%1\": absolute or with \"..\", as "
                                            "in a zip-slip attack); it was refused")
                                         .arg(name)),
                              ErrorKind::Invalid);
        const QString n = QString(name).replace(QLatin1Char('\\'), QLatin1Char('/'));
        if (n.endsWith(QLatin1Char('/')))
            continue; // a folder
        p.m_index.insert(name, i);
        const qsizetype slash = n.indexOf(QLatin1Char('/'));
        if (slash < 0) {
            p.m_topLevel.insert(n.toLower(), name);
            if (n.endsWith(QLatin1String(".qde"), Qt::CaseInsensitive))
                mains.append(name);
        } else if (n.left(slash).compare(QLatin1String("sources"), Qt::CaseInsensitive) == 0) {
            const QString inside = n.mid(slash + 1).toLower();
            p.m_sources.insert(inside, name);
            p.m_byBase.insert(inside.section(QLatin1Char('/'), -1), name);
        }
    }
    if (mains.isEmpty())
        return R::failure(p.fail(Tr::tr("not a REFI-QDA project (the archive holds no "
                                        ".qde project file at its top level)")),
                          ErrorKind::Invalid);
    if (mains.size() > 1)
        return R::failure(p.fail(Tr::tr("the archive holds %1 .qde project files at its "
                                        "top level (%2); a REFI-QDA project has one")
                                     .arg(mains.size())
                                     .arg(mains.join(QStringLiteral(", ")))),
                          ErrorKind::Invalid);
    p.m_main = mains.first();
    return R(std::move(p));
}

Result<QByteArray> RefiPackage::readMain() {
    if (m_zip)
        return readZipEntry(m_main);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            fail(Tr::tr("could not be opened (%1)").arg(file.errorString())), ErrorKind::Io);
    // Asking for the whole limit would allocate it (128 MiB) for every file, however small.
    QByteArray bytes = file.read(qMin<qint64>(file.size(), limits::maxEntryBytes) + 1);
    if (bytes.size() > limits::maxEntryBytes)
        return Result<QByteArray>::failure(
            fail(Tr::tr("the file is larger than the %1 limit for a project file")
                     .arg(formatMegabytes(limits::maxEntryBytes))),
            ErrorKind::Invalid);
    m_bytesRead += bytes.size();
    return bytes;
}

QString RefiPackage::findSource(const QString& reference) const {
    const QString path = referencePath(reference);
    if (path.isEmpty() || path.split(QLatin1Char('/')).contains(QLatin1String("..")))
        return {};
    const QString key = path.toLower();
    if (key.startsWith(QLatin1String("sources/")) && m_sources.contains(key.mid(8)))
        return m_sources.value(key.mid(8));
    if (m_sources.contains(key))
        return m_sources.value(key);
    const QString base = key.section(QLatin1Char('/'), -1);
    if (m_byBase.contains(base))
        return m_byBase.value(base);
    if (m_zip && m_topLevel.contains(key))
        return m_topLevel.value(key);
    return {};
}

Result<QByteArray> RefiPackage::read(const QString& entry) {
    return m_zip ? readZipEntry(entry) : readDiskFile(entry);
}

Result<QByteArray> RefiPackage::readDiskFile(const QString& entry) {
    using R = Result<QByteArray>;
    if (m_sourcesDir.isEmpty() || entry.contains(QLatin1Char('/')) ||
        entry.contains(QLatin1Char('\\')))
        return R::failure(fail(Tr::tr("%1 is not in the sources folder").arg(entry)),
                          ErrorKind::Invalid);
    const QString shown = QFileInfo(m_sourcesDir).fileName() + QLatin1Char('/') + entry;
    const QFileInfo info(QDir(m_sourcesDir).filePath(entry));
    // Symbolic links are followed only within the sources folder: a source that leads out of
    // it (to /etc/passwd, to ../secret, or through a sources folder that is itself a link to
    // elsewhere) is refused rather than read into the project.
    const QString real = info.canonicalFilePath();
    if (!real.isEmpty() && !real.startsWith(m_sourcesRealDir + QLatin1Char('/'))) {
        if (info.isSymLink())
            return R::failure(fail(Tr::tr("%1 is a symbolic link to %2, outside the "
                                          "sources folder; nothing was imported (put "
                                          "the file itself in the sources folder)")
                                       .arg(shown, info.symLinkTarget())),
                              ErrorKind::Invalid);
        return R::failure(fail(Tr::tr("%1 is outside the sources folder: %2 is a "
                                      "symbolic link to %3; nothing was imported (make "
                                      "the sources folder a real folder)")
                                   .arg(shown, QFileInfo(m_sourcesDir).fileName(),
                                        QFileInfo(m_sourcesDir).symLinkTarget())),
                          ErrorKind::Invalid);
    }
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(
            fail(Tr::tr("%1 could not be opened (%2)").arg(entry, file.errorString())),
            ErrorKind::Io);
    const qint64 budget = std::min(limits::maxEntryBytes, limits::maxTotalBytes - m_bytesRead);
    QByteArray bytes = file.read(budget + 1);
    if (bytes.size() > budget)
        return R::failure(fail(Tr::tr("%1 is larger than the %2 limit for one source")
                                   .arg(entry, formatMegabytes(limits::maxEntryBytes))),
                          ErrorKind::Invalid);
    m_bytesRead += bytes.size();
    return bytes;
}

Result<QByteArray> RefiPackage::readZipEntry(const QString& entry) {
    using R = Result<QByteArray>;
    const QString bomb = Tr::tr("%1 inflates past the %2 limit for one file (possible zip "
                                "bomb); nothing was imported")
                             .arg(entry, formatMegabytes(limits::maxEntryBytes));
    const QString total = Tr::tr("the files read inflate past the %1 limit for one import "
                                 "(possible zip bomb); nothing was imported")
                              .arg(formatMegabytes(limits::maxTotalBytes));
    if (!m_index.contains(entry))
        return R::failure(fail(Tr::tr("%1 is missing from the archive").arg(entry)),
                          ErrorKind::Invalid);
    const auto index = zip_uint64_t(m_index.value(entry));
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip.get(), index, 0, &stat) != 0)
        return R::failure(fail(Tr::tr("the zip archive is damaged (%1)").arg(entry)),
                          ErrorKind::Invalid);
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return R::failure(fail(Tr::tr("%1 is encrypted; export the project again "
                                      "without a password")
                                   .arg(entry)),
                          ErrorKind::Invalid);
    // The sizes in the directory are only claims: they fail fast here, and the bytes that
    // actually inflate are counted below.
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(limits::maxEntryBytes))
        return R::failure(fail(bomb), ErrorKind::Invalid);
    const qint64 budget = std::min(limits::maxEntryBytes, limits::maxTotalBytes - m_bytesRead);
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(budget))
        return R::failure(fail(total), ErrorKind::Invalid);

    zip_file_t* file = zip_fopen_index(m_zip.get(), index, 0);
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(m_zip.get()));
        if (code == ZIP_ER_COMPNOTSUPP)
            return R::failure(
                fail(Tr::tr("%1 uses a compression method that cannot be read").arg(entry)),
                ErrorKind::Invalid);
        return R::failure(fail(Tr::tr("%1 cannot be read: %2")
                                   .arg(entry, QString::fromUtf8(zip_strerror(m_zip.get())))),
                          ErrorKind::Io);
    }
    InflatedEntry read =
        inflateEntry(file, (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0, budget);
    if (read.readFailed)
        return R::failure(fail(Tr::tr("the zip archive is damaged or truncated (%1: %2)")
                                   .arg(entry, read.readError)),
                          ErrorKind::Invalid);
    if (read.tooLarge)
        return R::failure(fail(budget < limits::maxEntryBytes ? total : bomb), ErrorKind::Invalid);
    m_bytesRead += read.data.size();
    read.data.squeeze();
    return read.data;
}

Result<QByteArray> zipArchive(const QVector<QPair<QString, QByteArray>>& files) {
    using R = Result<QByteArray>;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        return R::failure(Tr::tr("could not create the archive in memory"), ErrorKind::Io);
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        return R::failure(Tr::tr("could not create the archive in memory"), ErrorKind::Io);
    }
    for (const auto& [name, data] : files) {
        zip_source_t* source =
            zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source || zip_file_add(archive, name.toUtf8().constData(), source,
                                    ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            if (source)
                zip_source_free(source);
            zip_discard(archive);
            zip_source_free(buffer);
            return R::failure(Tr::tr("could not add %1 to the archive").arg(name), ErrorKind::Io);
        }
    }
    if (zip_close(archive) < 0) {
        zip_discard(archive);
        zip_source_free(buffer);
        return R::failure(Tr::tr("could not finish the archive"), ErrorKind::Io);
    }
    QByteArray out;
    if (zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(buffer);
        zip_source_seek(buffer, 0, SEEK_SET);
        if (size > 0) {
            out.resize(qsizetype(size));
            if (zip_source_read(buffer, out.data(), zip_uint64_t(size)) != size)
                out.clear();
        }
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    if (out.isEmpty())
        return R::failure(Tr::tr("could not read back the archive"), ErrorKind::Io);
    return out;
}

} // namespace situate::refi

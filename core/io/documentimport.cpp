// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/documentimport.h"

#include "core/commands/commands.h"
#include "core/import/importeddocument.h"
#include "core/project.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

namespace situate {

QString documentNameForFile(const QString& path) {
    return QFileInfo(path).completeBaseName();
}

QStringList collectImportFiles(const QStringList& filesOrFolders, QStringList* problems) {
    const QStringList suffixes = importableSuffixes();
    QStringList out;
    for (const QString& item : filesOrFolders) {
        const QFileInfo info(item);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(item, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (suffixes.contains(QFileInfo(f).suffix().toLower()))
                    found << f;
            }
            found.sort();
            out << found;
        } else if (info.isFile()) {
            out << item;
        } else if (problems) {
            *problems << QStringLiteral("%1: no such file or folder").arg(item);
        }
    }
    return out;
}

Result<DocumentImportReport> importDocuments(Project& project, const QStringList& files,
                                             const DocumentImportOptions& options) {
    using R = Result<DocumentImportReport>;
    DocumentImportReport report;

    // Names within the batch first: a clash fails the whole batch before any file is read.
    // A clash with a document already in the project is judged after reading, because
    // re-importing the same file is a duplicate, not a clash.
    QHash<QString, QString> fileOfName;
    for (const QString& f : files) {
        const QString name = documentNameForFile(f);
        if (fileOfName.contains(name))
            return R::failure(QStringLiteral("%1 and %2 would both become the document \"%3\"; "
                                             "rename one of them")
                                  .arg(fileOfName.value(name), f, name));
        fileOfName.insert(name, f);
    }

    struct Read {
        QString file;
        NewDocument doc;
    };
    QVector<Read> reads;
    QHash<QString, QString> fileOfHash;
    int done = 0;
    for (const QString& f : files) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            return report;
        }
        Result<ImportedDocument> imported = importDocumentFile(f);
        ++done;
        if (options.progress)
            options.progress(done, static_cast<int>(files.size()));
        if (!imported) {
            report.failures << imported.error();
            continue;
        }
        NewDocument doc;
        doc.name = documentNameForFile(f);
        doc.originalName = QFileInfo(f).fileName();
        doc.format = imported->format;
        doc.text = imported->text;
        doc.turns = imported->turns;
        const QString hash = contentHash(doc.text);
        if (auto existing = project.storage().documentIdByHash(hash)) {
            const auto d = project.storage().document(*existing);
            report.duplicates << QStringLiteral("%1: same text as the document \"%2\" already "
                                                "in the project; not imported twice")
                                     .arg(doc.originalName, d ? d->name : QString());
            continue;
        }
        if (fileOfHash.contains(hash)) {
            report.duplicates << QStringLiteral("%1: same text as %2; imported once")
                                     .arg(doc.originalName, fileOfHash.value(hash));
            continue;
        }
        if (project.storage().documentIdByName(doc.name)) {
            return R::failure(QStringLiteral("%1 would become the document \"%2\", but the "
                                             "project already has a different document of that "
                                             "name; rename the file")
                                  .arg(f, doc.name));
        }
        fileOfHash.insert(hash, doc.originalName);
        reads << Read{f, std::move(doc)};
    }
    if (options.cancel && options.cancel->load()) {
        report.cancelled = true;
        return report;
    }
    if (reads.isEmpty())
        return report;

    const QString text = reads.size() == 1
                             ? QStringLiteral("Import %1").arg(reads.first().doc.name)
                             : QStringLiteral("Import %1 documents").arg(reads.size());
    Status st = project.edit(text, [&](Editor& e) -> Status {
        qint64 caseId = 0;
        if (!options.caseName.trimmed().isEmpty()) {
            Result<qint64> c = ensureCase(e, options.caseName);
            if (!c)
                return Status::failure(c.error());
            caseId = *c;
        }
        for (const Read& r : reads) {
            Result<qint64> id = addDocument(e, r.doc);
            if (!id)
                return Status::failure(QStringLiteral("%1: %2").arg(r.file, id.error()));
            if (caseId != 0) {
                if (Status s = assignDocumentToCase(e, *id, caseId); !s)
                    return s;
            }
        }
        return {};
    });
    if (!st)
        return R::failure(st.error());
    for (const Read& r : reads)
        report.imported << r.doc.name;
    return report;
}

} // namespace situate

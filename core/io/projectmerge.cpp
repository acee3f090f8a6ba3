// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/projectmerge.h"

#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/project.h"
#include "core/rowmaps.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <map>
#include <set>
#include <tuple>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::io)
};
} // namespace

namespace situate {

namespace {

// Codes parents first, in codebook order.
QVector<qint64> parentsFirst(const CodeTree& tree) {
    QVector<qint64> order;
    for (qint64 top : tree.children(0))
        order << top << tree.descendants(top);
    return order;
}

} // namespace

Result<MergeReport> mergeProject(Editor& e, const Storage& other) {
    using R = Result<MergeReport>;
    MergeReport report;
    const Storage& here = e.storage();

    // Documents, by the SHA-256 of their normalised text.
    QVector<DocumentInfo> documentsHere, otherDocuments;
    if (Status failed; !takeValue(here.documents(), documentsHere, &failed) ||
                       !takeValue(other.documents(), otherDocuments, &failed))
        return failed;
    QHash<qint64, qint64> docMap;
    const QHash<qint64, qint64> lengthHere = byId(documentsHere, &DocumentInfo::length);
    const QHash<qint64, QString> nameHere = byId(documentsHere, &DocumentInfo::name);
    for (const DocumentInfo& d : otherDocuments) {
        const auto id = here.documentIdByHash(d.contentHash);
        if (!id) {
            report.documentsRefused << Tr::tr("%1: no document here has the same text").arg(d.name);
            continue;
        }
        docMap.insert(d.id, *id);
        report.documentsMatched
            << (nameHere.value(*id) == d.name
                    ? d.name
                    : QStringLiteral("%1 as %2").arg(d.name, nameHere.value(*id)));
    }

    // Codes: by UUID, then by path (resolved under the parent matched here), else created.
    const Result<CodeTree> readHere = CodeTree::read(here);
    if (!readHere)
        return Status::from(readHere);
    const CodeTree& hereTree = *readHere;
    const Result<CodeTree> readOther = CodeTree::read(other);
    if (!readOther)
        return Status::from(readOther);
    const CodeTree& otherTree = *readOther;
    QHash<QString, qint64> byUuid;
    std::map<std::pair<qint64, QString>, qint64> byParentAndName;
    QHash<qint64, QString> pathHere;
    for (const Code& c : hereTree.codes()) {
        byUuid.insert(c.uuid, c.id);
        byParentAndName[{c.parentId, c.name}] = c.id;
        pathHere.insert(c.id, hereTree.path(c.id));
    }
    QHash<qint64, qint64> codeMap;
    for (qint64 otherId : parentsFirst(otherTree)) {
        const Code& oc = *otherTree.find(otherId);
        const QString otherPath = otherTree.path(otherId);
        if (const auto it = byUuid.constFind(oc.uuid); it != byUuid.cend()) {
            codeMap.insert(otherId, *it);
            report.codesMatchedByUuid
                << (pathHere.value(*it) == otherPath
                        ? otherPath
                        : QStringLiteral("%1 as %2").arg(otherPath, pathHere.value(*it)));
            continue;
        }
        const qint64 parentHere = oc.parentId == 0 ? 0 : codeMap.value(oc.parentId);
        const auto named = byParentAndName.find({parentHere, oc.name});
        if (named != byParentAndName.end()) {
            codeMap.insert(otherId, named->second);
            report.codesMatchedByPath << pathHere.value(named->second);
            continue;
        }
        Code created = oc;
        created.id = 0;
        created.parentId = parentHere;
        auto id = createCode(e, created);
        if (!id)
            return R::failure(Tr::tr("code %1: %2").arg(otherPath, id.error()), id.kind());
        codeMap.insert(otherId, *id);
        byUuid.insert(oc.uuid, *id);
        byParentAndName[{parentHere, oc.name}] = *id;
        const QString path =
            parentHere == 0 ? oc.name : pathHere.value(parentHere) + QLatin1Char('/') + oc.name;
        pathHere.insert(*id, path);
        report.codesCreated << path;
    }

    // Coders, by name.
    const Result<QVector<Coder>> otherCoders = other.coders();
    if (!otherCoders)
        return Status::from(otherCoders);
    QHash<qint64, qint64> coderMap;
    for (const Coder& c : *otherCoders) {
        const bool known = here.coderIdByName(c.name).has_value();
        auto id = ensureCoder(e, c.name);
        if (!id)
            return R::failure(Tr::tr("coder %1: %2").arg(c.name, id.error()), id.kind());
        coderMap.insert(c.id, *id);
        (known ? report.codersMatched : report.codersAdded) << c.name;
    }

    // Codings, without duplicates; UUIDs are kept unless one is already taken here.
    using Key = std::tuple<qint64, qint64, qint64, qint64, qint64>;
    std::set<Key> existing;
    QSet<QString> uuids;
    QVector<Coding> codingsHere, otherCodings;
    if (Status failed; !takeValue(here.allCodings(), codingsHere, &failed) ||
                       !takeValue(other.allCodings(), otherCodings, &failed))
        return failed;
    for (const Coding& c : codingsHere) {
        existing.insert({c.documentId, c.codeId, c.coderId, c.start, c.end});
        uuids.insert(c.uuid);
    }
    int unmatchedDocument = 0, outside = 0;
    for (const Coding& c : otherCodings) {
        const auto doc = docMap.constFind(c.documentId);
        if (doc == docMap.cend()) {
            ++unmatchedDocument;
            continue;
        }
        const qint64 code = codeMap.value(c.codeId);
        const qint64 coder = coderMap.value(c.coderId);
        if (c.start < 0 || c.end <= c.start || c.end > lengthHere.value(*doc)) {
            ++outside;
            continue;
        }
        if (!existing.insert({*doc, code, coder, c.start, c.end}).second) {
            ++report.duplicatesSkipped;
            continue;
        }
        Coding row = c;
        row.uuid = c.uuid.isEmpty() || uuids.contains(c.uuid)
                       ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                       : c.uuid;
        uuids.insert(row.uuid);
        row.documentId = *doc;
        row.codeId = code;
        row.coderId = coder;
        // A modified time that does not read is now (insertCoding would take the created time).
        if (!row.modified.isValid())
            row.modified = QDateTime::currentDateTimeUtc();
        auto id = insertCoding(e, row);
        if (!id)
            return Status::from(id);
        ++report.codingsAdded;
    }
    report.codingsRefused = unmatchedDocument + outside;
    if (unmatchedDocument > 0)
        report.refusals << Tr::tr("%1 coding(s) on documents that are not in this project")
                               .arg(unmatchedDocument);
    if (outside > 0)
        report.refusals << Tr::tr("%1 coding(s) outside their document's text").arg(outside);
    return report;
}

Result<MergeReport> mergeProjectFile(Project& project, const QString& otherPath) {
    using R = Result<MergeReport>;
    const QFileInfo info(otherPath);
    if (info.exists() && info.canonicalFilePath() == QFileInfo(project.path()).canonicalFilePath())
        return R::failure(Tr::tr("cannot merge a project into itself"), ErrorKind::Invalid);
    auto other = Project::open(otherPath);
    if (!other)
        return Status::from(other);
    return project.editFor<MergeReport>(
        QStringLiteral("Merge %1").arg(info.fileName()),
        [&](Editor& e) { return mergeProject(e, (*other)->storage()); });
}

} // namespace situate

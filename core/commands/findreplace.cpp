// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/findreplace.h"

#include "core/text.h"
#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::commands)
};
} // namespace

namespace situate {

namespace {

// Runs `each` on every document the request names that has a match (or was named).
Result<ReplaceReport> forEachMatch(
    const Storage& storage, const ReplaceRequest& request,
    const std::function<Result<TextEditReport>(qint64, const QVector<Replacement>&)>& each) {
    using R = Result<ReplaceReport>;
    if (normaliseText(request.find).isEmpty())
        return R::failure(Tr::tr("there is nothing to find: the text to find is empty"),
                          ErrorKind::Invalid);
    Result<QVector<DocumentInfo>> documents = storage.documents();
    if (!documents)
        return Status::from(documents);
    ReplaceReport report;
    for (const DocumentInfo& d : *documents) {
        const bool named = request.documentIds.contains(d.id);
        if (!request.documentIds.isEmpty() && !named)
            continue;
        const QVector<Replacement> replacements =
            replaceAll(storage.documentText(d.id), request.find, request.with, request.options);
        if (replacements.isEmpty() && !named)
            continue;
        Result<TextEditReport> edit = each(d.id, replacements);
        if (!edit)
            return Status::from(edit);
        report.total += replacements.size();
        report.documents.append({d.id, d.name, edit.take()});
    }
    return report;
}

} // namespace

Result<ReplaceReport> previewReplace(const Storage& storage, const ReplaceRequest& request) {
    return forEachMatch(storage, request, [&](qint64 id, const QVector<Replacement>& r) {
        return previewTextEdit(storage, id, r);
    });
}

Result<ReplaceReport> replaceInDocuments(Editor& e, const ReplaceRequest& request,
                                         const QString& who) {
    TextEditOptions options;
    options.kind = TextEditKind::Replace;
    options.who = who;
    return forEachMatch(e.storage(), request, [&](qint64 id, const QVector<Replacement>& r) {
        return editDocumentText(e, id, r, options);
    });
}

} // namespace situate

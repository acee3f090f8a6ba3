// SPDX-License-Identifier: GPL-3.0-or-later
// Editing transcripts after coding: edit, replace, pseudonymise (and its suggestions) and a
// document's history. The rule that moves codings is core/text/README.md's.
#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"

#include "core/commands/findreplace.h"
#include "core/commands/pseudonymise.h"
#include "core/io/pseudonymsheet.h"
#include "core/io/sheetfile.h"
#include "core/reliability/backups.h"
#include "core/text.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace situate::cli {

namespace {

QString who(const Args& a) {
    const QString coder = a.option(QStringLiteral("coder"));
    return coder.isEmpty() ? systemUserName() : coder;
}

QString codingCounts(const EditCounts& c) {
    return withCounts(QStringLiteral("%1 coding(s) moved, %2 changed, %3 removed"),
                      {c.moved, c.changed, c.removed});
}

bool wantsJson(const Args& a, int* exitCode) {
    const QString format = a.option(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("json") && format != QLatin1String("text")) {
        *exitCode = usage(QStringLiteral("--format must be json or text"));
        return false;
    }
    *exitCode = 0;
    return format == QLatin1String("json");
}

int cmdEdit(const Args& a) {
    int bad = 0;
    const bool json = wantsJson(a, &bad);
    if (bad)
        return bad;
    if (!a.options.contains(QStringLiteral("start")) ||
        !a.options.contains(QStringLiteral("end")) || !a.options.contains(QStringLiteral("text")))
        return usage(QStringLiteral("edit needs --start N --end M --text TEXT (an empty TEXT "
                                    "deletes, N = M inserts)"));
    bool okStart = false, okEnd = false;
    const qint64 start = a.option(QStringLiteral("start")).toLongLong(&okStart);
    const qint64 end = a.option(QStringLiteral("end")).toLongLong(&okEnd);
    if (!okStart || !okEnd)
        return usage(QStringLiteral("--start and --end must be whole numbers"));
    const ProjectDocument d = openDocument(a);
    if (!d.project)
        return kFailure;
    Project* p = d.project.get();
    const QString name = a.positional[1];
    const qint64 length =
        p->storage().documentNameAndLength(d.document).value_or(std::pair{name, 0}).second;
    if (start < 0 || end < start || end > length)
        return fail(QStringLiteral("the range %1-%2 is not inside \"%3\" (0-%4); nothing was "
                                   "changed")
                        .arg(start)
                        .arg(end)
                        .arg(name)
                        .arg(length));
    const Replacement r{start, end, normaliseText(a.option(QStringLiteral("text")))};
    TextEditOptions options;
    options.who = who(a);
    Result<TextEditReport> done =
        p->editFor<TextEditReport>(QStringLiteral("Edit %1").arg(name), [&](Editor& e) {
            return editDocumentText(e, d.document, {r}, options);
        });
    if (!done)
        return fail(done.error());
    const TextEditReport& report = *done;
    if (json) {
        outBytes(QJsonDocument(QJsonObject{{QStringLiteral("document"), name},
                                           {QStringLiteral("moved"), report.codings.moved},
                                           {QStringLiteral("changed"), report.codings.changed},
                                           {QStringLiteral("removed"), report.codings.removed},
                                           {QStringLiteral("unchanged"), report.codings.unchanged}})
                     .toJson(QJsonDocument::Indented));
        return 0;
    }
    out(QStringLiteral("edited %1: %2\n").arg(name, codingCounts(report.codings)));
    return 0;
}

int cmdReplace(const Args& a) {
    int bad = 0;
    const bool json = wantsJson(a, &bad);
    if (bad)
        return bad;
    if (!a.options.contains(QStringLiteral("with")))
        return usage(QStringLiteral("replace needs --find TEXT --with TEXT (an empty --with "
                                    "deletes every match)"));
    auto p = openProject(a);
    if (!p)
        return kFailure;
    ReplaceRequest request;
    request.find = normaliseText(a.option(QStringLiteral("find")));
    request.with = normaliseText(a.option(QStringLiteral("with")));
    request.options.wholeWord = a.has(QStringLiteral("word"));
    request.options.caseSensitive = !a.has(QStringLiteral("ignore-case"));
    if (request.find.isEmpty())
        return fail(QStringLiteral("--find is empty: there is nothing to find; nothing was "
                                   "changed"));
    for (const QString& name : a.values(QStringLiteral("document"))) {
        const auto id = documentNamed(*p, name);
        if (!id)
            return kFailure;
        request.documentIds << *id;
    }
    const bool dryRun = a.has(QStringLiteral("dry-run"));
    Result<ReplaceReport> done =
        dryRun ? previewReplace(p->storage(), request)
               : p->editFor<ReplaceReport>(
                     QStringLiteral("Replace \"%1\"").arg(request.find),
                     [&](Editor& e) { return replaceInDocuments(e, request, who(a)); });
    if (!done)
        return fail(done.error());
    const ReplaceReport& report = *done;
    if (json) {
        QJsonArray documents;
        for (const DocumentReplaceReport& d : report.documents)
            documents.append(
                QJsonObject{{QStringLiteral("document"), d.document},
                            {QStringLiteral("replacements"), d.edit.replacements},
                            {QStringLiteral("codings_moved"), d.edit.codings.moved},
                            {QStringLiteral("codings_changed"), d.edit.codings.changed},
                            {QStringLiteral("codings_removed"), d.edit.codings.removed}});
        outBytes(QJsonDocument(QJsonObject{{QStringLiteral("documents"), documents},
                                           {QStringLiteral("total"), report.total},
                                           {QStringLiteral("dry_run"), dryRun}})
                     .toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const DocumentReplaceReport& d : report.documents)
        out(QStringLiteral("%1\t%2 replacement(s)\t%3\n")
                .arg(d.document)
                .arg(d.edit.replacements)
                .arg(codingCounts(d.edit.codings)));
    out(QStringLiteral("%1 replacement(s) in %2 document(s)%3\n")
            .arg(report.total)
            .arg(report.documents.size())
            .arg(dryRun ? QStringLiteral(" (dry run: nothing was changed)") : QString()));
    return 0;
}

int reportBackups(const Args& a, const QString& projectPath) {
    const QVector<BackupInfo> backups = Backups::list(projectPath);
    if (backups.isEmpty())
        return 0;
    if (!a.has(QStringLiteral("delete-backups"))) {
        err(QStringLiteral("situate-cli: note: %1 backup(s) in %2 were taken before the "
                           "pseudonymisation and still hold the original names; delete them "
                           "(--delete-backups) once you no longer need them\n")
                .arg(backups.size())
                .arg(QDir::toNativeSeparators(Backups::folder(projectPath))));
        return 0;
    }
    const BackupRemoval removal = Backups::removeAll(projectPath);
    for (const QString& name : removal.failed)
        err(QStringLiteral("situate-cli: could not delete the backup %1\n").arg(name));
    out(QStringLiteral("deleted %1 backup(s) that held the original names\n").arg(removal.removed));
    return removal.failed.isEmpty() ? 0 : kFailure;
}

int cmdPseudonymise(const Args& a) {
    const bool dryRun = a.has(QStringLiteral("dry-run"));
    const QString keyPath = a.option(QStringLiteral("key"));
    if (keyPath.isEmpty() && !dryRun)
        return usage(QStringLiteral("pseudonymise needs --key KEY.csv: the file, outside the "
                                    "project, where the originals are kept"));
    if (!keyPath.isEmpty() && keyInsideProjectFolder(keyPath, a.positional[0]) &&
        !a.has(QStringLiteral("key-inside-project")))
        return fail(QStringLiteral("the key %1 would be saved in the project's folder, where it "
                                   "would be shared or committed with the project it protects; "
                                   "choose a path outside %2 (or pass --key-inside-project); "
                                   "nothing was changed")
                        .arg(QFileInfo(keyPath).fileName(),
                             QDir::toNativeSeparators(QFileInfo(a.positional[0]).absolutePath())));
    auto sheet = readSheetFile(a.positional[1]);
    if (!sheet)
        return fail(sheet.error());
    Result<QVector<PseudonymEntry>> entries =
        readPseudonymList(*sheet, QFileInfo(a.positional[1]).fileName());
    if (!entries)
        return fail(entries.error() + QStringLiteral("; nothing was changed"));
    auto p = openProject(a);
    if (!p)
        return kFailure;
    Result<PseudonymReport> done =
        dryRun
            ? planPseudonymisation(p->storage(), *entries)
            : p->editFor<PseudonymReport>(
                  QStringLiteral("Pseudonymise"), [&](Editor& e) -> Result<PseudonymReport> {
                      Result<PseudonymReport> r = pseudonymiseProject(e, *entries, who(a));
                      if (!r)
                          return r;
                      // Written before the change commits: no change without its key.
                      if (Status saved = csv::saveFile(keyPath, pseudonymKeySheet(r->key)); !saved)
                          return saved;
                      return r;
                  });
    if (!done)
        return fail(done.error() + QStringLiteral("; nothing was changed"));
    const PseudonymReport& report = *done;
    out(QStringLiteral("%1%2 replacement(s) in %3 document(s), %4 other text(s); %5\n")
            .arg(dryRun ? QStringLiteral("would make ") : QString())
            .arg(report.replacements)
            .arg(report.documents)
            .arg(report.otherTexts)
            .arg(codingCounts(report.codings)));
    if (dryRun)
        return 0;
    reportWritten(QStringLiteral("the key"), keyPath);
    // The command's undo ends with it: the change is permanent, so the removed text goes too.
    if (Status st = p->mutableStorage().eraseRemovedText(); !st)
        return fail(st.error());
    return reportBackups(a, p->path());
}

int cmdPseudonymiseSuggest(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    Result<QVector<CandidateSource>> sources = candidateSources(p->storage());
    if (!sources)
        return fail(sources.error());
    return writeOutput(a, candidateSheet(findCandidates(*sources)),
                       QStringLiteral("the candidates"));
}

int cmdHistory(const Args& a) {
    int bad = 0;
    const bool json = wantsJson(a, &bad);
    if (bad)
        return bad;
    const ProjectDocument d = openDocument(a);
    if (!d.project)
        return kFailure;
    Result<QVector<DocumentEdit>> edits = documentEdits(d.project->storage(), d.document);
    if (!edits)
        return fail(edits.error());
    QJsonArray rows;
    for (const DocumentEdit& d : *edits) {
        const QString at = d.at.toUTC().toString(Qt::ISODate);
        if (json) {
            rows.append(QJsonObject{{QStringLiteral("at"), at},
                                    {QStringLiteral("who"), d.who},
                                    {QStringLiteral("kind"), enumName(textEditKindNames, d.kind)},
                                    {QStringLiteral("replacements"), d.replacements},
                                    {QStringLiteral("removed"), d.removed},
                                    {QStringLiteral("inserted"), d.inserted}});
            continue;
        }
        out(QStringLiteral("%1\t%2\t%3\t%4 replacement(s)\t%5 removed\t%6 inserted\n")
                .arg(at, d.who, enumName(textEditKindNames, d.kind))
                .arg(d.replacements)
                .arg(d.removed)
                .arg(d.inserted));
    }
    if (json)
        outBytes(QJsonDocument(QJsonObject{{QStringLiteral("document"), a.positional[1]},
                                           {QStringLiteral("edits"), rows}})
                     .toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace

void addTextCommands(QVector<Command>& c) {
    c << Command{QStringLiteral("edit"),
                 QStringLiteral("edit PROJECT DOCUMENT --start N --end M --text TEXT "
                                "[--coder NAME] [--format text|json]"),
                 QStringLiteral("Replace the code points [N, M) of a document by TEXT (empty "
                                "TEXT deletes, N = M inserts) as one undoable step; codings, "
                                "speaker turns and the search index follow the text. Prints how "
                                "many codings moved, changed and were removed."),
                 {},
                 2,
                 cmdEdit};
    c << Command{QStringLiteral("replace"),
                 QStringLiteral("replace PROJECT --find TEXT --with TEXT [--document NAME]... "
                                "[--word] [--ignore-case] [--dry-run] [--format text|json]"),
                 QStringLiteral("Find and replace in every document (or those named) as one "
                                "step: whole words or anywhere, case sensitive unless "
                                "--ignore-case. --dry-run only counts."),
                 {QStringLiteral("word"), QStringLiteral("ignore-case"), QStringLiteral("dry-run")},
                 1,
                 cmdReplace};
    c << Command{QStringLiteral("pseudonymise"),
                 QStringLiteral("pseudonymise PROJECT LIST.csv --key KEY.csv [--dry-run] "
                                "[--delete-backups]"),
                 QStringLiteral("Replace names everywhere in the project (texts, speaker labels, "
                                "names, memos, summaries, rationales, text attributes) from a "
                                "list with columns find,replace[,match,case]; writes the key "
                                "(find,replace,document,count) outside the project and erases "
                                "the originals from the file."),
                 {QStringLiteral("dry-run"), QStringLiteral("delete-backups"),
                  QStringLiteral("key-inside-project")},
                 2,
                 cmdPseudonymise};
    c << Command{QStringLiteral("pseudonymise suggest"),
                 QStringLiteral("pseudonymise suggest PROJECT [--output FILE.csv]"),
                 QStringLiteral("Suggest what to pseudonymise: speaker labels and capitalised "
                                "names, with counts and documents (columns candidate,kind,"
                                "count,documents)."),
                 {},
                 1,
                 cmdPseudonymiseSuggest};
    c << Command{QStringLiteral("documents history"),
                 QStringLiteral("documents history PROJECT DOCUMENT [--format text|json]"),
                 QStringLiteral("The edits of a document's text: when, who, what kind and how "
                                "many code points each removed and inserted."),
                 {},
                 2,
                 cmdHistory};
}

} // namespace situate::cli

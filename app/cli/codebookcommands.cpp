// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"

#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/commands/keyquotes.h"
#include "core/io/projectcsv.h"

#include <QSet>

namespace situate::cli {

namespace {

int cmdCodebookImport(const Args& a) {
    return importSheet<CodebookImportReport>(
        a, QStringLiteral("Import codebook"), importCodebook, [](const CodebookImportReport& r) {
            return withCounts(QStringLiteral("%1 code(s) created, %2 updated, %3 research "
                                             "question(s) created, %4 question link(s)\n"),
                              {r.codesCreated, r.codesUpdated, r.questionsCreated, r.links});
        });
}

int cmdCodebookExport(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const Result<QVector<Code>> codes = p->storage().codes();
    if (!codes)
        return fail(codes.error());
    return saveAndReport(a.positional[1], exportCodebook(p->storage()),
                         QStringLiteral("%1 code(s)").arg(codes->size()));
}

int cmdRqAdd(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const QString code = a.positional[1].trimmed();
    const QString text = a.positional.size() > 2 ? a.positional[2] : QString();
    const QString title = a.option(QStringLiteral("title"));
    return editAndReport(
        *p, QStringLiteral("Add research question %1").arg(code),
        [&](Editor& e) { return Status::from(ensureQuestion(e, code, title, text)); },
        QStringLiteral("%1\t%2\n").arg(code, text));
}

int cmdRqList(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const Storage& s = p->storage();
    const Result<QHash<qint64, QVector<qint64>>> links = s.codeQuestionLinks();
    if (!links)
        return fail(links.error());
    const Result<QVector<ResearchQuestion>> questions = s.researchQuestions();
    if (!questions)
        return fail(questions.error());
    for (const ResearchQuestion& q : *questions) {
        int linked = 0;
        for (auto it = links->cbegin(); it != links->cend(); ++it)
            linked += it->contains(q.id) ? 1 : 0;
        out(QStringLiteral("%1\t%2\t%3 code(s)\n").arg(q.code, q.text).arg(linked));
    }
    return 0;
}

int cmdCodesList(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const Storage& s = p->storage();
    const Result<CodeTree> read = CodeTree::read(s);
    if (!read)
        return fail(read.error());
    const CodeTree& tree = *read;
    QVector<qint64> order;
    for (qint64 top : tree.children(0))
        order << top << tree.descendants(top);
    for (qint64 id : order)
        out(QStringLiteral("%1\t%2\t%3 codings\n")
                .arg(tree.path(id), tocElementName(tree.find(id)->toc))
                .arg(s.codingCount(QStringLiteral("code_id"), id)));
    return 0;
}

int cmdCodesDelete(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const Result<CodeTree> tree = CodeTree::read(p->storage());
    if (!tree)
        return fail(tree.error());
    const auto id = tree->idByPath(a.positional[1]);
    if (!id)
        return fail(QStringLiteral("no code \"%1\"").arg(a.positional[1]));
    return editAndReport(
        *p, QStringLiteral("Delete code %1").arg(a.positional[1]),
        [&](Editor& e) { return deleteCode(e, *id, a.has(QStringLiteral("force"))); },
        QStringLiteral("deleted %1\n").arg(a.positional[1]));
}

int cmdCodingsImport(const Args& a) {
    const bool createCodes = a.has(QStringLiteral("create-codes"));
    return importSheet<CodingsImportReport>(
        a, QStringLiteral("Import codings"),
        [&](Editor& e, const csv::Table& table, const QString& file) {
            return importCodings(e, table, createCodes, file);
        },
        [](const CodingsImportReport& r) {
            return withCounts(QStringLiteral("%1 coding(s) imported, %2 duplicate(s) skipped, "
                                             "%3 coder(s) and %4 code(s) created\n"),
                              {r.codings, r.duplicatesSkipped, r.codersCreated, r.codesCreated});
        });
}

int cmdCodingsExport(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    return saveAndReport(a.positional[1], exportCodings(p->storage()),
                         QStringLiteral("%1 coding(s)").arg(p->storage().stats().codings));
}

int cmdCodingsFlag(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const Result<QVector<qint64>> ids = resolveCodingIds(p->storage(), a.positional.mid(1));
    if (!ids)
        return fail(ids.error());
    const bool on = !a.has(QStringLiteral("off"));
    return editAndReport(
        *p, on ? QStringLiteral("Flag key quotes") : QStringLiteral("Unflag key quotes"),
        [&](Editor& e) { return setKeyQuotes(e, *ids, on); },
        withCounts(on ? QStringLiteral("%1 coding(s) flagged as key quotes\n")
                      : QStringLiteral("%1 coding(s) no longer key quotes\n"),
                   {QSet<qint64>(ids->cbegin(), ids->cend()).size()}));
}

} // namespace

void addCodebookCommands(QVector<Command>& c) {
    c << Command{QStringLiteral("codebook import"),
                 QStringLiteral("codebook import PROJECT FILE.csv"),
                 QStringLiteral("Create or update codes from a sheet with columns path, colour, "
                                "definition, inclusion, exclusion, example, toc_element, "
                                "research_questions (codes joined by ';')."),
                 {},
                 2,
                 cmdCodebookImport};
    c << Command{QStringLiteral("codebook export"),
                 QStringLiteral("codebook export PROJECT FILE.csv"),
                 QStringLiteral("Write the codebook in the same columns."),
                 {},
                 2,
                 cmdCodebookExport};
    c << Command{QStringLiteral("rq add"),
                 QStringLiteral("rq add PROJECT CODE \"TEXT\" [--title T]"),
                 QStringLiteral("Add a research question (or update its text)."),
                 {},
                 2,
                 cmdRqAdd};
    c << Command{QStringLiteral("rq list"),
                 QStringLiteral("rq list PROJECT"),
                 QStringLiteral("List research questions with their text and linked codes."),
                 {},
                 1,
                 cmdRqList};
    c << Command{QStringLiteral("codes list"),
                 QStringLiteral("codes list PROJECT"),
                 QStringLiteral("List codes by path with ToC element and coding counts."),
                 {},
                 1,
                 cmdCodesList};
    c << Command{QStringLiteral("codes delete"),
                 QStringLiteral("codes delete PROJECT PATH [--force]"),
                 QStringLiteral("Delete a code and its sub-codes; with codings it needs --force."),
                 {QStringLiteral("force")},
                 2,
                 cmdCodesDelete};
    c << Command{QStringLiteral("codings import"),
                 QStringLiteral("codings import PROJECT FILE.csv [--create-codes]"),
                 QStringLiteral("Import codings: columns document, coder, code, start, end[, "
                                "memo]; code-point offsets, end exclusive; code as its path."),
                 {QStringLiteral("create-codes")},
                 2,
                 cmdCodingsImport};
    c << Command{QStringLiteral("codings export"),
                 QStringLiteral("codings export PROJECT FILE.csv"),
                 QStringLiteral("Export every coding in the same columns."),
                 {},
                 2,
                 cmdCodingsExport};
    c << Command{QStringLiteral("codings flag"),
                 QStringLiteral("codings flag PROJECT CODING_ID... [--off]"),
                 QStringLiteral("Flag codings as key quotes (--off: unflag them), one undoable "
                                "step. CODING_ID is a coding's uuid, the coding_id of "
                                "extracts, or its number, as evidence and maturity ratings "
                                "print it. An unknown id changes nothing."),
                 {QStringLiteral("off")},
                 2,
                 cmdCodingsFlag};
}

} // namespace situate::cli

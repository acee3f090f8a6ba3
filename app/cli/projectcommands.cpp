// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"

#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/io/documentimport.h"
#include "core/io/projectcsv.h"
#include "core/project.h"
#include "core/rowmaps.h"
#include "core/text.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace situate::cli {

namespace {

int cmdNew(const Args& a) {
    auto p = Project::create(a.positional[0]);
    if (!p)
        return fail(p.error());
    out(QStringLiteral("created %1\n").arg(QFileInfo(a.positional[0]).fileName()));
    return 0;
}

int cmdImport(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    QStringList problems;
    const QStringList files = collectImportFiles(a.positional.mid(1), &problems);
    for (const QString& problem : problems)
        err(QStringLiteral("situate-cli: %1\n").arg(problem));
    if (files.isEmpty())
        return fail(QStringLiteral("nothing to import"));
    DocumentImportOptions options;
    options.caseName = a.option(QStringLiteral("case"));
    options.soleUser = true; // openProject holds the project's lock
    auto report = importDocuments(*p, files, options);
    if (!report)
        return fail(report.error());
    for (const QString& name : report->imported)
        out(QStringLiteral("imported %1\n").arg(name));
    for (const QString& d : report->duplicates)
        err(QStringLiteral("situate-cli: skipped %1\n").arg(d));
    for (const QString& f : report->failures)
        err(QStringLiteral("situate-cli: %1\n").arg(f));
    out(QStringLiteral("%1 imported, %2 duplicate(s) skipped, %3 failed\n")
            .arg(report->imported.size())
            .arg(report->duplicates.size())
            .arg(report->failures.size()));
    return report->failures.isEmpty() && problems.isEmpty() ? 0 : 1;
}

int cmdAttributesImport(const Args& a) {
    return importSheet<AttributeSheetReport>(
        a, QStringLiteral("Import attributes"), importAttributeSheet,
        [](const AttributeSheetReport& r) {
            return withCounts(QStringLiteral("%1 document(s) and %2 case(s) updated (%3 new "
                                             "case(s)), %4 value(s) set\n"),
                              {r.documents, r.cases, r.casesCreated, r.values});
        });
}

int cmdStats(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const ProjectStats s = p->storage().stats();
    const QString format = a.option(QStringLiteral("format"), QStringLiteral("table"));
    if (format == QLatin1String("json")) {
        QJsonObject o{{QStringLiteral("documents"), s.documents},
                      {QStringLiteral("cases"), s.cases},
                      {QStringLiteral("codes"), s.codes},
                      {QStringLiteral("coders"), s.coders},
                      {QStringLiteral("codings"), s.codings},
                      {QStringLiteral("research_questions"), s.researchQuestions},
                      {QStringLiteral("characters"), s.characters}};
        outBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (format != QLatin1String("table"))
        return usage(QStringLiteral("--format must be json or table"));
    out(QStringLiteral("documents           %1\ncases               %2\ncodes               %3\n"
                       "coders              %4\ncodings             %5\nresearch questions  %6\n"
                       "characters          %7\n")
            .arg(s.documents)
            .arg(s.cases)
            .arg(s.codes)
            .arg(s.coders)
            .arg(s.codings)
            .arg(s.researchQuestions)
            .arg(s.characters));
    return 0;
}

int cmdText(const Args& a) {
    const ProjectDocument d = openDocument(a);
    if (!d.project)
        return kFailure;
    const QString text = d.project->storage().documentText(d.document);
    const OffsetMap map(text);
    qint64 start = 0, end = map.length();
    bool ok = true;
    if (a.options.contains(QStringLiteral("start")))
        start = a.option(QStringLiteral("start")).toLongLong(&ok);
    if (ok && a.options.contains(QStringLiteral("end")))
        end = a.option(QStringLiteral("end")).toLongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("--start and --end must be whole numbers"));
    if (start < 0 || end < start || end > map.length())
        return fail(QStringLiteral("the range %1-%2 is not inside \"%3\" (0-%4)")
                        .arg(start)
                        .arg(end)
                        .arg(a.positional[1])
                        .arg(map.length()));
    outBytes(map.slice(text, start, end).toUtf8());
    return 0;
}

int cmdCheck(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const QStringList problems = p->storage().checkIntegrity();
    if (problems.isEmpty()) {
        out(QStringLiteral("ok\n"));
        return 0;
    }
    for (const QString& problem : problems)
        err(QStringLiteral("%1\n").arg(problem));
    return fail(QStringLiteral("%1 problem(s) found").arg(problems.size()));
}

int cmdDocumentsList(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const Storage& s = p->storage();
    const Result<QHash<qint64, QString>> caseNames = byId(s.cases(), &Case::name);
    if (!caseNames)
        return fail(caseNames.error());
    const Result<QVector<DocumentInfo>> documents = s.documents();
    if (!documents)
        return fail(documents.error());
    for (const DocumentInfo& d : *documents) {
        QStringList cases;
        for (qint64 c : d.caseIds)
            cases << caseNames->value(c);
        out(QStringLiteral("%1\t%2\t%3 characters\t%4 codings\t%5\n")
                .arg(d.name, d.format)
                .arg(d.length)
                .arg(s.codingCount(QStringLiteral("document_id"), d.id))
                .arg(cases.join(QStringLiteral("; "))));
    }
    return 0;
}

int cmdDocumentsRemove(const Args& a) {
    const ProjectDocument d = openDocument(a);
    if (!d.project)
        return kFailure;
    return editAndReport(
        *d.project, QStringLiteral("Remove %1").arg(a.positional[1]),
        [&](Editor& e) { return removeDocument(e, d.document, a.has(QStringLiteral("force"))); },
        QStringLiteral("removed %1\n").arg(a.positional[1]));
}

int cmdDemo(const Args& a) {
    auto report = buildDemoProject(a.positional[0]);
    if (!report)
        return fail(report.error());
    out(report->summary);
    return 0;
}

} // namespace

void addProjectCommands(QVector<Command>& c) {
    c << Command{QStringLiteral("new"),
                 QStringLiteral("new PROJECT"),
                 QStringLiteral("Create an empty project file (PROJECT.situate)."),
                 {},
                 1,
                 cmdNew};
    c << Command{QStringLiteral("import"),
                 QStringLiteral("import PROJECT FILE_OR_DIR... [--case NAME]"),
                 QStringLiteral("Import .txt .md .docx .odt .rtf .pdf .vtt .srt files (folders "
                                "recursively); each becomes a document named after its file. "
                                "--case assigns them to a case, created if needed."),
                 {},
                 2,
                 cmdImport};
    c << Command{QStringLiteral("attributes import"),
                 QStringLiteral("attributes import PROJECT SHEET.csv"),
                 QStringLiteral("Set case and document attributes from a sheet: first column a "
                                "document or case name, then one column per attribute; a "
                                "\"case\" column assigns documents to cases."),
                 {},
                 2,
                 cmdAttributesImport};
    c << Command{QStringLiteral("stats"),
                 QStringLiteral("stats PROJECT [--format json|table]"),
                 QStringLiteral("Counts of documents, cases, codes, coders, codings, research "
                                "questions and characters."),
                 {},
                 1,
                 cmdStats};
    c << Command{QStringLiteral("text"),
                 QStringLiteral("text PROJECT DOCUMENT [--start N --end M]"),
                 QStringLiteral("Write a document's stored text, or the code-point slice "
                                "[N, M), to stdout exactly (UTF-8)."),
                 {},
                 2,
                 cmdText};
    c << Command{QStringLiteral("check"),
                 QStringLiteral("check PROJECT"),
                 QStringLiteral("Integrity check: SQLite's own and Situate's invariants."),
                 {},
                 1,
                 cmdCheck};
    c << Command{QStringLiteral("documents list"),
                 QStringLiteral("documents list PROJECT"),
                 QStringLiteral("List documents with format, length, codings and cases."),
                 {},
                 1,
                 cmdDocumentsList};
    c << Command{QStringLiteral("documents remove"),
                 QStringLiteral("documents remove PROJECT DOCUMENT [--force]"),
                 QStringLiteral("Remove a document; a coded one needs --force."),
                 {QStringLiteral("force")},
                 2,
                 cmdDocumentsRemove};
    c << Command{QStringLiteral("demo"),
                 QStringLiteral("demo PROJECT"),
                 QStringLiteral("Build the demo project (HIN Communities of Practice, fictional "
                                "interviews, two coders)."),
                 {},
                 1,
                 cmdDemo};
}

QVector<Command> allCommands() {
    QVector<Command> c;
    addProjectCommands(c);
    addTextCommands(c);
    addCodebookCommands(c);
    addAnalysisCommands(c);
    addQueryCommands(c);
    addLookupCommands(c);
    addAgreementCommands(c);
    addRefiCommands(c);
    addEvaluationCommands(c);
    addReliabilityCommands(c);
    addGenerateCommands(c);
    addTeamCommands(c);
    return c;
}

} // namespace situate::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"

#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/io/documentimport.h"
#include "core/io/projectcsv.h"
#include "core/project.h"
#include "core/text.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

static void initDemoResources() {
    Q_INIT_RESOURCE(demo);
}

namespace situate {

namespace {

const QString root = QStringLiteral(":/demo/");

Result<csv::Table> demoTable(const QString& name) {
    QFile f(root + name);
    if (!f.open(QIODevice::ReadOnly))
        return Result<csv::Table>::failure(QStringLiteral("demo resource %1 is missing").arg(name));
    return csv::parse(f.readAll(), name);
}

// Codings in the demo are written as quotes, so they survive any change in how an
// importer lays out text; each quote is located in the imported text here.
Status addQuotedCodings(Editor& e, const csv::Table& t, int* added) {
    const int cDoc = t.column(QStringLiteral("document"));
    const int cCoder = t.column(QStringLiteral("coder"));
    const int cCode = t.column(QStringLiteral("code"));
    const int cQuote = t.column(QStringLiteral("quote"));
    const int cMemo = t.column(QStringLiteral("memo"));
    const CodeTree tree(e.storage().codes());
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const QString docName = t.cell(r, cDoc).trimmed();
        const auto docId = e.storage().documentIdByName(docName);
        if (!docId)
            return Status::failure(
                QStringLiteral("codings.csv row %1: no document %2").arg(r + 2).arg(docName));
        const auto codeId = tree.idByPath(t.cell(r, cCode));
        if (!codeId)
            return Status::failure(
                QStringLiteral("codings.csv row %1: no code %2").arg(r + 2).arg(t.cell(r, cCode)));
        const QString text = e.storage().documentText(*docId);
        const QString quote = normaliseText(t.cell(r, cQuote).trimmed());
        const qsizetype at = text.indexOf(quote);
        if (quote.isEmpty() || at < 0)
            return Status::failure(QStringLiteral("codings.csv row %1: quote not found in %2")
                                       .arg(r + 2)
                                       .arg(docName));
        Result<qint64> coder = ensureCoder(e, t.cell(r, cCoder));
        if (!coder)
            return Status::failure(coder.error());
        const OffsetMap map(text);
        Coding c;
        c.documentId = *docId;
        c.codeId = *codeId;
        c.coderId = *coder;
        c.start = map.toCodePoint(at);
        c.end = map.toCodePoint(at + quote.size());
        c.memo = t.cell(r, cMemo);
        if (Result<qint64> id = addCoding(e, c); !id)
            return Status::failure(id.error());
        ++*added;
    }
    return {};
}

} // namespace

Result<DemoReport> buildDemoProject(const QString& path) {
    using R = Result<DemoReport>;
    initDemoResources();
    auto project = Project::create(path);
    if (!project)
        return R::failure(project.error());
    Project& p = **project;

    // Importers read files, so the transcripts are copied out of the resources first.
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return R::failure(QStringLiteral("cannot create a temporary folder"));
    QStringList files;
    QDirIterator it(root + QStringLiteral("transcripts"), QDir::Files);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = tmp.filePath(QFileInfo(src).fileName());
        if (!QFile::copy(src, dst))
            return R::failure(QStringLiteral("cannot copy %1").arg(src));
        files << dst;
    }
    files.sort();
    auto imported = importDocuments(p, files);
    if (!imported)
        return R::failure(imported.error());
    if (!imported->failures.isEmpty())
        return R::failure(imported->failures.join(QLatin1Char('\n')));

    DemoReport report;
    report.documents = static_cast<int>(imported->imported.size());
    Status st = p.edit(QStringLiteral("Build demo"), [&](Editor& e) -> Status {
        auto questions = demoTable(QStringLiteral("questions.csv"));
        if (!questions)
            return Status::failure(questions.error());
        for (qsizetype r = 0; r < questions->rows.size(); ++r) {
            auto q =
                ensureQuestion(e, questions->cell(r, questions->column(QStringLiteral("code"))),
                               questions->cell(r, questions->column(QStringLiteral("title"))),
                               questions->cell(r, questions->column(QStringLiteral("text"))));
            if (!q)
                return Status::failure(q.error());
        }
        for (const QString& sheet :
             {QStringLiteral("cases.csv"), QStringLiteral("documents.csv")}) {
            auto t = demoTable(sheet);
            if (!t)
                return Status::failure(t.error());
            if (auto r = importAttributeSheet(e, *t, sheet); !r)
                return Status::failure(r.error());
        }
        auto codebook = demoTable(QStringLiteral("codebook.csv"));
        if (!codebook)
            return Status::failure(codebook.error());
        if (auto r = importCodebook(e, *codebook, QStringLiteral("codebook.csv")); !r)
            return Status::failure(r.error());
        auto codings = demoTable(QStringLiteral("codings.csv"));
        if (!codings)
            return Status::failure(codings.error());
        return addQuotedCodings(e, *codings, &report.codings);
    });
    if (!st)
        return R::failure(st.error());
    p.undoStack()->clear();

    const ProjectStats s = p.storage().stats();
    report.summary = QStringLiteral("built the demo project %1: %2 documents, %3 cases, %4 codes, "
                                    "%5 research questions, %6 coders, %7 codings\n")
                         .arg(QFileInfo(path).fileName())
                         .arg(s.documents)
                         .arg(s.cases)
                         .arg(s.codes)
                         .arg(s.researchQuestions)
                         .arg(s.coders)
                         .arg(s.codings);
    return report;
}

} // namespace situate

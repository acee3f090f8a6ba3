// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"

#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/commands/evaluationcommands.h"
#include "core/io/documentimport.h"
#include "core/io/projectcsv.h"
#include "core/project.h"
#include "core/storage/evaluationqueries.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

static void initDemoResources() {
    Q_INIT_RESOURCE(demo);
}

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::demo)
};
} // namespace

namespace situate {

namespace {

const QString root = QStringLiteral(":/demo/");

Result<csv::Table> demoTable(const QString& name) {
    QFile f(root + name);
    if (!f.open(QIODevice::ReadOnly))
        return Result<csv::Table>::failure(Tr::tr("demo resource %1 is missing").arg(name),
                                           ErrorKind::NotFound);
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
    const Result<CodeTree> read = CodeTree::read(e.storage());
    if (!read)
        return Status::from(read);
    const CodeTree& tree = *read;
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const QString docName = t.cell(r, cDoc).trimmed();
        const auto docId = e.storage().documentIdByName(docName);
        if (!docId)
            return Status::failure(
                Tr::tr("codings.csv row %1: no document %2").arg(r + 2).arg(docName),
                ErrorKind::NotFound);
        const auto codeId = tree.idByPath(t.cell(r, cCode));
        if (!codeId)
            return Status::failure(
                Tr::tr("codings.csv row %1: no code %2").arg(r + 2).arg(t.cell(r, cCode)),
                ErrorKind::NotFound);
        const QString text = e.storage().documentText(*docId);
        const QString quote = normaliseText(t.cell(r, cQuote).trimmed());
        const qsizetype at = text.indexOf(quote);
        if (quote.isEmpty() || at < 0)
            return Status::failure(
                Tr::tr("codings.csv row %1: quote not found in %2").arg(r + 2).arg(docName),
                ErrorKind::NotFound);
        Result<qint64> coder = ensureCoder(e, t.cell(r, cCoder));
        if (!coder)
            return Status::from(coder);
        const OffsetMap map(text);
        Coding c;
        c.documentId = *docId;
        c.codeId = *codeId;
        c.coderId = *coder;
        c.start = map.toCodePoint(at);
        c.end = map.toCodePoint(at + quote.size());
        c.memo = t.cell(r, cMemo);
        if (Result<qint64> id = addCoding(e, c); !id)
            return Status::from(id);
        ++*added;
    }
    return {};
}

// The maturity model, the two coders' ratings with the codings they cite, a couple of
// consensus ratings and evidence matrix summaries (resources/demo/maturity_*.csv and
// evidence_summaries.csv). A rating's evidence is written "DOCUMENT#CODE PATH" and means
// that coder's codings of that code in that document; a reference that finds none is an
// error, so the demo cannot silently lose its links.
Status addEvaluation(Editor& e) {
    const Storage& s = e.storage();
    auto levelsTable = demoTable(QStringLiteral("maturity_levels.csv"));
    if (!levelsTable)
        return Status::from(levelsTable);
    QVector<MaturityLevel> levels;
    for (qsizetype r = 0; r < levelsTable->rows.size(); ++r) {
        MaturityLevel l;
        l.level = levelsTable->cell(r, levelsTable->column(QStringLiteral("level"))).toInt();
        l.name = levelsTable->cell(r, levelsTable->column(QStringLiteral("name")));
        l.descriptor = levelsTable->cell(r, levelsTable->column(QStringLiteral("descriptor")));
        levels << l;
    }
    if (Status st = setMaturityLevels(e, levels); !st)
        return st;

    const Result<CodeTree> read = CodeTree::read(s);
    if (!read)
        return Status::from(read);
    const CodeTree& tree = *read;
    auto ratings = demoTable(QStringLiteral("maturity_ratings.csv"));
    if (!ratings)
        return Status::from(ratings);
    const int cCase = ratings->column(QStringLiteral("case"));
    const int cCoder = ratings->column(QStringLiteral("coder"));
    const int cLevel = ratings->column(QStringLiteral("level"));
    const int cRationale = ratings->column(QStringLiteral("rationale"));
    const int cEvidence = ratings->column(QStringLiteral("evidence"));
    for (qsizetype r = 0; r < ratings->rows.size(); ++r) {
        const QString where = Tr::tr("maturity_ratings.csv row %1").arg(r + 2);
        const auto caseId = s.caseIdByName(ratings->cell(r, cCase));
        if (!caseId)
            return Status::failure(Tr::tr("%1: no such case").arg(where), ErrorKind::NotFound);
        Result<qint64> coderId = ensureCoder(e, ratings->cell(r, cCoder));
        if (!coderId)
            return Status::from(coderId);
        Result<qint64> rating = setMaturityRating(
            e, *caseId, *coderId, ratings->cell(r, cLevel).toInt(), ratings->cell(r, cRationale));
        if (!rating)
            return Status::failure(QStringLiteral("%1: %2").arg(where, rating.error()),
                                   rating.kind());
        const QStringList refs =
            ratings->cell(r, cEvidence).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString& ref : refs) {
            const QString document = ref.section(QLatin1Char('#'), 0, 0);
            const auto documentId = s.documentIdByName(document);
            const auto codeId = tree.idByPath(ref.section(QLatin1Char('#'), 1));
            if (!documentId || !codeId)
                return Status::failure(Tr::tr("%1: bad evidence %2").arg(where, ref),
                                       ErrorKind::Invalid);
            const Result<QVector<Coding>> codings = s.codings(*documentId);
            if (!codings)
                return Status::from(codings);
            int linked = 0;
            for (const Coding& c : *codings) {
                if (c.codeId != *codeId || c.coderId != *coderId)
                    continue;
                if (Status st = linkRatingEvidence(e, *rating, c.id); !st)
                    return st;
                ++linked;
            }
            if (linked == 0)
                return Status::failure(Tr::tr("%1: no coding for %2").arg(where, ref),
                                       ErrorKind::NotFound);
        }
    }

    auto consensus = demoTable(QStringLiteral("maturity_consensus.csv"));
    if (!consensus)
        return Status::from(consensus);
    for (qsizetype r = 0; r < consensus->rows.size(); ++r) {
        const auto caseId =
            s.caseIdByName(consensus->cell(r, consensus->column(QStringLiteral("case"))));
        if (!caseId)
            return Status::failure(Tr::tr("maturity_consensus.csv row %1: no such case").arg(r + 2),
                                   ErrorKind::NotFound);
        if (Status st = setConsensusRating(
                e, *caseId, consensus->cell(r, consensus->column(QStringLiteral("level"))).toInt(),
                consensus->cell(r, consensus->column(QStringLiteral("reasoning"))));
            !st)
            return st;
    }

    auto summaries = demoTable(QStringLiteral("evidence_summaries.csv"));
    if (!summaries)
        return Status::from(summaries);
    for (qsizetype r = 0; r < summaries->rows.size(); ++r) {
        EvidenceRowKind kind = EvidenceRowKind::ResearchQuestion;
        parseEvidenceRowKind(summaries->cell(r, summaries->column(QStringLiteral("rows"))), &kind);
        Result<EvidenceRowRef> row = resolveEvidenceRow(
            s, kind, summaries->cell(r, summaries->column(QStringLiteral("row"))));
        Result<EvidenceColumnRef> column = resolveEvidenceColumn(
            s, summaries->cell(r, summaries->column(QStringLiteral("column"))));
        if (!row || !column)
            return Status::failure(Tr::tr("evidence_summaries.csv row %1: %2")
                                       .arg(r + 2)
                                       .arg(row ? column.error() : row.error()),
                                   row ? column.kind() : row.kind());
        if (Status st = setEvidenceSummary(
                e, *row, *column, summaries->cell(r, summaries->column(QStringLiteral("text"))));
            !st)
            return st;
    }
    return {};
}

} // namespace

Result<DemoReport> buildDemoProject(const QString& path) {
    using R = Result<DemoReport>;
    initDemoResources();
    auto project = Project::create(path);
    if (!project)
        return Status::from(project);
    Project& p = **project;

    // Importers read files, so the transcripts are copied out of the resources first.
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return R::failure(Tr::tr("cannot create a temporary folder"), ErrorKind::Io);
    QStringList files;
    QDirIterator it(root + QStringLiteral("transcripts"), QDir::Files);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = tmp.filePath(QFileInfo(src).fileName());
        if (!QFile::copy(src, dst))
            return R::failure(Tr::tr("cannot copy %1").arg(src), ErrorKind::Io);
        files << dst;
    }
    files.sort();
    auto imported = importDocuments(p, files);
    if (!imported)
        return Status::from(imported);
    if (!imported->failures.isEmpty())
        return R::failure(imported->failures.join(QLatin1Char('\n')));

    DemoReport report;
    report.documents = static_cast<int>(imported->imported.size());
    Status st = p.edit(QStringLiteral("Build demo"), [&](Editor& e) -> Status {
        auto questions = demoTable(QStringLiteral("questions.csv"));
        if (!questions)
            return Status::from(questions);
        for (qsizetype r = 0; r < questions->rows.size(); ++r) {
            auto q =
                ensureQuestion(e, questions->cell(r, questions->column(QStringLiteral("code"))),
                               questions->cell(r, questions->column(QStringLiteral("title"))),
                               questions->cell(r, questions->column(QStringLiteral("text"))));
            if (!q)
                return Status::from(q);
        }
        for (const QString& sheet :
             {QStringLiteral("cases.csv"), QStringLiteral("documents.csv")}) {
            auto t = demoTable(sheet);
            if (!t)
                return Status::from(t);
            if (auto r = importAttributeSheet(e, *t, sheet); !r)
                return Status::from(r);
        }
        auto codebook = demoTable(QStringLiteral("codebook.csv"));
        if (!codebook)
            return Status::from(codebook);
        if (auto r = importCodebook(e, *codebook, QStringLiteral("codebook.csv")); !r)
            return Status::from(r);
        auto codings = demoTable(QStringLiteral("codings.csv"));
        if (!codings)
            return Status::from(codings);
        if (Status added = addQuotedCodings(e, *codings, &report.codings); !added)
            return added;
        return addEvaluation(e);
    });
    if (!st)
        return st;
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

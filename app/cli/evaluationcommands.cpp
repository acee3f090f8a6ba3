// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence matrix, maturity ratings and the evaluation report (core/evaluation/).

#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"
#include "core/query/savedqueries.h"

#include "core/analysis/analysisfilter.h"
#include "core/commands/commands.h"
#include "core/commands/evaluationcommands.h"
#include "core/evaluation/evidencematrix.h"
#include "core/evaluation/maturity.h"
#include "core/io/csv.h"
#include "core/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace situate::cli {

namespace {

QString format(const Args& a, const QString& fallback) {
    return a.option(QStringLiteral("format"), fallback);
}

QByteArray json(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QJsonValue jsonCoefficient(const Coefficient& c, int decimals = 4) {
    if (!c.defined())
        return QJsonValue(QJsonValue::Null);
    return QString::number(*c.value, 'f', decimals).toDouble();
}

QString textCoefficient(const Coefficient& c, int decimals = 4) {
    return c.defined() ? QString::number(*c.value, 'f', decimals)
                       : QStringLiteral("undefined (%1)").arg(c.undefinedReason);
}

QString idList(const QVector<qint64>& ids) {
    QStringList s;
    for (qint64 id : ids)
        s << QString::number(id);
    return s.join(QLatin1Char(';'));
}

QJsonArray jsonIds(const QVector<qint64>& ids) {
    QJsonArray arr;
    for (qint64 id : ids)
        arr << double(id);
    return arr;
}

int cmdEvidence(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const Storage& s = p->storage();
    EvidenceRequest req;
    if (!parseEvidenceRowKind(a.option(QStringLiteral("rows"), QStringLiteral("rq")), &req.rows))
        return usage(QStringLiteral("--rows must be rq, code, toc or queries"));
    const QString columns = a.option(QStringLiteral("columns"), QStringLiteral("case"));
    if (columns.startsWith(QLatin1String("attribute:"))) {
        Result<Attribute> attr = resolveAttribute(s, columns.mid(10));
        if (!attr)
            return fail(attr.error());
        req.columns = EvidenceColumnKind::Attribute;
        req.attributeId = attr->id;
    } else if (columns != QLatin1String("case")) {
        return usage(QStringLiteral("--columns must be case or attribute:NAME"));
    }
    req.rollup = a.has(QStringLiteral("rollup"));
    req.descendants = a.has(QStringLiteral("descendants"));
    if (req.rows == EvidenceRowKind::Query) {
        Result<QVector<TextRuns>> queries =
            query::savedQueryRuns(s, a.values(QStringLiteral("query")));
        if (!queries)
            return fail(queries.error());
        req.queries = *queries;
    }
    Result<EvidenceMatrix> m = evidenceMatrix(s, req);
    if (!m)
        return fail(m.error());
    const QString what =
        QStringLiteral("%1 x %2 evidence matrix").arg(m->rows.size()).arg(m->columns.size());
    const QString f = format(a, QStringLiteral("csv"));
    if (f == QLatin1String("csv")) {
        csv::Writer w;
        w.writeRow({QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("codings"),
                    QStringLiteral("documents"), QStringLiteral("cases"),
                    QStringLiteral("coding_ids"), QStringLiteral("summary")});
        for (qsizetype r = 0; r < m->rows.size(); ++r) {
            for (qsizetype c = 0; c < m->columns.size(); ++c) {
                const EvidenceCell& cell = m->cell(r, c);
                w.writeCells({m->rows[r].label, m->columns[c].label,
                              csv::Cell::number(cell.codings), csv::Cell::number(cell.documents),
                              csv::Cell::number(cell.cases), idList(cell.codingIds), cell.summary});
            }
        }
        return writeOutput(a, w.data(), what);
    }
    if (f != QLatin1String("json"))
        return usage(QStringLiteral("--format must be csv or json"));
    QJsonArray rows, cols, cells, totals;
    for (const EvidenceRow& r : m->rows)
        rows << QJsonObject{{QStringLiteral("key"), r.ref.key},
                            {QStringLiteral("label"), r.label},
                            {QStringLiteral("title"), r.title},
                            {QStringLiteral("codes"), jsonIds(r.codeIds)}};
    for (const EvidenceColumn& c : m->columns)
        cols << QJsonObject{{QStringLiteral("key"), c.ref.key},
                            {QStringLiteral("value"), c.ref.value},
                            {QStringLiteral("label"), c.label}};
    for (qsizetype r = 0; r < m->rows.size(); ++r) {
        for (qsizetype c = 0; c < m->columns.size(); ++c) {
            const EvidenceCell& cell = m->cell(r, c);
            cells << QJsonObject{{QStringLiteral("row"), m->rows[r].label},
                                 {QStringLiteral("column"), m->columns[c].label},
                                 {QStringLiteral("codings"), double(cell.codings)},
                                 {QStringLiteral("documents"), double(cell.documents)},
                                 {QStringLiteral("cases"), double(cell.cases)},
                                 {QStringLiteral("coding_ids"), jsonIds(cell.codingIds)},
                                 {QStringLiteral("summary"), cell.summary}};
        }
        const EvidenceCell& t = m->rowTotals[r];
        totals << QJsonObject{{QStringLiteral("row"), m->rows[r].label},
                              {QStringLiteral("codings"), double(t.codings)},
                              {QStringLiteral("documents"), double(t.documents)},
                              {QStringLiteral("cases"), double(t.cases)}};
    }
    return writeOutput(
        a,
        json({{QStringLiteral("rows"), evidenceRowKindName(m->rowKind)},
              {QStringLiteral("columns"), m->columnKind == EvidenceColumnKind::Case
                                              ? QStringLiteral("case")
                                              : QStringLiteral("attribute:") + m->attributeName},
              {QStringLiteral("row_list"), rows},
              {QStringLiteral("column_list"), cols},
              {QStringLiteral("cells"), cells},
              {QStringLiteral("row_totals"), totals}}),
        what);
}

int cmdEvidenceSummary(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    if (!a.options.contains(QStringLiteral("row")) ||
        !a.options.contains(QStringLiteral("column")) ||
        !a.options.contains(QStringLiteral("text")))
        return usage(QStringLiteral("evidence summary needs --row, --column and --text"));
    EvidenceRowKind kind;
    if (!parseEvidenceRowKind(a.option(QStringLiteral("rows"), QStringLiteral("rq")), &kind))
        return usage(QStringLiteral("--rows must be rq, code or toc"));
    const Storage& s = p->storage();
    Result<EvidenceRowRef> row = resolveEvidenceRow(s, kind, a.option(QStringLiteral("row")));
    if (!row)
        return fail(row.error());
    Result<EvidenceColumnRef> column = resolveEvidenceColumn(s, a.option(QStringLiteral("column")));
    if (!column)
        return fail(column.error());
    const QString text = a.option(QStringLiteral("text"));
    return editAndReport(
        *p, QStringLiteral("Set evidence summary"),
        [&](Editor& e) { return setEvidenceSummary(e, *row, *column, text); },
        QStringLiteral("summary %1: %2 x %3\n")
            .arg(text.trimmed().isEmpty() ? QStringLiteral("removed") : QStringLiteral("set"),
                 a.option(QStringLiteral("row")), a.option(QStringLiteral("column"))));
}

int cmdEvidenceSummaries(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    Result<QVector<EvidenceSummary>> all = evidenceSummaries(p->storage());
    if (!all)
        return fail(all.error());
    const QString what = QStringLiteral("%1 summary(ies)").arg(all->size());
    const QString f = format(a, QStringLiteral("csv"));
    if (f == QLatin1String("csv")) {
        csv::Writer w;
        w.writeRow({QStringLiteral("rows"), QStringLiteral("row"), QStringLiteral("column"),
                    QStringLiteral("text"), QStringLiteral("modified")});
        for (const EvidenceSummary& e : *all)
            w.writeRow({evidenceRowKindName(e.row.kind), e.rowLabel, e.columnLabel, e.text,
                        e.modified.toString(Qt::ISODateWithMs)});
        return writeOutput(a, w.data(), what);
    }
    if (f != QLatin1String("json"))
        return usage(QStringLiteral("--format must be csv or json"));
    QJsonArray arr;
    for (const EvidenceSummary& e : *all)
        arr << QJsonObject{{QStringLiteral("rows"), evidenceRowKindName(e.row.kind)},
                           {QStringLiteral("row"), e.rowLabel},
                           {QStringLiteral("column"), e.columnLabel},
                           {QStringLiteral("text"), e.text},
                           {QStringLiteral("modified"), e.modified.toString(Qt::ISODateWithMs)}};
    return writeOutput(a, json({{QStringLiteral("summaries"), arr}}), what);
}

int cmdMaturityLevels(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    if (a.options.contains(QStringLiteral("import"))) {
        Result<QVector<MaturityLevel>> levels =
            readMaturityLevelsCsv(a.option(QStringLiteral("import")));
        if (!levels)
            return fail(levels.error());
        return editAndReport(
            *p, QStringLiteral("Set maturity levels"),
            [&](Editor& e) { return setMaturityLevels(e, *levels); },
            QStringLiteral("%1 maturity level(s) set\n").arg(levels->size()));
    }
    const QVector<MaturityLevel> levels = maturityLevels(p->storage());
    if (format(a, QStringLiteral("csv")) == QLatin1String("json")) {
        QJsonArray arr;
        for (const MaturityLevel& l : levels)
            arr << QJsonObject{{QStringLiteral("level"), l.level},
                               {QStringLiteral("name"), l.name},
                               {QStringLiteral("descriptor"), l.descriptor}};
        return writeOutput(a, json({{QStringLiteral("levels"), arr}}), QStringLiteral("levels"));
    }
    csv::Writer w;
    w.writeRow({QStringLiteral("level"), QStringLiteral("name"), QStringLiteral("descriptor")});
    for (const MaturityLevel& l : levels)
        w.writeCells({csv::Cell::number(l.level), l.name, l.descriptor});
    return writeOutput(a, w.data(), QStringLiteral("%1 level(s)").arg(levels.size()));
}

// The case named by --case.
Result<qint64> caseOption(const Storage& s, const Args& a) {
    const QString name = a.option(QStringLiteral("case"));
    if (name.isEmpty())
        return Result<qint64>::failure(QStringLiteral("--case NAME is required"));
    const auto id = s.caseIdByName(name);
    if (!id)
        return Result<qint64>::failure(QStringLiteral("no case %1").arg(name));
    return *id;
}

// Opens the project, finds the case of --case and runs `fn` with both.
int withCase(const Args& a, const std::function<int(Project&, qint64)>& fn) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    Result<qint64> caseId = caseOption(p->storage(), a);
    if (!caseId)
        return usage(caseId.error());
    return fn(*p, *caseId);
}

int cmdMaturityRate(const Args& a) {
    return withCase(a, [&](Project& p, qint64 caseId) {
        const QString coder = a.option(QStringLiteral("coder"));
        bool ok = false;
        const int level = a.option(QStringLiteral("level")).toInt(&ok);
        if (coder.isEmpty() || !ok)
            return usage(QStringLiteral("maturity rate needs --coder NAME and --level N"));
        QVector<qint64> codings;
        const bool setCodings = a.options.contains(QStringLiteral("codings"));
        for (const QString& id :
             a.option(QStringLiteral("codings")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool isNumber = false;
            codings << id.trimmed().toLongLong(&isNumber);
            if (!isNumber)
                return usage(QStringLiteral("--codings takes coding ids separated by commas"));
        }
        const auto rate = [&](Editor& e) -> Status {
            Result<qint64> coderId = ensureCoder(e, coder);
            if (!coderId)
                return Status::from(coderId);
            Result<qint64> rating = setMaturityRating(e, caseId, *coderId, level,
                                                      a.option(QStringLiteral("rationale")));
            if (!rating)
                return Status::from(rating);
            return setCodings ? setRatingEvidence(e, *rating, codings) : Status();
        };
        return editAndReport(
            p, QStringLiteral("Rate maturity"), rate,
            QStringLiteral("%1\t%2\t%3\n").arg(a.option(QStringLiteral("case")), coder).arg(level));
    });
}

int cmdMaturityUnrate(const Args& a) {
    return withCase(a, [&](Project& p, qint64 caseId) {
        const auto coderId = p.storage().coderIdByName(a.option(QStringLiteral("coder")));
        if (!coderId)
            return fail(QStringLiteral("no coder %1").arg(a.option(QStringLiteral("coder"))));
        return editAndReport(
            p, QStringLiteral("Remove maturity rating"),
            [&](Editor& e) { return clearMaturityRating(e, caseId, *coderId); },
            QStringLiteral("rating removed\n"));
    });
}

int cmdMaturityRatings(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const Storage& s = p->storage();
    QHash<int, QString> names;
    for (const MaturityLevel& l : maturityLevels(s))
        names.insert(l.level, l.name);
    const QVector<MaturityRating> ratings = maturityRatings(s);
    const QString what = QStringLiteral("%1 rating(s)").arg(ratings.size());
    if (format(a, QStringLiteral("csv")) == QLatin1String("json")) {
        QJsonArray arr;
        for (const MaturityRating& r : ratings)
            arr << QJsonObject{{QStringLiteral("case"), r.caseName},
                               {QStringLiteral("coder"), r.coderName},
                               {QStringLiteral("level"), r.level},
                               {QStringLiteral("level_name"), names.value(r.level)},
                               {QStringLiteral("rationale"), r.rationale},
                               {QStringLiteral("coding_ids"), jsonIds(r.codingIds)}};
        QJsonArray cons;
        for (const ConsensusRating& r : consensusRatings(s))
            cons << QJsonObject{{QStringLiteral("case"), r.caseName},
                                {QStringLiteral("level"), r.level},
                                {QStringLiteral("level_name"), names.value(r.level)},
                                {QStringLiteral("reasoning"), r.reasoning}};
        return writeOutput(
            a, json({{QStringLiteral("ratings"), arr}, {QStringLiteral("consensus"), cons}}), what);
    }
    csv::Writer w;
    w.writeRow({QStringLiteral("case"), QStringLiteral("coder"), QStringLiteral("level"),
                QStringLiteral("level_name"), QStringLiteral("rationale"),
                QStringLiteral("coding_ids")});
    for (const MaturityRating& r : ratings)
        w.writeCells({r.caseName, r.coderName, csv::Cell::number(r.level), names.value(r.level),
                      r.rationale, idList(r.codingIds)});
    return writeOutput(a, w.data(), what);
}

int cmdMaturityConsensus(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const Storage& s = p->storage();
    if (!a.options.contains(QStringLiteral("level"))) {
        csv::Writer w;
        w.writeRow({QStringLiteral("case"), QStringLiteral("level"), QStringLiteral("reasoning")});
        for (const ConsensusRating& r : consensusRatings(s))
            w.writeCells({r.caseName, csv::Cell::number(r.level), r.reasoning});
        outBytes(w.data());
        return 0;
    }
    Result<qint64> caseId = caseOption(s, a);
    if (!caseId)
        return usage(caseId.error());
    bool ok = false;
    const int level = a.option(QStringLiteral("level")).toInt(&ok);
    if (!ok)
        return usage(QStringLiteral("--level takes a number"));
    return editAndReport(
        *p, QStringLiteral("Set consensus rating"),
        [&](Editor& e) {
            return setConsensusRating(e, *caseId, level, a.option(QStringLiteral("reasoning")));
        },
        QStringLiteral("%1\tconsensus\t%2\n").arg(a.option(QStringLiteral("case"))).arg(level));
}

int cmdMaturityAgreement(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const QStringList coders =
        a.option(QStringLiteral("coders")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    Result<RatingAgreement> r = ratingAgreement(p->storage(), coders);
    if (!r)
        return fail(r.error());
    if (format(a, QStringLiteral("text")) == QLatin1String("json")) {
        QJsonObject reasons;
        const auto add = [&](const QString& key, const Coefficient& c) {
            if (!c.defined())
                reasons.insert(key, c.undefinedReason);
            return jsonCoefficient(c);
        };
        QJsonObject o{{QStringLiteral("coders"), QJsonArray::fromStringList(r->coders)},
                      {QStringLiteral("cases"), QJsonArray::fromStringList(r->cases)},
                      {QStringLiteral("levels"), r->levels},
                      {QStringLiteral("complete"), double(r->complete)},
                      {QStringLiteral("pairable"), double(r->pairable)},
                      {QStringLiteral("exact_agreements"), double(r->exactAgreements)}};
        o.insert(QStringLiteral("percent_agreement"),
                 add(QStringLiteral("percent_agreement"), r->percentAgreement));
        o.insert(QStringLiteral("krippendorff_alpha_ordinal"),
                 add(QStringLiteral("krippendorff_alpha_ordinal"), r->krippendorffAlphaOrdinal));
        o.insert(QStringLiteral("weighted_kappa_linear"),
                 add(QStringLiteral("weighted_kappa_linear"), r->weightedKappaLinear));
        o.insert(QStringLiteral("weighted_kappa_quadratic"),
                 add(QStringLiteral("weighted_kappa_quadratic"), r->weightedKappaQuadratic));
        o.insert(QStringLiteral("undefined"), reasons);
        return writeOutput(a, json(o), QStringLiteral("agreement"));
    }
    QString t;
    t += QStringLiteral("coders\t%1\n").arg(r->coders.join(QLatin1Char(',')));
    t += QStringLiteral("cases\t%1\n").arg(r->cases.size());
    t += QStringLiteral("complete\t%1\n").arg(r->complete);
    t += QStringLiteral("pairable\t%1\n").arg(r->pairable);
    t += QStringLiteral("exact_agreements\t%1\n").arg(r->exactAgreements);
    t += QStringLiteral("percent_agreement\t%1\n").arg(textCoefficient(r->percentAgreement, 2));
    t += QStringLiteral("krippendorff_alpha_ordinal\t%1\n")
             .arg(textCoefficient(r->krippendorffAlphaOrdinal));
    t += QStringLiteral("weighted_kappa_linear\t%1\n").arg(textCoefficient(r->weightedKappaLinear));
    t += QStringLiteral("weighted_kappa_quadratic\t%1\n")
             .arg(textCoefficient(r->weightedKappaQuadratic));
    out(t);
    return 0;
}

} // namespace

void addEvaluationCommands(QVector<Command>& c) {
    c << Command{
        QStringLiteral("evidence"),
        QStringLiteral("evidence PROJECT [--rows rq|code|toc|queries] [--query NAME]... "
                       "[--columns case|attribute:NAME] [--rollup] [--descendants] "
                       "[--format csv|json] [--output FILE]"),
        QStringLiteral("The evidence matrix: one CSV record per cell (empty cells too) with "
                       "row,column,codings,documents,cases,coding_ids,summary; coding_ids are "
                       "separated by ';'. Rows are research questions (a coding counts for the "
                       "questions of its code; --rollup: also of its ancestors), codes "
                       "(--descendants: with their sub-codes) or theory-of-change elements (the "
                       "codings of codes with that element) or saved queries (the codings that "
                       "share a character with the query's result; --query NAME, repeatable: "
                       "only those queries). JSON adds row totals."),
        {QStringLiteral("rollup"), QStringLiteral("descendants")},
        1,
        cmdEvidence};
    c << Command{QStringLiteral("evidence summary"),
                 QStringLiteral("evidence summary PROJECT [--rows rq|code|toc] --row KEY --column "
                                "KEY --text TEXT"),
                 QStringLiteral("Writes the analyst's summary of one evidence matrix cell (an "
                                "empty text removes it; undoable in the app). KEY of a row: a "
                                "question code, a code path or a ToC element (e.g. mechanism); "
                                "of a column: a case name or attribute:NAME=VALUE."),
                 {},
                 1,
                 cmdEvidenceSummary};
    c << Command{QStringLiteral("evidence summaries"),
                 QStringLiteral("evidence summaries PROJECT [--format csv|json] [--output FILE]"),
                 QStringLiteral("Every stored cell summary: rows,row,column,text,modified."),
                 {},
                 1,
                 cmdEvidenceSummaries};
    c << Command{QStringLiteral("maturity levels"),
                 QStringLiteral("maturity levels PROJECT [--import FILE.csv] [--format csv|json]"),
                 QStringLiteral("Lists the maturity model (level,name,descriptor), or replaces it "
                                "from a CSV with those columns (levels 1..n in order; a level "
                                "still used by a rating cannot be dropped)."),
                 {},
                 1,
                 cmdMaturityLevels};
    c << Command{QStringLiteral("maturity rate"),
                 QStringLiteral("maturity rate PROJECT --case NAME --coder NAME --level N "
                                "[--rationale TEXT] [--codings ID,ID]"),
                 QStringLiteral("Sets a coder's maturity rating of a case with its rationale; "
                                "--codings makes exactly those codings its supporting evidence. "
                                "Prints CASE<TAB>CODER<TAB>LEVEL."),
                 {},
                 1,
                 cmdMaturityRate};
    c << Command{QStringLiteral("maturity unrate"),
                 QStringLiteral("maturity unrate PROJECT --case NAME --coder NAME"),
                 QStringLiteral("Removes a coder's rating of a case with its evidence links."),
                 {},
                 1,
                 cmdMaturityUnrate};
    c << Command{QStringLiteral("maturity ratings"),
                 QStringLiteral("maturity ratings PROJECT [--format csv|json] [--output FILE]"),
                 QStringLiteral("Every rating: case,coder,level,level_name,rationale,coding_ids "
                                "(ids separated by ';'); JSON adds the consensus ratings."),
                 {},
                 1,
                 cmdMaturityRatings};
    c << Command{QStringLiteral("maturity consensus"),
                 QStringLiteral("maturity consensus PROJECT [--case NAME --level N --reasoning "
                                "TEXT]"),
                 QStringLiteral("Sets the consensus rating of a case; without --level, lists "
                                "them as case,level,reasoning."),
                 {},
                 1,
                 cmdMaturityConsensus};
    c << Command{
        QStringLiteral("maturity agreement"),
        QStringLiteral("maturity agreement PROJECT [--coders A,B] [--format text|json]"),
        QStringLiteral("Agreement of the coders' ratings (cases are units, levels ordinal):"
                       " percent agreement, Krippendorff's alpha (ordinal) and, for two "
                       "coders, weighted kappa (linear, quadratic). Text: one "
                       "KEY<TAB>VALUE line each."),
        {},
        1,
        cmdMaturityAgreement};
    // Drawn by the report program, so that situate-cli itself loads no Qt Gui.
    c << reportCommand([](const Args&) { return runReportProgram(); });
}

} // namespace situate::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/report.h"

#include "core/evaluation/reportbuilder.h"

#include "core/agreement/agreementanalysis.h"
#include "core/analysis/extracts.h"
#include "core/analysis/frequency.h"
#include "core/codetree.h"
#include "core/evaluation/evidencematrix.h"
#include "core/evaluation/maturity.h"
#include "core/evaluation/reportchart.h"
#include "core/evaluation/reportdocument.h"
#include "core/storage/storage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QHash>
#include <QSet>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::evaluation)
};
} // namespace

namespace situate {

namespace reportbuilder {

QString esc(const QString& s) {
    QString out = s.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return out;
}

QString num(qint64 n) {
    return QString::number(n);
}

QString coefficient(const Coefficient& c, int decimals) {
    if (!c.defined())
        return QStringLiteral("<span class=\"na\" title=\"%1\">n/a</span>")
            .arg(c.undefinedReason.toHtmlEscaped());
    return QString::number(*c.value, 'f', decimals);
}

QString percent(const Coefficient& c) {
    if (!c.defined())
        return coefficient(c);
    return QString::number(*c.value, 'f', 1) + QLatin1Char('%');
}

// An extract longer than this is cut at a word boundary: a report shows evidence, the
// extract browser the whole text.
QString shortened(const QString& text, int limit) {
    const QString t = text.simplified();
    if (t.size() <= limit)
        return t;
    qsizetype cut = t.lastIndexOf(QLatin1Char(' '), limit);
    if (cut < limit / 2)
        cut = limit;
    return t.left(cut) + QStringLiteral(" …");
}

// Short column labels: a name's initials ("Medicines safety" -> "MS", "Duty of candour" ->
// "DoC"), or the first three letters of a one-word name; a repeated label gets a number.
QStringList abbreviations(const QStringList& names) {
    static const QStringList small = {QStringLiteral("of"),  QStringLiteral("and"),
                                      QStringLiteral("the"), QStringLiteral("in"),
                                      QStringLiteral("for"), QStringLiteral("to")};
    QStringList out;
    for (const QString& name : names) {
        const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString a;
        if (words.size() == 1) {
            a = words[0].left(3);
        } else {
            for (const QString& w : words)
                a += small.contains(w.toLower()) ? w.left(1).toLower() : w.left(1).toUpper();
        }
        QString unique = a;
        for (int n = 2; out.contains(unique); ++n)
            unique = a + QString::number(n);
        out << unique;
    }
    return out;
}

QString Builder::image(const QImage& img, int cssWidth) {
    const int height = int(qreal(cssWidth) * img.height() / qMax(1, img.width()));
    if (m_embed) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        img.save(&buffer, "PNG");
        return QStringLiteral("<img class=\"chart\" width=\"%1\" height=\"%2\" alt=\"chart\" "
                              "src=\"data:image/png;base64,%3\">")
            .arg(cssWidth)
            .arg(height)
            .arg(QString::fromLatin1(png.toBase64()));
    }
    const QString name = QStringLiteral("situate-chart-%1.png").arg(m_doc.images.size() + 1);
    m_doc.images << img;
    m_doc.imageNames << name;
    return QStringLiteral("<img width=\"%1\" height=\"%2\" src=\"%3\">")
        .arg(cssWidth)
        .arg(height)
        .arg(name);
}

Status Builder::readProject() {
    Status failed;
    if (!takeValue(CodeTree::read(m_s), m_tree, &failed) ||
        !takeValue(m_s.researchQuestions(), m_questions, &failed) ||
        !takeValue(m_s.codeQuestionLinks(), m_links, &failed) ||
        !takeValue(m_s.cases(), m_cases, &failed) || !takeValue(m_s.coders(), m_coders, &failed))
        return failed;
    return {};
}

Result<ReportDocument> Builder::build(const QString& projectName) {
    using R = Result<ReportDocument>;
    if (Status st = readProject(); !st)
        return st;
    QVector<ResearchQuestion> questions = m_questions;
    if (!m_o.question.isEmpty()) {
        QVector<ResearchQuestion> one;
        for (const ResearchQuestion& q : questions) {
            if (q.code == m_o.question)
                one << q;
        }
        if (one.isEmpty())
            return R::failure(Tr::tr("no research question %1").arg(m_o.question),
                              ErrorKind::NotFound);
        questions = one;
    }
    if (!m_o.caseName.isEmpty()) {
        const auto id = m_s.caseIdByName(m_o.caseName);
        if (!id)
            return R::failure(Tr::tr("no case %1").arg(m_o.caseName), ErrorKind::NotFound);
        m_caseId = *id;
        m_filter.caseIds = {*id};
    }
    m_total = int(questions.size()) + 3;

    EvidenceRequest er;
    er.rows = EvidenceRowKind::ResearchQuestion;
    er.filter = m_filter;
    er.rollup = m_o.rollup;
    Result<EvidenceMatrix> em = evidenceMatrix(m_s, er);
    if (!em)
        return Status::from(em);
    FrequencyRequest fr;
    fr.by = Dimension::Case;
    fr.filter = m_filter;
    Result<FrequencyMatrix> fm = frequencyMatrix(m_s, fr);
    if (!fm)
        return Status::from(fm);
    for (qsizetype i = 0; i < fm->rows.size(); ++i)
        m_doc.codeCodings.insert(fm->rows[i].codeId, fm->rowTotals[i].codings);

    m_doc.title =
        m_o.title.isEmpty() ? QStringLiteral("Evaluation report: %1").arg(projectName) : m_o.title;
    QString scope = m_o.question.isEmpty()
                        ? QStringLiteral("all research questions")
                        : QStringLiteral("research question %1").arg(m_o.question);
    scope += m_o.caseName.isEmpty() ? QStringLiteral(", all cases")
                                    : QStringLiteral(", case %1").arg(m_o.caseName);
    const ProjectStats stats = m_s.stats();
    m_html += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">Project %2 · %3 · generated %4"
                             "<br>%5 documents, %6 cases, %7 codes, %8 codings by %9 coders"
                             "</p>\n")
                  .arg(esc(m_doc.title), esc(projectName), esc(scope),
                       QDate::currentDate().toString(Qt::ISODate), num(stats.documents),
                       num(stats.cases), num(stats.codes), num(stats.codings), num(stats.coders));
    m_html += QStringLiteral("<div class=\"contents\"><p class=\"label\">Contents</p><ol>");
    for (const ResearchQuestion& q : questions)
        m_html += QStringLiteral("<li><a href=\"#q-%1\">%2: %3</a></li>")
                      .arg(q.id)
                      .arg(esc(q.code), esc(q.title));
    m_html += QStringLiteral("<li><a href=\"#maturity\">Maturity ratings</a></li>"
                             "<li><a href=\"#codebook\">Appendix A: Codebook</a></li>"
                             "<li><a href=\"#agreement\">Appendix B: Inter-coder agreement</a>"
                             "</li></ol></div>\n");

    for (const ResearchQuestion& q : questions) {
        const qsizetype row = em->rowIndex({EvidenceRowKind::ResearchQuestion, q.uuid});
        if (row >= 0)
            questionSection(*em, row, *fm);
        if (Status st = extractsOf(em->rows.value(row)); !st)
            return st;
        m_html += QStringLiteral("</div>\n");
        if (!step())
            return R::failure(QStringLiteral("cancelled"));
    }
    maturitySection();
    if (!step())
        return R::failure(QStringLiteral("cancelled"));
    codebookAppendix();
    if (!step())
        return R::failure(QStringLiteral("cancelled"));
    if (Status st = agreementAppendix(); !st)
        return st;
    if (!step())
        return R::failure(QStringLiteral("cancelled"));

    m_doc.html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                "<title>%1</title>\n<style>\n%2</style></head>\n<body>\n%3"
                                "</body></html>\n")
                     .arg(esc(m_doc.title), reportCss(m_print), m_html);
    return m_doc;
}

void Builder::questionSection(const EvidenceMatrix& em, qsizetype row, const FrequencyMatrix& fm) {
    const EvidenceRow& r = em.rows[row];
    m_html += QStringLiteral("<div class=\"question\" id=\"q-%1\">\n<h2%4>%2: %3</h2>\n")
                  .arg(r.id)
                  .arg(esc(r.label), esc(r.title),
                       m_print ? QStringLiteral(" class=\"newpage\"") : QString());
    if (!r.text.isEmpty())
        m_html += QStringLiteral("<p class=\"lead\">%1</p>\n").arg(esc(r.text));

    // The codes that serve the question, with their codings in scope.
    QHash<qint64, qsizetype> fmRow;
    for (qsizetype i = 0; i < fm.rows.size(); ++i)
        fmRow.insert(fm.rows[i].codeId, i);
    QVector<qint64> codes; // tree order, as the frequency rows are
    for (const MatrixRow& mr : fm.rows) {
        if (r.codeIds.contains(mr.codeId))
            codes << mr.codeId;
    }
    m_html += QStringLiteral("<h3>Codes that serve this question</h3>\n");
    if (codes.isEmpty()) {
        m_html += QStringLiteral("<p class=\"gap\">No code is linked to this question.</p>\n");
    } else {
        m_html += QStringLiteral("<table class=\"data\" cellspacing=\"0\" cellpadding=\"4\">"
                                 "<tr><th>Code</th><th>Theory of change</th>"
                                 "<th class=\"n\">Codings</th><th>Definition</th></tr>\n");
        for (qint64 id : codes) {
            const Code* c = m_tree.find(id);
            m_html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"n\">%3</td>"
                                     "<td class=\"small\">%4</td></tr>\n")
                          .arg(esc(m_tree.path(id)), esc(tocLabel(id)),
                               num(fm.rowTotals[fmRow.value(id)].codings),
                               esc(c ? c->definition : QString()));
        }
        m_html += QStringLiteral("</table>\n");
    }

    // The evidence matrix row, one line per case, gaps shown.
    m_html += QStringLiteral("<h3>Evidence by case</h3>\n<table class=\"data evidence\" "
                             "cellspacing=\"0\" cellpadding=\"4\"><tr><th>Case</th>"
                             "<th class=\"n\">Codings</th><th class=\"n\">Documents</th>"
                             "<th>Analysts' summary</th></tr>\n");
    for (qsizetype c = 0; c < em.columns.size(); ++c) {
        const EvidenceCell& cell = em.cell(row, c);
        const QString summary =
            cell.summary.isEmpty()
                ? (cell.isGap() ? QStringLiteral("<span class=\"gap\">No coded evidence.</span>")
                                : QStringLiteral("<span class=\"na\">No summary yet.</span>"))
                : esc(cell.summary);
        m_html += QStringLiteral("<tr%5><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td>"
                                 "<td>%4</td></tr>\n")
                      .arg(esc(em.columns[c].label), num(cell.codings), num(cell.documents),
                           summary, cell.isGap() ? QStringLiteral(" class=\"gaprow\"") : QString());
    }
    m_html += QStringLiteral("<tr class=\"total\"><td>All cases</td><td class=\"n\">%1</td>"
                             "<td class=\"n\">%2</td><td></td></tr>\n</table>\n")
                  .arg(num(em.rowTotals[row].codings), num(em.rowTotals[row].documents));

    // Frequencies: the question's codes by case, and a chart of each case's codings by ToC
    // element.
    if (!codes.isEmpty() && !fm.columns.isEmpty()) {
        // An A4 page has no room for seven case names as headers: print uses short labels
        // with a key below the table.
        QStringList heads;
        for (const MatrixColumn& col : fm.columns)
            heads << col.key;
        const bool shortHeads = m_print && heads.size() > 4;
        if (shortHeads)
            heads = abbreviations(heads);
        m_html += QStringLiteral("<h3>Frequencies by case</h3>\n<p class=\"small\">Codings of "
                                 "each code per case (a document in two cases counts in both)."
                                 "</p>\n<table class=\"data freq\" width=\"100%\" "
                                 "cellspacing=\"0\" cellpadding=\"3\"><tr><th%1>Code</th>")
                      .arg(m_print ? QStringLiteral(" width=\"38%\"") : QString());
        for (const QString& head : heads)
            m_html += QStringLiteral("<th class=\"n\">%1</th>").arg(esc(head));
        m_html += QStringLiteral("<th class=\"n\">Total</th></tr>\n");
        for (qint64 id : codes) {
            const qsizetype i = fmRow.value(id);
            m_html += QStringLiteral("<tr><td>%1</td>").arg(esc(m_tree.path(id)));
            for (qsizetype c = 0; c < fm.columns.size(); ++c) {
                const qint64 n = fm.cell(i, c).codings;
                m_html += QStringLiteral("<td class=\"n%1\">%2</td>")
                              .arg(n == 0 ? QStringLiteral(" zero") : QString(), num(n));
            }
            m_html +=
                QStringLiteral("<td class=\"n\">%1</td></tr>\n").arg(num(fm.rowTotals[i].codings));
        }
        m_html += QStringLiteral("</table>\n");
        if (shortHeads) {
            QStringList key;
            for (qsizetype c = 0; c < heads.size(); ++c)
                key << QStringLiteral("%1 = %2").arg(esc(heads[c]), esc(fm.columns[c].key));
            m_html +=
                QStringLiteral("<p class=\"small\">%1</p>\n").arg(key.join(QStringLiteral(" · ")));
        }

        StackedBarChart chart;
        chart.title =
            QStringLiteral("%1: codings per case by theory-of-change element").arg(r.label);
        const QVector<TocElement> chain = tocChain();
        QVector<int> seriesOf(chain.size() + 1, -1);
        for (qint64 id : codes) {
            const Code* c = m_tree.find(id);
            const int k = c ? int(chain.indexOf(c->toc)) : -1;
            const int slot = k >= 0 ? k : int(chain.size());
            seriesOf[slot] = 0; // present; numbered below in chain order
        }
        for (int slot = 0, n = 0; slot < seriesOf.size(); ++slot) {
            if (seriesOf[slot] < 0)
                continue;
            seriesOf[slot] = n++;
            chart.series << (slot < chain.size() ? tocElementTitle(chain[slot])
                                                 : QStringLiteral("No element"));
            chart.colours << tocColour(slot);
        }
        for (qsizetype c = 0; c < fm.columns.size(); ++c) {
            chart.categories << fm.columns[c].key;
            QVector<qint64> values(chart.series.size(), 0);
            for (qint64 id : codes) {
                const Code* code = m_tree.find(id);
                const int k = code ? int(chain.indexOf(code->toc)) : -1;
                values[seriesOf[k >= 0 ? k : int(chain.size())]] +=
                    fm.cell(fmRow.value(id), c).codings;
            }
            chart.values << values;
        }
        m_html +=
            QStringLiteral("<p class=\"figure\">%1</p>\n").arg(image(renderChart(chart), 640));
    }
}

Status Builder::extractsOf(const EvidenceRow& row) {
    if (row.codeIds.isEmpty() || m_o.extractsPerCode <= 0)
        return {};
    m_html += QStringLiteral("<h3>Selected extracts</h3>\n<p class=\"small\">Up to %1 per code, "
                             "key quotes first, then in document order.</p>\n")
                  .arg(m_o.extractsPerCode);
    bool any = false;
    // Tree order, as everywhere else in the report.
    QVector<qint64> order;
    std::function<void(qint64)> walk = [&](qint64 parent) {
        for (qint64 id : m_tree.children(parent)) {
            if (row.codeIds.contains(id))
                order << id;
            walk(id);
        }
    };
    walk(0);
    for (qint64 id : order) {
        ExtractQuery q;
        q.filter = m_filter;
        q.codeIds = {id};
        // Coders often code the same passage: it is shown once, with every coder named.
        struct Passage {
            Extract x;
            QStringList coders;
            QStringList memos;
        };
        QVector<Passage> found;
        Status st = forEachExtractKeyQuotesFirst(m_s, q, [&](const Extract& x) {
            for (Passage& p : found) {
                if (p.x.documentId == x.documentId && p.x.text == x.text) {
                    if (!p.coders.contains(x.coder))
                        p.coders << x.coder;
                    if (!x.memo.isEmpty())
                        p.memos << x.memo;
                    return true;
                }
            }
            if (found.size() == m_o.extractsPerCode)
                return false; // a new passage past the limit
            found << Passage{x, {x.coder}, x.memo.isEmpty() ? QStringList() : QStringList{x.memo}};
            return true;
        });
        if (!st)
            return st;
        if (found.isEmpty())
            continue;
        any = true;
        m_html += QStringLiteral("<h4>%1</h4>\n").arg(esc(m_tree.path(id)));
        for (const Passage& p : found) {
            m_html += QStringLiteral("<blockquote>%1</blockquote>\n<p class=\"source\">%2 · %3 · "
                                     "coded by %4</p>\n")
                          .arg(esc(shortened(p.x.text)), esc(p.x.document),
                               esc(p.x.cases.isEmpty() ? QStringLiteral("no case")
                                                       : p.x.cases.join(QStringLiteral("; "))),
                               esc(p.coders.join(QStringLiteral(" and "))));
            for (const QString& memo : p.memos)
                m_html += QStringLiteral("<p class=\"memo\">Memo: %1</p>\n").arg(esc(memo));
        }
    }
    if (!any)
        m_html += QStringLiteral("<p class=\"gap\">No coded extracts in scope.</p>\n");
    return {};
}

} // namespace reportbuilder

Result<ReportDocument> buildReportDocument(const Storage& s, const QString& projectName,
                                           const ReportOptions& options, bool embedImages,
                                           bool forPrint, const ReportProgress& progress) {
    // The charts are drawn with fonts, which Qt only has once a QGuiApplication exists.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Result<ReportDocument>::failure(
            Tr::tr("a report needs a QGuiApplication (fonts for the charts)"));
    reportbuilder::Builder b(s, options, embedImages, forPrint, progress);
    return b.build(projectName);
}

Result<QString> reportHtml(const Storage& s, const QString& projectName,
                           const ReportOptions& options, const ReportProgress& progress) {
    Result<ReportDocument> d = buildReportDocument(s, projectName, options, true, false, progress);
    if (!d)
        return Status::from(d);
    return d->html;
}

} // namespace situate

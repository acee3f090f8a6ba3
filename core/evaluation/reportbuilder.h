// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The evaluation report's builder, shared by report.cpp (the document, its questions and
// their extracts) and reportsections.cpp (maturity ratings and the appendices); internal to
// core/evaluation/.

#include "core/agreement/coefficients.h"
#include "core/analysis/analysisfilter.h"
#include "core/analysis/frequency.h"
#include "core/codetree.h"
#include "core/evaluation/evidencematrix.h"
#include "core/evaluation/report.h"
#include "core/evaluation/reportdocument.h"
#include "core/result.h"
#include "core/types.h"

#include <QHash>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

namespace situate {

class Storage;

namespace reportbuilder {

/// HTML-escaped, line breaks as <br>.
QString esc(const QString& s);
QString num(qint64 n);
/// A coefficient with `decimals` places, or "n/a" with the reason as its title.
QString coefficient(const Coefficient& c, int decimals = 3);
QString percent(const Coefficient& c);
/// An extract longer than `limit` cut at a word boundary: a report shows evidence, the
/// extract browser the whole text.
QString shortened(const QString& text, int limit = 600);
/// Short column labels: initials, or the first three letters of a one-word name.
QStringList abbreviations(const QStringList& names);

class Builder {
public:
    Builder(const Storage& s, const ReportOptions& o, bool embed, bool print,
            const ReportProgress& progress)
        : m_s(s)
        , m_o(o)
        , m_embed(embed)
        , m_print(print)
        , m_progress(progress) {}

    Result<ReportDocument> build(const QString& projectName);

private:
    bool step() {
        ++m_done;
        return !m_progress || m_progress(m_done, m_total);
    }
    QString image(const QImage& img, int cssWidth);
    QString tocLabel(qint64 codeId) const {
        const Code* c = m_tree.find(codeId);
        return c && c->toc != TocElement::None ? tocElementTitle(c->toc) : QString();
    }
    void questionSection(const EvidenceMatrix& em, qsizetype row, const FrequencyMatrix& fm);
    Status extractsOf(const EvidenceRow& row);
    Status readProject();
    void maturitySection();
    void codebookAppendix();
    Status agreementAppendix();

    const Storage& m_s;
    ReportOptions m_o;
    bool m_embed;
    bool m_print;
    ReportProgress m_progress;
    // What the sections show, read once (readProject).
    CodeTree m_tree;
    QVector<ResearchQuestion> m_questions;
    QHash<qint64, QVector<qint64>> m_links;
    QVector<Case> m_cases;
    QVector<Coder> m_coders;
    AnalysisFilter m_filter;
    qint64 m_caseId = 0;
    int m_done = 0;
    int m_total = 0;
    QString m_html;
    ReportDocument m_doc;
};

} // namespace reportbuilder

} // namespace situate

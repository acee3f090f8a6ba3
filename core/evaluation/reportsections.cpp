// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation report's maturity section and its appendices: the codebook and inter-coder
// agreement (the rest of the report is built in report.cpp).
#include "core/agreement/agreementanalysis.h"
#include "core/evaluation/maturity.h"
#include "core/evaluation/reportbuilder.h"
#include "core/storage/storage.h"

#include <functional>

namespace situate::reportbuilder {

void Builder::maturitySection() {
    m_html +=
        QStringLiteral("<div class=\"maturity\" id=\"maturity\">\n<h2%1>Maturity ratings</h2>\n")
            .arg(m_print ? QStringLiteral(" class=\"newpage\"") : QString());
    const QVector<MaturityLevel> levels = maturityLevels(m_s);
    if (levels.isEmpty()) {
        m_html += QStringLiteral("<p class=\"gap\">No maturity model is defined.</p>\n</div>\n");
        return;
    }
    QHash<int, QString> levelName;
    m_html += QStringLiteral("<h3>Maturity model</h3>\n<table class=\"data\" cellspacing=\"0\" "
                             "cellpadding=\"4\"><tr><th class=\"n\">Level</th><th>Name</th>"
                             "<th>Descriptor</th></tr>\n");
    for (const MaturityLevel& l : levels) {
        levelName.insert(l.level, l.name);
        m_html += QStringLiteral("<tr><td class=\"n\">%1</td><td>%2</td><td class=\"small\">%3"
                                 "</td></tr>\n")
                      .arg(l.level)
                      .arg(esc(l.name), esc(l.descriptor));
    }
    m_html += QStringLiteral("</table>\n");
    const auto levelText = [&](int level) {
        return level <= 0 ? QStringLiteral("–")
                          : QStringLiteral("%1 %2").arg(level).arg(esc(levelName.value(level)));
    };

    QVector<MaturityRating> ratings = maturityRatings(m_s);
    QVector<ConsensusRating> consensus = consensusRatings(m_s);
    QStringList coders;
    for (const MaturityRating& r : ratings) {
        if (!coders.contains(r.coderName))
            coders << r.coderName;
    }
    std::sort(coders.begin(), coders.end());
    m_html += QStringLiteral("<h3>Ratings by case</h3>\n<table class=\"data\" cellspacing=\"0\" "
                             "cellpadding=\"4\"><tr><th>Case</th>");
    for (const QString& c : coders)
        m_html += QStringLiteral("<th>%1</th>").arg(esc(c));
    m_html += QStringLiteral("<th>Consensus</th></tr>\n");
    for (const Case& k : m_cases) {
        if (m_caseId != 0 && k.id != m_caseId)
            continue;
        m_html += QStringLiteral("<tr><td>%1</td>").arg(esc(k.name));
        for (const QString& c : coders) {
            int level = 0;
            for (const MaturityRating& r : ratings) {
                if (r.caseId == k.id && r.coderName == c)
                    level = r.level;
            }
            m_html += QStringLiteral("<td>%1</td>").arg(levelText(level));
        }
        int agreed = 0;
        for (const ConsensusRating& r : consensus) {
            if (r.caseId == k.id)
                agreed = r.level;
        }
        m_html += QStringLiteral("<td><b>%1</b></td></tr>\n").arg(levelText(agreed));
    }
    m_html += QStringLiteral("</table>\n");

    // Agreement is over every case, whatever the report's case: one case alone says nothing
    // about the coders' reliability.
    Result<RatingAgreement> a = ratingAgreement(m_s);
    m_html += QStringLiteral("<h3>Agreement of the ratings</h3>\n");
    if (a && a->coders.size() >= 2) {
        m_html += QStringLiteral(
                      "<table class=\"data narrow\" cellspacing=\"0\" cellpadding=\"4\">"
                      "<tr><th>Measure</th><th class=\"n\">Value</th></tr>\n"
                      "<tr><td>Coders compared</td><td class=\"n\">%1</td></tr>\n"
                      "<tr><td>Cases rated by all of them</td><td class=\"n\">%2</td></tr>\n"
                      "<tr><td>Identical ratings</td><td class=\"n\">%3 of %2</td></tr>\n"
                      "<tr><td>Percent agreement</td><td class=\"n\">%4</td></tr>\n"
                      "<tr><td>Krippendorff's alpha (ordinal)</td><td class=\"n\">%5</td></tr>\n")
                      .arg(esc(a->coders.join(QStringLiteral(", "))), num(a->complete),
                           num(a->exactAgreements), percent(a->percentAgreement),
                           coefficient(a->krippendorffAlphaOrdinal));
        if (a->coders.size() == 2)
            m_html +=
                QStringLiteral("<tr><td>Weighted kappa (linear)</td><td class=\"n\">%1</td></tr>\n"
                               "<tr><td>Weighted kappa (quadratic)</td><td class=\"n\">%2</td>"
                               "</tr>\n")
                    .arg(coefficient(a->weightedKappaLinear),
                         coefficient(a->weightedKappaQuadratic));
        m_html += QStringLiteral("</table>\n");
    } else {
        m_html += QStringLiteral("<p class=\"gap\">Fewer than two coders have rated cases.</p>\n");
    }

    m_html += QStringLiteral("<h3>Rationales and consensus</h3>\n");
    for (const Case& k : m_cases) {
        if (m_caseId != 0 && k.id != m_caseId)
            continue;
        QString body;
        for (const MaturityRating& r : ratings) {
            if (r.caseId != k.id)
                continue;
            body +=
                QStringLiteral("<p><b>%1</b> (level %2)%3: %4</p>\n")
                    .arg(esc(r.coderName), levelText(r.level),
                         r.codingIds.isEmpty()
                             ? QString()
                             : QStringLiteral(", citing %1 coding%2")
                                   .arg(r.codingIds.size())
                                   .arg(r.codingIds.size() == 1 ? QString() : QStringLiteral("s")),
                         esc(r.rationale));
        }
        for (const ConsensusRating& r : consensus) {
            if (r.caseId == k.id)
                body +=
                    QStringLiteral("<p class=\"consensus\"><b>Consensus</b> (level %1): %2</p>\n")
                        .arg(levelText(r.level), esc(r.reasoning));
        }
        if (!body.isEmpty())
            m_html += QStringLiteral("<h4>%1</h4>\n").arg(esc(k.name)) + body;
    }
    m_html += QStringLiteral("</div>\n");
}

void Builder::codebookAppendix() {
    m_html += QStringLiteral("<div class=\"appendix\" id=\"codebook\">\n<h2%1>Appendix A: Codebook"
                             "</h2>\n<table class=\"data codebook\" cellspacing=\"0\" "
                             "cellpadding=\"4\" width=\"100%\"><tr><th width=\"24%\">Code</th>"
                             "<th width=\"13%\">Theory of change</th><th width=\"15%\">"
                             "Questions</th><th>Definition</th></tr>\n")
                  .arg(m_print ? QStringLiteral(" class=\"newpage\"") : QString());
    const QHash<qint64, QVector<qint64>>& links = m_links;
    QHash<qint64, QString> questionCode;
    QHash<qint64, int> questionOrder;
    for (const ResearchQuestion& q : m_questions) {
        questionOrder.insert(q.id, int(questionCode.size()));
        questionCode.insert(q.id, q.code);
    }
    std::function<void(qint64, int)> walk = [&](qint64 parent, int depth) {
        for (qint64 id : m_tree.children(parent)) {
            const Code* c = m_tree.find(id);
            QVector<qint64> linked = links.value(id);
            std::sort(linked.begin(), linked.end(), [&](qint64 a, qint64 b) {
                return questionOrder.value(a) < questionOrder.value(b);
            });
            QStringList qs;
            for (qint64 q : linked)
                qs << questionCode.value(q);
            m_html +=
                QStringLiteral("<tr><td class=\"%1\">%2</td><td>%3</td><td>%4</td>"
                               "<td class=\"small\">%5</td></tr>\n")
                    .arg(depth == 0 ? QStringLiteral("top") : QStringLiteral("sub"),
                         esc(depth == 0 ? c->name : QStringLiteral("   ") + c->name),
                         esc(tocLabel(id)), esc(qs.join(QStringLiteral(", "))), esc(c->definition));
            walk(id, depth + 1);
        }
    };
    walk(0, 0);
    m_html += QStringLiteral("</table>\n</div>\n");
}

Status Builder::agreementAppendix() {
    m_html += QStringLiteral("<div class=\"appendix\" id=\"agreement\">\n<h2%1>Appendix B: "
                             "Inter-coder agreement</h2>\n")
                  .arg(m_print ? QStringLiteral(" class=\"newpage\"") : QString());
    QStringList coders;
    for (const Coder& c : m_coders) {
        if (m_s.codingCount(QStringLiteral("coder_id"), c.id) > 0)
            coders << c.name;
    }
    if (coders.size() < 2) {
        m_html +=
            QStringLiteral("<p class=\"gap\">Agreement needs codings by two coders.</p>\n</div>\n");
        return {};
    }
    AgreementRequest req;
    req.coders = coders.mid(0, 2);
    req.unit = AgreementUnit::Character;
    if (m_caseId != 0) {
        const Result<QVector<qint64>> documents = m_s.documentsOfCase(m_caseId);
        if (!documents)
            return Status::from(documents);
        for (qint64 d : *documents) {
            const auto info = m_s.documentNameAndLength(d);
            const Result<QVector<Coding>> codings = m_s.codingsForView(d);
            if (!codings)
                return Status::from(codings);
            bool both = true;
            for (const QString& name : req.coders) {
                const auto coderId = m_s.coderIdByName(name);
                bool has = false;
                for (const Coding& c : *codings)
                    has = has || c.coderId == coderId.value_or(0);
                both = both && has;
            }
            if (info && both)
                req.documents << info->first;
        }
        if (req.documents.isEmpty()) {
            m_html += QStringLiteral("<p class=\"gap\">No document of this case was coded by both "
                                     "%1 and %2.</p>\n</div>\n")
                          .arg(esc(req.coders[0]), esc(req.coders[1]));
            return {};
        }
    }
    Result<AgreementResult> a = computeAgreement(m_s, req);
    if (!a) {
        m_html += QStringLiteral("<p class=\"gap\">%1</p>\n</div>\n").arg(esc(a.error()));
        return {};
    }
    m_html += QStringLiteral("<p class=\"small\">%1 and %2 compared character by character over "
                             "%3 document(s) they both coded (%4). Percent agreement counts "
                             "characters both coded or both left uncoded; kappa and alpha "
                             "correct for chance.</p>\n")
                  .arg(esc(req.coders[0]), esc(req.coders[1]), num(a->documents.size()),
                       esc(a->documents.join(QStringLiteral(", "))));
    m_html +=
        QStringLiteral(
            "<table class=\"data freq\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
            "<th>Code</th><th class=\"n\">Both</th><th class=\"n\">Only %1</th>"
            "<th class=\"n\">Only %2</th><th class=\"n\">Agreement</th>"
            "<th class=\"n\">Kappa</th><th class=\"n\">Alpha</th></tr>\n")
            .arg(esc(req.coders[0]), esc(req.coders[1]));
    const auto line = [&](const SpanRow& r, const QString& label, bool total) {
        const SpanCoefficients k = a->coefficients(r);
        m_html += QStringLiteral("<tr%1><td>%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td>"
                                 "<td class=\"n\">%5</td><td class=\"n\">%6</td><td class=\"n\">"
                                 "%7</td><td class=\"n\">%8</td></tr>\n")
                      .arg(total ? QStringLiteral(" class=\"total\"") : QString(), esc(label),
                           num(r.characters.both), num(r.characters.onlyFirst),
                           num(r.characters.onlySecond), percent(k.percentAgreement),
                           coefficient(k.cohenKappa), coefficient(k.krippendorffAlpha));
    };
    for (const SpanRow& r : a->codeRows)
        line(r, a->codeName(r), false);
    line(a->overall, QStringLiteral("All codes"), true);
    m_html += QStringLiteral("</table>\n</div>\n");
    return {};
}

} // namespace situate::reportbuilder

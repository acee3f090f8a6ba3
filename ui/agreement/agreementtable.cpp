// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/agreement/agreementtable.h"

#include "core/agreement/agreementreport.h"
#include "ui/common/translations.h"

#include <QHeaderView>
#include <QLocale>

namespace situate {

namespace {

struct Column {
    QString key;
    QString title;
    QString tip;
};

const QColor undefinedColour(0x8a, 0x8f, 0x98);

QString landisKoch() {
    return AgreementTable::tr(" Rough reading (Landis & Koch 1977): below 0.40 poor to fair, "
                              "0.41-0.60 moderate, 0.61-0.80 substantial, above 0.80 almost "
                              "perfect.");
}

QVector<Column> columnsFor(const AgreementResult& r) {
    const QString first = r.request.coders.value(0);
    const QString second = r.request.coders.value(1);
    const Column code{
        QStringLiteral("code"), AgreementTable::tr("Code"),
        AgreementTable::tr("The code compared (only its own codings, not its sub-codes'). "
                           "Unfold a code for its rows per document.")};
    const Column percent{
        QStringLiteral("percent_agreement"), AgreementTable::tr("% agreement"),
        r.request.unit == AgreementUnit::Character
            ? AgreementTable::tr(
                  "(both + neither) / n. High whenever a code is rare, because most characters "
                  "are coded by neither: read it with kappa and alpha.")
        : r.request.unit == AgreementUnit::Segment
            ? AgreementTable::tr("agreements / (agreements + only first + only second).")
            : AgreementTable::tr(
                  "Share of the complete units on which the coders agree (the mean over coder "
                  "pairs with three or more coders).")};
    const Column alpha{
        QStringLiteral("krippendorff_alpha"), AgreementTable::tr("Krippendorff's α"),
        AgreementTable::tr(
            "1 - observed / expected disagreement, chance from the coders' pooled values; "
            "uses every pairable value, missing values allowed. Krippendorff (2004): rely on "
            "α ≥ 0.800, draw tentative conclusions from α ≥ 0.667.")};
    if (r.request.unit == AgreementUnit::Character) {
        return {code,
                {QStringLiteral("n"), AgreementTable::tr("n"),
                 AgreementTable::tr(
                     "Characters compared: the document's length in code points (a code's "
                     "row: the documents' total length).")},
                {QStringLiteral("both"), AgreementTable::tr("Both"),
                 AgreementTable::tr("Characters both coders coded.")},
                {QStringLiteral("only_first"), AgreementTable::tr("Only %1").arg(first),
                 AgreementTable::tr("Characters only %1 (the first coder) coded.").arg(first)},
                {QStringLiteral("only_second"), AgreementTable::tr("Only %1").arg(second),
                 AgreementTable::tr("Characters only %1 (the second coder) coded.").arg(second)},
                {QStringLiteral("neither"), AgreementTable::tr("Neither"),
                 AgreementTable::tr("Characters neither coder coded.")},
                percent,
                {QStringLiteral("cohen_kappa"), AgreementTable::tr("Cohen's κ"),
                 AgreementTable::tr(
                     "Agreement beyond chance on the two coded/uncoded sequences, chance from "
                     "each coder's own rate: (pₒ - pₑ) / (1 - pₑ).") +
                     landisKoch()},
                alpha};
    }
    if (r.request.unit == AgreementUnit::Segment) {
        const QString overlap = QLocale().toString(r.request.overlap * 100, 'f', 0);
        return {code,
                {QStringLiteral("agreements"), AgreementTable::tr("Agreements"),
                 AgreementTable::tr(
                     "Pairs of segments, one per coder, sharing at least %1% of the longer "
                     "segment's characters (matched one to one).")
                     .arg(overlap)},
                {QStringLiteral("only_first"), AgreementTable::tr("Only %1").arg(first),
                 AgreementTable::tr("Segments of %1 (the first coder) with no matching segment.")
                     .arg(first)},
                {QStringLiteral("only_second"), AgreementTable::tr("Only %1").arg(second),
                 AgreementTable::tr("Segments of %1 (the second coder) with no matching segment.")
                     .arg(second)},
                percent,
                {QStringLiteral("brennan_prediger_kappa"), AgreementTable::tr("Brennan-Prediger κ"),
                 AgreementTable::tr(
                     "(p - 1/k) / (1 - 1/k) with chance 1/k, k = %1 codes compared in this "
                     "run (Brennan & Prediger 1981, as in MAXQDA).")
                     .arg(r.codes.size())}};
    }
    const int q = r.request.group.isEmpty() ? 2 : static_cast<int>(r.codes.size());
    QVector<Column> cols{
        {QStringLiteral("code"),
         r.request.group.isEmpty() ? AgreementTable::tr("Code") : AgreementTable::tr("Group"),
         r.request.group.isEmpty()
             ? AgreementTable::tr("Each code compared as present or absent in a unit.")
             : AgreementTable::tr(
                   "The group's child codes are the values; a unit where a coder applied "
                   "two of them is flagged and left out.")},
        {QStringLiteral("n_units"), AgreementTable::tr("Units"),
         AgreementTable::tr("Units with a value from at least one coder.")},
        {QStringLiteral("n_complete"), AgreementTable::tr("Complete"),
         AgreementTable::tr(
             "Units with a value from every coder: the units percent agreement, Cohen, "
             "Scott, Fleiss and Brennan-Prediger use.")},
        {QStringLiteral("n_pairable"), AgreementTable::tr("Pairable"),
         AgreementTable::tr("Units with values from at least two coders: the units alpha uses.")},
        percent};
    if (r.request.coders.size() == 2) {
        cols << Column{QStringLiteral("cohen_kappa"), AgreementTable::tr("Cohen's κ"),
                       AgreementTable::tr("Agreement beyond chance, chance from each coder's own "
                                          "distribution of values.") +
                           landisKoch()}
             << Column{QStringLiteral("scott_pi"), AgreementTable::tr("Scott's π"),
                       AgreementTable::tr("Agreement beyond chance, chance from the coders' pooled "
                                          "distribution of values.")};
    }
    cols << Column{QStringLiteral("fleiss_kappa"), AgreementTable::tr("Fleiss' κ"),
                   AgreementTable::tr(
                       "Scott's pi generalised to two or more coders (Fleiss 1971), on the "
                       "complete units.")}
         << Column{QStringLiteral("brennan_prediger_kappa"),
                   AgreementTable::tr("Brennan-Prediger κ"),
                   AgreementTable::tr(
                       "(p - 1/q) / (1 - 1/q), chance 1/q with q = %1 possible values.")
                       .arg(q)}
         << alpha
         << Column{QStringLiteral("alpha_ci95"), AgreementTable::tr("α 95% CI"),
                   AgreementTable::tr("Bootstrap interval for alpha: %1.")
                       .arg(bootstrapDescription(r.request))};
    return cols;
}

/// "1 document", "4 documents": the untranslated "%n document(s)" reads badly in a report.
QString counted(qsizetype n, const QString& one, const QString& many) {
    return QStringLiteral("%1 %2").arg(QLocale().toString(n), n == 1 ? one : many);
}

QString coefficientText(const Coefficient& c, int decimals) {
    return c.defined() ? QLocale().toString(*c.value, 'f', decimals)
                       : AgreementTable::undefinedMark();
}

void setUndefined(QTreeWidgetItem* item, int col, const QString& reason) {
    item->setText(col, AgreementTable::undefinedMark());
    item->setForeground(col, undefinedColour);
    QFont f = item->font(col);
    f.setItalic(true);
    item->setFont(col, f);
    item->setToolTip(col, reason.isEmpty() ? AgreementTable::tr("undefined")
                                           : coefficientReasonText(reason));
}

void setCount(QTreeWidgetItem* item, int col, qint64 n) {
    if (col < 0)
        return;
    item->setText(col, QLocale().toString(n));
    item->setData(col, AgreementTable::ValueRole, n);
}

void setCoefficient(QTreeWidgetItem* item, int col, const Coefficient& c, int decimals) {
    if (col < 0)
        return;
    if (!c.defined()) {
        setUndefined(item, col, c.undefinedReason);
        return;
    }
    item->setText(col, QLocale().toString(*c.value, 'f', decimals));
    item->setData(col, AgreementTable::ValueRole, *c.value);
    item->setToolTip(col, QLocale().toString(*c.value, 'g', 8));
}

/// The unit's and the level's names as the summary shows them (core's names stay English for
/// the CLI and the file names).
QString unitText(AgreementUnit unit) {
    switch (unit) {
    case AgreementUnit::Character:
        return AgreementTable::tr("character");
    case AgreementUnit::Segment:
        return AgreementTable::tr("segment");
    case AgreementUnit::Document:
        return AgreementTable::tr("document");
    case AgreementUnit::Paragraph:
        return AgreementTable::tr("paragraph");
    case AgreementUnit::Turn:
        break;
    }
    return AgreementTable::tr("speaker turn");
}

QString levelText(MeasurementLevel level) {
    switch (level) {
    case MeasurementLevel::Nominal:
        return AgreementTable::tr("nominal");
    case MeasurementLevel::Ordinal:
        return AgreementTable::tr("ordinal");
    case MeasurementLevel::Interval:
        break;
    }
    return AgreementTable::tr("interval");
}

} // namespace

AgreementTable::AgreementTable(QWidget* parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("agreementTable"));
    setAccessibleName(tr("Agreement by code"));
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(false);
    header()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header()->setHighlightSections(false);
    clearResult();
    connect(this, &QTreeWidget::itemExpanded, this, &AgreementTable::addDocumentRows);
}

QString AgreementTable::undefinedMark() {
    return tr("undefined");
}

QString AgreementTable::summary(const AgreementResult& r) {
    QStringList coders;
    for (const QString& c : r.request.coders)
        coders << QStringLiteral("<b>%1</b>").arg(c.toHtmlEscaped());
    QString unit = unitText(r.request.unit);
    if (r.request.unit == AgreementUnit::Segment)
        unit += tr(" (overlap %1%)").arg(QLocale().toString(r.request.overlap * 100, 'f', 0));
    QString text = tr("%1 · %2 unit · %3")
                       .arg(coders.join(tr(" vs ")), unit,
                            counted(r.documents.size(), tr("document"), tr("documents")));
    text += r.request.group.isEmpty()
                ? tr(" · %1").arg(counted(r.codes.size(), tr("code"), tr("codes")))
                : tr(" · group %1 (%2 level)")
                      .arg(r.request.group.toHtmlEscaped(), levelText(r.request.level));
    text += QStringLiteral("<br>");
    if (!isCategorical(r.request.unit)) {
        const SpanCoefficients o = r.coefficients(r.overall);
        text += tr("All codes: %1% agreement").arg(coefficientText(o.percentAgreement, 1));
        if (r.request.unit == AgreementUnit::Character)
            text +=
                tr(" · Cohen's κ %1 · Krippendorff's α %2")
                    .arg(coefficientText(o.cohenKappa, 3), coefficientText(o.krippendorffAlpha, 3));
        else
            text += tr(" · Brennan-Prediger κ %1").arg(coefficientText(o.brennanPredigerKappa, 3));
    } else if (!r.request.group.isEmpty() && !r.categorical.isEmpty()) {
        const CategoricalRow& c = r.categorical.first();
        text += tr("%1% agreement · Fleiss' κ %2 · Krippendorff's α %3")
                    .arg(coefficientText(c.percentAgreement, 1), coefficientText(c.fleissKappa, 3),
                         coefficientText(c.krippendorffAlpha, 3));
    } else {
        text += tr("Each code compared as present or absent in each %1; select a code for its "
                   "disagreements.")
                    .arg(unitText(r.request.unit));
    }
    if (!r.flagged.isEmpty())
        text += tr(" · <span style=\"color:#b26b00\">%1 flagged and left out (hover for the "
                   "list)</span>")
                    .arg(counted(r.flagged.size(), tr("unit"), tr("units")));
    return text;
}

void AgreementTable::clearResult() {
    clear();
    m_result = {};
    setColumnCount(1);
    setHeaderLabels({tr("Code")});
}

int AgreementTable::column(const QString& key) const {
    for (int c = 0; c < columnCount(); ++c)
        if (headerItem()->data(c, KeyRole).toString() == key)
            return c;
    return -1;
}

QTreeWidgetItem* AgreementTable::codeItem(const QString& code) const {
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = topLevelItem(i);
        if (item->data(0, DocumentRole).toString().isEmpty() &&
            item->data(0, CodeRole).toString() == code)
            return item;
    }
    return nullptr;
}

QTreeWidgetItem* AgreementTable::newRow(QTreeWidgetItem* parent, const QString& label,
                                        const QString& code, const QString& document) {
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, label);
    item->setToolTip(0, label);
    item->setData(0, CodeRole, code);
    item->setData(0, DocumentRole, document);
    for (int c = 1; c < columnCount(); ++c)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void AgreementTable::fillSpanRow(QTreeWidgetItem* item, const SpanRow& row) {
    const auto col = [this](const char* key) {
        return column(QLatin1String(key));
    };
    const SpanCoefficients k = m_result.coefficients(row);
    if (m_result.request.unit == AgreementUnit::Character) {
        setCount(item, col("n"), row.characters.n());
        setCount(item, col("both"), row.characters.both);
        setCount(item, col("only_first"), row.characters.onlyFirst);
        setCount(item, col("only_second"), row.characters.onlySecond);
        setCount(item, col("neither"), row.characters.neither);
        setCoefficient(item, col("cohen_kappa"), k.cohenKappa, 3);
        setCoefficient(item, col("krippendorff_alpha"), k.krippendorffAlpha, 3);
    } else {
        setCount(item, col("agreements"), row.segments.agreements);
        setCount(item, col("only_first"), row.segments.onlyFirst);
        setCount(item, col("only_second"), row.segments.onlySecond);
        setCoefficient(item, col("brennan_prediger_kappa"), k.brennanPredigerKappa, 3);
    }
    setCoefficient(item, col("percent_agreement"), k.percentAgreement, 1);
}

void AgreementTable::addDocumentRows(QTreeWidgetItem* codeRow) {
    if (codeRow->parent() || codeRow->childCount() > 0 || isCategorical(m_result.request.unit))
        return;
    const qsizetype k = m_result.codes.indexOf(codeRow->data(0, CodeRole).toString());
    const qsizetype codes = m_result.codes.size();
    if (k < 0)
        return;
    // The rows are document-major: document d's row of code k is at d * codes + k.
    for (qsizetype i = k; i < m_result.rows.size(); i += codes) {
        const SpanRow& row = m_result.rows[i];
        const QString document = m_result.documentName(row);
        fillSpanRow(newRow(codeRow, document, m_result.codeName(row), document), row);
    }
}

void AgreementTable::setResult(const AgreementResult& r) {
    clear();
    const QVector<Column> cols = columnsFor(r);
    setColumnCount(static_cast<int>(cols.size()));
    QStringList titles;
    for (const Column& c : cols)
        titles << c.title;
    setHeaderLabels(titles);
    for (int c = 0; c < cols.size(); ++c) {
        headerItem()->setData(c, KeyRole, cols[c].key);
        headerItem()->setToolTip(c, cols[c].tip);
        headerItem()->setTextAlignment(c, c == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                                 : Qt::AlignRight | Qt::AlignVCenter);
    }
    m_result = r;
    const auto col = [this](const char* key) {
        return column(QLatin1String(key));
    };

    if (!isCategorical(r.request.unit)) {
        QTreeWidgetItem* overall = newRow(nullptr, tr("All codes"), QString(), QString());
        overall->setToolTip(0, tr("Every code in every document, the counts summed (never an "
                                  "average of the coefficients)."));
        fillSpanRow(overall, r.overall);
        for (int c = 0; c < cols.size(); ++c) {
            QFont f = overall->font(c);
            f.setBold(true);
            overall->setFont(c, f);
        }
        // A code's rows per document (a thousand documents make a thousand each) are made
        // when it is unfolded.
        for (const SpanRow& row : r.codeRows) {
            const QString code = r.codeName(row);
            QTreeWidgetItem* item = newRow(nullptr, code, code, QString());
            fillSpanRow(item, row);
            if (!r.documents.isEmpty())
                item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        }
    } else {
        for (const CategoricalRow& row : r.categorical) {
            QTreeWidgetItem* item = newRow(nullptr, row.code, row.code, QString());
            if (!r.request.group.isEmpty())
                item->setToolTip(0, tr("%1: %2").arg(row.code, r.codes.join(QStringLiteral(", "))));
            setCount(item, col("n_units"), row.units);
            setCount(item, col("n_complete"), row.complete);
            setCount(item, col("n_pairable"), row.pairable);
            setCoefficient(item, col("percent_agreement"), row.percentAgreement, 1);
            setCoefficient(item, col("cohen_kappa"), row.cohenKappa, 3);
            setCoefficient(item, col("scott_pi"), row.scottPi, 3);
            setCoefficient(item, col("fleiss_kappa"), row.fleissKappa, 3);
            setCoefficient(item, col("brennan_prediger_kappa"), row.brennanPredigerKappa, 3);
            setCoefficient(item, col("krippendorff_alpha"), row.krippendorffAlpha, 3);
            const int ci = col("alpha_ci95");
            if (row.alphaCi95.defined()) {
                item->setText(ci, QStringLiteral("%1 – %2").arg(
                                      QLocale().toString(*row.alphaCi95.low, 'f', 3),
                                      QLocale().toString(*row.alphaCi95.high, 'f', 3)));
                item->setToolTip(
                    ci, tr("from %1 resamples with a defined alpha").arg(row.alphaCi95.resamples));
            } else {
                setUndefined(item, ci, row.alphaCi95.undefinedReason);
            }
        }
    }
    setRootIsDecorated(!isCategorical(r.request.unit));
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < cols.size(); ++c)
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header()->setMinimumSectionSize(56);
}

} // namespace situate

#include "moc_agreementtable.cpp"

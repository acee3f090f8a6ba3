// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/matrixchoices.h"

#include "core/project.h"
#include "ui/analysis/coderfilterbutton.h"
#include "ui/common/widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace situate {

namespace {

QLabel* caption(const QString& text) {
    auto* label = new QLabel(text);
    label->setStyleSheet(QStringLiteral("color: #5a6270;"));
    return label;
}

} // namespace

MatrixChoices::MatrixChoices(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("matrixChoices"));
    m_dimension = choiceBox(QStringLiteral("matrixDimension"),
                            {{tr("Cases (CoPs)"), int(Columns::Cases)},
                             {tr("Research questions"), int(Columns::Questions)},
                             {tr("Attribute values"), int(Columns::AttributeValues)},
                             {tr("Documents"), int(Columns::Documents)},
                             {tr("Coders"), int(Columns::Coders)},
                             {tr("Codes (co-occurrence)"), int(Columns::Codes)}});
    m_attribute = choiceBox(QStringLiteral("matrixAttribute"));
    m_attribute->setToolTip(tr("The case or document attribute whose values are the columns."));
    m_mode = choiceBox(QStringLiteral("matrixMode"),
                       {{tr("overlapping text"), int(CooccurrenceMode::Overlap)},
                        {tr("same paragraph"), int(CooccurrenceMode::Paragraph)},
                        {tr("same speaker turn"), int(CooccurrenceMode::Turn)}});
    m_mode->setToolTip(tr("What counts as two codes occurring together: stretches of text coded "
                          "with both, or paragraphs or speaker turns both codes touch."));
    m_count = choiceBox(
        QStringLiteral("matrixCount"),
        {{tr("Codings"), int(CountType::Codings), tr("The number of codings (segments).")},
         {tr("Documents"), int(CountType::Documents), tr("Distinct documents with such a coding.")},
         {tr("Cases"), int(CountType::Cases),
          tr("Distinct cases whose documents have such a coding.")},
         {tr("Characters"), int(CountType::Characters),
          tr("Characters coded, each counted once however many codings cover it.")},
         {tr("Coverage %"), int(CountType::Coverage),
          tr("Characters coded as a percentage of the column's text.")}});
    m_percent = choiceBox(QStringLiteral("matrixPercent"),
                          {{tr("Counts"), int(MatrixModel::Percent::None)},
                           {tr("Row %"), int(MatrixModel::Percent::Row)},
                           {tr("Column %"), int(MatrixModel::Percent::Column)}});
    m_percent->setToolTip(tr("Row %: each cell as a share of its row's cells; column %: of its "
                             "column's cells. Rows or columns then add up to 100."));
    m_descendants = namedCheckBox(QStringLiteral("matrixDescendants"), tr("Include sub-codes"),
                                  tr("A code's row also counts the codings of its sub-codes."));
    m_rollup = namedCheckBox(QStringLiteral("matrixRollup"), tr("Roll up questions"),
                             tr("A coding also counts for the questions linked to its code's "
                                "parent codes."));
    m_coders = named<CoderFilterButton>(QStringLiteral("matrixCoders"));

    auto* choose = new QHBoxLayout;
    choose->addWidget(caption(tr("Codes ×")));
    choose->addWidget(m_dimension);
    choose->addWidget(m_attribute);
    choose->addWidget(m_mode);
    choose->addSpacing(12);
    choose->addWidget(caption(tr("Count")));
    choose->addWidget(m_count);
    choose->addWidget(m_percent);
    choose->addStretch(1);
    auto* options = new QHBoxLayout;
    options->addWidget(m_descendants);
    options->addWidget(m_rollup);
    options->addWidget(m_coders);
    options->addStretch(1);
    auto* layout = flushLayout(this);
    layout->addLayout(choose);
    layout->addLayout(options);

    onAnyChange(this, {m_dimension, m_attribute, m_mode, m_descendants, m_rollup},
                [this] { emit requestChanged(); });
    connect(m_coders, &CoderFilterButton::selectionChanged, this, &MatrixChoices::requestChanged);
    connect(m_count, &QComboBox::currentIndexChanged, this, &MatrixChoices::displayChanged);
    connect(m_percent, &QComboBox::currentIndexChanged, this, &MatrixChoices::displayChanged);
    // Connected before anyone outside can connect, so the enabled states are right first.
    connect(this, &MatrixChoices::requestChanged, this, &MatrixChoices::updateEnabled);
    connect(this, &MatrixChoices::displayChanged, this, &MatrixChoices::updateEnabled);
    updateEnabled();
}

Status MatrixChoices::reload(const Storage* s) {
    QVector<Coder> coders;
    QVector<Attribute> attributes;
    if (s) {
        Result<QVector<Coder>> readCoders = s->coders();
        if (!readCoders)
            return Status::from(readCoders);
        Result<QVector<Attribute>> readAttributes = s->attributes();
        if (!readAttributes)
            return Status::from(readAttributes);
        coders = readCoders.take();
        attributes = readAttributes.take();
    }
    const QSignalBlocker b1(m_attribute);
    const QSignalBlocker b2(m_coders);
    const qint64 attribute = m_attribute->currentData().toLongLong();
    m_attribute->clear();
    m_coders->setCoders(coders);
    for (const Attribute& a : attributes) {
        m_attribute->addItem(a.scope == AttributeScope::Case ? tr("%1 (case)").arg(a.name)
                                                             : tr("%1 (document)").arg(a.name),
                             a.id);
    }
    m_attribute->setCurrentIndex(std::max(0, m_attribute->findData(attribute)));
    return {};
}

MatrixChoices::Columns MatrixChoices::columns() const {
    return static_cast<Columns>(m_dimension->currentData().toInt());
}

CountType MatrixChoices::countType() const {
    return static_cast<CountType>(m_count->currentData().toInt());
}

MatrixModel::Percent MatrixChoices::percent() const {
    if (columns() == Columns::Codes || countType() == CountType::Coverage)
        return MatrixModel::Percent::None;
    return static_cast<MatrixModel::Percent>(m_percent->currentData().toInt());
}

FrequencyRequest MatrixChoices::frequencyRequest() const {
    FrequencyRequest r;
    const Columns c = columns();
    r.filter.coderIds = m_coders->selectedIds();
    r.descendants = m_descendants->isChecked();
    r.rollup = c == Columns::Questions && m_rollup->isChecked();
    r.by = c == Columns::Cases       ? Dimension::Case
           : c == Columns::Questions ? Dimension::ResearchQuestion
           : c == Columns::Documents ? Dimension::Document
           : c == Columns::Coders    ? Dimension::Coder
                                     : Dimension::Attribute;
    if (r.by == Dimension::Attribute)
        r.attributeId = m_attribute->currentData().toLongLong();
    return r;
}

CooccurrenceRequest MatrixChoices::cooccurrenceRequest() const {
    CooccurrenceRequest r;
    r.mode = static_cast<CooccurrenceMode>(m_mode->currentData().toInt());
    r.filter.coderIds = m_coders->selectedIds();
    r.descendants = m_descendants->isChecked();
    return r;
}

QString MatrixChoices::countName(CountType type) const {
    return m_count->itemText(m_count->findData(int(type)));
}

QString MatrixChoices::modeName(CooccurrenceMode mode) const {
    return m_mode->itemText(m_mode->findData(int(mode)));
}

void MatrixChoices::updateEnabled() {
    const Columns c = columns();
    m_attribute->setVisible(c == Columns::AttributeValues);
    m_mode->setVisible(c == Columns::Codes);
    m_rollup->setEnabled(c == Columns::Questions);
    m_count->setEnabled(c != Columns::Codes);
    m_percent->setEnabled(c != Columns::Codes && countType() != CountType::Coverage);
}

} // namespace situate

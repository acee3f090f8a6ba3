// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/extractsfilter.h"

#include "core/codetree.h"
#include "core/project.h"
#include "ui/analysis/codecombobox.h"
#include "ui/analysis/coderfilterbutton.h"
#include "ui/common/widgets.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace situate {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QLabel* sectionLabel(const QString& text) {
    auto* label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

/// An attribute's values as a choice list orders them, else numbers and words in natural order.
QStringList sortedValues(const Attribute& a, const QHash<qint64, QString>& byOwner) {
    QStringList values;
    for (const QString& v : byOwner)
        if (!v.isEmpty() && !values.contains(v))
            values << v;
    if (a.type == AttributeType::Choice) {
        QStringList ordered;
        for (const QString& c : a.choices)
            if (values.removeAll(c) > 0)
                ordered << c;
        return ordered + values;
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(values.begin(), values.end(), collator);
    return values;
}

} // namespace

ExtractsFilter::ExtractsFilter(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("extractsFilter"));
    m_codes = named<QTreeWidget>(QStringLiteral("extractsCodes"));
    m_codes->setAccessibleName(tr("Codes whose extracts are listed"));
    m_codes->setHeaderHidden(true);
    m_codes->setToolTip(tr("Tick codes to list their extracts (none ticked: every code)."));
    m_descendants = namedCheckBox(QStringLiteral("extractsDescendants"), tr("Include sub-codes"));
    m_descendants->setChecked(true);
    m_case = choiceBox(QStringLiteral("extractsCase"));
    m_document = choiceBox(QStringLiteral("extractsDocument"));
    m_attribute = choiceBox(QStringLiteral("extractsAttribute"));
    m_value = choiceBox(QStringLiteral("extractsAttributeValue"));
    m_question = choiceBox(QStringLiteral("extractsQuestion"));
    m_rollup = namedCheckBox(QStringLiteral("extractsRollup"), tr("Roll up to parent codes"),
                             tr("Also list codings whose code's parent codes are linked to the "
                                "question."));
    m_coders = named<CoderFilterButton>(QStringLiteral("extractsCoders"));
    auto* clear = named<QPushButton>(QStringLiteral("extractsClear"), tr("Clear filter"));
    for (QComboBox* box : {m_case, m_document, m_attribute, m_value, m_question}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Case"), m_case);
    form->addRow(tr("Document"), m_document);
    form->addRow(tr("Attribute"), m_attribute);
    form->addRow(tr("Value"), m_value);
    form->addRow(tr("Question"), m_question);
    form->addRow(QString(), m_rollup);
    form->addRow(tr("Coders"), m_coders);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(sectionLabel(tr("Codes")));
    layout->addWidget(m_codes, 1);
    layout->addWidget(m_descendants);
    layout->addSpacing(6);
    layout->addWidget(sectionLabel(tr("Where")));
    layout->addLayout(form);
    layout->addWidget(clear);

    connect(m_codes, &QTreeWidget::itemChanged, this, &ExtractsFilter::userChanged);
    for (QComboBox* box : {m_case, m_document, m_value, m_question})
        connect(box, &QComboBox::currentIndexChanged, this, &ExtractsFilter::userChanged);
    connect(m_attribute, &QComboBox::currentIndexChanged, this, [this] {
        reloadAttributeValues();
        userChanged();
    });
    for (QCheckBox* box : {m_descendants, m_rollup})
        connect(box, &QCheckBox::toggled, this, &ExtractsFilter::userChanged);
    connect(m_coders, &CoderFilterButton::selectionChanged, this, &ExtractsFilter::userChanged);
    connect(clear, &QPushButton::clicked, this, &ExtractsFilter::cleared);
}

void ExtractsFilter::userChanged() {
    if (!m_setting)
        emit changed();
}

namespace {

// What the filter lists, read whole before any list changes.
struct Choices {
    QVector<Coder> coders;
    CodeTree tree;
    QVector<Case> cases;
    QVector<DocumentInfo> documents;
    QVector<Attribute> attributes;
    QHash<qint64, QHash<qint64, QString>> values; // attribute -> owner -> value
    QVector<ResearchQuestion> questions;
};

Result<Choices> readChoices(const Storage& s) {
    Choices c;
    Status failed;
    if (!takeValue(s.coders(), c.coders, &failed) ||
        !takeValue(CodeTree::read(s), c.tree, &failed) || !takeValue(s.cases(), c.cases, &failed) ||
        !takeValue(s.documents(), c.documents, &failed) ||
        !takeValue(s.attributes(), c.attributes, &failed) ||
        !takeValue(s.researchQuestions(), c.questions, &failed))
        return failed;
    for (const Attribute& a : c.attributes) {
        if (!takeValue(s.attributeValues(a.id), c.values[a.id], &failed))
            return failed;
    }
    return c;
}

} // namespace

Status ExtractsFilter::reload(const Storage* s) {
    Choices read;
    if (s) {
        Result<Choices> r = readChoices(*s);
        if (!r)
            return Status::from(r);
        read = r.take();
    }
    const ExtractQuery keep = query();
    m_setting = true;
    m_colours.clear();
    m_codePaths.clear();
    m_coderNames.clear();
    m_values.clear();
    m_codes->clear();
    for (QComboBox* box : {m_case, m_document, m_attribute, m_question})
        box->clear();
    m_case->addItem(tr("Any case"), 0);
    m_document->addItem(tr("Any document"), 0);
    m_attribute->addItem(tr("Any attribute"), 0);
    m_question->addItem(tr("Any question"), 0);
    m_coders->setCoders(read.coders);
    if (s) {
        const CodeTree& tree = read.tree;
        QHash<qint64, QTreeWidgetItem*> items;
        for (const auto& [id, depth] : CodeComboBox::treeOrder(tree)) {
            const Code* code = tree.find(id);
            m_colours.insert(id, code->colour);
            m_codePaths.insert(id, tree.path(id));
            auto* item = code->parentId ? new QTreeWidgetItem(items.value(code->parentId))
                                        : new QTreeWidgetItem(m_codes);
            item->setText(0, code->name);
            item->setToolTip(0, tree.path(id));
            item->setIcon(0, CodeComboBox::swatch(code->colour));
            item->setData(0, IdRole, id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            items.insert(id, item);
        }
        m_codes->expandAll();
        for (const Case& c : read.cases)
            m_case->addItem(c.name, c.id);
        for (const DocumentInfo& d : read.documents)
            m_document->addItem(d.name, d.id);
        for (const Coder& c : read.coders)
            m_coderNames.insert(c.id, c.name);
        for (const Attribute& a : read.attributes)
            m_values.insert(a.id, sortedValues(a, read.values.value(a.id)));
        for (const Attribute& a : read.attributes)
            m_attribute->addItem(a.scope == AttributeScope::Case ? tr("%1 (case)").arg(a.name)
                                                                 : tr("%1 (document)").arg(a.name),
                                 a.id);
        for (const ResearchQuestion& q : read.questions) {
            m_question->addItem(
                q.title.isEmpty() ? q.code : QStringLiteral("%1: %2").arg(q.code, q.title), q.id);
            m_question->setItemData(m_question->count() - 1, q.text, Qt::ToolTipRole);
        }
    }
    m_setting = false;
    setQuery(keep);
    return {};
}

void ExtractsFilter::reloadAttributeValues() {
    const bool was = m_setting;
    m_setting = true;
    const QString keep = m_value->currentData().toString();
    m_value->clear();
    m_value->addItem(tr("Any value"), QString());
    const qint64 id = m_attribute->currentData().toLongLong();
    for (const QString& v : m_values.value(id))
        m_value->addItem(v, v);
    m_value->setCurrentIndex(std::max(0, m_value->findData(keep)));
    m_value->setEnabled(id != 0);
    m_setting = was;
}

ExtractQuery ExtractsFilter::query() const {
    ExtractQuery q;
    for (QTreeWidgetItemIterator it(m_codes); *it; ++it)
        if ((*it)->checkState(0) == Qt::Checked)
            q.codeIds << (*it)->data(0, IdRole).toLongLong();
    q.descendants = m_descendants->isChecked();
    if (const qint64 c = m_case->currentData().toLongLong())
        q.filter.caseIds = {c};
    if (const qint64 d = m_document->currentData().toLongLong())
        q.filter.documentIds = {d};
    const qint64 attribute = m_attribute->currentData().toLongLong();
    const QString value = m_value->currentData().toString();
    if (attribute && !value.isEmpty())
        q.filter.attributes << AttributeCondition{attribute, {value}};
    q.questionId = m_question->currentData().toLongLong();
    q.rollup = m_rollup->isChecked();
    q.filter.coderIds = m_coders->selectedIds();
    return q;
}

void ExtractsFilter::setQuery(const ExtractQuery& q) {
    m_setting = true;
    const QSet<qint64> codes(q.codeIds.begin(), q.codeIds.end());
    for (QTreeWidgetItemIterator it(m_codes); *it; ++it) {
        const bool on = codes.contains((*it)->data(0, IdRole).toLongLong());
        (*it)->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        if (on)
            m_codes->scrollToItem(*it);
    }
    m_descendants->setChecked(q.descendants || q.codeIds.isEmpty());
    m_case->setCurrentIndex(std::max(0, m_case->findData(q.filter.caseIds.value(0))));
    m_document->setCurrentIndex(std::max(0, m_document->findData(q.filter.documentIds.value(0))));
    const AttributeCondition condition = q.filter.attributes.value(0);
    m_attribute->setCurrentIndex(std::max(0, m_attribute->findData(condition.attributeId)));
    reloadAttributeValues();
    m_value->setCurrentIndex(std::max(0, m_value->findData(condition.values.value(0))));
    m_question->setCurrentIndex(std::max(0, m_question->findData(q.questionId)));
    m_rollup->setChecked(q.rollup);
    m_coders->setSelectedIds(q.filter.coderIds);
    m_setting = false;
}

QStringList ExtractsFilter::hiddenParts(const ExtractQuery& q) {
    QStringList hidden;
    if (q.filter.caseIds.size() > 1)
        hidden << tr("%1 cases").arg(q.filter.caseIds.size());
    if (q.filter.documentIds.size() > 1)
        hidden << tr("%1 documents").arg(q.filter.documentIds.size());
    if (q.filter.attributes.size() > 1 || q.filter.attributes.value(0).values.size() > 1)
        hidden << tr("several attribute conditions");
    return hidden;
}

QString ExtractsFilter::describe(const ExtractQuery& q) const {
    QStringList codes;
    for (qint64 id : q.codeIds)
        codes << m_codePaths.value(id);
    QStringList parts;
    parts << (codes.isEmpty() ? tr("All codes")
                              : codes.join(QStringLiteral(", ")) +
                                    (q.descendants ? tr(" (with sub-codes)") : QString()));
    const auto name = [](const QComboBox* box, qint64 id) {
        return box->itemText(std::max(0, box->findData(id)));
    };
    for (qint64 id : q.filter.caseIds)
        parts << tr("case %1").arg(name(m_case, id));
    for (qint64 id : q.filter.documentIds)
        parts << name(m_document, id);
    for (const AttributeCondition& c : q.filter.attributes)
        parts << QStringLiteral("%1 = %2").arg(name(m_attribute, c.attributeId),
                                               c.values.join(tr(" or ")));
    if (q.questionId)
        parts << name(m_question, q.questionId).section(QLatin1Char(':'), 0, 0) +
                     (q.rollup ? tr(" (rolled up)") : QString());
    if (!q.filter.coderIds.isEmpty()) {
        QStringList coders;
        for (qint64 id : q.filter.coderIds)
            coders << m_coderNames.value(id);
        parts << tr("coded by %1").arg(coders.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace situate

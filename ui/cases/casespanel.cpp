// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/casespanel.h"

#include "core/project.h"
#include "ui/common/widgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace situate {

namespace {
constexpr int OwnerRole = Qt::UserRole + 1;
constexpr int AttributeRole = Qt::UserRole + 2;
} // namespace

CasesPanel::CasesPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("casesPanel"));
    m_scope = new QComboBox;
    m_scope->addItem(tr("Cases"), static_cast<int>(AttributeScope::Case));
    m_scope->addItem(tr("Documents"), static_cast<int>(AttributeScope::Document));
    auto* addCase = new QPushButton(tr("Add case"));
    auto* addAttr = new QPushButton(tr("Add attribute"));
    m_table = named<QTableWidget>(QStringLiteral("casesTable"));
    m_table->setAccessibleName(tr("Cases and attributes"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_scope);
    row->addStretch();
    row->addWidget(addCase);
    row->addWidget(addAttr);
    auto* layout = flushLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_table);
    connect(addCase, &QPushButton::clicked, this, &CasesPanel::addCaseRequested);
    connect(addAttr, &QPushButton::clicked, this, [this] { emit addAttributeRequested(scope()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_loading || !item->data(AttributeRole).isValid())
            return;
        emit attributeEdited(item->data(AttributeRole).toLongLong(),
                             item->data(OwnerRole).toLongLong(), item->text());
    });
    m_scope->setProperty("storage", QVariant());
}

AttributeScope CasesPanel::scope() const {
    return static_cast<AttributeScope>(m_scope->currentData().toInt());
}

Status CasesPanel::setData(const Storage& storage) {
    disconnect(m_scope, nullptr, this, nullptr);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this, &storage] {
        if (Status st = setData(storage); !st)
            emit readFailed(st);
    });
    const AttributeScope sc = scope();
    // Everything is read before the table changes, so a failed read leaves it as it was.
    const Result<QVector<Attribute>> attributes = storage.attributes();
    if (!attributes)
        return Status::from(attributes);
    QVector<Attribute> attrs;
    QVector<QHash<qint64, QString>> values;
    for (const Attribute& a : *attributes) {
        if (a.scope != sc)
            continue;
        Result<QHash<qint64, QString>> v = storage.attributeValues(a.id);
        if (!v)
            return Status::from(v);
        attrs << a;
        values << v.take();
    }
    QVector<std::pair<qint64, QString>> owners;
    if (sc == AttributeScope::Case) {
        const Result<QVector<Case>> cases = storage.cases();
        if (!cases)
            return Status::from(cases);
        for (const Case& c : *cases)
            owners.append({c.id, c.name});
    } else {
        const Result<QVector<DocumentInfo>> documents = storage.documents();
        if (!documents)
            return Status::from(documents);
        for (const DocumentInfo& d : *documents)
            owners.append({d.id, d.name});
    }
    m_loading = true;
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(attrs.size()) + 1);
    m_table->setRowCount(static_cast<int>(owners.size()));
    QStringList headers{sc == AttributeScope::Case ? tr("Case") : tr("Document")};
    for (const Attribute& a : attrs)
        headers << QStringLiteral("%1 (%2)").arg(a.name, attributeTypeName(a.type));
    m_table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < attrs.size(); ++c) {
        for (int r = 0; r < owners.size(); ++r) {
            auto* item = new QTableWidgetItem(values[c].value(owners[r].first));
            item->setData(OwnerRole, owners[r].first);
            item->setData(AttributeRole, attrs[c].id);
            m_table->setItem(r, c + 1, item);
        }
    }
    for (int r = 0; r < owners.size(); ++r) {
        auto* item = new QTableWidgetItem(owners[r].second);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        m_table->setItem(r, 0, item);
    }
    m_table->resizeColumnsToContents();
    m_loading = false;
    return {};
}

} // namespace situate

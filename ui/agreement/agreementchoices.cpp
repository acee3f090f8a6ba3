// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/agreement/agreementchoices.h"

#include "core/codetree.h"
#include "core/project.h"
#include "ui/common/widgets.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace situate {

namespace {

constexpr int NameRole = Qt::UserRole + 1; // coder or document name, code path

QLabel* sectionLabel(const QString& text) {
    auto* label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

QListWidgetItem* checkableItem(QListWidget* list, const QString& name, bool checked) {
    auto* item = new QListWidgetItem(name, list);
    item->setData(NameRole, name);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                   Qt::ItemIsDragEnabled);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QStringList checkedNames(const QListWidget* list) {
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(NameRole).toString();
    return out;
}

QStringList checkedPaths(const QTreeWidget* tree) {
    QStringList out;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget*>(tree)); *it; ++it)
        if ((*it)->checkState(0) == Qt::Checked)
            out << (*it)->data(0, NameRole).toString();
    return out;
}

} // namespace

AgreementChoices::AgreementChoices(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("agreementChoices"));

    m_coders = named<QListWidget>(QStringLiteral("agreementCoders"));
    m_coders->setAccessibleName(tr("Coders to compare"));
    m_coders->setToolTip(tr("Tick the coders to compare. The first ticked coder is \"first\", the "
                            "second \"second\"; drag to change the order."));
    m_coders->setDragDropMode(QAbstractItemView::InternalMove);
    m_coders->viewport()->installEventFilter(this);

    m_roles = named<QLabel>(QStringLiteral("agreementCoderRoles"));
    m_roles->setWordWrap(true);
    m_roles->setStyleSheet(QStringLiteral("color: #7a808a;"));

    m_unit = choiceBox(
        QStringLiteral("agreementUnit"),
        {{tr("Character"), static_cast<int>(AgreementUnit::Character),
          tr("Each character is coded or not by each coder (NVivo's coding comparison). Two "
             "coders.")},
         {tr("Segment"), static_cast<int>(AgreementUnit::Segment),
          tr("A coded segment agrees when the other coder's segment of the same code overlaps it "
             "enough (MAXQDA's segment agreement). Two coders.")},
         {tr("Document"), static_cast<int>(AgreementUnit::Document),
          tr("Each document is one unit: is the code present, or which level of a group?")},
         {tr("Paragraph"), static_cast<int>(AgreementUnit::Paragraph),
          tr("Each non-blank line is one unit: is the code present, or which level of a group?")},
         {tr("Speaker turn"), static_cast<int>(AgreementUnit::Turn),
          tr("Each speaker turn or caption cue is one unit: is the code present, or which level "
             "of a group?")}});

    m_group = choiceBox(QStringLiteral("agreementGroup"));
    m_group->setToolTip(tr("A code whose child codes are mutually exclusive values (e.g. maturity "
                           "levels). Without one, each code is compared as present or absent."));
    m_level = choiceBox(QStringLiteral("agreementLevel"),
                        {{tr("Nominal"), static_cast<int>(MeasurementLevel::Nominal)},
                         {tr("Ordinal"), static_cast<int>(MeasurementLevel::Ordinal)},
                         {tr("Interval"), static_cast<int>(MeasurementLevel::Interval)}});
    m_level->setToolTip(tr("How far apart two values are for Krippendorff's alpha. Ordinal and "
                           "interval use the child codes' order in the codebook, never their "
                           "names."));
    m_overlap = named<QSpinBox>(QStringLiteral("agreementOverlap"));
    m_overlap->setAccessibleName(tr("Minimum overlap"));
    m_overlap->setRange(1, 100);
    m_overlap->setValue(qRound(defaultSegmentOverlap * 100));
    m_overlap->setSuffix(tr(" % of the longer"));
    m_overlap->setToolTip(tr("Two segments agree when they share at least this share of the "
                             "longer segment's characters."));

    m_codeScope = choiceBox(QStringLiteral("agreementCodeScope"));
    m_codeScope->addItem(tr("All codes the coders applied"));
    m_codeScope->addItem(tr("Codes ticked below"));
    m_codes = named<QTreeWidget>(QStringLiteral("agreementCodes"));
    m_codes->setAccessibleName(tr("Codes to compare"));
    m_codes->setHeaderHidden(true);
    m_codes->setUniformRowHeights(true);
    m_codes->viewport()->installEventFilter(this);

    m_documentScope = choiceBox(QStringLiteral("agreementDocumentScope"));
    m_documentScope->addItem(tr("Documents the coders coded"));
    m_documentScope->addItem(tr("Documents ticked below"));
    m_documentScope->setToolTip(
        tr("Character and segment units: the documents every chosen coder coded. Document, "
           "paragraph and turn units: the documents any of them coded."));
    m_documents = named<QListWidget>(QStringLiteral("agreementDocuments"));
    m_documents->setAccessibleName(tr("Documents to compare"));
    m_documents->viewport()->installEventFilter(this);

    m_groupLabel = new QLabel(tr("Group"));
    m_levelLabel = new QLabel(tr("Level"));
    m_overlapLabel = new QLabel(tr("Overlap"));
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(m_groupLabel, m_group);
    form->addRow(m_levelLabel, m_level);
    form->addRow(m_overlapLabel, m_overlap);

    auto* layout = flushLayout(this);
    layout->setSpacing(4);
    layout->addWidget(sectionLabel(tr("Coders")));
    layout->addWidget(m_coders);
    layout->addWidget(m_roles);
    layout->addWidget(sectionLabel(tr("Comparison")));
    layout->addLayout(form);
    layout->addWidget(sectionLabel(tr("Codes")));
    layout->addWidget(m_codeScope);
    layout->addWidget(m_codes, 2);
    layout->addWidget(sectionLabel(tr("Documents")));
    layout->addWidget(m_documentScope);
    layout->addWidget(m_documents, 1);
    layout->addStretch();

    const auto emitChanged = [this] {
        updateEnabled();
        emit changed();
    };
    connect(m_unit, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_group, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_level, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_overlap, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_codeScope, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_documentScope, &QComboBox::currentIndexChanged, this, emitChanged);
    // A click anywhere on a row ticks it, not only on the small box: but a click on the box
    // itself has already ticked it (itemChanged comes first), so it must not tick it back.
    const auto ticked = [this] {
        m_checkToggled = true;
        updateEnabled();
        emit changed();
    };
    connect(m_coders, &QListWidget::itemChanged, this, ticked);
    connect(m_documents, &QListWidget::itemChanged, this, ticked);
    connect(m_codes, &QTreeWidget::itemChanged, this, ticked);
    const auto toggle = [this](auto* item, auto set) {
        if (!m_checkToggled)
            set(item);
        m_checkToggled = false;
    };
    const auto flipListItem = [](QListWidgetItem* i) {
        i->setCheckState(i->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    };
    connect(m_coders, &QListWidget::itemClicked, this,
            [toggle, flipListItem](QListWidgetItem* i) { toggle(i, flipListItem); });
    connect(m_documents, &QListWidget::itemClicked, this,
            [toggle, flipListItem](QListWidgetItem* i) { toggle(i, flipListItem); });
    connect(m_codes, &QTreeWidget::itemClicked, this, [toggle](QTreeWidgetItem* i) {
        toggle(i, [](QTreeWidgetItem* x) {
            x->setCheckState(0, x->checkState(0) == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        });
    });
    updateEnabled();
}

bool AgreementChoices::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonPress)
        m_checkToggled = false;
    return QWidget::eventFilter(watched, event);
}

Status AgreementChoices::load(const Storage* storage) {
    QVector<Coder> coders;
    QVector<DocumentInfo> documents;
    CodeTree tree;
    if (storage) {
        Result<QVector<Coder>> readCoders = storage->coders();
        if (!readCoders)
            return Status::from(readCoders);
        Result<QVector<DocumentInfo>> readDocuments = storage->documents();
        if (!readDocuments)
            return Status::from(readDocuments);
        Result<CodeTree> readTree = CodeTree::read(*storage);
        if (!readTree)
            return Status::from(readTree);
        coders = readCoders.take();
        documents = readDocuments.take();
        tree = readTree.take();
    }
    QStringList keyParts;
    for (const Coder& c : coders)
        keyParts << c.name;
    keyParts << QStringLiteral("\x1f");
    for (const Code& c : tree.codes())
        keyParts << tree.path(c.id);
    keyParts << QStringLiteral("\x1f");
    for (const DocumentInfo& d : documents)
        keyParts << d.name;
    const QString key = keyParts.join(QChar(0x1e));
    if (key == m_loadedKey)
        return {};
    m_loadedKey = key;

    const QSignalBlocker b1(m_coders), b2(m_codes), b3(m_documents), b4(m_group);
    // Keep the user's order and ticks for coders that are still there; new ones go last.
    QStringList order, ticked = checkedNames(m_coders);
    for (int i = 0; i < m_coders->count(); ++i)
        order << m_coders->item(i)->data(NameRole).toString();
    QStringList names;
    for (const Coder& c : coders)
        names << c.name;
    QStringList sorted;
    for (const QString& n : order)
        if (names.contains(n))
            sorted << n;
    for (const QString& n : names)
        if (!sorted.contains(n))
            sorted << n;
    m_coders->clear();
    for (const QString& n : sorted)
        checkableItem(m_coders, n, ticked.contains(n));
    // As tall as the coders need (a few rows at least), so the list does not waste space.
    const int row =
        m_coders->count() > 0 ? m_coders->sizeHintForRow(0) : m_coders->fontMetrics().height() + 4;
    m_coders->setFixedHeight(std::clamp(static_cast<int>(m_coders->count()), 2, 6) * row +
                             2 * m_coders->frameWidth() + 4);

    const QSet<QString> tickedCodes = [&] {
        const QStringList l = checkedPaths(m_codes);
        return QSet<QString>(l.begin(), l.end());
    }();
    m_codes->clear();
    const std::function<void(qint64, QTreeWidgetItem*)> addChildren = [&](qint64 parent,
                                                                          QTreeWidgetItem* under) {
        for (qint64 id : tree.children(parent)) {
            const QString path = tree.path(id);
            auto* item = under ? new QTreeWidgetItem(under) : new QTreeWidgetItem(m_codes);
            item->setText(0, tree.find(id)->name);
            item->setToolTip(0, path);
            item->setData(0, NameRole, path);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, tickedCodes.contains(path) ? Qt::Checked : Qt::Unchecked);
            addChildren(id, item);
        }
    };
    addChildren(0, nullptr);
    m_codes->expandAll();

    const QString group = m_group->currentData().toString();
    m_group->clear();
    m_group->addItem(tr("None: code presence"), QString());
    for (const Code& c : tree.codes()) {
        if (tree.children(c.id).size() >= 2)
            m_group->addItem(tree.path(c.id), tree.path(c.id));
    }
    m_group->setCurrentIndex(std::max(0, m_group->findData(group)));

    const QStringList tickedDocs = checkedNames(m_documents);
    m_documents->clear();
    for (const DocumentInfo& d : documents) {
        QListWidgetItem* item = checkableItem(m_documents, d.name, tickedDocs.contains(d.name));
        item->setFlags(item->flags() & ~Qt::ItemIsDragEnabled);
    }
    updateEnabled();
    emit changed();
    return {};
}

AgreementRequest AgreementChoices::request() const {
    AgreementRequest r;
    r.coders = checkedNames(m_coders);
    r.unit = static_cast<AgreementUnit>(m_unit->currentData().toInt());
    if (isCategorical(r.unit)) {
        r.group = m_group->currentData().toString();
        if (!r.group.isEmpty())
            r.level = static_cast<MeasurementLevel>(m_level->currentData().toInt());
    }
    if (r.group.isEmpty() && m_codeScope->currentIndex() == 1)
        r.codes = checkedPaths(m_codes);
    if (m_documentScope->currentIndex() == 1)
        r.documents = checkedNames(m_documents);
    r.overlap = m_overlap->value() / 100.0;
    return r;
}

QString AgreementChoices::problem() const {
    const AgreementRequest r = request();
    if (m_coders->count() < 2)
        return tr("Agreement needs a project with at least two coders.");
    if (r.coders.size() < 2)
        return tr("Tick at least two coders.");
    if (!isCategorical(r.unit) && r.coders.size() != 2)
        return tr("The %1 unit compares exactly two coders: tick two.")
            .arg(m_unit->currentText().toLower());
    if (r.group.isEmpty() && m_codeScope->currentIndex() == 1 && r.codes.isEmpty())
        return tr("Tick at least one code, or compare all codes.");
    if (m_documentScope->currentIndex() == 1 && r.documents.isEmpty())
        return tr("Tick at least one document, or compare all documents.");
    return {};
}

void AgreementChoices::updateEnabled() {
    const auto unit = static_cast<AgreementUnit>(m_unit->currentData().toInt());
    const bool categorical = isCategorical(unit);
    const bool grouped = categorical && !m_group->currentData().toString().isEmpty();
    for (QWidget* w : {static_cast<QWidget*>(m_group), static_cast<QWidget*>(m_groupLabel)})
        w->setEnabled(categorical);
    for (QWidget* w : {static_cast<QWidget*>(m_level), static_cast<QWidget*>(m_levelLabel)})
        w->setEnabled(grouped);
    for (QWidget* w : {static_cast<QWidget*>(m_overlap), static_cast<QWidget*>(m_overlapLabel)})
        w->setEnabled(unit == AgreementUnit::Segment);
    m_codeScope->setEnabled(!grouped);
    m_codeScope->setToolTip(grouped ? tr("With a group, its child codes are compared.")
                                    : QString());
    m_codes->setVisible(!grouped && m_codeScope->currentIndex() == 1);
    const QStringList coders = checkedNames(m_coders);
    m_roles->setText(
        coders.size() < 2
            ? tr("Tick two or more; drag to reorder.")
            : tr("Disagreements: %1 (first) vs %2 (second).").arg(coders[0], coders[1]));
    m_documents->setVisible(m_documentScope->currentIndex() == 1);
}

} // namespace situate

#include "moc_agreementchoices.cpp"

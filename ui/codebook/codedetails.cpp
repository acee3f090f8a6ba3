// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/codebook/codedetails.h"

#include "core/colours.h"
#include "core/evaluation/evidencematrix.h"
#include "ui/common/translations.h"
#include "ui/common/widgets.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace situate {

namespace {

QPlainTextEdit* smallEditor(const QString& objectName, const QString& placeholder) {
    auto* e = new QPlainTextEdit;
    e->setObjectName(objectName);
    e->setPlaceholderText(placeholder);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(44);
    e->setMaximumHeight(90);
    return e;
}

void setSwatch(QPushButton* b, const QString& colour) {
    const QColor c = colour.isEmpty() ? QColor(0x8a, 0x8f, 0x98) : QColor(colour);
    b->setText(colour.isEmpty() ? CodeDetails::tr("none") : c.name());
    b->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: %2; border-radius: 3px; "
                                    "padding: 2px 10px; }")
                         .arg(c.name(), readableTextOn(c).name()));
}

} // namespace

CodeDetails::CodeDetails(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("codeDetails"));
    m_path = named<QLabel>(QStringLiteral("codePath"));
    m_path->setWordWrap(true);
    QFont f = m_path->font();
    f.setBold(true);
    m_path->setFont(f);
    m_name = named<QLineEdit>(QStringLiteral("codeName"));
    m_colour = named<QPushButton>(QStringLiteral("codeColour"));
    m_toc =
        choiceBox(QStringLiteral("codeToc"), {{tr("(none)"), static_cast<int>(TocElement::None)}});
    for (TocElement e : tocChain())
        m_toc->addItem(tocElementText(e), static_cast<int>(e));
    m_definition = smallEditor(QStringLiteral("codeDefinition"), tr("What the code means"));
    m_inclusion = smallEditor(QStringLiteral("codeInclusion"), tr("Code a passage when…"));
    m_exclusion = smallEditor(QStringLiteral("codeExclusion"), tr("Do not code when…"));
    m_example = smallEditor(QStringLiteral("codeExample"), tr("A typical quote"));
    m_questions = named<QListWidget>(QStringLiteral("codeQuestions"));
    m_questions->setAccessibleName(tr("Research questions of the code"));
    m_questions->setMaximumHeight(110);
    m_apply = namedButton(QStringLiteral("codeApply"), tr("Apply"));
    m_revert = new QPushButton(tr("Revert"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour);
    colourRow->addWidget(new QLabel(tr("ToC")));
    colourRow->addWidget(m_toc, 1);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Colour"), colourRow);
    form->addRow(tr("Definition"), m_definition);
    form->addRow(tr("Include"), m_inclusion);
    form->addRow(tr("Exclude"), m_exclusion);
    form->addRow(tr("Example"), m_example);
    form->addRow(tr("Questions"), m_questions);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_path);
    layout->addLayout(form);
    layout->addLayout(buttons);

    auto dirty = [this] {
        setDirty(true);
    };
    connect(m_name, &QLineEdit::textEdited, this, dirty);
    connect(m_toc, &QComboBox::activated, this, dirty);
    for (QPlainTextEdit* e : {m_definition, m_inclusion, m_exclusion, m_example})
        connect(e, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                setDirty(true);
        });
    connect(m_questions, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            setDirty(true);
    });
    connect(m_colour, &QPushButton::clicked, this, &CodeDetails::pickColour);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        showCode(m_code.id ? &m_code : nullptr, m_path->text(), m_questionList, m_linked);
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        Code c = m_code;
        c.name = m_name->text();
        c.colour = m_colour->text() == tr("none") ? QString() : m_colour->text();
        c.toc = static_cast<TocElement>(m_toc->currentData().toInt());
        c.definition = m_definition->toPlainText();
        c.inclusion = m_inclusion->toPlainText();
        c.exclusion = m_exclusion->toPlainText();
        c.example = m_example->toPlainText();
        QVector<qint64> ids;
        for (int i = 0; i < m_questions->count(); ++i) {
            if (m_questions->item(i)->checkState() == Qt::Checked)
                ids << m_questions->item(i)->data(Qt::UserRole).toLongLong();
        }
        setDirty(false);
        emit applyRequested(c, ids);
    });
    showCode(nullptr, QString(), {}, {});
}

void CodeDetails::showCode(const Code* code, const QString& path,
                           const QVector<ResearchQuestion>& questions,
                           const QVector<qint64>& linked) {
    m_loading = true;
    m_code = code ? *code : Code();
    m_questionList = questions;
    m_linked = linked;
    setEnabled(code != nullptr);
    m_path->setText(code ? path : tr("Select a code to see its definition"));
    m_name->setText(m_code.name);
    setSwatch(m_colour, m_code.colour);
    m_toc->setCurrentIndex(m_toc->findData(static_cast<int>(m_code.toc)));
    m_definition->setPlainText(m_code.definition);
    m_inclusion->setPlainText(m_code.inclusion);
    m_exclusion->setPlainText(m_code.exclusion);
    m_example->setPlainText(m_code.example);
    m_questions->clear();
    for (const ResearchQuestion& q : questions) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(q.code, q.title.isEmpty() ? q.text : q.title));
        item->setToolTip(q.text);
        item->setData(Qt::UserRole, q.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(linked.contains(q.id) ? Qt::Checked : Qt::Unchecked);
        m_questions->addItem(item);
    }
    m_loading = false;
    setDirty(false);
}

void CodeDetails::setDirty(bool dirty) {
    m_apply->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void CodeDetails::pickColour() {
    const QColor start = m_code.colour.isEmpty() ? QColor(0x8a, 0x8f, 0x98) : QColor(m_code.colour);
    const QColor c = QColorDialog::getColor(start, this, tr("Code colour"));
    if (!c.isValid())
        return;
    setSwatch(m_colour, c.name());
    setDirty(true);
}

} // namespace situate

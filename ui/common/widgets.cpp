// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/widgets.h"

#include "core/colours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace situate {

namespace {

template <typename Button>
Button* labelled(const QString& objectName, const QString& text, const QString& toolTip) {
    auto* button = new Button(text);
    button->setObjectName(objectName);
    if (!toolTip.isEmpty())
        button->setToolTip(toolTip);
    return button;
}

} // namespace

bool execForm(QDialog& dialog, QFormLayout* form, QDialogButtonBox::StandardButtons buttons) {
    auto* box = new QDialogButtonBox(buttons);
    form->addRow(box);
    QObject::connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return dialog.exec() == QDialog::Accepted;
}

QComboBox* choiceBox(const QString& objectName, const QList<Choice>& choices) {
    auto* box = new QComboBox;
    box->setObjectName(objectName);
    for (const Choice& choice : choices) {
        box->addItem(choice.text, choice.value);
        if (!choice.tip.isEmpty())
            box->setItemData(box->count() - 1, choice.tip, Qt::ToolTipRole);
    }
    return box;
}

QPushButton* namedButton(const QString& objectName, const QString& text, const QString& toolTip) {
    return labelled<QPushButton>(objectName, text, toolTip);
}

QCheckBox* namedCheckBox(const QString& objectName, const QString& text, const QString& toolTip) {
    return labelled<QCheckBox>(objectName, text, toolTip);
}

QLabel* statusLabel(const QString& objectName) {
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #5a6270;"));
    return label;
}

QLineEdit* filterField(const QString& objectName, const QString& placeholder) {
    auto* field = new QLineEdit;
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setAccessibleName(placeholder); // the hint is gone once typed in
    field->setClearButtonEnabled(true);
    return field;
}

void setNameColumns(QTreeWidget* tree, const QStringList& labels) {
    tree->setHeaderLabels(labels);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < labels.size(); ++column)
        tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

QFrame* tintedBar(const QString& objectName, const QColor& colour, QHBoxLayout** layout) {
    auto* bar = new QFrame;
    bar->setObjectName(objectName);
    bar->setAutoFillBackground(true);
    QPalette tint = bar->palette();
    tint.setColor(QPalette::Window, colour);
    tint.setColor(QPalette::WindowText, readableTextOn(colour)); // the same on a dark theme
    bar->setPalette(tint);
    *layout = new QHBoxLayout(bar);
    (*layout)->setContentsMargins(8, 3, 8, 3);
    bar->hide();
    return bar;
}

QString tableGridStyle(int padding) {
    return QStringLiteral(
               "QTableView { gridline-color: palette(midlight); }"
               "QTableCornerButton::section { background: palette(alternate-base); border: none;"
               " border-right: 1px solid palette(midlight);"
               " border-bottom: 1px solid palette(midlight); }"
               "QHeaderView::section { background: palette(alternate-base); color: palette(text);"
               " border: none; border-right: 1px solid palette(midlight);"
               " border-bottom: 1px solid palette(midlight); padding: %1px 6px; }")
        .arg(padding);
}

QVBoxLayout* flushLayout(QWidget* widget) {
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

void onAnyChange(QObject* context, const QList<QWidget*>& inputs,
                 const std::function<void()>& changed) {
    for (QWidget* w : inputs) {
        if (auto* line = qobject_cast<QLineEdit*>(w))
            QObject::connect(line, &QLineEdit::textChanged, context, changed);
        else if (auto* box = qobject_cast<QCheckBox*>(w))
            QObject::connect(box, &QCheckBox::toggled, context, changed);
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            QObject::connect(combo, &QComboBox::currentIndexChanged, context, changed);
    }
}

} // namespace situate

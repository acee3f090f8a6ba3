// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialogButtonBox>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <utility>

class QCheckBox;
class QColor;
class QComboBox;
class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QFrame;
class QHBoxLayout;
class QVBoxLayout;
class QWidget;

namespace situate {

/// Ends the form of `dialog` with `buttons` (accept and reject), shows it and waits; true
/// when the user accepted.
bool execForm(QDialog& dialog, QFormLayout* form,
              QDialogButtonBox::StandardButtons buttons = QDialogButtonBox::Ok |
                                                          QDialogButtonBox::Cancel);

/// A new W (a widget, an action, a timer), made with `args` and named `objectName`: every
/// widget a user can reach has a name the tests find it by.
template <typename W, typename... Args> W* named(const QString& objectName, Args&&... args) {
    auto* object = new W(std::forward<Args>(args)...);
    object->setObjectName(objectName);
    return object;
}

/// One entry of a choice box: what it says, the value it stands for (its item data) and,
/// when not empty, what it means (its tooltip).
struct Choice {
    QString text;
    QVariant value;
    QString tip = {};
};

/// A combo box named `objectName` for tests, offering `choices` (more can be added later).
QComboBox* choiceBox(const QString& objectName, const QList<Choice>& choices = {});

/// A push button named `objectName` saying `text`, with `toolTip` when it is not empty.
QPushButton* namedButton(const QString& objectName, const QString& text,
                         const QString& toolTip = {});

/// A check box named `objectName` saying `text`, with `toolTip` when it is not empty.
QCheckBox* namedCheckBox(const QString& objectName, const QString& text,
                         const QString& toolTip = {});

/// The grey line of a view that says what it shows or how its read went.
QLabel* statusLabel(const QString& objectName);

/// A line to filter or search by, named `objectName` for tests, with `placeholder` as its
/// hint and a button that clears it.
QLineEdit* filterField(const QString& objectName, const QString& placeholder);

/// Gives `tree` the columns `labels`: the first (the names) takes the room, the others
/// (counts, keys) are as wide as their contents.
void setNameColumns(QTreeWidget* tree, const QStringList& labels);

/// Calls `changed` (in `context`) whenever any of `inputs` changes: a line's text, a check
/// box's state, a combo box's choice. Other widgets are left alone.
void onAnyChange(QObject* context, const QList<QWidget*>& inputs,
                 const std::function<void()>& changed);

/// The style sheet of a table of counts: a light grid and flat headers, in the palette's
/// colours so a dark theme keeps them dark; `padding` pixels above and below a header's text.
QString tableGridStyle(int padding);

/// A vertical layout on `widget` without margins, so that it sits flush in its dock or
/// splitter.
QVBoxLayout* flushLayout(QWidget* widget);
/// A strip of `colour` with a horizontal layout (the bars above the transcript: editing, a
/// damaged file), hidden until shown; `*layout` takes its label and buttons.
QFrame* tintedBar(const QString& objectName, const QColor& colour, QHBoxLayout** layout);

} // namespace situate

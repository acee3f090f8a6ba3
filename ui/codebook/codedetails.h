// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace situate {

/// Shows and edits one code's definition, criteria, example, colour, theory-of-change
/// element and linked research questions; Apply hands the edit to the window as one step.
class CodeDetails : public QWidget {
    Q_OBJECT
public:
    explicit CodeDetails(QWidget* parent = nullptr);
    void showCode(const Code* code, const QString& path, const QVector<ResearchQuestion>& questions,
                  const QVector<qint64>& linked);

signals:
    void applyRequested(const Code& code, const QVector<qint64>& questionIds);

private:
    void setDirty(bool dirty);
    void pickColour();

    Code m_code;
    QLabel* m_path;
    QLineEdit* m_name;
    QPushButton* m_colour;
    QComboBox* m_toc;
    QPlainTextEdit* m_definition;
    QPlainTextEdit* m_inclusion;
    QPlainTextEdit* m_exclusion;
    QPlainTextEdit* m_example;
    QListWidget* m_questions;
    QPushButton* m_apply;
    QPushButton* m_revert;
    QVector<ResearchQuestion> m_questionList;
    QVector<qint64> m_linked;
    bool m_loading = false;
};

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/report.h"
#include "core/types.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace situate {

class Storage;

/// Asks where to write the evaluation report (.html, .pdf or .docx, the format chosen by the
/// file's suffix or the format box, which changes the suffix) and what to put in it: every
/// research question or one, every case or one, how many extracts per code.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    /// Offers the project's questions and cases (as read by the caller); `suggestedPath`
    /// fills the file field.
    ReportDialog(const QVector<ResearchQuestion>& questions, const QVector<Case>& cases,
                 const QString& suggestedPath, QWidget* parent = nullptr);

    QString path() const;
    ReportOptions options() const;

    void accept() override;

private:
    QLineEdit* m_path;
    QComboBox* m_format;
    QComboBox* m_question;
    QComboBox* m_case;
    QSpinBox* m_extracts;
};

} // namespace situate

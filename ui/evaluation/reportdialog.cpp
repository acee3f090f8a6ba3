// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/reportdialog.h"

#include "core/project.h"
#include "ui/common/widgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace situate {

ReportDialog::ReportDialog(const QVector<ResearchQuestion>& questions, const QVector<Case>& cases,
                           const QString& suggestedPath, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export report"));
    m_path = named<QLineEdit>(QStringLiteral("reportPath"), suggestedPath);
    m_path->setMinimumWidth(380);
    auto* browse = new QPushButton(tr("Browse…"));
    m_question =
        choiceBox(QStringLiteral("reportQuestion"), {{tr("Every research question"), QString()}});
    for (const ResearchQuestion& q : questions)
        m_question->addItem(
            q.title.isEmpty() ? q.code : QStringLiteral("%1 · %2").arg(q.code, q.title), q.code);
    m_case = choiceBox(QStringLiteral("reportCase"), {{tr("Every CoP"), QString()}});
    for (const Case& c : cases)
        m_case->addItem(c.name, c.name);
    // The format follows the file's suffix; choosing one here changes the suffix.
    m_format =
        choiceBox(QStringLiteral("reportFormat"), {{tr("PDF"), QStringLiteral("pdf")},
                                                   {tr("HTML page"), QStringLiteral("html")},
                                                   {tr("Word document"), QStringLiteral("docx")}});
    const auto syncFormat = [this] {
        const int i = m_format->findData(QFileInfo(path()).suffix().toLower());
        if (i >= 0)
            m_format->setCurrentIndex(i);
    };
    syncFormat();
    connect(m_path, &QLineEdit::textEdited, this, syncFormat);
    connect(m_format, &QComboBox::activated, this, [this] {
        const QFileInfo info(path());
        m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') +
                                            m_format->currentData().toString()));
    });
    m_extracts = named<QSpinBox>(QStringLiteral("reportExtracts"));
    m_extracts->setAccessibleName(tr("Extracts per code"));
    m_extracts->setRange(0, 50);
    m_extracts->setValue(ReportOptions().extractsPerCode);

    auto* file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("File (.html, .pdf or .docx):"), file);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Research question:"), m_question);
    form->addRow(tr("CoP:"), m_case);
    form->addRow(tr("Extracts per code:"), m_extracts);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Export report"), m_path->text(),
            tr("Report (*.pdf *.html *.docx);;PDF (*.pdf);;HTML page (*.html);;Word document "
               "(*.docx)"));
        if (!chosen.isEmpty()) {
            m_path->setText(chosen);
            const int i = m_format->findData(QFileInfo(chosen).suffix().toLower());
            if (i >= 0)
                m_format->setCurrentIndex(i);
        }
    });
}

QString ReportDialog::path() const {
    return m_path->text().trimmed();
}

ReportOptions ReportDialog::options() const {
    ReportOptions o;
    o.question = m_question->currentData().toString();
    o.caseName = m_case->currentData().toString();
    o.extractsPerCode = m_extracts->value();
    return o;
}

void ReportDialog::accept() {
    // A wrong suffix is caught here, where the user can still fix it.
    if (auto format = reportFormatForPath(path()); !format) {
        m_path->setFocus();
        m_path->setToolTip(format.error());
        m_path->setStyleSheet(QStringLiteral("border: 1px solid #c94446;"));
        return;
    }
    QDialog::accept();
}

} // namespace situate

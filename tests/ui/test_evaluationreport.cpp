// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation report from the real main window on the demo project: File > Export report
// on its worker (HTML, PDF, Word, cancelled, a wrong suffix) and the report dialog's choices.
#include "core/project.h"
#include "tests/support/demowindow.h"
#include "tests/support/testsupport.h"
#include "tests/support/waitfor.h"
#include "ui/evaluation/reportdialog.h"
#include "ui/evaluation/reportexporter.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>

#include <catch2/catch.hpp>

using namespace situate;
using test::waitFor;

TEST_CASE("evaluation ui: File > Export report writes the report off the GUI thread") {
    test::DocumentWindow f;
    // The action sits in the File menu.
    QAction* action = f.find<QAction>("exportReportAction");
    bool inFile = false;
    for (QAction* top : f.window.menuBar()->actions())
        if (top->menu() && top->menu()->actions().contains(action))
            inFile = top->menu()->title() == QStringLiteral("&File");
    CHECK(inFile);

    auto* exporter = f.window.findChild<ReportExporter*>(QStringLiteral("reportExporter"));
    REQUIRE(exporter);
    const QString html = f.dir.filePath(QStringLiteral("report.html"));
    ReportOptions options;
    options.question = QStringLiteral("RQ1");
    REQUIRE(exporter->start(f.path, options, html));
    CHECK_FALSE(exporter->start(f.path, options, html)); // one at a time
    waitFor([&] { return !exporter->isRunning(); });
    REQUIRE(f.messages.size() == 1);
    CHECK(f.messages.first() == QStringLiteral("Report written to %1").arg(html));
    const QString text = QString::fromUtf8(test::readFile(html));
    CHECK(text.contains(QStringLiteral("<html"), Qt::CaseInsensitive));
    for (const char* part : {"RQ1", "How the CoPs operate", "Maturity ratings</h2>",
                             "Appendix A: Codebook", "RQ1: How the CoPs operate</h2>"}) {
        INFO(part);
        CHECK(text.contains(QString::fromUtf8(part)));
    }
    // Only the question asked for gets its section (RQ1's, above).
    CHECK_FALSE(text.contains(QStringLiteral("EQ1: Sustaining momentum</h2>")));

    // A cancelled report leaves no file behind.
    const QString pdf = f.dir.filePath(QStringLiteral("cancelled.pdf"));
    REQUIRE(exporter->start(f.path, ReportOptions{}, pdf));
    exporter->cancel();
    waitFor([&] { return !exporter->isRunning(); });
    CHECK(f.messages.size() == 2);
    // Cancel is asked for at once, but a fast worker may finish first; either way the file
    // is whole or absent.
    if (f.messages.last().startsWith(QStringLiteral("Report cancelled")))
        CHECK_FALSE(QFileInfo::exists(pdf));
    else
        CHECK(test::readFile(pdf).startsWith("%PDF"));
    // Word, on the same worker: a zip holding the document and its styles.
    const QString docx = f.dir.filePath(QStringLiteral("report.docx"));
    REQUIRE(exporter->start(f.path, options, docx));
    waitFor([&] { return !exporter->isRunning(); });
    CHECK(f.messages.last() == QStringLiteral("Report written to %1").arg(docx));
    const QByteArray word = test::readFile(docx);
    CHECK(word.startsWith("PK"));
    CHECK(word.contains("word/document.xml"));
    CHECK(word.contains("word/styles.xml"));
    // A wrong suffix is an error message, not a crash.
    REQUIRE(exporter->start(f.path, ReportOptions{}, f.dir.filePath(QStringLiteral("r.doc"))));
    waitFor([&] { return !exporter->isRunning(); });
    CHECK(f.messages.last().startsWith(QStringLiteral("Could not write the report")));
}

TEST_CASE("evaluation ui: the report dialog offers the project's questions and cases") {
    test::DocumentWindow f;
    ReportDialog dialog(f.storage().researchQuestions().value(), f.storage().cases().value(),
                        f.dir.filePath(QStringLiteral("demo-report.pdf")));
    auto* question = dialog.findChild<QComboBox*>(QStringLiteral("reportQuestion"));
    auto* cop = dialog.findChild<QComboBox*>(QStringLiteral("reportCase"));
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("reportPath"));
    REQUIRE(question);
    REQUIRE(cop);
    REQUIRE(path);
    // "Every ..." first, then the 6 questions and the 7 CoPs of the demo.
    CHECK(question->count() == 7);
    CHECK(cop->count() == 8);
    CHECK(dialog.options().question.isEmpty());
    CHECK(dialog.options().caseName.isEmpty());
    question->setCurrentIndex(question->findData(QStringLiteral("EQ2")));
    cop->setCurrentIndex(cop->findData(QStringLiteral("Sepsis")));
    dialog.findChild<QSpinBox*>(QStringLiteral("reportExtracts"))->setValue(5);
    CHECK(dialog.options().question == QStringLiteral("EQ2"));
    CHECK(dialog.options().caseName == QStringLiteral("Sepsis"));
    CHECK(dialog.options().extractsPerCode == 5);
    CHECK(dialog.path() == f.dir.filePath(QStringLiteral("demo-report.pdf")));
    // The format box follows the file's suffix and changes it: Word next to PDF and HTML.
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("reportFormat"));
    REQUIRE(format);
    CHECK(format->count() == 3);
    CHECK(format->currentData().toString() == QStringLiteral("pdf"));
    format->setCurrentIndex(format->findData(QStringLiteral("docx")));
    emit format->activated(format->currentIndex());
    CHECK(dialog.path() == f.dir.filePath(QStringLiteral("demo-report.docx")));
    // A file that is neither .html, .pdf nor .docx keeps the dialog open.
    dialog.show();
    path->setText(f.dir.filePath(QStringLiteral("report.doc")));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    path->setText(f.dir.filePath(QStringLiteral("report.html")));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
}

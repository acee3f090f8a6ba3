// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/prompter.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace situate {

void DialogPrompter::message(QWidget* parent, const QString& text) {
    QMessageBox::warning(parent, QObject::tr("Situate"), text);
}

void DialogPrompter::report(QWidget* parent, const QString& title, const QStringList& lines) {
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QPlainTextEdit(lines.join(QLatin1Char('\n')));
    text->setReadOnly(true);
    text->setMinimumSize(640, 360);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

bool DialogPrompter::confirm(QWidget* parent, const QString& question) {
    return QMessageBox::question(parent, QObject::tr("Situate"), question) == QMessageBox::Yes;
}

QString DialogPrompter::password(QWidget* parent, const QString& prompt) {
    bool ok = false;
    const QString password = QInputDialog::getText(parent, QObject::tr("Server password"), prompt,
                                                   QLineEdit::Password, QString(), &ok);
    return ok ? password : QString();
}

QString DialogPrompter::openFileName(QWidget* parent, const QString& title, const QString& filter) {
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QStringList DialogPrompter::openFileNames(QWidget* parent, const QString& title,
                                          const QString& filter) {
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString DialogPrompter::existingFolder(QWidget* parent, const QString& title) {
    return QFileDialog::getExistingDirectory(parent, title);
}

QString DialogPrompter::saveFileName(QWidget* parent, const QString& title,
                                     const QString& suggested, const QString& filter) {
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace situate

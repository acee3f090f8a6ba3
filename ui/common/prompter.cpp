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

QStringList DialogPrompter::files(QWidget* parent, const FileQuestion& question) {
    QString name;
    switch (question.kind) {
    case FileQuestion::Kind::OpenMany:
        return QFileDialog::getOpenFileNames(parent, question.title, QString(), question.filter);
    case FileQuestion::Kind::Open:
        name = QFileDialog::getOpenFileName(parent, question.title, QString(), question.filter);
        break;
    case FileQuestion::Kind::Folder:
        name = QFileDialog::getExistingDirectory(parent, question.title);
        break;
    case FileQuestion::Kind::Save:
        name = QFileDialog::getSaveFileName(parent, question.title, question.suggested,
                                            question.filter);
        break;
    }
    return name.isEmpty() ? QStringList() : QStringList{name};
}

QString Prompter::openFileName(QWidget* parent, const QString& title, const QString& filter) {
    return files(parent, {FileQuestion::Kind::Open, title, QString(), filter}).value(0);
}

QStringList Prompter::openFileNames(QWidget* parent, const QString& title, const QString& filter) {
    return files(parent, {FileQuestion::Kind::OpenMany, title, QString(), filter});
}

QString Prompter::existingFolder(QWidget* parent, const QString& title) {
    return files(parent, {FileQuestion::Kind::Folder, title, QString(), QString()}).value(0);
}

QString Prompter::saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                               const QString& filter) {
    return files(parent, {FileQuestion::Kind::Save, title, suggested, filter}).value(0);
}

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testprompter.h"

namespace situate::test {

void TestPrompter::message(QWidget*, const QString& text) {
    messages << text;
}

void TestPrompter::report(QWidget*, const QString&, const QStringList& lines) {
    messages << lines.join(QLatin1Char('\n'));
}

bool TestPrompter::confirm(QWidget*, const QString& question) {
    questions << question;
    return answer;
}

QString TestPrompter::password(QWidget*, const QString& prompt) {
    passwordPrompts << prompt;
    return passwordAnswer;
}

QString TestPrompter::nextFile() {
    return fileAnswers.isEmpty() ? QString() : fileAnswers.takeFirst();
}

QString TestPrompter::openFileName(QWidget*, const QString&, const QString&) {
    return nextFile();
}

QStringList TestPrompter::openFileNames(QWidget*, const QString&, const QString&) {
    const QString answer = nextFile();
    return answer.isEmpty() ? QStringList() : answer.split(QLatin1Char('\n'));
}

QString TestPrompter::existingFolder(QWidget*, const QString&) {
    return nextFile();
}

QString TestPrompter::saveFileName(QWidget*, const QString&, const QString&, const QString&) {
    return nextFile();
}

} // namespace situate::test

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

QStringList TestPrompter::files(QWidget*, const FileQuestion& question) {
    const QString answer = fileAnswers.isEmpty() ? QString() : fileAnswers.takeFirst();
    if (answer.isEmpty())
        return {};
    return question.kind == FileQuestion::Kind::OpenMany ? answer.split(QLatin1Char('\n'))
                                                         : QStringList{answer};
}

} // namespace situate::test

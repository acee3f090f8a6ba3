// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's output does not follow the locale: under a German or French locale it writes the
// same bytes as under C, decimal points and all (the window's translations and number
// formats are the GUI's alone).
#include "tests/support/clitest.h"
#include "tests/support/testsupport.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;

namespace {

/// Runs situate-cli with `args` under `locale` (LC_ALL, LANG and LANGUAGE), requiring success.
QByteArray underLocale(const char* locale, const QStringList& args) {
    const QByteArray saved[] = {qgetenv("LC_ALL"), qgetenv("LANG"), qgetenv("LANGUAGE")};
    qputenv("LC_ALL", locale);
    qputenv("LANG", locale);
    qputenv("LANGUAGE", QByteArray(locale).left(2));
    const test::ProcessResult r = test::runCli(args);
    qputenv("LC_ALL", saved[0]);
    qputenv("LANG", saved[1]);
    qputenv("LANGUAGE", saved[2]);
    INFO(locale << ": " << args.join(QLatin1Char(' ')).toStdString() << "\n"
                << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

} // namespace

TEST_CASE("cli locale: German and French locales change no number, word or separator") {
    const QString demo = test::sharedCliDemo();
    const QList<QStringList> commands = {
        {s("freq"), demo, s("--by"), s("case"), s("--count"), s("coverage"), s("--format"),
         s("csv")},
        {s("freq"), demo, s("--by"), s("case"), s("--count"), s("coverage"), s("--format"),
         s("json")},
        {s("agreement"), demo, s("--coders"), s("Aisha,Ben"), s("--format"), s("json")},
    };
    static const QRegularExpression decimal(s("\\d\\.\\d"));
    for (const QStringList& args : commands) {
        const QByteArray c = underLocale("C", args);
        const QByteArray german = underLocale("de_DE.UTF-8", args);
        const QByteArray french = underLocale("fr_FR.UTF-8", args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        // Compared as text for a readable failure; the CSV's byte-order mark included.
        CHECK(QString::fromLatin1(german) == QString::fromLatin1(c));
        CHECK(QString::fromLatin1(french) == QString::fromLatin1(c));
        CHECK(QString::fromUtf8(german).contains(decimal)); // a decimal point, as under C
    }
}

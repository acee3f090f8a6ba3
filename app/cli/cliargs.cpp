// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cliargs.h"

#include <cstdio>

namespace situate::cli {

Args parseArgs(const QStringList& args, const QSet<QString>& booleanFlags) {
    Args a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("--")) {
            a.positional << args.mid(i + 1);
            break;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            a.positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (booleanFlags.contains(name)) {
            if (hasValue) {
                a.error = QStringLiteral("--%1 takes no value").arg(name);
                return a;
            }
            a.flags.insert(name);
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                a.error = QStringLiteral("--%1 needs a value").arg(name);
                return a;
            }
            value = args[++i];
        }
        a.options.insert(name, value);
        a.allValues[name].append(value);
    }
    return a;
}

void outBytes(const QByteArray& bytes) {
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void out(const QString& text) {
    outBytes(text.toUtf8());
}

void err(const QString& text) {
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, static_cast<size_t>(b.size()), stderr);
    std::fflush(stderr);
}

int fail(const QString& message) {
    err(QStringLiteral("situate-cli: %1\n").arg(message));
    return kFailure;
}

int usage(const QString& message) {
    err(QStringLiteral("situate-cli: %1\nRun 'situate-cli --help' for usage.\n").arg(message));
    return 2;
}

} // namespace situate::cli

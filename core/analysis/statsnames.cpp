// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/statsnames.h"

#include <QRegularExpression>
#include <QSet>

namespace situate {

namespace {

constexpr qsizetype kSpssNameLength = 64; // bytes, and names here are ASCII
constexpr qsizetype kStataNameLength = 32;

// SPSS's reserved keywords; Stata's reserved names (str1 ... str2045 are matched apart).
const char* const kSpssReserved[] = {"ALL", "AND", "BY",  "EQ", "GE", "GT",  "LE",
                                     "LT",  "NE",  "NOT", "OR", "TO", "WITH"};
const char* const kStataReserved[] = {"_all",  "_b",    "byte",  "_coef", "_cons", "double",
                                      "float", "if",    "in",    "int",   "long",  "_n",
                                      "_N",    "_pi",   "_pred", "_rc",   "_se",   "_skip",
                                      "strL",  "using", "with",  "str",   "strl"};

bool isReserved(const QString& name, StatsPackage package) {
    if (package == StatsPackage::Spss) {
        for (const char* word : kSpssReserved)
            if (name.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    for (const char* word : kStataReserved)
        if (name.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return true;
    static const QRegularExpression strN(QStringLiteral("^str[0-9]+$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return strN.match(name).hasMatch();
}

// The title's ASCII letters and digits, every other run as one '_', none at either end.
QString asciiName(const QString& title) {
    static const QRegularExpression others(QStringLiteral("[^A-Za-z0-9]+"));
    QString out = title;
    out.replace(others, QStringLiteral("_"));
    qsizetype from = 0, to = out.size();
    while (from < to && out[from] == QLatin1Char('_'))
        ++from;
    while (to > from && out[to - 1] == QLatin1Char('_'))
        --to;
    return out.mid(from, to - from);
}

} // namespace

QStringList statsVariableNames(const QStringList& titles, StatsPackage package) {
    const qsizetype limit = package == StatsPackage::Spss ? kSpssNameLength : kStataNameLength;
    QStringList names;
    QSet<QString> taken; // lower case
    for (qsizetype i = 0; i < titles.size(); ++i) {
        QString base = asciiName(titles[i]);
        if (base.isEmpty())
            base = QStringLiteral("v%1").arg(i + 1);
        else if (base[0].isDigit())
            base.prepend(QLatin1Char('v'));
        base.truncate(limit);
        if (base.endsWith(QLatin1Char('_')))
            base.chop(1);
        if (isReserved(base, package))
            base += QLatin1Char('_');
        QString name = base;
        for (int n = 2; taken.contains(name.toLower()); ++n) {
            const QString suffix = QStringLiteral("_%1").arg(n);
            QString stem = base.left(limit - suffix.size());
            while (stem.endsWith(QLatin1Char('_')))
                stem.chop(1);
            name = stem + suffix;
        }
        taken.insert(name.toLower());
        names << name;
    }
    return names;
}

QByteArray cutUtf8(const QString& text, qsizetype maxBytes, qsizetype maxChars) {
    QByteArray out;
    qsizetype chars = 0;
    for (qsizetype i = 0; i < text.size() && chars < maxChars; ++chars) {
        const qsizetype width = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, width).toUtf8();
        if (out.size() + bytes.size() > maxBytes)
            break;
        out += bytes;
        i += width;
    }
    return out;
}

} // namespace situate

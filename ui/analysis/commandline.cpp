// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/commandline.h"

#include "core/project.h"

#include <QRegularExpression>

#include <algorithm>

namespace situate {

namespace {

QString shellQuoted(const QString& word) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:,=+-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

Result<QStringList> filterWords(const Storage& s, const AnalysisFilter& filter, bool descendants) {
    QStringList words;
    if (descendants)
        words << QStringLiteral("--descendants");
    if (!filter.coderIds.isEmpty()) {
        const Result<QVector<Coder>> coders = s.coders();
        if (!coders)
            return Status::from(coders);
        QStringList names;
        for (const Coder& c : *coders)
            if (filter.coderIds.contains(c.id))
                names << QString(c.name).replace(QLatin1Char(','), QLatin1String("\\,"));
        words << QStringLiteral("--coders") << shellQuoted(names.join(QLatin1Char(',')));
    }
    return words;
}

} // namespace

Result<QString> freqCommandLine(const Storage& s, const QString& projectPath,
                                const FrequencyRequest& r, CountType count) {
    QString by = dimensionName(r.by);
    if (r.by == Dimension::Attribute) {
        // A name used by both scopes must say which one, as the CLI asks.
        const Result<QVector<Attribute>> read = s.attributes();
        if (!read)
            return Status::from(read);
        const QVector<Attribute>& attributes = *read;
        const auto it = std::find_if(attributes.begin(), attributes.end(),
                                     [&](const Attribute& a) { return a.id == r.attributeId; });
        if (it == attributes.end())
            return QString();
        const bool ambiguous =
            std::count_if(attributes.begin(), attributes.end(),
                          [&](const Attribute& a) { return a.name == it->name; }) > 1;
        QString scope;
        if (ambiguous)
            scope = it->scope == AttributeScope::Case ? QStringLiteral("case:")
                                                      : QStringLiteral("document:");
        by = QStringLiteral("attribute:") + scope + it->name;
    }
    QStringList words{
        QStringLiteral("situate-cli"), QStringLiteral("freq"), shellQuoted(projectPath),
        QStringLiteral("--by"),        shellQuoted(by),        QStringLiteral("--count"),
        countTypeName(count)};
    if (r.rollup)
        words << QStringLiteral("--rollup");
    const Result<QStringList> filter = filterWords(s, r.filter, r.descendants);
    if (!filter)
        return Status::from(filter);
    words << *filter;
    return words.join(QLatin1Char(' '));
}

Result<QString> cooccurrenceCommandLine(const Storage& s, const QString& projectPath,
                                        const CooccurrenceRequest& r) {
    QStringList words{QStringLiteral("situate-cli"), QStringLiteral("cooccurrence"),
                      shellQuoted(projectPath), QStringLiteral("--mode"),
                      cooccurrenceModeName(r.mode)};
    const Result<QStringList> filter = filterWords(s, r.filter, r.descendants);
    if (!filter)
        return Status::from(filter);
    words << *filter;
    return words.join(QLatin1Char(' '));
}

} // namespace situate

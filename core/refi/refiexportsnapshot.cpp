// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/refi/refiexportparts.h"

#include "core/refi/refitext.h"
#include "core/storage/keyquotequeries.h"
#include "core/storage/refiqueries.h"
#include "core/storage/storage.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace situate::refi::exportparts {

namespace {

bool isInteger(const QString& v) {
    static const QRegularExpression re(QStringLiteral("^[+-]?\\d+$"));
    return re.match(v).hasMatch();
}

bool isBooleanChoice(const Attribute& a) {
    QStringList c = a.choices;
    c.sort();
    return a.type == AttributeType::Choice &&
           c == QStringList{QStringLiteral("false"), QStringLiteral("true")};
}

} // namespace

QString iso(const QDateTime& t) {
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

QString guidOf(const QString& uuid) {
    const QString g = cleanGuid(uuid);
    return g.isEmpty() ? derivedGuid(uuid, QLatin1String("id")) : g;
}

Result<Snapshot> Snapshot::read(const Storage& s, const QString& name) {
    Snapshot n;
    Status failed;
    QVector<Coding> all;
    n.name = name;
    n.created = QDateTime::fromString(s.projectValue(QStringLiteral("created")), Qt::ISODateWithMs);
    if (!takeValue(CodeTree::read(s), n.tree, &failed) ||
        !takeValue(s.documents(), n.documents, &failed) ||
        !takeValue(s.cases(), n.cases, &failed) ||
        !takeValue(s.attributes(), n.attributes, &failed) ||
        !takeValue(s.coders(), n.coders, &failed) || !takeValue(s.allCodings(), all, &failed) ||
        !takeValue(s.researchQuestions(), n.questions, &failed) ||
        !takeValue(s.codeQuestionLinks(), n.links, &failed) ||
        !takeValue(loadKeyQuoteIds(s), n.keyQuotes, &failed))
        return failed;
    for (const Attribute& a : n.attributes) {
        if (!takeValue(s.attributeValues(a.id), n.values[a.id], &failed))
            return failed;
    }
    for (const Coder& c : n.coders)
        n.coderUuid.insert(c.id, guidOf(c.uuid));
    for (const Coding& c : all)
        n.codings[c.documentId].append(c);
    n.memos = refiqueries::allMemos(s);
    for (const DocumentInfo& d : n.documents) {
        for (qint64 c : d.caseIds)
            n.docsOfCase[c].append(d.id);
        QVector<SpeakerTurn> turns;
        if (!takeValue(s.speakerTurns(d.id), turns, &failed))
            return failed;
        n.timed += std::any_of(turns.cbegin(), turns.cend(),
                               [](const SpeakerTurn& t) { return t.timeStartMs >= 0; })
                       ? 1
                       : 0;
    }
    return n;
}

QVector<qint64> Snapshot::codeOrder() const {
    QVector<qint64> order;
    for (qint64 top : tree.children(0))
        order << top << tree.descendants(top);
    return order;
}

VariableForm formOf(const Attribute& a, const QHash<qint64, QString>& values) {
    switch (a.type) {
    case AttributeType::Number: {
        const bool integers = std::all_of(values.cbegin(), values.cend(), isInteger);
        return integers
                   ? VariableForm{QStringLiteral("Integer"), QStringLiteral("IntegerValue"), {}}
                   : VariableForm{QStringLiteral("Float"), QStringLiteral("FloatValue"), {}};
    }
    case AttributeType::Date:
        return {QStringLiteral("Date"), QStringLiteral("DateValue"), {}};
    case AttributeType::Choice:
        if (isBooleanChoice(a))
            return {QStringLiteral("Boolean"), QStringLiteral("BooleanValue"), {}};
        return {QStringLiteral("Text"), QStringLiteral("TextValue"), choicesDescription(a.choices)};
    case AttributeType::Text:
        break;
    }
    return {QStringLiteral("Text"), QStringLiteral("TextValue"), {}};
}

// xsd:decimal has no exponent, no infinity and no NaN.
std::optional<QString> valueText(const VariableForm& form, const QString& value) {
    if (form.type != QLatin1String("Float"))
        return value;
    static const QRegularExpression decimal(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (decimal.match(value).hasMatch())
        return value;
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return QString::number(d, 'f', QLocale::FloatingPointShortest);
}

} // namespace situate::refi::exportparts

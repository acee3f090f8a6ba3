// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commands.h"
#include "core/commands/common.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::commands)
};
} // namespace

namespace situate {

using detail::newUuid;

Result<qint64> ensureCase(Editor& e, const QString& name) {
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Result<qint64>::failure(Tr::tr("a case needs a name"), ErrorKind::Invalid);
    if (auto id = e.storage().caseIdByName(n))
        return *id;
    const Result<QVector<Case>> cases = e.storage().cases();
    if (!cases)
        return Status::from(cases);
    return e.insert(QStringLiteral("cases"), {{QStringLiteral("uuid"), newUuid()},
                                              {QStringLiteral("name"), n},
                                              {QStringLiteral("sort_order"), cases->size()}});
}

Status removeCase(Editor& e, qint64 caseId) {
    return e.remove(QStringLiteral("cases"), caseId);
}

Result<qint64> ensureAttribute(Editor& e, AttributeScope scope, const QString& name,
                               AttributeType type) {
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Result<qint64>::failure(Tr::tr("an attribute needs a name"), ErrorKind::Invalid);
    if (auto a = e.storage().attributeByName(scope, n))
        return a->id;
    const Result<QVector<Attribute>> attributes = e.storage().attributes();
    if (!attributes)
        return Status::from(attributes);
    return e.insert(
        QStringLiteral("attributes"),
        {{QStringLiteral("uuid"), newUuid()},
         {QStringLiteral("name"), n},
         {QStringLiteral("scope"),
          scope == AttributeScope::Case ? QStringLiteral("case") : QStringLiteral("document")},
         {QStringLiteral("type"), attributeTypeName(type)},
         {QStringLiteral("sort_order"), attributes->size()}});
}

Status setAttributeValue(Editor& e, qint64 attributeId, qint64 ownerId, const QString& value) {
    const Result<QVector<Attribute>> read = e.storage().attributes();
    if (!read)
        return Status::from(read);
    const QVector<Attribute>& all = *read;
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [&](const Attribute& a) { return a.id == attributeId; });
    if (it == all.cend())
        return Status::failure(Tr::tr("that attribute no longer exists"), ErrorKind::NotFound);
    const QString v = value.trimmed();
    const auto existing = e.storage().attributeValueId(attributeId, ownerId);
    if (v.isEmpty())
        return existing ? e.remove(QStringLiteral("attribute_values"), *existing) : Status();

    switch (it->type) {
    case AttributeType::Number: {
        bool ok = false;
        v.toDouble(&ok);
        if (!ok)
            return Status::failure(Tr::tr("\"%1\" is not a number (attribute %2)").arg(v, it->name),
                                   ErrorKind::Invalid);
        break;
    }
    case AttributeType::Date:
        if (!QDate::fromString(v, Qt::ISODate).isValid())
            return Status::failure(
                Tr::tr("\"%1\" is not a date as YYYY-MM-DD (attribute %2)").arg(v, it->name),
                ErrorKind::Invalid);
        break;
    case AttributeType::Choice:
        if (!it->choices.isEmpty() && !it->choices.contains(v))
            return Status::failure(Tr::tr("\"%1\" is not one of the choices of %2 (%3)")
                                       .arg(v, it->name, it->choices.join(QStringLiteral(", "))),
                                   ErrorKind::Invalid);
        break;
    case AttributeType::Text:
        break;
    }
    if (existing)
        return e.update(QStringLiteral("attribute_values"), *existing,
                        {{QStringLiteral("value"), v}});
    return Status::from(
        e.insert(QStringLiteral("attribute_values"), {{QStringLiteral("attribute_id"), attributeId},
                                                      {QStringLiteral("owner_id"), ownerId},
                                                      {QStringLiteral("value"), v}}));
}

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/compactcolumns.h"

#include <QUuid>

namespace situate::compact {

namespace {

enum class Kind { None, Uuid, Time };

Kind kindOf(const QString& table, const QString& column) {
    if (table != QLatin1String("codings"))
        return Kind::None;
    if (column == QLatin1String("uuid"))
        return Kind::Uuid;
    if (column == QLatin1String("created") || column == QLatin1String("modified"))
        return Kind::Time;
    return Kind::None;
}

bool isText(const QVariant& v) {
    return v.typeId() == QMetaType::QString;
}

bool isInteger(const QVariant& v) {
    const int t = v.typeId();
    return t == QMetaType::LongLong || t == QMetaType::Int || t == QMetaType::ULongLong ||
           t == QMetaType::UInt;
}

} // namespace

bool isCompact(const QString& table, const QString& column) {
    return kindOf(table, column) != Kind::None;
}

QVariant stored(const QString& table, const QString& column, const QVariant& value) {
    switch (kindOf(table, column)) {
    case Kind::Uuid:
        return isText(value) ? QVariant(uuidBytes(value.toString())) : value;
    case Kind::Time:
        if (value.typeId() == QMetaType::QDateTime)
            return QVariant(value.toDateTime().toMSecsSinceEpoch());
        return isText(value) ? QVariant(msOf(value.toString())) : value;
    case Kind::None:
        break;
    }
    return value;
}

QVariant logical(const QString& table, const QString& column, const QVariant& value) {
    switch (kindOf(table, column)) {
    case Kind::Uuid:
        return value.typeId() == QMetaType::QByteArray ? QVariant(uuidText(value)) : value;
    case Kind::Time:
        return isInteger(value) ? QVariant(isoOf(value)) : value;
    case Kind::None:
        break;
    }
    return value;
}

QByteArray uuidBytes(const QString& text) {
    const QUuid u = QUuid::fromString(text.trimmed());
    if (!u.isNull() || text.trimmed() == QLatin1String("00000000-0000-0000-0000-000000000000"))
        return u.toRfc4122();
    // A fixed namespace of Situate's own, so that the same text always maps alike.
    static const QUuid ns = QUuid::fromString(u"{6f2b0d8e-5c1a-4e57-9a43-2d7c1e9b8a60}");
    return QUuid::createUuidV5(ns, text).toRfc4122();
}

QString uuidText(const QVariant& stored) {
    if (stored.typeId() == QMetaType::QByteArray) {
        const QByteArray b = stored.toByteArray();
        if (b.size() == 16)
            return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
        return QString::fromUtf8(b);
    }
    return stored.toString();
}

qint64 msOf(const QString& iso) {
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime timeOf(const QVariant& stored) {
    if (isInteger(stored))
        return QDateTime::fromMSecsSinceEpoch(stored.toLongLong(), Qt::UTC);
    return QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
}

QString isoOf(const QVariant& stored) {
    if (!isInteger(stored))
        return stored.toString();
    return timeOf(stored).toString(Qt::ISODateWithMs);
}

} // namespace situate::compact

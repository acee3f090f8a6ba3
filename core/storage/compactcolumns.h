// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a project file keeps a coding small (internal to core/storage/). A SQLite project
// stores codings.uuid as the UUID's 16 bytes and codings.created / codings.modified as
// milliseconds since 1970 in UTC; a PostgreSQL server keeps the text forms. Everything
// above core/storage sees the text forms: a uuid without braces and ISO 8601 times with
// milliseconds, the values of `Coding` and of the rows an edit records. These functions
// convert at the storage edge, in both directions, and take either form as input, so a
// value read from any engine can be handed to any other.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace situate::compact {

/// Whether SQLite stores `table.column` in a compact form.
bool isCompact(const QString& table, const QString& column);
/// The value as SQLite stores it (a text value of a compact column converted; any other
/// column or an already compact value returned as it is).
QVariant stored(const QString& table, const QString& column, const QVariant& value);
/// The value as the rest of Situate sees it (a compact value converted to its text form).
QVariant logical(const QString& table, const QString& column, const QVariant& value);

/// A uuid's 16 bytes from its text. Text that is not a uuid (a foreign tool's id kept by an
/// old project) maps to a name-based uuid of that text, the same every time.
QByteArray uuidBytes(const QString& text);
/// The text form of a stored uuid: 16 bytes become "xxxxxxxx-xxxx-…", text stays as it is.
QString uuidText(const QVariant& stored);
/// Milliseconds since 1970 (UTC) of an ISO 8601 time; 0 for text that is not a time.
qint64 msOf(const QString& iso);
/// A stored time (milliseconds or ISO text) as a UTC date-time.
QDateTime timeOf(const QVariant& stored);
/// A stored time as ISO 8601 text with milliseconds (the form every export writes).
QString isoOf(const QVariant& stored);

} // namespace situate::compact

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace situate::sql {

/// `name` as a quoted SQL identifier ("name", an inner " doubled), the same in SQLite and
/// PostgreSQL. Table and column names read from a schema or a catalogue go through this
/// before they are written into a statement, whatever they hold.
inline QString identifier(const QString& name) {
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace situate::sql

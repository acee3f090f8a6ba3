// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace situate {

/// Whether a project location names a database on a PostgreSQL server (a `postgresql://` or
/// `postgres://` URL) rather than a file. Project::open and Storage::open take either.
bool isServerLocation(const QString& location);

/// A location for a message when it may be a URL that does not parse: the URL with any
/// password left out, or a file path as it is.
QString safeLocation(const QString& location);

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace situate {

/// The password typed for a project on a server (the GUI's prompt). It is kept in memory
/// for that project's own connections (workers, a second reading connection, a reconnect)
/// and handed to libpq with each of them; it is never put in the environment, shown,
/// logged or stored. Empty: libpq reads PGPASSWORD or ~/.pgpass as usual.
struct ConnectionSecret {
    QString password;
    bool isEmpty() const { return password.isEmpty(); }
};

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace situate {

/// Keeps the database drivers' own warnings ("Unable to free statement: ERROR: …", printed
/// by Qt's PostgreSQL driver when it cleans up after a failed statement) off stderr, where
/// users would read them beside Situate's message; every other message passes as before.
/// For main().
void quietDriverWarnings();

} // namespace situate

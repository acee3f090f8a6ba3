// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace situate {

/// Where a file Situate installs for its own use (the formats module, the report program) is
/// looked for, in order: `installed`, relative to the running program's folder; then, only for
/// a program that itself runs inside `buildTree`, `buildFile`, where the build put it. An
/// installed program never looks in a build folder, which may be anyone's (a /tmp/... tree).
/// Empty without a QCoreApplication; an empty `buildTree` leaves the build out.
QStringList installedOrBuildTreeFile(const QString& installed, const QString& buildTree,
                                     const QString& buildFile);

} // namespace situate

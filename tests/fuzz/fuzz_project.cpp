// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes opening a damaged .situate file: the input is the whole file. Opening must refuse it
// or open it, and an opened project must survive the integrity check `situate-cli check` runs.

#include "core/project.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QFile>

namespace situate::fuzz {

const Target target{false, [](const QByteArray& input) {
                        const QString path = writeInput(input, QStringLiteral("situate"));
                        // A previous run's journal would be replayed into this input; each run
                        // stands alone.
                        QFile::remove(path + QStringLiteral("-wal"));
                        QFile::remove(path + QStringLiteral("-shm"));
                        QFile::remove(path + QStringLiteral("-journal"));
                        auto opened = Project::open(path);
                        consume(opened);
                        if (opened)
                            (void)(*opened)->storage().checkIntegrity();
                    }};

} // namespace situate::fuzz

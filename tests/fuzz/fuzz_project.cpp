// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes opening a damaged .situate file: the input is the whole file. Opening must refuse it
// or open it, and an opened project must survive the integrity check `situate-cli check` runs.

#include "core/project.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QFile>

using namespace situate;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = fuzz::writeInput(data, size, QStringLiteral("situate"));
    // A previous run's journal would be replayed into this input; each run stands alone.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
    auto opened = Project::open(path);
    fuzz::consume(opened);
    if (opened)
        (void)(*opened)->storage().checkIntegrity();
    return 0;
}

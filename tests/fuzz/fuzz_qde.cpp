// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the import of a bare REFI-QDA project file (.qde XML, no sources folder) into a small
// project; a successful import is undone so the next run starts from the same project.

#include "core/refi/refiimport.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace situate;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialise(argc, argv);
    fuzz::project();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = fuzz::writeInput(data, size, QStringLiteral("qde"));
    fuzz::consume(refi::importProject(fuzz::project(), path));
    fuzz::rollBack();
    return 0;
}

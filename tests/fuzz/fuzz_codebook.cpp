// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the CSV parser and the codebook sheet imported into a small project; each
// run's edit is undone so the next starts from the same project.

#include "core/io/csv.h"
#include "core/io/projectcsv.h"
#include "core/project.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace situate;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialise(argc, argv);
    fuzz::project();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString name = QStringLiteral("input.csv");
    auto table = csv::parse(fuzz::bytes(data, size), name);
    fuzz::consume(table);
    if (!table)
        return 0;

    fuzz::consume(fuzz::project().edit(QStringLiteral("fuzz"), [&](Editor& e) {
        return Status::from(importCodebook(e, *table, name));
    }));
    fuzz::rollBack();
    return 0;
}

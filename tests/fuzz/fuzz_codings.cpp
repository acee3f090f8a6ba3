// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the CSV parser and the codings sheet (with and without creating codes) imported into a
// small project; each run's edit is undone so the next starts from the same project.

#include "core/io/csv.h"
#include "core/io/projectcsv.h"
#include "core/project.h"
#include "tests/fuzz/fuzzsupport.h"

namespace situate::fuzz {

const Target target{
    true, [](const QByteArray& input) {
        const bool createCodes = input.size() % 2 == 0; // both paths, chosen by the input
        importSheet(input, [createCodes](Editor& e, const csv::Table& table, const QString& name) {
            return Status::from(importCodings(e, table, createCodes, name));
        });
    }};

} // namespace situate::fuzz

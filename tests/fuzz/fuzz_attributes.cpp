// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the CSV parser and the attribute sheet imported into a small project; each
// run's edit is undone so the next starts from the same project.

#include "core/io/csv.h"
#include "core/io/projectcsv.h"
#include "core/project.h"
#include "tests/fuzz/fuzzsupport.h"

namespace situate::fuzz {

const Target target = sheetTarget<importAttributeSheet>();

} // namespace situate::fuzz

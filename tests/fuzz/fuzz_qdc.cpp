// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the import of a REFI-QDA codebook (.qdc XML) into a small project; a successful import is
// undone so the next run starts from the same project.

#include "core/refi/refiimport.h"
#include "tests/fuzz/fuzzsupport.h"

namespace situate::fuzz {

const Target target{
    true, [](const QByteArray& input) {
        consume(refi::importCodebook(project(), writeInput(input, QStringLiteral("qdc"))));
    }};

} // namespace situate::fuzz

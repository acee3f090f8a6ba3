// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Auto-coding a query's result: every run becomes a coding of one code by one coder, inside
// the caller's edit, so the whole is one undoable step.

#include "core/query/queryevaluator.h"

namespace situate {
class Editor;
}

namespace situate::query {

struct CodeReport {
    qint64 added = 0;   // codings made
    qint64 already = 0; // runs the coder had already coded exactly so with the code
    bool codeCreated = false;
    Counts counts; // of the result that was coded
};

/// Evaluates `text` inside the edit (so it reads what the edit's transaction sees), widens it
/// to `unit` and codes each run with the code at `codePath` (made when new) as `coderName`
/// (made when new). A run already coded exactly so is left alone, so coding the same result
/// twice adds nothing.
Result<CodeReport> codeQuery(Editor& e, const QString& text, Unit unit, const QString& codePath,
                             const QString& coderName);

} // namespace situate::query

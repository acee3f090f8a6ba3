// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target needs: Qt set up once per process, a scratch folder, and a small
// project that inputs are imported into and rolled back out of.

#include "core/io/csv.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>

namespace situate {

class Editor;
class Project;

namespace fuzz {

/// What a fuzz target is: each fuzz_*.cpp defines `situate::fuzz::target`, and the support
/// library's LLVMFuzzerInitialize / LLVMFuzzerTestOneInput run it. Initialisation creates the
/// QCoreApplication (the SQL drivers need one) and the scratch folder, and silences Qt's
/// warnings so libFuzzer's output stays readable.
struct Target {
    /// Whether the target imports into the shared project(): it is made before the first
    /// run, and whatever a run commits is rolled back after it.
    bool usesProject = false;
    void (*run)(const QByteArray& input) = nullptr;
};
extern const Target target;

/// Writes the input to scratch/input.<suffix> (the same path every run) and returns the path.
QString writeInput(const QByteArray& input, const QString& suffix);

/// A path in the scratch folder.
QString scratchPath(const QString& fileName);

/// The shared project: two transcripts, a case, two coders and a few codes and codings, so that
/// CSV sheets naming them get past the look-ups. Created on first use.
Project& project();

/// Parses the input as a CSV sheet named input.csv and, when it parses, runs `import` on it
/// as one edit of project().
void importSheet(
    const QByteArray& input,
    const std::function<Status(Editor&, const csv::Table&, const QString& name)>& import);

/// The target of a sheet importer with importSheet's arguments (`importCodebook`, ...): each
/// input parsed as a sheet and imported into project().
template <auto import> constexpr Target sheetTarget() {
    return {true, [](const QByteArray& input) {
                importSheet(input, [](Editor& e, const csv::Table& table, const QString& name) {
                    return Status::from(import(e, table, name));
                });
            }};
}

/// Takes a result and drops it; keeps the compiler from discarding the call.
template <typename T> void consume(const Result<T>& r) {
    if (!r.ok() && r.error().isEmpty())
        __builtin_trap(); // a failure must always say why
}
inline void consume(const Status& s) {
    if (!s.ok() && s.error().isEmpty())
        __builtin_trap();
}

} // namespace fuzz
} // namespace situate

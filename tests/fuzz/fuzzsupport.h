// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target needs: Qt set up once per process, a scratch folder, and a small
// project that inputs are imported into and rolled back out of.

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace situate {

class Project;

namespace fuzz {

/// Creates the QCoreApplication (the SQL drivers need one) and the scratch folder, and
/// silences Qt's warnings so libFuzzer's output stays readable. Call from
/// LLVMFuzzerInitialize.
void initialise(int* argc, char*** argv);

/// The fuzz input as bytes, without copying.
QByteArray bytes(const uint8_t* data, size_t size);

/// Writes the input to scratch/input.<suffix> (the same path every run) and returns the path.
QString writeInput(const uint8_t* data, size_t size, const QString& suffix);

/// A path in the scratch folder.
QString scratchPath(const QString& fileName);

/// The shared project: two transcripts, a case, two coders and a few codes and codings, so that
/// CSV sheets naming them get past the look-ups. Created on first use.
Project& project();

/// Undoes whatever the last run committed, so every run starts from the same project.
/// Every few thousand runs the project is made afresh to keep the undo history short.
void rollBack();

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

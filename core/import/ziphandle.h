// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A libzip archive open for reading, owned: what OfficePackage and refi::RefiPackage hold, so
// that moving or destroying one closes the archive exactly once.

#include <QByteArray>
#include <QString>

#include <memory>

struct zip;      // libzip's archive handle; libzip stays a private dependency of situate_core
struct zip_file; // one entry of it, open for reading

namespace situate {

/// Closes an archive opened read-only (zip_discard: nothing is ever written back).
struct ZipDiscard {
    void operator()(::zip* archive) const;
};

using ZipHandle = std::unique_ptr<::zip, ZipDiscard>;

/// What inflating one entry gave: its bytes, or why they stopped.
struct InflatedEntry {
    QByteArray data;
    bool tooLarge = false;   // more than the budget inflated; data holds what came
    bool readFailed = false; // a read failed; data holds what came before it
    QString readError;       // libzip's words for that failure
};

/// Inflates the open entry `file` to its end and closes it, counting the bytes that actually
/// inflate (a size in the archive's directory is only a claim): stops once more than `budget`
/// have come. `sizeHint`, the claimed size, only reserves memory.
InflatedEntry inflateEntry(::zip_file* file, qint64 sizeHint, qint64 budget);

} // namespace situate

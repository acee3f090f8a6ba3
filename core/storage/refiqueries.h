// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/storage.h"

#include <QSet>
#include <QString>
#include <QVector>

// The few reads the REFI-QDA exchange needs that Storage does not offer.
namespace situate::refiqueries {

/// Every memo of the project (all owners), in id order.
QVector<Memo> allMemos(const Storage& storage);

/// Tables whose UUIDs an import must not reuse.
enum class UuidTable { Documents, Cases, Attributes, Codes, Questions, Coders, Codings, Memos };
/// The UUIDs already used in one table, lower case.
QSet<QString> usedUuids(const Storage& storage, UuidTable table);

} // namespace situate::refiqueries

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Key quotes: a coding flagged as one of the quotations that carry a finding. The flag is
// a row of key_quotes (core/storage/README.md), so flagging is an edit like any other: one
// call inside Project::edit() is one undo step, however many codings it flags.

#include "core/commands/editor.h"

#include <QSet>
#include <QStringList>
#include <QVector>

namespace situate {

/// Flags (`on`) or unflags the codings; those already so are left alone. Fails, changing
/// nothing, when an id is not a coding of the project.
Status setKeyQuotes(Editor& e, const QVector<qint64>& codingIds, bool on);

/// The ids of every flagged coding.
Result<QSet<qint64>> keyQuoteIds(const Storage& s);
/// Whether the coding is flagged.
Result<bool> isKeyQuote(const Storage& s, qint64 codingId);

/// Codings named as the CLI prints them: a coding's number (`evidence`, `maturity
/// ratings`) or its uuid (the `coding_id` of `extracts`). An id no coding has is an error
/// that names it.
Result<QVector<qint64>> resolveCodingIds(const Storage& s, const QStringList& ids);

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What tests add to a project through the real commands: a plain-text document and a coding,
// built in one call instead of field by field.

#include "core/commands/commands.h"
#include "core/types.h"

#include <QString>
#include <QVector>

namespace situate::test {

/// A plain-text document NAME, imported from NAME.txt, with `turns` as its speaker turns.
inline NewDocument textDocument(const QString& name, const QString& text,
                                QVector<SpeakerTurn> turns = {}) {
    return NewDocument{name, name + QStringLiteral(".txt"), QStringLiteral("txt"), text,
                       std::move(turns)};
}

/// A new coding of [start, end) of a document with a code by a coder (all by id).
inline Coding makeCoding(qint64 documentId, qint64 codeId, qint64 coderId, qint64 start, qint64 end,
                         const QString& memo = {}) {
    Coding c;
    c.documentId = documentId;
    c.codeId = codeId;
    c.coderId = coderId;
    c.start = start;
    c.end = end;
    c.memo = memo;
    return c;
}

/// Adds that coding by the coder named `coder`, who is added first when new; the coding's id.
inline Result<qint64> addCodingAs(Editor& e, const QString& coder, qint64 documentId, qint64 codeId,
                                  qint64 start, qint64 end, const QString& memo = {}) {
    auto coderId = ensureCoder(e, coder);
    if (!coderId)
        return Result<qint64>::failure(coderId.error());
    return addCoding(e, makeCoding(documentId, codeId, *coderId, start, end, memo));
}

} // namespace situate::test

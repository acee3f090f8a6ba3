// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/foreignkeys.h"

namespace situate::schema {

const QVector<ForeignKey>& foreignKeys() {
    // Within a referenced table, in the order undo removes the dependents of a deleted row.
    // On PostgreSQL the evidence links of a coding go by a trigger instead of the cascade
    // (pgsecurity.h); they still go with it.
    static const QVector<ForeignKey> keys = {
        {"speaker_turns", "document_id", "documents", true},
        {"document_cases", "document_id", "documents", true},
        {"codings", "document_id", "documents", true},
        {"memos", "document_id", "documents", true},
        {"document_edits", "document_id", "documents", true},
        {"document_cases", "case_id", "cases", true},
        {"memos", "case_id", "cases", true},
        {"maturity_ratings", "case_id", "cases", true},
        {"consensus_ratings", "case_id", "cases", true},
        {"codes", "parent_id", "codes", true},
        {"codings", "code_id", "codes", true},
        {"code_questions", "code_id", "codes", true},
        {"memos", "code_id", "codes", true},
        {"code_questions", "question_id", "research_questions", true},
        {"attribute_values", "attribute_id", "attributes", true},
        {"codings", "coder_id", "coders", false},
        {"maturity_ratings", "coder_id", "coders", true},
        {"key_quotes", "id", "codings", true},
        {"rating_evidence", "coding_id", "codings", true},
        {"rating_evidence", "rating_id", "maturity_ratings", true},
    };
    return keys;
}

QVector<ForeignKey> keysReferencing(const QString& table) {
    QVector<ForeignKey> out;
    for (const ForeignKey& k : foreignKeys()) {
        if (table == QLatin1String(k.references))
            out << k;
    }
    return out;
}

} // namespace situate::schema

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/refi/refireport.h"

namespace situate::refi {

QStringList reportLines(const ImportReport& r) {
    QStringList lines;
    lines << (r.origin.isEmpty() ? QStringLiteral("imported %1").arg(r.file)
                                 : QStringLiteral("imported %1 (from %2)").arg(r.file, r.origin));
    if (!r.codebookOnly)
        lines << (QStringLiteral("documents: %1 added, %2 already in the project")
                      .arg(r.documentsAdded)
                      .arg(r.documentsReused));
    lines << (QStringLiteral("codes: %1 created, %2 matched")
                  .arg(r.codesCreated)
                  .arg(r.codesMatched));
    if (!r.codebookOnly) {
        lines << (QStringLiteral("coders: %1 created").arg(r.codersCreated));
        lines << (QStringLiteral("codings: %1 added, %2 already in the project, %3 not placed")
                      .arg(r.codingsAdded)
                      .arg(r.codingsDuplicate)
                      .arg(r.codingsNotPlaced));
        lines << (QStringLiteral("cases: %1 created, %2 matched")
                      .arg(r.casesCreated)
                      .arg(r.casesMatched));
        lines << (QStringLiteral("attributes: %1 created, %2 value(s) set")
                      .arg(r.attributesCreated)
                      .arg(r.attributeValues));
        lines << (QStringLiteral("memos: %1").arg(r.memos));
        if (r.keyQuotes > 0)
            lines << (QStringLiteral("key quotes: %1").arg(r.keyQuotes));
    }
    lines << (QStringLiteral("research questions: %1 created, %2 matched, %3 code link(s)")
                  .arg(r.questionsCreated)
                  .arg(r.questionsMatched)
                  .arg(r.questionLinks));
    for (const QString& n : r.notes)
        lines << (QStringLiteral("note: %1").arg(n));
    for (const QString& w : r.warnings)
        lines << (QStringLiteral("warning: %1").arg(w));
    for (const QString& s : r.skipped)
        lines << (QStringLiteral("skipped: %1").arg(s));
    for (const QString& n : r.notPlaced)
        lines << (QStringLiteral("not placed: %1").arg(n));
    return lines;
}

QStringList planLines(const ExportPlan& plan) {
    QStringList lines;
    for (const QString& loss : plan.losses)
        lines << (QStringLiteral("cannot be represented: %1").arg(loss));
    for (const QString& a : plan.adaptations)
        lines << (QStringLiteral("written for Situate to read back: %1").arg(a));
    return lines;
}

} // namespace situate::refi

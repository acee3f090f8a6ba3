// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The extracts of a query grouped as the extract reports (HTML, Word) show them: by research
// question, then code (tree order), then case.

#include "core/analysis/extracts.h"
#include "core/codetree.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <map>

namespace situate {

struct ExtractGroups {
    struct Group {
        QString heading; // "RQ1: title", or "Not linked to a research question"
        QString text;    // the question's text
        QString anchor;  // "q0", "q1", ...
        /// code rank -> case rank -> indexes into `extracts`
        std::map<int, std::map<int, QVector<int>>> byCode;
    };
    QVector<Extract> extracts; // in document order
    CodeTree tree;
    QVector<Group> groups;     // the questions in project order, then the unlinked extracts
    QHash<int, qint64> codeAt; // code rank -> code id
    QStringList caseOrder;
    int noCase = 0; // the case rank of extracts whose document has no case

    QString caseName(int caseRank) const {
        return caseRank == noCase ? QStringLiteral("No case") : caseOrder.value(caseRank);
    }
};

/// The extracts of `query`, each under every question it counts for and every case of its
/// document; extracts without a question or case are gathered at the end of their level.
Result<ExtractGroups> groupExtracts(const Storage& s, const ExtractQuery& query);

} // namespace situate

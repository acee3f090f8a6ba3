// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/agreement/: what computeAgreement compares (the rules of README.md, "What
// is compared") and the character and segment tables read straight from the file.

#include "core/agreement/agreementanalysis.h"
#include "core/codetree.h"
#include "core/types.h"

#include <vector>

namespace situate {

/// Codes depth first in codebook order, as the codebook shows them.
QVector<qint64> codebookOrder(const CodeTree& tree);

/// The documents compared: those `request` names (in its order, each once), else those of
/// `all` (in its order) in which at least `needed` chosen coders have a coding, where
/// codersIn[i] counts them for all[i].
Result<QVector<DocumentInfo>> chooseDocuments(const AgreementRequest& request,
                                              const QVector<DocumentInfo>& all,
                                              const std::vector<int>& codersIn, qsizetype needed);

/// The codes compared: the group's children, the codes `request` names (in its order, each
/// once), else those of `order` (codebook order) with used[k] set, a chosen coder having
/// applied order[k] in a compared document.
Result<QVector<qint64>> chooseCodes(const AgreementRequest& request, const CodeTree& tree,
                                    const QVector<qint64>& order, const std::vector<quint8>& used);

/// computeAgreement's character or segment table when no disagreement places are asked for:
/// `out` holds the request, `coders` the two coders' ids. Each coding is kept as the table
/// needs it while it is read (a compact record, on both reading threads), so a large table
/// never holds the codings' six columns, nor twice.
Status computeSpanTable(AgreementResult& out, const Storage& storage, const CodeTree& tree,
                        const QVector<qint64>& coders);

} // namespace situate

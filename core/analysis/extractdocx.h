// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/extracts.h"

#include <QStringList>

namespace situate {

/// Where each extract comes from, as a reader cites it: "(DOCUMENT, SPEAKER, ¶N, HH:MM:SS)".
/// The speaker is the one of the turn the extract starts in (left out when the document has
/// no turns there), N the number of the paragraph it starts in (paragraphs as the rest of
/// Situate counts them: runs of non-blank lines, from 1), the time code the start of that
/// turn in a captioned or synced transcript (left out when the turn has none). One entry per
/// extract, in the order given.
Result<QStringList> extractCitations(const Storage& s, const QVector<Extract>& extracts);

/// The extracts of `query` as a Word document (.docx): the title and `description`, then the
/// extracts grouped as the HTML report groups them (research question as Heading 1, code as
/// Heading 2, case as Heading 3), each extract a Quote paragraph with its citation in the
/// Caption style and its memo. Written atomically; `count` receives the number of extracts.
Status saveExtractsDocx(const Storage& s, const ExtractQuery& query, const QString& path,
                        const QString& title, const QString& description = {},
                        qint64* count = nullptr);

} // namespace situate

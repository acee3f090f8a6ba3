// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/search.h"
#include "ui/search/searchpanel.h"

#include <QVector>

namespace situate {

class Editor;

/// Codes search hits with a code as `coderName` (made if new), inside an edit: each hit as
/// it is or widened to its sentence, paragraph or speaker turn as `scope` says; a passage two
/// hits share is coded once.
Status autoCodeHits(Editor& e, const QVector<SearchHit>& hits, SearchPanel::Scope scope,
                    qint64 codeId, const QString& coderName);

} // namespace situate

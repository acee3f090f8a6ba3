// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Code tables for statistics packages: one row per unit (document, case, speaker turn or
// paragraph) with its identifying columns and attributes, then one column per code holding
// 0/1, the number of codings or the characters coded. Rules: core/analysis/README.md,
// "Tables for statistics packages".

#include "core/analysis/analysisfilter.h"
#include "core/result.h"
#include "core/types.h"

#include <QStringList>
#include <QVector>

#include <functional>

namespace situate {

class Storage;

enum class PresenceUnit { Document, Case, Turn, Paragraph };
enum class PresenceCount { Presence, Codings, Characters };
/// "document", "case", "turn", "paragraph" / "presence", "codings", "characters".
bool parsePresenceUnit(const QString& name, PresenceUnit* out);
bool parsePresenceCount(const QString& name, PresenceCount* out);

struct PresenceRequest {
    PresenceUnit unit = PresenceUnit::Document;
    PresenceCount count = PresenceCount::Presence;
    bool descendants = false; // a code's column also counts its sub-codes' codings
    AnalysisFilter filter;    // which coders' codings count, which documents and cases
};

/// The columns: identifying ones (document, case, speaker, start, end as the unit has
/// them), then one a case or document attribute, then one a code by path, codebook order.
struct PresenceHeader {
    QStringList identifying;
    QStringList attributes;
    QStringList codes;
    /// The attribute behind each of `attributes` (its type and choices), in the same order.
    QVector<Attribute> attributeDefinitions;
};

/// Builds the table, handing over the header once, then each row: its identifying and
/// attribute cells as text, then the code cells. `row` returns false to stop (cancel).
Status forEachPresenceRow(
    const Storage& s, const PresenceRequest& request,
    const std::function<void(const PresenceHeader&)>& header,
    const std::function<bool(const QStringList& cells, const QVector<qint64>& codes)>& row);

/// The table as CSV (the guarded writer, a BOM unless `bom` is false).
Result<QByteArray> presenceCsv(const Storage& s, const PresenceRequest& request, bool bom = true);
/// The table as an .xlsx sheet "presence", numbers as numbers, written atomically.
Status savePresenceXlsx(const Storage& s, const PresenceRequest& request, const QString& path);

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An agreement result written out: the JSON of the CLI contract, a CSV sheet and a plain-text
// table. Undefined values are null (JSON), empty (CSV) or "undef" (table), always with their
// reason beside them.

#include "core/agreement/agreementanalysis.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace situate {

/// The JSON object of `situate-cli agreement --format json`.
QJsonObject agreementJson(const AgreementResult& result);
/// One CSV row per table row (RFC 4180, formula-guarded), reasons in a "notes" column.
QByteArray agreementCsv(const AgreementResult& result);
/// The same sheet handed to `sink` a piece of about a megabyte at a time, so that a table of
/// 200,000 rows is written out without being held whole.
void writeAgreementCsv(const AgreementResult& result,
                       const std::function<void(const QByteArray&)>& sink);
/// The notes cell of a CSV row: "name: reason" for each undefined coefficient, joined by "; ".
QString undefinedNotes(const QVector<QPair<QString, Coefficient>>& named);
/// A plain-text table for people, with undefined cells keyed to their reasons.
QString agreementTable(const AgreementResult& result);
/// The bytes of agreementTable(result).toUtf8() and of the indented QJsonDocument of
/// agreementJson(result), handed to `sink` a piece of about a megabyte at a time and written
/// without building the whole table (a character table can have 200,000 rows).
void writeAgreementTable(const AgreementResult& result,
                         const std::function<void(const QByteArray&)>& sink);
void writeAgreementJson(const AgreementResult& result,
                        const std::function<void(const QByteArray&)>& sink);

/// How the bootstrap interval is made, for methods sections and the JSON output.
QString bootstrapDescription(const AgreementRequest& request);

} // namespace situate

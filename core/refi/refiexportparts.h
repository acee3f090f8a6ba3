// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codetree.h"
#include "core/refi/refiexport.h"
#include "core/result.h"
#include "core/types.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include <optional>

// The reading half of a REFI-QDA export, shared by refiexport.cpp (the XML it writes)
// and refiexportplan.cpp (what it keeps, adapts and loses). Not public.
namespace situate::refi::exportparts {

/// A time as written in the XML: UTC with milliseconds; now when unknown.
QString iso(const QDateTime& t);
/// Situate's UUIDs are GUIDs already; anything else gets a stable stand-in so the file
/// still validates.
QString guidOf(const QString& uuid);

/// Everything an export reads, read once.
struct Snapshot {
    static Result<Snapshot> read(const Storage& s, const QString& name);
    /// Every code, depth first in the tree's order.
    QVector<qint64> codeOrder() const;

    QString name;
    QDateTime created;
    CodeTree tree;
    QVector<DocumentInfo> documents;
    QVector<Case> cases;
    QVector<Attribute> attributes;
    QHash<qint64, QHash<qint64, QString>> values; // attribute -> owner -> value
    QVector<Coder> coders;
    QHash<qint64, QString> coderUuid;
    QHash<qint64, QVector<Coding>> codings; // by document
    QVector<ResearchQuestion> questions;
    QHash<qint64, QVector<qint64>> links; // code -> questions
    QVector<Memo> memos;
    QSet<qint64> keyQuotes; // flagged codings
    QHash<qint64, QVector<qint64>> docsOfCase;
    int timed = 0; // documents with caption timings
};

/// How an attribute is written as a REFI-QDA variable.
struct VariableForm {
    QString type;        // typeOfVariable
    QString element;     // the value element
    QString description; // choices, for Situate to read back
};

VariableForm formOf(const Attribute& a, const QHash<qint64, QString>& values);
/// The value as the variable's type writes it; none when it cannot be (listed in the plan).
std::optional<QString> valueText(const VariableForm& form, const QString& value);

/// What an export of the project (or of its codebook only) writes, adapts and loses.
ExportPlan makePlan(const Snapshot& s, bool codebook);

} // namespace situate::refi::exportparts

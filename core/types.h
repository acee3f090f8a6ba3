// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace situate {

/// A speaker turn or caption cue inside a document's text (code-point offsets, end exclusive).
struct SpeakerTurn {
    QString speaker;
    qint64 start = 0;
    qint64 end = 0;
    qint64 timeStartMs = -1; // caption timestamps; -1 when the turn has none
    qint64 timeEndMs = -1;
    friend bool operator==(const SpeakerTurn&, const SpeakerTurn&) = default;
};

/// The theory-of-change element a code evidences.
enum class TocElement {
    None,
    Context,
    Input,
    Activity,
    Mechanism,
    Output,
    Outcome,
    Impact,
    Assumption,
    EnablerBarrier // "Enablers and barriers": factors between the links of the chain
};
QString tocElementName(TocElement e); // "context", ..., "enabler_barrier", "" for None
bool parseTocElement(const QString& name, TocElement* out); // accepts "" and "none"

/// What a document's row says besides its text: what Document and DocumentInfo share.
struct DocumentRow {
    qint64 id = 0;
    QString uuid;
    QString name;
    QString originalName;
    QString format;
    QDateTime importedAt;
    QString contentHash; // SHA-256 hex of the normalised text, UTF-8
    qint64 length = 0;   // code points
};

struct Document : DocumentRow {
    QString text; // normalised plain text
    QVector<SpeakerTurn> turns;
};

/// A document's row without its text, for lists.
struct DocumentInfo : DocumentRow {
    QVector<qint64> caseIds;
};

struct Case {
    qint64 id = 0;
    QString uuid;
    QString name;
    QString description;
};

enum class AttributeScope { Case, Document };
enum class AttributeType { Text, Number, Date, Choice };
QString attributeTypeName(AttributeType t);
bool parseAttributeType(const QString& name, AttributeType* out);

struct Attribute {
    qint64 id = 0;
    QString uuid;
    QString name;
    AttributeScope scope = AttributeScope::Case;
    AttributeType type = AttributeType::Text;
    QStringList choices; // for Choice
};

struct Code {
    qint64 id = 0;
    QString uuid;
    qint64 parentId = 0; // 0: top level
    QString name;
    QString colour; // "#rrggbb"
    QString definition;
    QString inclusion;
    QString exclusion;
    QString example;
    TocElement toc = TocElement::None;
    int sortOrder = 0;
    /// On PostgreSQL the row's version when it was read (its xmin), so saving a code that
    /// another client changed meanwhile is refused; always 0 on SQLite.
    qint64 version = 0;
};

struct ResearchQuestion {
    qint64 id = 0;
    QString uuid;
    QString code; // e.g. "RQ1"
    QString title;
    QString text;
};

struct Coder {
    qint64 id = 0;
    QString uuid;
    QString name;
};

struct Coding {
    qint64 id = 0;
    QString uuid;
    qint64 documentId = 0;
    qint64 codeId = 0;
    qint64 coderId = 0;
    qint64 start = 0; // code points, end exclusive
    qint64 end = 0;
    QString memo;
    QDateTime created;
    QDateTime modified;
};

enum class MemoOwner { Project, Document, Case, Code };

struct Memo {
    qint64 id = 0;
    QString uuid;
    MemoOwner ownerType = MemoOwner::Project;
    qint64 ownerId = 0; // 0 for the project
    QString title;
    QString text;
    QDateTime created;
    QDateTime modified;
};

// The maturity model and ratings as stored (core/evaluation/maturity.h reads and compares
// them).

/// One level of the maturity model (levels are numbered 1..n, ordinal).
struct MaturityLevel {
    qint64 id = 0;
    QString uuid;
    int level = 0;
    QString name;       // "Forming"
    QString descriptor; // one or two sentences
};

/// One coder's rating of one case.
struct MaturityRating {
    qint64 id = 0;
    QString uuid;
    qint64 caseId = 0;
    QString caseName;
    qint64 coderId = 0;
    QString coderName;
    int level = 0;
    QString rationale;
    QDateTime created;
    QDateTime modified;
    QVector<qint64> codingIds; // supporting codings, ascending
};

/// The rating agreed for a case after discussion.
struct ConsensusRating {
    qint64 id = 0;
    QString uuid;
    qint64 caseId = 0;
    QString caseName;
    int level = 0;
    QString reasoning;
    QDateTime modified;
};

} // namespace situate

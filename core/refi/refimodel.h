// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

// What the REFI-QDA reader takes from a .qde project or a .qdc codebook, before any of it
// touches a project. Elements are matched on local names, so every namespace variant and
// draft reads the same; GUIDs are kept as written (see refitext.h for their clean-up).
namespace situate::refi {

/// A <User>: becomes a coder when a coding names it.
struct QdaUser {
    QString guid;
    QString name;
};

/// A <Code> of the codebook, with the index of the code it is nested in.
struct QdaCode {
    QString guid;
    QString name;
    QString colour;
    QString description;
    int parent = -1; // index of the enclosing <Code>, or -1 at the top
    QStringList noteRefs;
};

/// A <Variable>: a typed attribute of cases or sources.
struct QdaVariable {
    QString guid;
    QString name;
    QString type; // typeOfVariable: Text, Boolean, Integer, Float, Date, DateTime
    QString description;
};

/// A <VariableValue> on a case or a source.
struct QdaValue {
    QString variableGuid;
    QString kind; // the value element's local name: TextValue, IntegerValue, ...
    QString value;
};

/// A <Coding>: one code applied by one user.
struct QdaCoding {
    QString guid;
    QString codeGuid;
    QString user;
    QDateTime created;
    QStringList noteRefs;
};

/// A <PlainTextSelection> with its offsets as written and the codings on it.
struct QdaSelection {
    QString guid;
    QString name;
    QString description;
    QString user;
    QDateTime created;
    QDateTime modified;
    qint64 start = -1;
    qint64 end = -1;
    bool positionsValid = false;
    QVector<QdaCoding> codings;
    QStringList noteRefs;
};

/// A <TextSource>: where its text is, its selections, values and notes.
struct QdaTextSource {
    QString guid;
    QString name;
    QString plainTextPath;
    QString plainTextContent;
    bool hasContent = false; // an inline <PlainTextContent> rather than a file
    QString description;
    QDateTime created;
    QVector<QdaSelection> selections;
    QVector<QdaCoding> wholeSourceCodings; // <Coding> directly on the source: the whole text
    QStringList noteRefs;
    QVector<QdaValue> values;
};

/// A <Case> with its values and the sources it groups.
struct QdaCase {
    QString guid;
    QString name;
    QString description;
    QVector<QdaValue> values;
    QStringList sourceRefs;
    int codeRefs = 0;
    int selectionRefs = 0;
};

/// A <Note>: a memo, attached to whatever refers to it.
struct QdaNote {
    QString guid;
    QString name;
    QString text;
    QString description;
    QString plainTextPath;
    QDateTime created;
    QDateTime modified;
};

/// A <Link> between two objects (a note and a case, for Situate).
struct QdaLink {
    QString originGuid;
    QString targetGuid;
    QString name;
};

/// A <Set> of codes, sources or notes.
struct QdaSet {
    QString guid;
    QString name;
    QString description;
    QStringList codes;
    QStringList sources;
    int notes = 0;
};

/// Sources and selections Situate cannot hold yet, counted per kind for the report.
struct SkippedKind {
    QString kind; // "PDF", "picture", "audio", "video"
    int sources = 0;
    int selections = 0;
    int codings = 0;
};

/// A parsed .qde project or .qdc codebook.
struct QdaExchange {
    bool codebookOnly = false;
    QString name;
    QString origin;
    QString creatingUser;
    QVector<QdaUser> users;
    QVector<QdaCode> codes;
    QVector<QdaVariable> variables;
    QVector<QdaCase> cases;
    QVector<QdaTextSource> sources;
    QVector<QdaNote> notes;
    QVector<QdaLink> links;
    QVector<QdaSet> sets;
    QStringList projectNoteRefs;
    QVector<SkippedKind> skipped;
    QStringList otherSourceGuids; // the sources Situate skips (PDF, picture, audio, video)
    int graphs = 0;
    int transcripts = 0;
};

} // namespace situate::refi

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace situate {

class Storage;

/// What the theory-of-change diagram shows, read in one go on a worker thread: the codes of
/// each ToC element with the questions they serve and their coding counts per case.
struct TocSnapshot {
    /// A code placed in one element's box.
    struct Code {
        qint64 id = 0;
        QString name; // the last level of the path
        QString path;
        QString colour;
        QString definition;
        QVector<qint64> questionIds; // linked questions, in project order
        QStringList questions;       // their codes ("RQ1")
        qint64 total = 0;            // codings of the code itself, every case
        QVector<qint64> perCase;     // codings per entry of `cases`
        QVector<qint64> documentsPerCase;
        qint64 documents = 0;
    };
    /// One element of the chain or of the band under it.
    struct Element {
        TocElement element = TocElement::None;
        QString title; // "Mechanisms"
        QVector<Code> codes;
    };
    struct CaseRef {
        qint64 id = 0;
        QString name;
    };

    QVector<CaseRef> cases;
    QVector<ResearchQuestion> questions;
    QVector<Element> chain; // context -> impact, left to right
    QVector<Element> band;  // assumptions, enablers and barriers
    int unplaced = 0;       // codes with no ToC element
    qint64 codings = 0;     // every coding in the project

    /// Codings of a code for the case at `caseIndex` (-1: every case).
    static qint64 count(const Code& c, int caseIndex) {
        return caseIndex < 0 ? c.total : c.perCase.value(caseIndex);
    }
    /// The element entry (chain or band) holding `codeId`, or nullptr.
    const Code* find(qint64 codeId) const;
};

/// True for the elements drawn in the band under the chain (assumptions, enablers and
/// barriers); the others are the chain, in core's tocChain() order.
bool isTocBandElement(TocElement e);

/// Reads the snapshot. A code is listed under its own element, in tree order; a code whose
/// sub-codes share its element and that has no codings of its own is only their heading and
/// is left out (its sub-codes are listed).
Result<TocSnapshot> readTocSnapshot(const Storage& s);

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inter-coder agreement over a project: which coders, unit, codes and documents to compare,
// and the table of counts and coefficients that comes out. The rules are in
// core/agreement/README.md; the CLI (`situate-cli agreement`) and the agreement view share them.

#include "core/agreement/coefficients.h"
#include "core/agreement/spanagreement.h"
#include "core/largearray.h"
#include "core/result.h"

#include <QStringList>

namespace situate {

class Storage;
struct DisagreementPlaces;

/// What one observation is: a character, a coded segment, or a document, paragraph or
/// speaker turn that carries a categorical value.
enum class AgreementUnit { Character, Segment, Document, Paragraph, Turn };
QString agreementUnitName(AgreementUnit unit);
bool parseAgreementUnit(const QString& name, AgreementUnit* out);
inline bool isCategorical(AgreementUnit u) {
    return u != AgreementUnit::Character && u != AgreementUnit::Segment;
}

/// The choices of one comparison, by name, as a user makes them.
struct AgreementRequest {
    QStringList coders; // in order: the first is "first", the second "second"
    AgreementUnit unit = AgreementUnit::Character;
    QString group; // a code path whose children are mutually exclusive values (categorical)
    MeasurementLevel level = MeasurementLevel::Nominal;
    QStringList codes;     // code paths; empty: every code a chosen coder applied
    QStringList documents; // document names; empty: the default rule of the unit
    double overlap = defaultSegmentOverlap;
    int resamples = defaultBootstrapResamples;
    quint64 seed = defaultBootstrapSeed;
};

/// One row of the character or segment table: a document and code, a code pooled over the
/// documents (document -1), or everything pooled (document and code -1). A row is its counts
/// and two indexes into the result's lists: the names and the coefficients come from the
/// result (documentName, codeName, coefficients) when the row is shown or written, so a table
/// of 200,000 rows holds no string.
struct SpanRow {
    int document = -1;       // index into AgreementResult::documents; -1 on a pooled row
    int code = -1;           // index into AgreementResult::codes; -1 on the overall row
    BinaryCounts characters; // character unit
    SegmentCounts segments;  // segment unit
};

/// The coefficients of one span row, computed from its counts.
struct SpanCoefficients {
    Coefficient percentAgreement;
    Coefficient cohenKappa;           // character unit
    Coefficient krippendorffAlpha;    // character unit
    Coefficient brennanPredigerKappa; // segment unit
};

/// A unit left out of a group's comparison because a coder applied more than one child there.
struct FlaggedUnit {
    QString document;
    int unit = 0; // 1-based position of the unit in its document
    qint64 start = 0;
    qint64 end = 0;
    QString coder;
    QStringList codes; // the children applied, as paths
};

/// Agreement on one code's presence, or on a group's value, over categorical units.
struct CategoricalRow {
    QString code;           // the code, or the group
    qsizetype units = 0;    // units with a value from at least one coder (flagged ones left out)
    qsizetype complete = 0; // ... from every coder
    qsizetype pairable = 0; // ... from at least two coders
    Coefficient percentAgreement;
    Coefficient cohenKappa; // two coders only
    Coefficient scottPi;    // two coders only
    Coefficient fleissKappa;
    Coefficient brennanPredigerKappa;
    Coefficient krippendorffAlpha;
    BootstrapInterval alphaCi95;
};

/// The outcome of one comparison, with the choices resolved to what was compared.
struct AgreementResult {
    AgreementRequest request;
    QStringList documents;    // compared: as requested, else in project order
    QStringList codes;        // compared (codes or the group's children): as requested, else in
                              // codebook order
    LargeArray<SpanRow> rows; // character and segment units: document-major
    QVector<SpanRow> codeRows;
    SpanRow overall;
    QVector<CategoricalRow> categorical; // one per code, or one for the group
    QVector<FlaggedUnit> flagged;

    /// A span row's document, empty on a pooled row.
    QString documentName(const SpanRow& row) const {
        return row.document < 0 ? QString() : documents.at(row.document);
    }
    /// A span row's code path, empty on the overall row.
    QString codeName(const SpanRow& row) const {
        return row.code < 0 ? QString() : codes.at(row.code);
    }
    /// A span row's coefficients for this result's unit (and, for segments, its k).
    SpanCoefficients coefficients(const SpanRow& row) const;
};

/// Compares the coders as `request` says; fails with a readable message on unknown names or
/// choices that do not fit the unit. With `places`, also lists where the first two coders
/// differ over the compared documents and codes (as listDisagreementPlaces would), from the
/// codings already read.
Result<AgreementResult> computeAgreement(const Storage& storage, const AgreementRequest& request,
                                         DisagreementPlaces* places = nullptr);

/// The paragraphs of a normalised text as code-point spans: maximal runs of consecutive
/// non-blank lines (a blank line is empty or white space only), from the first character of
/// the first line to the last character of the last line.
QVector<Span> paragraphSpans(const QString& text);

} // namespace situate

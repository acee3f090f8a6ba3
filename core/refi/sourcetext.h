// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace situate::refi {

/// How an exporting tool counted the offsets of text selections in one source. REFI-QDA
/// says code points over the text as written; NVivo counts UTF-16 code units.
struct OffsetConvention {
    bool utf16 = false;        // UTF-16 code units instead of Unicode code points
    bool crlfCountsTwo = true; // over the text as written, or as if CRLF were one LF
    QString describe() const;
    friend bool operator==(const OffsetConvention&, const OffsetConvention&) = default;
};

/// A text selection as the exporter wrote it.
struct SelectionInput {
    qint64 start = 0;
    qint64 end = 0;
    QString label;       // the name attribute: often the selected text, sometimes a label
    QString description; // the <Description>: sometimes the selected text, usually a comment
};

/// Where a selection lands in Situate's normalised text, or why it cannot be placed.
struct Placement {
    bool placed = false;
    qint64 start = 0; // code points into the normalised text, end exclusive
    qint64 end = 0;
    bool verified = false;          // the exporter's own copy of the text (or line) agreed
    bool descriptionIsText = false; // the description is the selected text, not a comment
    QString problem;                // why it was not placed
};

/// A source text as the exporting tool wrote it (decoded, BOM removed), mapped onto
/// Situate's normalised text (LF line ends, NFC) so that offsets in the tool's counting
/// become Situate offsets, and every placement can be checked against the text it covers.
class SourceText {
public:
    explicit SourceText(QString raw);

    const QString& normalised() const { return m_normalised; }
    /// The convention under which the selections land on the most plausible places: word
    /// and line boundaries, whole characters, and the exporter's copies of the text where
    /// it gives them. Ties go to `preferred` (what the tool's origin suggests).
    OffsetConvention detect(const QVector<SelectionInput>& selections,
                            OffsetConvention preferred) const;
    /// Converts and verifies every selection: the normalised text it lands on must be the
    /// normalised text the tool's offsets cover, and must agree with the exporter's copy of
    /// that text (name or description) when it gives one.
    QVector<Placement> place(const QVector<SelectionInput>& selections,
                             OffsetConvention convention) const;

private:
    struct RawPosition {
        qint64 utf16 = -1; // index into m_raw; -1 when past the end
    };
    QVector<RawPosition> toRaw(const QVector<qint64>& positions, OffsetConvention c) const;
    /// Raw UTF-16 indices to normalised code points; a position inside a CRLF or a
    /// combined sequence goes before it for a start and after it for an end.
    QVector<qint64> toNormalised(const QVector<qint64>& rawPositions,
                                 const QVector<bool>& isEnd) const;
    bool boundaryPlausible(qint64 utf16) const;
    qint64 lineOf(qint64 normalisedCp) const;

    QString m_raw;
    QString m_normalised;
    bool m_hasCr = false;
    bool m_hasPairs = false;
    bool m_nfcStable = true;     // NFC changes nothing but line ends
    QVector<qint64> m_lineFeeds; // code point offsets of '\n' in m_normalised
};

} // namespace situate::refi

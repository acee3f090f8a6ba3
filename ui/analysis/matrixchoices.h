// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/cooccurrence.h"
#include "core/analysis/frequency.h"
#include "ui/analysis/matrixmodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace situate {

class CoderFilterButton;
class Storage;

/// The choices of the matrix view: what the columns are (cases, research questions, an
/// attribute's values, documents, coders or codes with a co-occurrence mode), what a cell
/// counts, percentages, sub-codes, roll-up and coders.
class MatrixChoices : public QWidget {
    Q_OBJECT
public:
    /// What the columns are (the rows are always codes).
    enum class Columns { Cases, Questions, AttributeValues, Documents, Coders, Codes };

    explicit MatrixChoices(QWidget* parent = nullptr);

    /// Lists the project's attributes and coders (none: nothing), keeping the choices made.
    /// When the project cannot be read the lists stay as they were and the failure is
    /// returned.
    Status reload(const Storage* s);

    Columns columns() const;
    CountType countType() const;
    /// The percentages asked for, or none where they mean nothing (coverage, co-occurrence).
    MatrixModel::Percent percent() const;
    /// The frequency request the choices make (attributeId 0 when there is no attribute).
    FrequencyRequest frequencyRequest() const;
    CooccurrenceRequest cooccurrenceRequest() const;
    /// How the choices name a count type and a co-occurrence mode.
    QString countName(CountType type) const;
    QString modeName(CooccurrenceMode mode) const;

signals:
    /// A choice changed that needs the matrix counted again.
    void requestChanged();
    /// The count type or percentages changed: the counts at hand only need showing anew.
    void displayChanged();

private:
    void updateEnabled();

    QComboBox* m_dimension;
    QComboBox* m_attribute;
    QComboBox* m_mode;
    QComboBox* m_count;
    QComboBox* m_percent;
    QCheckBox* m_descendants;
    QCheckBox* m_rollup;
    CoderFilterButton* m_coders;
};

} // namespace situate

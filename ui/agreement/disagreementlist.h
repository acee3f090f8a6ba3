// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/agreement/disagreementmodel.h"

#include <QTableView>

namespace situate {

/// The disagreements of the selected agreement row, one line each: document, code, kind,
/// what the consensus coder has there, and the passage. Every place is a row, but only the
/// rows scrolled into view are read (DisagreementModel).
class DisagreementList : public QTableView {
    Q_OBJECT
public:
    using Settled = DisagreementModel::Settled;
    using Column = DisagreementModel::Column;

    explicit DisagreementList(QWidget* parent = nullptr);

    /// Shows `places` between the coders named `first` and `second`, reading names, text and
    /// the consensus coder's codings from `storage` as rows are shown; the place selected
    /// before stays selected if it is still listed. Announces no current row: the caller shows
    /// the one left selected.
    void setDisagreements(const Storage& storage, const CodeTree& tree,
                          QVector<DisagreementPlace> places, const QString& first,
                          const QString& second, const QString& consensusCoder);
    void clearDisagreements();
    /// The project changed: the rows shown are read again.
    void reread() { m_model->reread(); }
    const QVector<DisagreementPlace>& disagreements() const { return m_model->places(); }
    DisagreementModel* disagreementModel() const { return m_model; }
    /// The selected place, or nullptr.
    const DisagreementPlace* current() const;
    int currentRow() const;
    void setCurrentRow(int row);
    Settled currentSettled() const;

signals:
    /// The selected place changed (or none is selected).
    void currentChanged();

private:
    DisagreementModel* m_model;
};

} // namespace situate

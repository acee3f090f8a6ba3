// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/reconciliation.h"

#include <QTreeWidget>

namespace situate {

class CodeTree;
class Storage;

/// The disagreements of the selected agreement row, one line each: document, code, kind,
/// what the consensus coder has there, and the passage.
class DisagreementList : public QTreeWidget {
    Q_OBJECT
public:
    /// What the consensus coder has of a disagreement's code inside its span.
    enum class Settled { Nothing, First, Second, Both, Edited };
    enum Column { DocumentColumn, CodeColumn, KindColumn, ConsensusColumn, PassageColumn };

    explicit DisagreementList(QWidget* parent = nullptr);

    /// Shows `list` between the coders named `first` and `second`, reading names, text and the
    /// consensus coder's codings from `storage`; the disagreement selected before stays
    /// selected if it is still listed. When the storage cannot be read the list stays as it
    /// was and the failure is returned.
    Status setDisagreements(const Storage& storage, const CodeTree& tree,
                            QVector<Disagreement> list, const QString& first, const QString& second,
                            const QString& consensusCoder);
    void clearDisagreements();
    const QVector<Disagreement>& disagreements() const { return m_list; }
    /// The selected disagreement, or nullptr.
    const Disagreement* current() const;
    Settled currentSettled() const;

private:
    QVector<Disagreement> m_list;
};

} // namespace situate

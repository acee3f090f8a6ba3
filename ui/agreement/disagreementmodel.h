// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/disagreementplaces.h"
#include "core/codetree.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>

namespace situate {

class Storage;

/// The disagreement places of the selected agreement row as a table that knows every place
/// but reads text only for the rows a view asks for: document, code and kind come from the
/// place itself; the passage and what the consensus coder has there are read a page of rows
/// at a time (the document's text and the consensus coder's codings, a few documents kept),
/// so half a million places list as fast as fifty.
class DisagreementModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// What the consensus coder has of a disagreement's code inside its span.
    enum class Settled { Nothing, First, Second, Both, Edited };
    enum Column { DocumentColumn, CodeColumn, KindColumn, ConsensusColumn, PassageColumn };
    static constexpr int SettledRole = Qt::UserRole + 1; // int(Settled)

    explicit DisagreementModel(QObject* parent = nullptr);

    /// Lists `places` of the coders named `first` and `second`, reading names, text and the
    /// consensus coder's codings from `storage`, which must outlive the list (or be cleared).
    void setPlaces(const Storage* storage, const CodeTree& tree, QVector<DisagreementPlace> places,
                   const QString& first, const QString& second, const QString& consensusCoder);
    void clear();
    const QVector<DisagreementPlace>& places() const { return m_places; }
    /// The project changed: what was read is read again when next shown (the places stay).
    void reread();

    Settled settled(int row) const;
    /// Rows materialised so far (tests and benchmarks: a page at a time, never all).
    qsizetype rowsRead() const { return m_rowsRead; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString passage; // simplified, at most 1,000 characters
        Settled settled = Settled::Nothing;
    };
    struct Document; // its text and the consensus coder's codings
    const Row& row(int r) const;
    const Document* document(qint64 id) const;

    const Storage* m_storage = nullptr;
    CodeTree m_tree;
    QVector<DisagreementPlace> m_places;
    QString m_first, m_second, m_consensusCoder;
    QHash<qint64, QString> m_documentNames;
    // Read on demand from data() (a const function): pages of rows and the documents they
    // came from, the least recently used dropped first.
    mutable QCache<int, QVector<Row>> m_pages;
    mutable QCache<qint64, Document> m_documents;
    mutable qsizetype m_rowsRead = 0;
};

} // namespace situate

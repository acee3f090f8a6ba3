// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/maturity.h"
#include "core/result.h"
#include "core/types.h"
#include "ui/common/projectview.h"

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace situate {

/// Maturity ratings: CoPs against coders (and the consensus) with the model's levels and
/// descriptors, the coders' agreement, and an editor for one rating (level, rationale,
/// supporting codings) or a consensus (level, reasoning); each save is one undo step.
class MaturityView : public ProjectView {
    Q_OBJECT
public:
    explicit MaturityView(QWidget* parent = nullptr);

    /// Re-reads levels, ratings and agreement. They are a few rows per case, so this reads
    /// them on the GUI thread, at once after each change.
    void refresh() override;
    /// Where "Add selected coding" takes its coding from (0: none selected).
    void setCodingSource(std::function<qint64()> source) { m_codingSource = std::move(source); }

    /// Rows are cases in project order; columns are coders by name, then the consensus.
    void selectCell(int row, int column);
    int consensusColumn() const { return int(m_coders.size()); }
    const RatingAgreement& agreement() const { return m_agreement; }
    /// The supporting codings in the editor.
    const QVector<qint64>& editorEvidence() const { return m_evidence; }

    /// Saves the editor as the selected rating or consensus (one undo step).
    Status save();
    /// Removes the selected rating or consensus (one undo step).
    Status clear();
    Status addSelectedCoding();

signals:
    /// An edit failed (or was kept until the server is back); the main window shows it.
    void failed(const situate::Status& failure);
    void openCoding(qint64 documentId, qint64 start, qint64 end);

private:
    void projectReplaced() override;
    void cellChanged();
    void loadEditor();
    void showEvidence();
    void updateDescriptor();
    void updateEnabled();
    QString levelText(int level) const;

    QTableWidget* m_table;
    QLabel* m_agreementLabel;
    QTableWidget* m_levelsTable;
    QLabel* m_editorTitle;
    QComboBox* m_level;
    QLabel* m_descriptor;
    QPlainTextEdit* m_rationale;
    QLabel* m_evidenceLabel;
    QListWidget* m_evidenceList;
    QPushButton* m_addCoding;
    QPushButton* m_removeCoding;
    QPushButton* m_save;
    QPushButton* m_clear;

    QVector<Case> m_cases;
    QVector<Coder> m_coders;
    QVector<MaturityLevel> m_levels;
    QVector<MaturityRating> m_ratings;
    QVector<ConsensusRating> m_consensus;
    RatingAgreement m_agreement;
    QVector<qint64> m_evidence;
    std::function<qint64()> m_codingSource;
    bool m_refreshing = false;
    bool m_edited = false; // the editor holds changes not saved yet
};

} // namespace situate

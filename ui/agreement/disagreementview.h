// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/reconciliation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextEdit;

namespace situate {

/// What the side-by-side view needs to show one disagreement.
struct DisagreementContext {
    Disagreement disagreement;
    QString text; // the document's normalised text
    QString document;
    QString code; // path
    QString firstCoder;
    QString secondCoder;
    QString consensus;    // what the consensus coder has there, in words
    QString cannotSettle; // why the actions are off, or empty
};

/// One disagreement side by side: the passage in context once per coder (coder names as
/// column headers, each coder's characters highlighted, what only the other coder coded
/// underlined), with the actions that settle it in the consensus coder.
class DisagreementView : public QWidget {
    Q_OBJECT
public:
    explicit DisagreementView(QWidget* parent = nullptr);

    void showDisagreement(const DisagreementContext& context);
    /// Shows nothing but `hint`.
    void clear(const QString& hint = {});

    static QColor firstColour();
    static QColor secondColour();

signals:
    void reconcileRequested(ReconcileAction action);
    void showInDocumentRequested();

private:
    void setActionsEnabled(bool enabled, const QString& why);

    QLabel* m_title;
    QLabel* m_headers[2];
    QLabel* m_details[2];
    QTextEdit* m_texts[2];
    QLabel* m_consensus;
    QLabel* m_legend;
    QPushButton* m_acceptFirst;
    QPushButton* m_acceptSecond;
    QPushButton* m_keepBoth;
    QPushButton* m_dropBoth;
    QPushButton* m_show;
};

} // namespace situate

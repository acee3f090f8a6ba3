// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QMenu;

namespace situate {

class AgreementView;
class ChartView;
class DocumentView;
class ExtractsBrowser;
class MainWindow;
class MatrixView;
class Project;
class QueryView;
struct ExtractQuery;

/// The Analysis menu and its docks: frequency matrix, chart, coded extracts and inter-coder
/// agreement (Ctrl+1..4) and the coding query (Ctrl+8), tabbed at the bottom. They read the project
/// on worker threads; their edits (reconciling) go through the project's undo stack like every
/// other edit.
class AnalysisDocksController : public QObject {
    Q_OBJECT
public:
    /// Adds the Analysis menu, and each dock's toggle to `viewMenu`.
    AnalysisDocksController(MainWindow& window, QMenu* viewMenu);

    void setProject(Project* project);
    /// Shows the extracts dock listing `query`; `description` names them in its heading.
    void showExtracts(const ExtractQuery& query, const QString& description);
    /// Shows the extracts of a code and its sub-codes.
    void showCodeExtracts(qint64 codeId);

    MatrixView* matrixView() const { return m_matrix; }
    ChartView* chartView() const { return m_chart; }
    ExtractsBrowser* extractsBrowser() const { return m_extracts; }
    AgreementView* agreementView() const { return m_agreement; }
    QueryView* queryView() const { return m_query; }

private:
    void markQueryResult();

    MainWindow& m_window;
    MatrixView* m_matrix;
    ChartView* m_chart;
    ExtractsBrowser* m_extracts;
    AgreementView* m_agreement;
    QueryView* m_query;
    QPointer<DocumentView> m_documentView;
    bool m_queryShown = false;  // the query dock can be seen
    bool m_queryMarked = false; // the document view's marks are the query's
};

} // namespace situate

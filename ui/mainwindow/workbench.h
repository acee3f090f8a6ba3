// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codetree.h"
#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QVector>

class QLineEdit;
class QWidget;

namespace situate {

class CasesPanel;
class CodebookPanel;
class CodingCounts;
class ConnectionBanner;
class DocumentView;
class DocumentsPanel;
class MainWindow;
class QuestionsPanel;
class SearchPanel;

/// The workbench's panels and the transcript between them: makes them (the transcript with
/// the connection banner and the find bar above it, documents, cases and questions docked on
/// the left, the codebook on the right, search at the bottom), lets them lead to each other
/// (a document to its transcript, a hit to its passage) and fills them from the project. A
/// read that fails leaves what was shown in place and says why (on a server whose connection
/// is gone, the banner says it); it never shows an empty project instead.
class Workbench : public QObject {
    Q_OBJECT
public:
    explicit Workbench(MainWindow& window);

    DocumentView* documentView() const { return m_view; }
    /// The content hash of the text the document view shows (empty when none).
    QString shownHash() const;
    DocumentsPanel* documentsPanel() const { return m_documents; }
    CodebookPanel* codebookPanel() const { return m_codebook; }
    CasesPanel* casesPanel() const { return m_cases; }
    QuestionsPanel* questionsPanel() const { return m_questions; }
    SearchPanel* searchPanel() const { return m_search; }
    ConnectionBanner* banner() const { return m_banner; }
    CodingCounts* counts() const { return m_counts; }
    /// The codebook as the panels last read it.
    const CodeTree& tree() const { return m_tree; }

    /// Reads the codebook, documents, cases and questions again, with the counts of the
    /// `shown` coders' codings (all when empty) and the codes' quick keys. False when what
    /// they share could not be read: nothing changed and `*failure` says why. Otherwise
    /// `*failure` is the first panel that could not be read, if any.
    bool refreshPanels(const QVector<qint64>& shown, const QHash<int, qint64>& quickKeys,
                       Status* failure);
    /// Empties the panels once the window has no project (File > Close Project).
    void clearPanels();
    /// Closes the transcript if its document is gone, and draws its codings again.
    void refreshDocument();
    /// Draws the transcript's codings again, of the coders shown.
    void refreshCodings();
    /// After an edit of codings only: the counts beside codes and documents, in place. False
    /// while a large project's counts are still being read (ready() follows).
    bool refreshCounts(const QVector<qint64>& shown);

    void showDocument(qint64 documentId);
    /// Opens the first document (by name) that has codings; for screenshots and demos.
    void openFirstCodedDocument();
    /// Opens a document with a range selected and in view.
    void showRange(qint64 documentId, qint64 start, qint64 end);
    void showFindBar();
    /// Puts a bar (the one that says the transcript is being edited) right above it.
    void addAboveTranscript(QWidget* bar);
    /// Shows the search dock with the cursor in its query.
    void focusSearch();

    /// Remembers the open document and where it is read, for the next opening.
    void saveReadingPosition();
    /// Opens the document read last in this project, where it was read.
    void restoreReadingPosition();

private:
    void createCentral();
    void createDocks();

    MainWindow& m_window;
    CodeTree m_tree;
    CodingCounts* m_counts = nullptr;
    ConnectionBanner* m_banner = nullptr; // a server project that lost its connection
    DocumentView* m_view = nullptr;
    QString m_shownHash; // the content hash of the text the view shows
    QWidget* m_findBar = nullptr;
    QLineEdit* m_findEdit = nullptr;
    DocumentsPanel* m_documents = nullptr;
    CodebookPanel* m_codebook = nullptr;
    CasesPanel* m_cases = nullptr;
    QuestionsPanel* m_questions = nullptr;
    SearchPanel* m_search = nullptr;
};

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/pseudonymise.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace situate {

class MainWindow;
class PseudonymSuggestions;
class PseudonymTable;

/// Pseudonymisation of the whole project: the user builds the replacement list in a table
/// (typed, loaded from a CSV or XLSX sheet, or added from the candidate finder's
/// suggestions), sees every match of the list marked in the open document, previews what
/// would change (counted off the window's thread), chooses where the key goes (outside the
/// project's folder) and applies it as one undo step that writes the key before it commits.
class PseudonymDialog : public QDialog {
    Q_OBJECT
public:
    explicit PseudonymDialog(MainWindow& window);
    void showDialog();

signals:
    /// A pseudonymisation was applied to the window's project.
    void applied();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void inputsChanged();
    void preview();
    void showPreview();
    void apply();
    void chooseKey();
    void loadList();
    void saveList();
    /// False (after saying why) when `path` lies in the project's folder, where `what` (the
    /// key, the list: both hold the originals) would travel with the project.
    bool outsideProject(const QString& path, const QString& what);
    void scheduleMarks();
    void markMatches();
    void showMarks();

    MainWindow& m_window;
    PseudonymTable* m_table;
    PseudonymSuggestions* m_suggestions;
    QLineEdit* m_keyPath;
    QCheckBox* m_showMarks;
    QLabel* m_marksStatus;
    QPushButton* m_previewButton;
    QPushButton* m_applyButton;
    QTreeWidget* m_preview;
    QLabel* m_status;
    QTimer* m_marksTimer;
    QFutureWatcher<Result<PseudonymReport>> m_previewWatcher;
    QFutureWatcher<QVector<std::pair<qint64, qint64>>> m_marksWatcher;
    const QChar* m_marksText = nullptr; // the text the marks being found were found in
    bool m_previewed = false;           // the preview shows what the list would do now
};

} // namespace situate

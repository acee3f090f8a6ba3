// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace situate {

class CodeTree;

/// The "code with..." popup of the keyboard coding loop: a line that filters the codebook by
/// what is typed (a case-insensitive part of the code's path), the matching codes below it,
/// Up and Down to move, Enter to choose and Esc to close. It only chooses: `chosen` tells
/// which code, and the caller edits.
class CodeWithPopup : public QDialog {
    Q_OBJECT
public:
    explicit CodeWithPopup(QWidget* parent);

    /// Shows the codes of `tree` under `heading`, the filter empty and the first code current.
    void showFor(const CodeTree& tree, const QString& heading);
    /// The ids of the codes listed now, in order.
    QVector<qint64> listedCodes() const;

signals:
    void chosen(qint64 codeId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void filter();
    void choose();

    QLabel* m_heading = nullptr;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
    QVector<std::pair<qint64, QString>> m_codes; // id and path, in the codebook's order
};

} // namespace situate

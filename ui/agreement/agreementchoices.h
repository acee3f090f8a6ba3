// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/agreementanalysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QSpinBox;
class QTreeWidget;

namespace situate {

class Storage;

/// The choices of an agreement comparison (coders, unit, group and level, codes, documents,
/// segment overlap), filled from a project and read back as an AgreementRequest.
class AgreementChoices : public QWidget {
    Q_OBJECT
public:
    explicit AgreementChoices(QWidget* parent = nullptr);

    /// Fills the lists from the project (nullptr: empties them), keeping the user's ticks on
    /// the items that are still there; does nothing when the lists would not change. When
    /// the project cannot be read the lists stay as they were and the failure is returned.
    Status load(const Storage* storage);
    AgreementRequest request() const;
    /// Why the choices cannot be computed yet, or empty when they can.
    QString problem() const;

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateEnabled();

    QListWidget* m_coders;
    QLabel* m_roles;
    QComboBox* m_unit;
    QComboBox* m_group;
    QComboBox* m_level;
    QSpinBox* m_overlap;
    QComboBox* m_codeScope;
    QTreeWidget* m_codes;
    QComboBox* m_documentScope;
    QListWidget* m_documents;
    QLabel* m_groupLabel;
    QLabel* m_levelLabel;
    QLabel* m_overlapLabel;
    QString m_loadedKey; // what the lists were filled from, to skip needless rebuilds
    bool m_checkToggled = false;
};

} // namespace situate

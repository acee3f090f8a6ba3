// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace situate {

class Storage;

/// An editable table of cases (or documents) and their attributes.
class CasesPanel : public QWidget {
    Q_OBJECT
public:
    explicit CasesPanel(QWidget* parent = nullptr);
    /// Rebuilds from storage; when it cannot be read the table stays as it was and the
    /// failure is returned (or, when the scope changes, signalled by readFailed).
    Status setData(const Storage& storage);
    QTableWidget* table() const { return m_table; }
    AttributeScope scope() const;

signals:
    void readFailed(const situate::Status& failure);
    void attributeEdited(qint64 attributeId, qint64 ownerId, const QString& value);
    void addCaseRequested();
    void addAttributeRequested(AttributeScope scope);

private:
    QComboBox* m_scope;
    QTableWidget* m_table;
    bool m_loading = false;
};

} // namespace situate

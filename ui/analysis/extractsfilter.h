// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/extracts.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QTreeWidget;

namespace situate {

class CoderFilterButton;
class Storage;

/// The choices of the extracts browser: codes (ticked in the codebook tree, with or without
/// sub-codes), case, document, attribute value, research question (with roll-up) and coders.
class ExtractsFilter : public QWidget {
    Q_OBJECT
public:
    explicit ExtractsFilter(QWidget* parent = nullptr);

    /// Lists the project's codes, cases, documents, attributes, questions and coders (no
    /// project: nothing); the choices made are kept where they still exist. When the project
    /// cannot be read the choices stay as they were and the failure is returned.
    Status reload(const Storage* s);
    /// The query the choices make.
    ExtractQuery query() const;
    /// Shows a query in the choices, as far as they can show it, without emitting changed().
    void setQuery(const ExtractQuery& query);
    /// What of `query` the choices cannot show (several cases, documents or values).
    static QStringList hiddenParts(const ExtractQuery& query);
    /// The query in words, for headings and report titles.
    QString describe(const ExtractQuery& query) const;
    const QHash<qint64, QString>& codeColours() const { return m_colours; }

signals:
    /// The user changed a choice.
    void changed();
    /// The user asked for every extract again.
    void cleared();

private:
    void reloadAttributeValues();
    void userChanged();

    // Copied on reload, so the filter never holds on to a project that may close.
    QHash<qint64, QString> m_colours;
    QHash<qint64, QString> m_codePaths;
    QHash<qint64, QString> m_coderNames;
    QHash<qint64, QStringList> m_values; // attribute id -> its values in display order
    QTreeWidget* m_codes;
    QCheckBox* m_descendants;
    QComboBox* m_case;
    QComboBox* m_document;
    QComboBox* m_attribute;
    QComboBox* m_value;
    QComboBox* m_question;
    QCheckBox* m_rollup;
    CoderFilterButton* m_coders;
    bool m_setting = false;
};

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/pseudonymise.h"

namespace situate {

namespace {

// The free texts outside document texts where a name can hide. Document names come first,
// after the texts, so the key names documents as the team knew them.
struct TextColumn {
    const char* table;
    const char* column;
};
constexpr TextColumn kOtherTexts[] = {
    {"documents", "name"},
    {"documents", "original_name"},
    {"cases", "name"},
    {"cases", "description"},
    {"memos", "title"},
    {"memos", "text"},
    {"codings", "memo"},
    {"codes", "definition"},
    {"codes", "inclusion"},
    {"codes", "exclusion"},
    {"codes", "example"},
    {"evidence_summaries", "text"},
    {"maturity_ratings", "rationale"},
    {"consensus_ratings", "reasoning"},
};

class Run {
public:
    Run(const Storage& storage, const QVector<PseudonymEntry>& entries, Editor* editor, QString who)
        : m_storage(storage)
        , m_entries(entries)
        , m_pseudonymiser(entries)
        , m_editor(editor)
        , m_who(std::move(who))
        , m_other(entries.size(), 0) {}

    Result<PseudonymReport> run() {
        if (Status s = documents(); !s)
            return s;
        for (const TextColumn& c : kOtherTexts) {
            Result<QVector<std::pair<qint64, QString>>> texts =
                m_storage.readTexts(QLatin1String(c.table), QLatin1String(c.column));
            if (!texts)
                return Status::from(texts);
            if (Status s = rewrite(QLatin1String(c.table), QLatin1String(c.column), *texts); !s)
                return s;
        }
        if (Status s = textAttributes(); !s)
            return s;
        makeKey();
        return m_report;
    }

private:
    QString relabel(const QString& text) const {
        return applyReplacements(text, m_pseudonymiser.apply(text).replacements);
    }

    Status documents() {
        Result<QVector<DocumentInfo>> documents = m_storage.documents();
        if (!documents)
            return Status::from(documents);
        TextEditOptions options;
        options.kind = TextEditKind::Pseudonymise;
        options.who = m_who;
        options.relabel = [this](const QString& s) {
            return relabel(s);
        };
        for (const DocumentInfo& d : *documents) {
            const PseudonymMatches m = m_pseudonymiser.apply(m_storage.documentText(d.id));
            if (m.replacements.isEmpty())
                continue;
            m_byDocument.append({d.name, m.counts});
            Result<TextEditReport> edit =
                m_editor ? editDocumentText(*m_editor, d.id, m.replacements, options)
                         : previewTextEdit(m_storage, d.id, m.replacements);
            if (!edit)
                return Status::from(edit);
            ++m_report.documents;
            m_report.replacements += m.replacements.size();
            m_report.codings += edit->codings;
        }
        return {};
    }

    Status rewrite(const QString& table, const QString& column,
                   const QVector<std::pair<qint64, QString>>& texts) {
        for (const auto& [id, text] : texts) {
            const PseudonymMatches m = m_pseudonymiser.apply(text);
            if (m.replacements.isEmpty())
                continue;
            for (qsizetype i = 0; i < m.counts.size(); ++i)
                m_other[i] += m.counts[i];
            ++m_report.otherTexts;
            if (!m_editor)
                continue;
            if (Status s = m_editor->update(table, id,
                                            {{column, applyReplacements(text, m.replacements)}});
                !s)
                return s;
        }
        return {};
    }

    // Values of text attributes; a choice's value must stay one of its choices.
    Status textAttributes() {
        Result<QVector<Attribute>> attributes = m_storage.attributes();
        if (!attributes)
            return Status::from(attributes);
        const QString table = QStringLiteral("attribute_values");
        const QString value = QStringLiteral("value");
        for (const Attribute& a : *attributes) {
            if (a.type != AttributeType::Text)
                continue;
            Result<QVector<Row>> rows =
                m_storage.readRowsWhere(table, QStringLiteral("attribute_id"), a.id);
            if (!rows)
                return Status::from(rows);
            QVector<std::pair<qint64, QString>> texts;
            for (const Row& r : *rows)
                texts.append({r.id(), r.values.value(value).toString()});
            if (Status s = rewrite(table, value, texts); !s)
                return s;
        }
        return {};
    }

    void makeKey() {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const PseudonymEntry& entry = m_entries[i];
            bool any = false;
            for (const auto& [document, counts] : m_byDocument) {
                if (counts.value(i) > 0) {
                    m_report.key.append({entry.find, entry.replace, document, counts.value(i)});
                    any = true;
                }
            }
            if (m_other[i] > 0 || !any)
                m_report.key.append({entry.find, entry.replace, QString(), m_other[i]});
        }
    }

    const Storage& m_storage;
    const QVector<PseudonymEntry>& m_entries;
    Pseudonymiser m_pseudonymiser;
    Editor* m_editor;
    QString m_who;
    QVector<qint64> m_other; // matches per entry outside document texts
    QVector<std::pair<QString, QVector<qint64>>> m_byDocument;
    PseudonymReport m_report;
};

Result<PseudonymReport> runPseudonymisation(const Storage& storage,
                                            const QVector<PseudonymEntry>& entries, Editor* editor,
                                            const QString& who) {
    if (Status s = checkPseudonymEntries(entries); !s)
        return Status::failure(s.error(), ErrorKind::Invalid);
    return Run(storage, entries, editor, who).run();
}

} // namespace

Result<PseudonymReport> planPseudonymisation(const Storage& storage,
                                             const QVector<PseudonymEntry>& entries) {
    return runPseudonymisation(storage, entries, nullptr, {});
}

Result<PseudonymReport> pseudonymiseProject(Editor& e, const QVector<PseudonymEntry>& entries,
                                            const QString& who) {
    return runPseudonymisation(e.storage(), entries, &e, who);
}

} // namespace situate

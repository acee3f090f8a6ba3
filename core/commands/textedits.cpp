// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/textedits.h"

#include "core/commands/commands.h"
#include "core/commands/common.h"
#include "core/import/speakerturns.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::commands)
};
} // namespace

namespace situate {

namespace {

const QString kDocuments = QStringLiteral("documents");
const QString kCodings = QStringLiteral("codings");
const QString kTurns = QStringLiteral("speaker_turns");
const QString kEdits = QStringLiteral("document_edits");

struct Loaded {
    QString text;
    qint64 length = 0;
    QVector<Coding> codings;
};

Result<Loaded> load(const Storage& storage, qint64 documentId,
                    const QVector<Replacement>& replacements) {
    using R = Result<Loaded>;
    const auto nameAndLength = storage.documentNameAndLength(documentId);
    if (!nameAndLength)
        return R::failure(Tr::tr("that document no longer exists"), ErrorKind::NotFound);
    Loaded l;
    l.length = nameAndLength->second;
    if (Status s = checkReplacements(replacements, l.length); !s)
        return R::failure(QStringLiteral("\"%1\": %2").arg(nameAndLength->first, s.error()),
                          ErrorKind::Invalid);
    Result<QVector<Coding>> codings = storage.codings(documentId);
    if (!codings)
        return Status::from(codings);
    l.codings = codings.take();
    l.text = storage.documentText(documentId);
    return l;
}

QVector<Anchor> anchorsOf(const QVector<Coding>& codings) {
    QVector<Anchor> anchors;
    anchors.reserve(codings.size());
    for (const Coding& c : codings)
        anchors.append({c.start, c.end});
    return anchors;
}

TextEditReport reportOf(const QVector<Coding>& codings, const QVector<Reanchored>& moved,
                        qint64 replacements) {
    TextEditReport r;
    r.replacements = replacements;
    r.codings = countOutcomes(moved);
    for (qsizetype i = 0; i < codings.size(); ++i) {
        if (moved[i].outcome == EditOutcome::Removed)
            r.removedCodings.append(codings[i].id);
        else if (moved[i].outcome == EditOutcome::Changed)
            r.touchedCodings.append(codings[i].id);
    }
    return r;
}

// Turns with caption timestamps came from the cues, not from the text: they keep their times
// and move by the rule. Other turns are detected again from the new text, which is where an
// edit of a speaker label or a new "Name:" line shows. Rows are reused in order, so undo
// restores the old turns row for row.
Status rewriteTurns(Editor& e, qint64 documentId, const QString& newText,
                    const QVector<Replacement>& replacements, const TextEditOptions& options) {
    Result<QVector<Row>> rows =
        e.storage().readRowsWhere(kTurns, QStringLiteral("document_id"), documentId);
    if (!rows)
        return Status::from(rows);
    std::sort(rows->begin(), rows->end(), [](const Row& a, const Row& b) {
        const qint64 sa = a.values.value(QStringLiteral("start")).toLongLong();
        const qint64 sb = b.values.value(QStringLiteral("start")).toLongLong();
        return sa != sb ? sa < sb : a.id() < b.id();
    });
    const bool timed = std::any_of(rows->cbegin(), rows->cend(), [](const Row& r) {
        return !r.values.value(QStringLiteral("time_start_ms")).isNull();
    });
    if (timed) {
        // All turns in one pass over the replacements (rows are in document order). An empty
        // turn gets a one-point span whose end is not used.
        QVector<qint64> starts;
        QVector<Anchor> spans;
        for (const Row& r : *rows) {
            const qint64 s0 = r.values.value(QStringLiteral("start")).toLongLong();
            const qint64 e0 = r.values.value(QStringLiteral("end")).toLongLong();
            starts.append(s0);
            spans.append({s0, qMax(e0, s0 + 1)});
        }
        const QVector<qint64> newStarts = reanchorPoints(starts, replacements);
        const QVector<Reanchored> newSpans = reanchorAll(spans, replacements);
        for (qsizetype i = 0; i < rows->size(); ++i) {
            const Row& r = rows->at(i);
            const qint64 start = newStarts[i];
            // An empty turn, or one whose text was all deleted, ends where it starts.
            const bool empty = r.values.value(QStringLiteral("end")).toLongLong() <= starts[i];
            const qint64 end = !empty && newSpans[i].anchor ? newSpans[i].anchor->end : start;
            QString speaker = r.values.value(QStringLiteral("speaker")).toString();
            if (options.relabel)
                speaker = options.relabel(speaker);
            if (Status s = e.update(kTurns, r.id(),
                                    {{QStringLiteral("start"), start},
                                     {QStringLiteral("end"), end},
                                     {QStringLiteral("speaker"), speaker}});
                !s)
                return s;
        }
        return {};
    }
    const QVector<SpeakerTurn> detected = detectSpeakerTurns(newText);
    for (qsizetype i = 0; i < qMax(rows->size(), detected.size()); ++i) {
        if (i >= detected.size()) {
            if (Status s = e.remove(kTurns, rows->at(i).id()); !s)
                return s;
            continue;
        }
        const SpeakerTurn& t = detected[i];
        const QVariantMap values{{QStringLiteral("speaker"), t.speaker},
                                 {QStringLiteral("start"), t.start},
                                 {QStringLiteral("end"), t.end}};
        if (i < rows->size()) {
            if (Status s = e.update(kTurns, rows->at(i).id(), values); !s)
                return s;
        } else {
            QVariantMap row = values;
            row.insert(QStringLiteral("document_id"), documentId);
            if (Result<qint64> id = e.insert(kTurns, row); !id)
                return Status::from(id);
        }
    }
    return {};
}

} // namespace

Result<TextEditReport> previewTextEdit(const Storage& storage, qint64 documentId,
                                       const QVector<Replacement>& replacements) {
    Result<Loaded> l = load(storage, documentId, replacements);
    if (!l)
        return Status::from(l);
    return reportOf(l->codings, reanchorAll(anchorsOf(l->codings), replacements),
                    replacements.size());
}

Result<TextEditReport> editDocumentText(Editor& e, qint64 documentId,
                                        const QVector<Replacement>& replacements,
                                        const TextEditOptions& options) {
    using R = Result<TextEditReport>;
    // Codings made at this moment on the text as it was wait, then find it changed.
    if (Status s = e.storage().lockDocumentText(documentId, true); !s)
        return s;
    if (!options.seenHash.isEmpty() && e.storage().documentHash(documentId) != options.seenHash)
        return R::failure(Tr::tr("the transcript was changed elsewhere since it was "
                                 "shown; it is shown as it is now: make the change "
                                 "again (nothing was changed)"),
                          ErrorKind::Stale);
    Result<Loaded> l = load(e.storage(), documentId, replacements);
    if (!l)
        return Status::from(l);
    if (replacements.isEmpty())
        return TextEditReport{};
    const QString newText = applyReplacements(l->text, replacements);
    // Offsets count code points of the normalised text; text that normalisation would change
    // (a combining mark typed after a letter it composes with) would shift every offset
    // after it, so the edit must include the letter.
    if (normaliseText(newText) != newText)
        return R::failure(Tr::tr("the new text would change under Unicode "
                                 "normalisation (a combining mark next to the edit?); "
                                 "replace the whole character instead"),
                          ErrorKind::Invalid);
    const QVector<Reanchored> moved = reanchorAll(anchorsOf(l->codings), replacements);
    const TextEditReport report = reportOf(l->codings, moved, replacements.size());
    const QString now = detail::nowIso();
    for (qsizetype i = 0; i < l->codings.size(); ++i) {
        const Coding& c = l->codings[i];
        const Reanchored& m = moved[i];
        Status s;
        if (m.outcome == EditOutcome::Removed) {
            s = e.remove(kCodings, c.id);
        } else if (m.outcome != EditOutcome::Unchanged) {
            QVariantMap values{{QStringLiteral("start"), m.anchor->start},
                               {QStringLiteral("end"), m.anchor->end}};
            if (m.outcome == EditOutcome::Changed)
                values.insert(QStringLiteral("modified"), now);
            s = e.update(kCodings, c.id, values);
        }
        if (!s)
            return s;
    }
    if (Status s = rewriteTurns(e, documentId, newText, replacements, options); !s)
        return s;
    // The search index follows the text by trigger (FTS5 on SQLite, tsvector on PostgreSQL).
    if (Status s = e.update(kDocuments, documentId,
                            {{QStringLiteral("text"), newText},
                             {QStringLiteral("length"), codePointCount(newText)},
                             {QStringLiteral("content_hash"), contentHash(newText)}});
        !s)
        return s;
    qint64 removed = 0, inserted = 0;
    for (const Replacement& r : replacements) {
        removed += r.end - r.start;
        inserted += r.length();
    }
    TextEditReport out = report;
    if (options.continueHistory > 0) {
        if (Result<Row> row = e.storage().readRow(kEdits, options.continueHistory);
            row && row->values.value(QStringLiteral("document_id")).toLongLong() == documentId) {
            const auto grown = [&](const char* column, qint64 more) {
                return row->values.value(QLatin1String(column)).toLongLong() + more;
            };
            if (Status s = e.update(
                    kEdits, options.continueHistory,
                    {{QStringLiteral("at"), now},
                     {QStringLiteral("replacements"), grown("replacements", replacements.size())},
                     {QStringLiteral("removed"), grown("removed", removed)},
                     {QStringLiteral("inserted"), grown("inserted", inserted)}});
                !s)
                return s;
            out.historyId = options.continueHistory;
            return out;
        }
    }
    Result<qint64> id =
        e.insert(kEdits, {{QStringLiteral("document_id"), documentId},
                          {QStringLiteral("at"), now},
                          {QStringLiteral("who"), options.who},
                          {QStringLiteral("kind"), enumName(textEditKindNames, options.kind)},
                          {QStringLiteral("replacements"), replacements.size()},
                          {QStringLiteral("removed"), removed},
                          {QStringLiteral("inserted"), inserted}});
    if (!id)
        return Status::from(id);
    out.historyId = *id;
    return out;
}

Result<QVector<DocumentEdit>> documentEdits(const Storage& storage, qint64 documentId) {
    Result<QVector<Row>> rows =
        storage.readRowsWhere(kEdits, QStringLiteral("document_id"), documentId);
    if (!rows)
        return Status::from(rows);
    QVector<DocumentEdit> out;
    for (const Row& r : *rows) {
        DocumentEdit d;
        d.id = r.id();
        d.documentId = documentId;
        d.at = QDateTime::fromString(r.values.value(QStringLiteral("at")).toString(),
                                     Qt::ISODateWithMs);
        d.who = r.values.value(QStringLiteral("who")).toString();
        parseEnumName(textEditKindNames, r.values.value(QStringLiteral("kind")).toString(),
                      &d.kind);
        d.replacements = r.values.value(QStringLiteral("replacements")).toLongLong();
        d.removed = r.values.value(QStringLiteral("removed")).toLongLong();
        d.inserted = r.values.value(QStringLiteral("inserted")).toLongLong();
        out.append(d);
    }
    return out; // readRowsWhere gives them by id, oldest first
}

QString systemUserName() {
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = env.value(QString::fromLatin1(variable));
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

} // namespace situate

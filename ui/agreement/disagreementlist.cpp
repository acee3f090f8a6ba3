// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/agreement/disagreementlist.h"

#include "core/codetree.h"
#include "core/project.h"
#include "core/text.h"
#include "ui/agreement/disagreementview.h"

#include <QHash>
#include <QHeaderView>
#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>

namespace situate {

namespace {

constexpr int IndexRole = Qt::UserRole + 1;   // index into the list
constexpr int SettledRole = Qt::UserRole + 2; // DisagreementList::Settled
const QColor greyText(0x7a, 0x80, 0x8a);

QVector<Span> spansOf(const QVector<Coding>& codings) {
    QVector<Span> spans;
    for (const Coding& c : codings)
        spans.append({c.start, c.end});
    return mergedSpans(spans);
}

DisagreementList::Settled settledAs(const Disagreement& d, const QVector<Coding>& consensus) {
    using S = DisagreementList::Settled;
    QVector<Span> mine;
    for (const Coding& c : consensus)
        if (c.codeId == d.codeId && c.end > d.span.start && c.start < d.span.end)
            mine.append({std::max(c.start, d.span.start), std::min(c.end, d.span.end)});
    mine = mergedSpans(mine);
    if (mine.isEmpty())
        return S::Nothing;
    if (mine == spansOf(d.first))
        return S::First;
    if (mine == spansOf(d.second))
        return S::Second;
    if (mine == spansOf(d.first + d.second))
        return S::Both;
    return S::Edited;
}

using Key = std::tuple<qint64, qint64, qint64, qint64>;
Key keyOf(const Disagreement& d) {
    return {d.documentId, d.codeId, d.span.start, d.span.end};
}

} // namespace

DisagreementList::DisagreementList(QWidget* parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("agreementDisagreements"));
    setHeaderLabels({tr("Document"), tr("Code"), tr("Kind"), tr("Consensus"), tr("Passage")});
    headerItem()->setToolTip(
        ConsensusColumn, tr("What the consensus coder has here: whose coding it took, or \"—\" "
                            "when it has nothing of this code here (not settled yet, or settled "
                            "as nothing)."));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
}

void DisagreementList::clearDisagreements() {
    const QSignalBlocker block(this);
    m_list.clear();
    clear();
}

const Disagreement* DisagreementList::current() const {
    const QTreeWidgetItem* item = currentItem();
    return item ? &m_list.at(item->data(0, IndexRole).toInt()) : nullptr;
}

DisagreementList::Settled DisagreementList::currentSettled() const {
    const QTreeWidgetItem* item = currentItem();
    return item ? static_cast<Settled>(item->data(0, SettledRole).toInt()) : Settled::Nothing;
}

Status DisagreementList::setDisagreements(const Storage& s, const CodeTree& tree,
                                          QVector<Disagreement> list, const QString& first,
                                          const QString& second, const QString& consensusCoder) {
    // Read before the list changes, so a failed read leaves it as it was.
    const Result<QVector<DocumentInfo>> documentList = s.documents();
    if (!documentList)
        return Status::from(documentList);
    const auto consensusId = s.coderIdByName(consensusCoder);
    QHash<qint64, QVector<Coding>> consensus;
    for (const Disagreement& d : list) {
        if (!consensusId || consensus.contains(d.documentId))
            continue;
        const Result<QVector<Coding>> codings = s.codings(d.documentId);
        if (!codings)
            return Status::from(codings);
        QVector<Coding>& mine = consensus[d.documentId];
        for (const Coding& c : *codings)
            if (c.coderId == *consensusId)
                mine << c;
    }
    std::optional<Key> keep;
    if (const Disagreement* d = current())
        keep = keyOf(*d);
    {
        // Rebuilding announces no current item: the caller shows the one left selected.
        const QSignalBlocker block(this);
        m_list = std::move(list);
        clear();
        QHash<qint64, QString> names;
        for (const DocumentInfo& d : *documentList)
            names.insert(d.id, d.name);
        qint64 textOf = 0;
        QString text;
        OffsetMap map;
        QTreeWidgetItem* selected = nullptr;
        for (int i = 0; i < m_list.size(); ++i) {
            const Disagreement& d = m_list[i];
            if (d.documentId != textOf) {
                textOf = d.documentId;
                text = s.documentText(d.documentId);
                map = OffsetMap(text);
            }
            auto* item = new QTreeWidgetItem(this);
            item->setData(0, IndexRole, i);
            item->setText(DocumentColumn, names.value(d.documentId));
            item->setToolTip(DocumentColumn, names.value(d.documentId));
            const Code* code = tree.find(d.codeId);
            item->setText(CodeColumn, code ? code->name : QString());
            item->setToolTip(CodeColumn, tree.path(d.codeId));
            switch (d.kind) {
            case Disagreement::Kind::OnlyFirst:
                item->setText(KindColumn, tr("only %1").arg(first));
                item->setForeground(KindColumn, DisagreementView::firstColour());
                break;
            case Disagreement::Kind::OnlySecond:
                item->setText(KindColumn, tr("only %1").arg(second));
                item->setForeground(KindColumn, DisagreementView::secondColour());
                break;
            case Disagreement::Kind::Overlapping:
                item->setText(KindColumn, tr("extent differs"));
                break;
            }
            item->setToolTip(KindColumn,
                             tr("Characters %1–%2: %3 coded by both, %4 only by %5, %6 only by %7")
                                 .arg(d.span.start)
                                 .arg(d.span.end)
                                 .arg(d.characters.both)
                                 .arg(d.characters.onlyFirst)
                                 .arg(first)
                                 .arg(d.characters.onlySecond)
                                 .arg(second));
            const Settled state = settledAs(d, consensus.value(d.documentId));
            item->setData(0, SettledRole, static_cast<int>(state));
            switch (state) {
            case Settled::Nothing:
                item->setText(ConsensusColumn, QStringLiteral("—"));
                item->setForeground(ConsensusColumn, greyText);
                break;
            case Settled::First:
                item->setText(ConsensusColumn, QStringLiteral("✓ %1").arg(first));
                break;
            case Settled::Second:
                item->setText(ConsensusColumn, QStringLiteral("✓ %1").arg(second));
                break;
            case Settled::Both:
                item->setText(ConsensusColumn, tr("✓ both"));
                break;
            case Settled::Edited:
                item->setText(ConsensusColumn, tr("✓ edited"));
                break;
            }
            const QString passage = map.slice(text, d.span.start, d.span.end).simplified();
            item->setText(PassageColumn, passage.left(200));
            item->setToolTip(PassageColumn, passage.left(1000));
            if (keep && keyOf(d) == *keep)
                selected = item;
        }
        QSet<qint64> documents, codes;
        for (const Disagreement& d : m_list) {
            documents.insert(d.documentId);
            codes.insert(d.codeId);
        }
        setColumnHidden(DocumentColumn, !m_list.isEmpty() && documents.size() == 1);
        setColumnHidden(CodeColumn, !m_list.isEmpty() && codes.size() == 1);
        // Fit the short columns to their contents, but never so wide that no passage shows.
        const int caps[] = {150, 150, 110, 90};
        for (int c = DocumentColumn; c < PassageColumn; ++c) {
            resizeColumnToContents(c);
            setColumnWidth(c, std::min(columnWidth(c), caps[c]));
        }
        if (selected)
            setCurrentItem(selected);
    }
    return {};
}

} // namespace situate

#include "moc_disagreementlist.cpp"

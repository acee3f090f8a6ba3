// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/agreement/disagreementmodel.h"

#include "core/project.h"
#include "core/text.h"
#include "ui/agreement/disagreementview.h"

#include <QColor>

#include <algorithm>

namespace situate {

namespace {

constexpr int pageRows = 64;     // rows materialised at once
constexpr int pagesKept = 64;    // about forty screens of rows
constexpr int documentsKept = 8; // a page rarely spans more than two documents
const QColor greyText(0x7a, 0x80, 0x8a);

} // namespace

struct DisagreementModel::Document {
    QString text;
    OffsetMap map;
    QVector<Coding> codings; // of the two coders and the consensus coder
};

DisagreementModel::DisagreementModel(QObject* parent)
    : QAbstractTableModel(parent) {
    m_pages.setMaxCost(pagesKept);
    m_documents.setMaxCost(documentsKept);
}

void DisagreementModel::setPlaces(const Storage* storage, const CodeTree& tree,
                                  QVector<DisagreementPlace> places, const QString& first,
                                  const QString& second, const QString& consensusCoder) {
    beginResetModel();
    m_storage = storage;
    m_tree = tree;
    m_places = std::move(places);
    m_first = first;
    m_second = second;
    m_consensusCoder = consensusCoder;
    m_documentNames.clear();
    if (storage)
        if (const Result<QVector<DocumentInfo>> docs = storage->documents())
            for (const DocumentInfo& d : *docs)
                m_documentNames.insert(d.id, d.name);
    m_pages.clear();
    m_documents.clear();
    endResetModel();
}

void DisagreementModel::clear() {
    setPlaces(nullptr, CodeTree(), {}, {}, {}, {});
}

void DisagreementModel::reread() {
    m_pages.clear();
    m_documents.clear();
    if (!m_places.isEmpty())
        emit dataChanged(index(0, ConsensusColumn), index(rowCount() - 1, PassageColumn));
}

int DisagreementModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_places.size());
}

int DisagreementModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : PassageColumn + 1;
}

const DisagreementModel::Document* DisagreementModel::document(qint64 id) const {
    if (Document* d = m_documents.object(id))
        return d;
    auto* d = new Document;
    d->text = m_storage->documentText(id);
    d->map = OffsetMap(d->text);
    if (const Result<QVector<Coding>> codings = m_storage->codings(id))
        d->codings = *codings;
    m_documents.insert(id, d);
    return d;
}

const DisagreementModel::Row& DisagreementModel::row(int r) const {
    const int page = r / pageRows;
    if (QVector<Row>* rows = m_pages.object(page))
        return (*rows)[r % pageRows];
    auto* rows = new QVector<Row>;
    const auto consensus = m_storage->coderIdByName(m_consensusCoder);
    const auto firstId = m_storage->coderIdByName(m_first);
    const auto secondId = m_storage->coderIdByName(m_second);
    const int end = std::min(static_cast<int>(m_places.size()), (page + 1) * pageRows);
    for (int i = page * pageRows; i < end; ++i) {
        const DisagreementPlace& p = m_places[i];
        const Document* d = document(p.documentId);
        Row row;
        row.passage =
            d->map.slice(d->text, p.span.start, p.span.end).left(4000).simplified().left(1000);
        // Each coder's codings of the code in the span: the place's cluster.
        QVector<Span> spans[3]; // first, second, consensus (clipped to the span)
        for (const Coding& c : d->codings) {
            if (c.codeId != p.codeId || c.end <= p.span.start || c.start >= p.span.end)
                continue;
            if (firstId && c.coderId == *firstId)
                spans[0].append({c.start, c.end});
            else if (secondId && c.coderId == *secondId)
                spans[1].append({c.start, c.end});
            else if (consensus && c.coderId == *consensus)
                spans[2].append({std::max(c.start, p.span.start), std::min(c.end, p.span.end)});
        }
        const QVector<Span> mine = mergedSpans(spans[2]);
        row.settled = mine.isEmpty()                             ? Settled::Nothing
                      : mine == mergedSpans(spans[0])            ? Settled::First
                      : mine == mergedSpans(spans[1])            ? Settled::Second
                      : mine == mergedSpans(spans[0] + spans[1]) ? Settled::Both
                                                                 : Settled::Edited;
        rows->append(row);
    }
    m_rowsRead += rows->size();
    m_pages.insert(page, rows);
    return (*m_pages.object(page))[r % pageRows];
}

DisagreementModel::Settled DisagreementModel::settled(int r) const {
    return r >= 0 && r < rowCount() && m_storage ? row(r).settled : Settled::Nothing;
}

QVariant DisagreementModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || !m_storage)
        return {};
    const DisagreementPlace& p = m_places[index.row()];
    const int column = index.column();
    if (role == SettledRole)
        return static_cast<int>(row(index.row()).settled);
    if (role == Qt::ForegroundRole) {
        if (column == KindColumn && p.kind == Disagreement::Kind::OnlyFirst)
            return DisagreementView::firstColour();
        if (column == KindColumn && p.kind == Disagreement::Kind::OnlySecond)
            return DisagreementView::secondColour();
        if (column == ConsensusColumn && row(index.row()).settled == Settled::Nothing)
            return greyText;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (column) {
    case DocumentColumn:
        return m_documentNames.value(p.documentId);
    case CodeColumn: {
        if (tip)
            return m_tree.path(p.codeId);
        const Code* code = m_tree.find(p.codeId);
        return code ? code->name : QString();
    }
    case KindColumn:
        if (tip)
            return tr("Characters %1–%2: %3 coded by both, %4 only by %5, %6 only by %7")
                .arg(p.span.start)
                .arg(p.span.end)
                .arg(p.characters.both)
                .arg(p.characters.onlyFirst)
                .arg(m_first)
                .arg(p.characters.onlySecond)
                .arg(m_second);
        switch (p.kind) {
        case Disagreement::Kind::OnlyFirst:
            return tr("only %1").arg(m_first);
        case Disagreement::Kind::OnlySecond:
            return tr("only %1").arg(m_second);
        case Disagreement::Kind::Overlapping:
            return tr("extent differs");
        }
        return {};
    case ConsensusColumn:
        if (tip)
            return {};
        switch (row(index.row()).settled) {
        case Settled::Nothing:
            return QStringLiteral("—");
        case Settled::First:
            return QStringLiteral("✓ %1").arg(m_first);
        case Settled::Second:
            return QStringLiteral("✓ %1").arg(m_second);
        case Settled::Both:
            return tr("✓ both");
        case Settled::Edited:
            return tr("✓ edited");
        }
        return {};
    case PassageColumn:
        return tip ? row(index.row()).passage : row(index.row()).passage.left(200);
    }
    return {};
}

QVariant DisagreementModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ConsensusColumn)
        return tr("What the consensus coder has here: whose coding it took, or \"—\" when it "
                  "has nothing of this code here (not settled yet, or settled as nothing).");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case CodeColumn:
        return tr("Code");
    case KindColumn:
        return tr("Kind");
    case ConsensusColumn:
        return tr("Consensus");
    case PassageColumn:
        return tr("Passage");
    }
    return {};
}

} // namespace situate

#include "moc_disagreementmodel.cpp"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/queryevaluator.h"

#include "core/codetree.h"
#include "core/storage/storage.h"

#include <QSet>

#include <unordered_map>

namespace situate::query {

namespace {

using Sets = std::vector<Runs>; // one per document position

/// An operand's names resolved to ids.
struct Resolved {
    QVector<qint64> codes;       // code and tree
    qint64 coder = 0;            // 0: any coder
    std::vector<char> documents; // document, case and attribute: per position
};

QString unknown(const Node& n, const QString& what, const QString& name) {
    return QStringLiteral("column %1: unknown %2 \"%3\"").arg(n.column).arg(what, name);
}

class Evaluator {
public:
    explicit Evaluator(std::shared_ptr<QueryData> data)
        : m_data(std::move(data)) {}

    Status resolve(const Node& n) {
        if (n.left) {
            if (Status st = resolve(*n.left); !st)
                return st;
            return resolve(*n.right);
        }
        Resolved r;
        const auto& docs = m_data->documents();
        switch (n.kind) {
        case NodeKind::Code:
        case NodeKind::Tree: {
            if (Status st = m_data->readCodebook(); !st)
                return st;
            const CodeTree& tree = m_data->codeTree();
            const std::optional<qint64> id = tree.idByPath(n.name);
            if (!id)
                return Status::failure(unknown(n, QStringLiteral("code"), n.name));
            r.codes << *id;
            if (n.kind == NodeKind::Tree)
                r.codes << tree.descendants(*id);
            if (!n.coder.isEmpty()) {
                const auto coder = m_data->coderIds().constFind(n.coder);
                if (coder == m_data->coderIds().cend())
                    return Status::failure(unknown(n, QStringLiteral("coder"), n.coder));
                r.coder = *coder;
            }
            m_codeIds.unite(QSet<qint64>(r.codes.begin(), r.codes.end()));
            break;
        }
        case NodeKind::Speaker:
            if (!m_data->speakers().contains(n.name)) {
                if (!m_data->failure())
                    return m_data->failure();
                return Status::failure(unknown(n, QStringLiteral("speaker"), n.name));
            }
            break;
        case NodeKind::Document: {
            r.documents.assign(std::size_t(docs.size()), 0);
            bool found = false;
            for (int i = 0; i < docs.size(); ++i)
                if (docs[i].name == n.name)
                    r.documents[std::size_t(i)] = found = true;
            if (!found)
                return Status::failure(unknown(n, QStringLiteral("document"), n.name));
            break;
        }
        case NodeKind::Case: {
            const std::optional<qint64> id = m_data->storage().caseIdByName(n.name);
            if (!id)
                return Status::failure(unknown(n, QStringLiteral("case"), n.name));
            r.documents.assign(std::size_t(docs.size()), 0);
            for (int i = 0; i < docs.size(); ++i)
                r.documents[std::size_t(i)] = docs[i].caseIds.contains(*id);
            break;
        }
        case NodeKind::Attribute: {
            Status st = resolveAttribute(n, r);
            if (!st)
                return st;
            break;
        }
        default:
            break;
        }
        m_resolved.insert(&n, r);
        return {};
    }

    /// Reads the codings every code and tree operand needs and the data has not read yet,
    /// in one read.
    Status readCodings() { return m_data->readCodings(m_codeIds); }

    /// Computes every operand's set in every document: an operand's codings come by code, not
    /// by document, so each is gone through once.
    Status evaluateOperands(const Node& n) {
        if (n.left) {
            if (Status st = evaluateOperands(*n.left); !st)
                return st;
            return evaluateOperands(*n.right);
        }
        Result<Sets> sets = operand(n);
        if (!sets)
            return Status::from(sets);
        m_operands[&n] = std::move(*sets);
        return {};
    }

    /// The runs of `n` in the document at `p`, from the operands' sets (each taken, as each
    /// document is evaluated once). Document by document, so that the text one reads (for
    /// `near`, `in paragraph`) is in hand until that document's result is final.
    Runs evaluate(const Node& n, int p) {
        if (!n.left)
            return std::move(m_operands[&n][std::size_t(p)]);
        const Runs x = evaluate(*n.left, p);
        const Runs y = evaluate(*n.right, p);
        return combine(n, p, x, y);
    }

private:
    Status resolveAttribute(const Node& n, Resolved& r) {
        const Storage& s = m_data->storage();
        const auto& docs = m_data->documents();
        r.documents.assign(std::size_t(docs.size()), 0);
        bool found = false;
        for (const AttributeScope scope : {AttributeScope::Case, AttributeScope::Document}) {
            const std::optional<Attribute> a = s.attributeByName(scope, n.name);
            if (!a)
                continue;
            found = true;
            Result<QHash<qint64, QString>> values = s.attributeValues(a->id);
            if (!values)
                return Status::from(values);
            QSet<qint64> owners;
            for (auto it = values->cbegin(); it != values->cend(); ++it)
                if (it.value() == n.value)
                    owners.insert(it.key());
            for (int i = 0; i < docs.size(); ++i) {
                bool match = scope == AttributeScope::Document && owners.contains(docs[i].id);
                if (scope == AttributeScope::Case)
                    for (qint64 c : docs[i].caseIds)
                        match = match || owners.contains(c);
                if (match)
                    r.documents[std::size_t(i)] = 1;
            }
        }
        if (!found)
            return Status::failure(unknown(n, QStringLiteral("attribute"), n.name));
        return {};
    }

    Result<Sets> operand(const Node& n) {
        const auto& docs = m_data->documents();
        const Resolved& r = m_resolved[&n];
        Sets out(std::size_t(docs.size()));
        switch (n.kind) {
        case NodeKind::Code:
        case NodeKind::Tree: {
            std::vector<std::vector<Interval>> pieces(out.size());
            for (qint64 code : r.codes)
                for (const CodedSpan& c : m_data->codings(code))
                    if (r.coder == 0 || c.coderId == r.coder)
                        pieces[std::size_t(c.position)].push_back({c.start, c.end});
            for (std::size_t p = 0; p < out.size(); ++p)
                out[p] = runsOf(std::move(pieces[p]));
            break;
        }
        case NodeKind::Speaker:
            for (std::size_t p = 0; p < out.size(); ++p) {
                std::vector<Interval> turns;
                for (const Turn& t : m_data->turns(int(p)))
                    if (t.speaker == n.name)
                        turns.push_back(t.span);
                out[p] = runsOf(std::move(turns));
            }
            break;
        case NodeKind::All:
        case NodeKind::Document:
        case NodeKind::Case:
        case NodeKind::Attribute:
            for (std::size_t p = 0; p < out.size(); ++p)
                if ((n.kind == NodeKind::All || r.documents[p]) && docs[int(p)].length > 0)
                    out[p] = {{0, docs[int(p)].length}};
            break;
        default:
            break;
        }
        if (!m_data->failure())
            return m_data->failure();
        return out;
    }

    Runs combine(const Node& n, int p, const Runs& x, const Runs& y) {
        switch (n.kind) {
        case NodeKind::Or:
            return unite(x, y);
        case NodeKind::And:
            return intersect(x, y);
        case NodeKind::AndNot:
            return subtract(x, y);
        case NodeKind::Near:
            if (x.empty() || y.empty())
                return {};
            return near(x, y, n.words, [&](qint64 a, qint64 b, qint64 limit) {
                return m_data->text(p).words(a, b, limit);
            });
        case NodeKind::InTurn:
            if (x.empty() || y.empty())
                return {};
            return inUnits(x, y, m_data->turnSpans(p));
        case NodeKind::InParagraph:
            if (x.empty() || y.empty())
                return {};
            return inUnits(x, y, m_data->paragraphs(p));
        default:
            return {};
        }
    }

    std::shared_ptr<QueryData> m_data;
    QSet<qint64> m_codeIds;
    QHash<const Node*, Resolved> m_resolved;
    std::unordered_map<const Node*, Sets> m_operands;
};

} // namespace

bool parseUnit(const QString& name, Unit* out) {
    static const QHash<QString, Unit> units = {{QStringLiteral("run"), Unit::Run},
                                               {QStringLiteral("turn"), Unit::Turn},
                                               {QStringLiteral("paragraph"), Unit::Paragraph},
                                               {QStringLiteral("document"), Unit::Document}};
    if (!units.contains(name))
        return false;
    *out = units.value(name);
    return true;
}

Counts QueryResult::counts() const {
    Counts c;
    QSet<qint64> cases;
    for (std::size_t p = 0; p < runs.size(); ++p) {
        if (runs[p].empty())
            continue;
        c.runs += qint64(runs[p].size());
        c.characters += characters(runs[p]);
        ++c.documents;
        for (qint64 id : data->documents()[int(p)].caseIds)
            cases.insert(id);
    }
    c.cases = cases.size();
    return c;
}

namespace {

/// The parsed query and what it reads, with every name resolved by `e`'s evaluator.
struct Prepared {
    NodePtr tree;
    std::shared_ptr<QueryData> data;
    std::unique_ptr<Evaluator> evaluator;
};

Result<Prepared> prepare(const Storage& storage, std::shared_ptr<QueryData> data,
                         const QString& text) {
    Result<NodePtr> tree = parse(text);
    if (!tree)
        return Status::from(tree);
    if (!data) {
        data = std::make_shared<QueryData>();
        data->keepTexts(false); // answered once: each text is read, used and let go
    }
    if (Status st = data->bind(storage); !st)
        return st;
    Prepared p{std::move(*tree), data, std::make_unique<Evaluator>(data)};
    if (Status st = p.evaluator->resolve(*p.tree); !st)
        return st;
    return p;
}

/// Evaluates the query document by document, widens each document's runs to `unit` and,
/// with `keepTexts`, keeps their text while the evaluation has it in hand.
Result<QueryResult> answer(const Storage& storage, std::shared_ptr<QueryData> loaded,
                           const QString& text, Unit unit, bool keepTexts) {
    Result<Prepared> prepared = prepare(storage, std::move(loaded), text);
    if (!prepared)
        return Status::from(prepared);
    std::shared_ptr<QueryData> data = prepared->data;
    Evaluator& e = *prepared->evaluator;
    if (Status st = e.readCodings(); !st)
        return st;
    if (Status st = e.evaluateOperands(*prepared->tree); !st)
        return st;
    QueryData& d = *data;
    const std::size_t n = std::size_t(d.documents().size());
    QueryResult r{text, data, std::vector<Runs>(n), {}};
    if (keepTexts)
        r.texts.resize(n);
    for (std::size_t p = 0; p < n; ++p) {
        Runs runs = e.evaluate(*prepared->tree, int(p));
        if (!runs.empty() && unit == Unit::Document)
            runs = {{0, d.documents()[int(p)].length}};
        else if (!runs.empty() && unit != Unit::Run)
            runs = widen(runs, unit == Unit::Turn ? d.turnSpans(int(p)) : d.paragraphs(int(p)));
        if (!d.failure())
            return d.failure();
        if (keepTexts && !runs.empty() && d.hasText(int(p))) {
            const Utf8Text& t = d.text(int(p));
            for (const Interval& i : runs) {
                const qsizetype from = t.byteOf(i.start);
                r.texts[p].emplace_back(t.bytes().constData() + from,
                                        t.byteOf(std::max(i.start, i.end)) - from);
            }
        }
        r.runs[p] = std::move(runs);
    }
    return r;
}

} // namespace

Status checkQuery(const Storage& storage, const QString& text) {
    return Status::from(prepare(storage, nullptr, text));
}

Result<QueryResult> runQuery(const Storage& storage, const QString& text, Unit unit, Needs needs) {
    return answer(storage, nullptr, text, unit, needs == Needs::Texts);
}

Result<QueryResult> runQuery(const Storage& storage, std::shared_ptr<QueryData> loaded,
                             const QString& text, Unit unit) {
    // A loaded context keeps every text it reads: there is nothing to keep beside it.
    return answer(storage, std::move(loaded), text, unit, false);
}

} // namespace situate::query

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/queryevaluator.h"

#include "core/codetree.h"
#include "core/storage/storage.h"

#include <QSet>

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

    Result<Sets> evaluate(const Node& n) {
        if (!n.left)
            return operand(n);
        Result<Sets> left = evaluate(*n.left);
        if (!left)
            return left;
        Result<Sets> right = evaluate(*n.right);
        if (!right)
            return right;
        Sets out(left->size());
        for (std::size_t p = 0; p < out.size(); ++p) {
            const Runs& x = (*left)[p];
            const Runs& y = (*right)[p];
            out[p] = combine(n, int(p), x, y);
        }
        if (!m_data->failure())
            return m_data->failure();
        return out;
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

} // namespace

Status checkQuery(const Storage& storage, const QString& text) {
    return Status::from(prepare(storage, nullptr, text));
}

Result<QueryResult> runQuery(const Storage& storage, const QString& text, Unit unit) {
    return runQuery(storage, nullptr, text, unit);
}

Result<QueryResult> runQuery(const Storage& storage, std::shared_ptr<QueryData> loaded,
                             const QString& text, Unit unit) {
    Result<Prepared> prepared = prepare(storage, std::move(loaded), text);
    if (!prepared)
        return Status::from(prepared);
    std::shared_ptr<QueryData> data = prepared->data;
    Evaluator& e = *prepared->evaluator;
    NodePtr& tree = prepared->tree;
    if (Status st = e.readCodings(); !st)
        return st;
    Result<Sets> sets = e.evaluate(*tree);
    if (!sets)
        return Status::from(sets);
    QueryResult r{text, data, std::move(*sets)};
    QueryData& d = *data;
    for (std::size_t p = 0; p < r.runs.size(); ++p) {
        Runs& runs = r.runs[p];
        if (runs.empty() || unit == Unit::Run)
            continue;
        if (unit == Unit::Document)
            runs = {{0, d.documents()[int(p)].length}};
        else
            runs = widen(runs, unit == Unit::Turn ? d.turnSpans(int(p)) : d.paragraphs(int(p)));
    }
    if (!d.failure())
        return d.failure();
    return r;
}

} // namespace situate::query

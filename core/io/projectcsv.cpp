// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/projectcsv.h"

#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/rowmaps.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::io)
};
} // namespace

namespace situate {

namespace {

// CSV line of data row r (the header is line 1; records are assumed one line each for
// messages, which is what spreadsheets write for these sheets).
QString where(const QString& fileName, qsizetype r) {
    return QStringLiteral("%1 row %2").arg(fileName).arg(r + 2);
}

// The sheet without the formula guard Situate's exports add (csv::unguard).
csv::Table unguarded(const csv::Table& sheet) {
    csv::Table t = sheet;
    csv::unguard(t);
    return t;
}

bool parseOffset(const QString& s, qint64* out) {
    bool ok = false;
    *out = s.trimmed().toLongLong(&ok);
    return ok;
}

// What importing and exporting codings both read first.
struct CodingsSnapshot {
    QVector<DocumentInfo> documents;
    CodeTree tree;
    QVector<Coder> coders;
    QVector<Coding> codings;
};

Result<CodingsSnapshot> readCodingsSnapshot(const Storage& s) {
    CodingsSnapshot out;
    Result<QVector<DocumentInfo>> documents = s.documents();
    if (!documents)
        return Status::from(documents);
    out.documents = documents.take();
    Result<CodeTree> read = CodeTree::read(s);
    if (!read)
        return Status::from(read);
    out.tree = read.take();
    Result<QVector<Coder>> coders = s.coders();
    if (!coders)
        return Status::from(coders);
    out.coders = coders.take();
    Result<QVector<Coding>> codings = s.allCodings();
    if (!codings)
        return Status::from(codings);
    out.codings = codings.take();
    return out;
}

} // namespace

Result<CodebookImportReport> importCodebook(Editor& e, const csv::Table& sheet,
                                            const QString& fileName) {
    using R = Result<CodebookImportReport>;
    const csv::Table t = unguarded(sheet);
    const int cPath = t.column(QStringLiteral("path"));
    if (cPath < 0)
        return R::failure(Tr::tr("%1: the header has no \"path\" column").arg(fileName),
                          ErrorKind::Invalid);
    const int cColour = t.column(QStringLiteral("colour"));
    const int cDef = t.column(QStringLiteral("definition"));
    const int cInc = t.column(QStringLiteral("inclusion"));
    const int cExc = t.column(QStringLiteral("exclusion"));
    const int cEx = t.column(QStringLiteral("example"));
    const int cToc = t.column(QStringLiteral("toc_element"));
    const int cRq = t.column(QStringLiteral("research_questions"));

    CodebookImportReport report;
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const QString path = t.cell(r, cPath);
        if (CodeTree::splitPath(path).isEmpty())
            return R::failure(Tr::tr("%1: empty code path").arg(where(fileName, r)),
                              ErrorKind::Invalid);
        const Result<CodeTree> before = CodeTree::read(e.storage());
        if (!before)
            return Status::from(before);
        const bool existed = before->idByPath(path).has_value();
        int created = 0;
        Result<qint64> id = ensureCodePath(e, path, &created);
        if (!id)
            return R::failure(QStringLiteral("%1: %2").arg(where(fileName, r), id.error()),
                              id.kind());
        report.codesCreated += created;
        report.codesUpdated += existed ? 1 : 0;

        auto code = e.storage().code(*id);
        if (cColour >= 0)
            code->colour = t.cell(r, cColour).trimmed();
        if (cDef >= 0)
            code->definition = t.cell(r, cDef);
        if (cInc >= 0)
            code->inclusion = t.cell(r, cInc);
        if (cExc >= 0)
            code->exclusion = t.cell(r, cExc);
        if (cEx >= 0)
            code->example = t.cell(r, cEx);
        if (cToc >= 0 && !parseTocElement(t.cell(r, cToc), &code->toc))
            return R::failure(Tr::tr("%1: \"%2\" is not a theory-of-change element (use "
                                     "context, input, activity, mechanism, output, "
                                     "outcome, impact, assumption or leave it empty)")
                                  .arg(where(fileName, r), t.cell(r, cToc)),
                              ErrorKind::Invalid);
        if (Status s = updateCode(e, *code); !s)
            return R::failure(QStringLiteral("%1: %2").arg(where(fileName, r), s.error()),
                              s.kind());

        if (cRq >= 0) {
            for (const QString& part : t.cell(r, cRq).split(QLatin1Char(';'))) {
                const QString q = part.trimmed();
                if (q.isEmpty())
                    continue;
                const bool existed = e.storage().questionIdByCode(q).has_value();
                Result<qint64> qid = ensureQuestion(e, q);
                if (!qid)
                    return R::failure(QStringLiteral("%1: %2").arg(where(fileName, r), qid.error()),
                                      qid.kind());
                if (!existed)
                    ++report.questionsCreated;
                if (Status s = linkCodeToQuestion(e, *id, *qid); !s)
                    return R::failure(QStringLiteral("%1: %2").arg(where(fileName, r), s.error()),
                                      s.kind());
                ++report.links;
            }
        }
    }
    return report;
}

Result<QByteArray> exportCodebook(const Storage& s) {
    const Result<CodeTree> read = CodeTree::read(s);
    if (!read)
        return Status::from(read);
    const CodeTree& tree = *read;
    const Result<QHash<qint64, QString>> questionCodes =
        byId(s.researchQuestions(), &ResearchQuestion::code);
    if (!questionCodes)
        return Status::from(questionCodes);
    const Result<QHash<qint64, QVector<qint64>>> readLinks = s.codeQuestionLinks();
    if (!readLinks)
        return Status::from(readLinks);
    const QHash<qint64, QVector<qint64>>& links = *readLinks;

    csv::Writer w;
    w.writeRow({QStringLiteral("path"), QStringLiteral("colour"), QStringLiteral("definition"),
                QStringLiteral("inclusion"), QStringLiteral("exclusion"), QStringLiteral("example"),
                QStringLiteral("toc_element"), QStringLiteral("research_questions")});
    // Depth-first, so every parent precedes its children, as import expects.
    QVector<qint64> order;
    for (qint64 top : tree.children(0)) {
        order << top;
        order << tree.descendants(top);
    }
    for (qint64 id : order) {
        const Code* c = tree.find(id);
        QStringList qs;
        for (qint64 q : links.value(id))
            qs << questionCodes->value(q);
        w.writeRow({tree.path(id), c->colour, c->definition, c->inclusion, c->exclusion, c->example,
                    tocElementName(c->toc), qs.join(QLatin1Char(';'))});
    }
    return w.data();
}

Result<CodingsImportReport> importCodings(Editor& e, const csv::Table& sheet, bool createCodes,
                                          const QString& fileName) {
    using R = Result<CodingsImportReport>;
    const csv::Table t = unguarded(sheet);
    const int cDoc = t.column(QStringLiteral("document"));
    const int cCoder = t.column(QStringLiteral("coder"));
    const int cCode = t.column(QStringLiteral("code"));
    const int cStart = t.column(QStringLiteral("start"));
    const int cEnd = t.column(QStringLiteral("end"));
    const int cMemo = t.column(QStringLiteral("memo"));
    for (auto [col, name] : {std::pair{cDoc, "document"},
                             {cCoder, "coder"},
                             {cCode, "code"},
                             {cStart, "start"},
                             {cEnd, "end"}}) {
        if (col < 0)
            return R::failure(
                Tr::tr("%1: the header has no \"%2\" column").arg(fileName, QLatin1String(name)),
                ErrorKind::Invalid);
    }

    Result<CodingsSnapshot> snapshot = readCodingsSnapshot(e.storage());
    if (!snapshot)
        return Status::from(snapshot);
    CodingsImportReport report;
    QHash<QString, DocumentInfo> docs;
    for (const DocumentInfo& d : snapshot->documents)
        docs.insert(d.name, d);
    CodeTree tree = std::move(snapshot->tree);
    QHash<QString, qint64> coders;
    for (const Coder& c : snapshot->coders)
        coders.insert(c.name, c.id);
    QSet<QString> seen;
    for (const Coding& c : snapshot->codings)
        seen.insert(codingKey(c));

    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const QString at = where(fileName, r);
        const QString docName = t.cell(r, cDoc).trimmed();
        const auto doc = docs.constFind(docName);
        if (doc == docs.cend())
            return R::failure(Tr::tr("%1: no document named \"%2\"").arg(at, docName),
                              ErrorKind::NotFound);
        qint64 start = 0, end = 0;
        if (!parseOffset(t.cell(r, cStart), &start) || !parseOffset(t.cell(r, cEnd), &end))
            return R::failure(Tr::tr("%1: start and end must be whole numbers").arg(at),
                              ErrorKind::Invalid);
        if (start < 0 || end <= start || end > doc->length)
            return R::failure(Tr::tr("%1: the range %2-%3 is not inside \"%4\" (0-%5; "
                                     "end is exclusive)")
                                  .arg(at)
                                  .arg(start)
                                  .arg(end)
                                  .arg(docName)
                                  .arg(doc->length),
                              ErrorKind::Invalid);
        const QString path = t.cell(r, cCode);
        auto codeId = tree.idByPath(path);
        if (!codeId) {
            if (!createCodes)
                return R::failure(Tr::tr("%1: no code \"%2\" (use --create-codes to "
                                         "create missing codes)")
                                      .arg(at, path),
                                  ErrorKind::NotFound);
            int created = 0;
            Result<qint64> newId = ensureCodePath(e, path, &created);
            if (!newId)
                return R::failure(QStringLiteral("%1: %2").arg(at, newId.error()), newId.kind());
            Result<CodeTree> grown = CodeTree::read(e.storage());
            if (!grown)
                return Status::from(grown);
            tree = grown.take();
            report.codesCreated += created;
            codeId = *newId;
        }
        const QString coderName = t.cell(r, cCoder).trimmed();
        auto coder = coders.constFind(coderName);
        if (coder == coders.cend()) {
            Result<qint64> id = ensureCoder(e, coderName);
            if (!id)
                return R::failure(QStringLiteral("%1: %2").arg(at, id.error()), id.kind());
            coder = coders.insert(coderName, *id);
            ++report.codersCreated;
        }
        const QString key = codingKey(doc->id, *codeId, *coder, start, end);
        if (seen.contains(key)) {
            ++report.duplicatesSkipped;
            continue;
        }
        seen.insert(key);
        Coding c;
        c.documentId = doc->id;
        c.codeId = *codeId;
        c.coderId = *coder;
        c.start = start;
        c.end = end;
        c.memo = t.cell(r, cMemo);
        if (Result<qint64> id = addCoding(e, c); !id)
            return R::failure(QStringLiteral("%1: %2").arg(at, id.error()), id.kind());
        ++report.codings;
    }
    return report;
}

Result<QByteArray> exportCodings(const Storage& s) {
    const Result<CodingsSnapshot> snapshot = readCodingsSnapshot(s);
    if (!snapshot)
        return Status::from(snapshot);
    const CodeTree& tree = snapshot->tree;
    const QHash<qint64, QString> docs = byId(snapshot->documents, &DocumentInfo::name);
    const QHash<qint64, QString> coders = byId(snapshot->coders, &Coder::name);
    csv::Writer w;
    w.writeRow({QStringLiteral("document"), QStringLiteral("coder"), QStringLiteral("code"),
                QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("memo")});
    for (const Coding& c : snapshot->codings)
        w.writeCells({docs.value(c.documentId), coders.value(c.coderId), tree.path(c.codeId),
                      csv::Cell::number(c.start), csv::Cell::number(c.end), c.memo});
    return w.data();
}

namespace {

// A column's type from its values: every non-empty value a number, or every one an ISO
// date; anything else is text.
AttributeType inferType(const csv::Table& t, int col, const QVector<qsizetype>& rows) {
    bool allNumbers = true, allDates = true, any = false;
    for (qsizetype r : rows) {
        const QString v = t.cell(r, col).trimmed();
        if (v.isEmpty())
            continue;
        any = true;
        bool ok = false;
        v.toDouble(&ok);
        allNumbers = allNumbers && ok;
        allDates = allDates && QDate::fromString(v, Qt::ISODate).isValid();
    }
    if (!any)
        return AttributeType::Text;
    if (allNumbers)
        return AttributeType::Number;
    if (allDates)
        return AttributeType::Date;
    return AttributeType::Text;
}

} // namespace

Result<AttributeSheetReport> importAttributeSheet(Editor& e, const csv::Table& sheet,
                                                  const QString& fileName) {
    using R = Result<AttributeSheetReport>;
    const csv::Table t = unguarded(sheet);
    if (t.header.size() < 1)
        return R::failure(Tr::tr("%1: the sheet has no columns").arg(fileName), ErrorKind::Invalid);
    const QString first = t.header.first().toLower();
    const bool forceCases = first == QLatin1String("case") || first == QLatin1String("cases");
    const bool forceDocs =
        first == QLatin1String("document") || first == QLatin1String("documents");
    int caseColumn = -1;
    for (int c = 1; c < t.header.size(); ++c) {
        if (t.header[c].compare(QLatin1String("case"), Qt::CaseInsensitive) == 0)
            caseColumn = c;
    }

    QVector<qsizetype> docRows, caseRows;
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const QString name = t.cell(r, 0).trimmed();
        if (name.isEmpty())
            continue;
        const bool isDoc = e.storage().documentIdByName(name).has_value();
        if (forceDocs && !isDoc)
            return R::failure(Tr::tr("%1: no document named \"%2\"").arg(where(fileName, r), name),
                              ErrorKind::NotFound);
        (isDoc && !forceCases ? docRows : caseRows) << r;
    }

    AttributeSheetReport report;
    for (int pass = 0; pass < 2; ++pass) {
        const bool docs = pass == 0;
        const QVector<qsizetype>& rows = docs ? docRows : caseRows;
        if (rows.isEmpty())
            continue;
        const AttributeScope scope = docs ? AttributeScope::Document : AttributeScope::Case;
        QHash<int, qint64> attributeOf;
        for (int c = 1; c < t.header.size(); ++c) {
            if (c == caseColumn)
                continue;
            if (t.header[c].isEmpty())
                continue;
            Result<qint64> a = ensureAttribute(e, scope, t.header[c], inferType(t, c, rows));
            if (!a)
                return R::failure(QStringLiteral("%1: %2").arg(fileName, a.error()), a.kind());
            attributeOf.insert(c, *a);
        }
        for (qsizetype r : rows) {
            const QString name = t.cell(r, 0).trimmed();
            qint64 owner = 0;
            if (docs) {
                owner = *e.storage().documentIdByName(name);
                ++report.documents;
                const QString caseName = t.cell(r, caseColumn).trimmed();
                if (caseColumn >= 0 && !caseName.isEmpty()) {
                    const bool existed = e.storage().caseIdByName(caseName).has_value();
                    Result<qint64> cid = ensureCase(e, caseName);
                    if (!cid)
                        return R::failure(
                            QStringLiteral("%1: %2").arg(where(fileName, r), cid.error()),
                            cid.kind());
                    report.casesCreated += existed ? 0 : 1;
                    if (Status s = assignDocumentToCase(e, owner, *cid); !s)
                        return R::failure(
                            QStringLiteral("%1: %2").arg(where(fileName, r), s.error()), s.kind());
                }
            } else {
                const bool existed = e.storage().caseIdByName(name).has_value();
                Result<qint64> cid = ensureCase(e, name);
                if (!cid)
                    return R::failure(QStringLiteral("%1: %2").arg(where(fileName, r), cid.error()),
                                      cid.kind());
                report.casesCreated += existed ? 0 : 1;
                owner = *cid;
                ++report.cases;
            }
            for (auto it = attributeOf.cbegin(); it != attributeOf.cend(); ++it) {
                if (Status s = setAttributeValue(e, it.value(), owner, t.cell(r, it.key())); !s)
                    return R::failure(QStringLiteral("%1: %2").arg(where(fileName, r), s.error()),
                                      s.kind());
                if (!t.cell(r, it.key()).trimmed().isEmpty())
                    ++report.values;
            }
        }
    }
    return report;
}

} // namespace situate

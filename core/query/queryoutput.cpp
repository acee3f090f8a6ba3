// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/queryoutput.h"

#include "core/io/csv.h"
#include "core/storage/storage.h"

#include <QJsonArray>

namespace situate::query {

namespace {

/// The runs' texts the evaluation kept for the document at `p` (Needs::Texts), or null when
/// they are to be sliced from its text.
const std::vector<QByteArray>* keptTexts(const QueryResult& result, std::size_t p) {
    if (p >= result.texts.size() || result.texts[p].size() != result.runs[p].size())
        return nullptr;
    return &result.texts[p];
}

} // namespace

QVector<RunRow> runRows(QueryResult& result, bool speakers) {
    QueryData& data = *result.data;
    QHash<qint64, QString> caseNames;
    QVector<qint64> caseOrder;
    bool casesRead = false;
    QVector<RunRow> rows;
    for (std::size_t p = 0; p < result.runs.size(); ++p) {
        const Runs& runs = result.runs[p];
        if (runs.empty())
            continue;
        const DocumentInfo& doc = data.documents()[int(p)];
        if (!casesRead && !doc.caseIds.isEmpty()) {
            casesRead = true;
            if (Result<QVector<Case>> cases = data.storage().cases())
                for (const Case& c : *cases) {
                    caseNames.insert(c.id, c.name);
                    caseOrder << c.id;
                }
        }
        QStringList cases;
        for (qint64 id : caseOrder)
            if (doc.caseIds.contains(id))
                cases << caseNames.value(id);
        const std::vector<QByteArray>* kept = keptTexts(result, p);
        const Utf8Text* text = kept ? nullptr : &data.text(int(p));
        static const std::vector<Turn> none;
        const std::vector<Turn>& turns = speakers ? data.turns(int(p)) : none;
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const Interval& r = runs[i];
            QString piece = kept ? QString::fromUtf8((*kept)[i]) : text->slice(r.start, r.end);
            RunRow row{int(p), doc.name, cases, {}, r.start, r.end, std::move(piece)};
            for (const Turn& t : turns)
                if (t.span.start < r.end && r.start < t.span.end &&
                    !row.speakers.contains(t.speaker) && !t.speaker.isEmpty())
                    row.speakers << t.speaker;
            rows << row;
        }
    }
    return rows;
}

QJsonObject resultJson(QueryResult& result) {
    QJsonArray runs;
    for (const RunRow& r : runRows(result, false))
        runs.append(QJsonObject{{QStringLiteral("document"), r.document},
                                {QStringLiteral("start"), r.start},
                                {QStringLiteral("end"), r.end},
                                {QStringLiteral("text"), r.text}});
    const Counts c = result.counts();
    return QJsonObject{
        {QStringLiteral("query"), result.query},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("runs"), c.runs},
                                               {QStringLiteral("documents"), c.documents},
                                               {QStringLiteral("cases"), c.cases},
                                               {QStringLiteral("characters"), c.characters}}}};
}

namespace {

char hexDigit(unsigned v) {
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// An ASCII character inside a JSON string, escaped as Qt's JSON writer escapes it: the quote,
// the backslash and the control characters; the rest as it is.
void appendAscii(QByteArray& out, char16_t c) {
    if (c >= 0x20 && c != u'"' && c != u'\\') {
        out += char(c);
        return;
    }
    out += '\\';
    switch (c) {
    case u'"':
        out += '"';
        break;
    case u'\\':
        out += '\\';
        break;
    case u'\b':
        out += 'b';
        break;
    case u'\f':
        out += 'f';
        break;
    case u'\n':
        out += 'n';
        break;
    case u'\r':
        out += 'r';
        break;
    case u'\t':
        out += 't';
        break;
    default:
        out += "u00";
        out += hexDigit(c >> 4);
        out += hexDigit(c & 0xf);
    }
}

// A QString inside a JSON string as Qt writes it: UTF-8, and a surrogate without its pair as
// \uXXXX.
void appendJsonString(QByteArray& out, QStringView text) {
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            appendAscii(out, c);
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            out += text.mid(i, 2).toUtf8();
            ++i;
        } else if (QChar::isSurrogate(c)) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += hexDigit((c >> shift) & 0xf);
        } else {
            out += text.mid(i, 1).toUtf8();
        }
    }
}

// Well-formed UTF-8 inside a JSON string: what Qt writes for the same text as a QString.
void appendJsonUtf8(QByteArray& out, const char* p, qsizetype n) {
    if (!QByteArrayView(p, n).isValidUtf8()) {
        appendJsonString(out, QString::fromUtf8(p, n)); // as the QString would read
        return;
    }
    qsizetype plain = 0; // the start of the bytes not written yet
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        if (c < 0x20 || c == '"' || c == '\\') {
            out.append(p + plain, i - plain);
            appendAscii(out, c);
            plain = i + 1;
        }
    }
    out.append(p + plain, n - plain);
}

} // namespace

namespace {

// About the bytes resultJsonText writes (a little more, unless many characters need escaping
// or a text read later is far from ASCII): reserved at once, a JSON of megabytes is not copied
// at each doubling, and each of its pages is touched once.
qsizetype jsonSize(const QueryResult& result) {
    qsizetype size = 4096 + 3 * result.query.size();
    for (std::size_t p = 0; p < result.runs.size(); ++p) {
        const Runs& runs = result.runs[p];
        const std::vector<QByteArray>* kept = keptTexts(result, p);
        const qsizetype name = 3 * result.data->documents()[int(p)].name.size();
        for (std::size_t i = 0; i < runs.size(); ++i)
            size += 160 + name + (kept ? (*kept)[i].size() : runs[i].end - runs[i].start);
    }
    return size + size / 16;
}

} // namespace

QByteArray resultJsonText(QueryResult& result) {
    QByteArray all;
    all.reserve(jsonSize(result));
    writeResultJson(result, [&](const QByteArray& piece) { all += piece; });
    return all;
}

void writeResultJson(QueryResult& result, const std::function<void(const QByteArray&)>& sink) {
    constexpr qsizetype kPiece = 1 << 20;
    QueryData& data = *result.data;
    const Counts c = result.counts();
    QByteArray out;
    out.reserve(std::min(jsonSize(result), kPiece + 65536));
    out += "{\n    \"counts\": {\n        \"cases\": " + QByteArray::number(c.cases) +
           ",\n        \"characters\": " + QByteArray::number(c.characters) +
           ",\n        \"documents\": " + QByteArray::number(c.documents) +
           ",\n        \"runs\": " + QByteArray::number(c.runs) + "\n    },\n    \"query\": \"";
    appendJsonString(out, result.query);
    out += "\",\n    \"runs\": [\n";
    bool first = true;
    for (std::size_t p = 0; p < result.runs.size(); ++p) {
        const Runs& runs = result.runs[p];
        if (runs.empty())
            continue;
        QByteArray name;
        appendJsonString(name, data.documents()[int(p)].name);
        const std::vector<QByteArray>* kept = keptTexts(result, p);
        const Utf8Text* text = kept ? nullptr : &data.text(int(p));
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const Interval& r = runs[i];
            if (!first)
                out += ",\n";
            first = false;
            out += "        {\n            \"document\": \"" + name +
                   "\",\n            \"end\": " + QByteArray::number(r.end) +
                   ",\n            \"start\": " + QByteArray::number(r.start) +
                   ",\n            \"text\": \"";
            if (kept) {
                appendJsonUtf8(out, (*kept)[i].constData(), (*kept)[i].size());
            } else {
                const qsizetype from = text->byteOf(r.start);
                const qsizetype to = text->byteOf(std::max(r.start, r.end));
                appendJsonUtf8(out, text->bytes().constData() + from, to - from);
            }
            out += "\"\n        }";
            if (out.size() >= kPiece) {
                sink(out);
                out.resize(0); // keeps the buffer for the next piece
            }
        }
    }
    if (!first)
        out += '\n';
    out += "    ]\n}\n";
    sink(out);
}

QByteArray resultCsv(QueryResult& result, bool bom) {
    return rowsCsv(runRows(result, true), bom);
}

QByteArray rowsCsv(const QVector<RunRow>& rows, bool bom) {
    csv::Writer w;
    if (bom)
        w.writeBom();
    w.writeRow({QStringLiteral("document"), QStringLiteral("case"), QStringLiteral("start"),
                QStringLiteral("end"), QStringLiteral("speaker"), QStringLiteral("text")});
    const QString joiner = QStringLiteral("; ");
    for (const RunRow& r : rows)
        w.writeCells({r.document, r.cases.join(joiner), csv::Cell::number(r.start),
                      csv::Cell::number(r.end), r.speakers.join(joiner), r.text});
    return w.data();
}

} // namespace situate::query

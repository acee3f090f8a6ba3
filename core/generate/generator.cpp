// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generate/generator.h"

#include "core/generate/docxwriter.h"
#include "core/generate/synthetictext.h"
#include "core/import/speakerturns.h"
#include "core/project.h"
#include "core/storage/generatequeries.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>

namespace situate {

namespace {

struct TocTop {
    const char* name;
    const char* element;
};
const TocTop tocTops[] = {{"Context", "context"},     {"Inputs", "input"},
                          {"Activities", "activity"}, {"Mechanisms", "mechanism"},
                          {"Outputs", "output"},      {"Outcomes", "outcome"},
                          {"Impact", "impact"},       {"Assumptions", "assumption"}};

// The seven Communities of Practice of the reference case (shared/domain.md).
const char* const caseNames[] = {
    "Medicines safety", "Maternity",           "Duty of candour", "Medicines optimisation",
    "Sepsis",           "Acute deterioration", "Delirium"};

struct QuestionText {
    const char* code;
    const char* title;
    const char* text;
};
const QuestionText questions[] = {
    {"RQ1", "Operation",
     "How do the CoPs operate, and how can their work be explored in more depth?"},
    {"RQ2", "Knowledge to practice",
     "How, when and why can the knowledge generated within CoPs lead to improved work?"},
    {"EQ1", "Momentum",
     "(How) is the momentum towards transformation sustained, and what wider dependencies does "
     "that need?"},
    {"EQ2", "Measuring value", "(How) are progress and value added measured?"},
    {"EQ3", "Rhythm of learning", "(How) is the rhythm of learning sustained?"},
    {"EQ4", "Culture", "(How) are cultures and principles nurtured and sustained?"}};

const char* const coderNames[] = {"Aisha", "Ben",   "Chloe", "Dev",
                                  "Elena", "Farid", "Grace", "Hamid"};
const char* const colours[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                               "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939"};
const char* const regions[] = {"North", "South", "East", "West", "Central"};
const char* const roles[] = {"Nurse", "Pharmacist", "Doctor", "Manager", "Academic"};

// The share of the first coder's codings each later coder repeats (with shifted bounds).
constexpr double repeatedShare = 0.7;
constexpr int documentsPerTransaction = 25;

QByteArray uuid(GenerateRandom& r) {
    quint64 a = r.next(), b = r.next();
    a = (a & ~0xF000ULL) | 0x4000ULL; // version 4
    b = (b & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", unsigned(a >> 32),
                  unsigned((a >> 16) & 0xFFFF), unsigned(a & 0xFFFF), unsigned(b >> 48),
                  static_cast<unsigned long long>(b & 0xFFFFFFFFFFFFULL));
    return QByteArray(buf, 36);
}

QByteArray timestamp(qint64 secondsAfterStart) {
    static const QDateTime start(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    return start.addSecs(secondsAfterStart).toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray utf8(const char* s) {
    return QByteArray(s);
}

// A coding as word indices [first, last) into a transcript.
struct WordRange {
    int code = 0;
    int first = 0;
    int last = 0;
};

/// Writes one generated project; every step returns the first failure.
class Generator {
public:
    Generator(const GenerateOptions& o, BulkWriter& w)
        : m_o(o)
        , m_w(w)
        , m_rng(o.seed)
        , m_ids(o.seed ^ 0x6a09e667f3bcc908ULL) {}

    Status codebook();
    Status casesAndCoders();
    Status document(int index);
    GenerateReport report;

private:
    Result<qint64> add(BulkTable t, std::initializer_list<BulkValue> v) { return m_w.insert(t, v); }
    WordRange independent(const SyntheticTranscript& t);
    WordRange jittered(WordRange r, const SyntheticTranscript& t);

    const GenerateOptions& m_o;
    BulkWriter& m_w;
    GenerateRandom m_rng;
    GenerateRandom m_ids;    // UUIDs come from their own stream, so texts do not depend on them
    QVector<qint64> m_codes; // in the order codings pick them (a shuffled codebook)
    std::unique_ptr<ZipfPicker> m_codePicker;
    QVector<qint64> m_cases, m_coders;
    qint64 m_role = 0, m_wave = 0, m_date = 0;
};

#define SITUATE_TRY_ID(var, expr)                                                                  \
    const Result<qint64> var##Result = (expr);                                                     \
    if (!var##Result)                                                                              \
        return Status::from(var##Result);                                                          \
    const qint64 var = *var##Result;

#define SITUATE_TRY(expr)                                                                          \
    if (const Result<qint64> r_ = (expr); !r_)                                                     \
        return Status::from(r_);

Status Generator::codebook() {
    QVector<qint64> questionIds;
    int order = 0;
    for (const QuestionText& q : questions) {
        SITUATE_TRY_ID(id, add(BulkTable::Question,
                               {uuid(m_ids), utf8(q.code), utf8(q.title), utf8(q.text), order++}));
        questionIds << id;
    }
    report.questions = questionIds.size();

    // Three levels: ToC elements at the top, themes under them, codes under the themes.
    const int total = m_o.codes;
    const int tops = std::clamp(total / 10, 1, 8);
    const int rest = total - tops;
    const int themes = rest > 0 ? std::max(1, rest / 6) : 0;
    const int leaves = rest - themes;
    QVector<qint64> topIds, themeIds;
    QVector<int> topOf; // top index of every theme
    const auto addCode = [&](qint64 parent, const QString& name, int top, int sortOrder,
                             int index) -> Result<qint64> {
        const QString lower = name.toLower();
        return add(
            BulkTable::Code,
            {uuid(m_ids), parent ? BulkValue(parent) : BulkValue::null(), name,
             utf8(colours[index % 12]),
             QStringLiteral("Passages where a participant talks about %1.").arg(lower),
             QStringLiteral("Accounts, examples or opinions of %1 in the community.").arg(lower),
             QStringLiteral("Passing mentions of %1 without any account of it.").arg(lower),
             QStringLiteral("\"We talked about %1 at the next meeting.\"").arg(lower),
             utf8(tocTops[top].element), sortOrder});
    };
    int index = 0;
    for (int t = 0; t < tops; ++t) {
        SITUATE_TRY_ID(id, addCode(0, QString::fromLatin1(tocTops[t].name), t, t, index++));
        topIds << id;
    }
    for (int i = 0; i < themes; ++i) {
        const int top = i % tops;
        SITUATE_TRY_ID(
            id, addCode(topIds[top],
                        syntheticThemeName(m_rng) + QLatin1Char(' ') + QString::number(i + 1), top,
                        i / tops, index++));
        themeIds << id;
        topOf << top;
    }
    for (int i = 0; i < leaves; ++i) {
        const int theme = i % themes;
        SITUATE_TRY_ID(id, addCode(themeIds[theme],
                                   syntheticThemeName(m_rng) + QLatin1Char(' ') +
                                       QString::number(themes + i + 1),
                                   topOf[theme], i / themes, index++));
        Q_UNUSED(id);
    }
    // Ids are consecutive from the first insert: collect them in insertion order.
    const qint64 firstId = topIds.first();
    for (qint64 id = firstId; id < firstId + total; ++id)
        m_codes << id;
    report.codes = m_codes.size();
    for (qint64 code : std::as_const(m_codes)) {
        const qint64 q = m_rng.below(questionIds.size());
        SITUATE_TRY(add(BulkTable::CodeQuestion, {code, questionIds[q]}));
        if (m_rng.unit() < 0.3) // some codes serve two questions
            SITUATE_TRY(add(
                BulkTable::CodeQuestion,
                {code,
                 questionIds[(q + 1 + m_rng.below(questionIds.size() - 1)) % questionIds.size()]}));
    }
    // A few codes carry most codings, as in real projects: Zipf over a shuffled codebook.
    for (qsizetype i = m_codes.size() - 1; i > 0; --i)
        std::swap(m_codes[i], m_codes[m_rng.below(i + 1)]);
    m_codePicker = std::make_unique<ZipfPicker>(int(m_codes.size()), 0.9, 3.0);
    return {};
}

Status Generator::casesAndCoders() {
    int order = 0;
    for (const char* name : caseNames) {
        SITUATE_TRY_ID(id, add(BulkTable::Case, {uuid(m_ids), utf8(name),
                                                 QStringLiteral("The %1 community of practice.")
                                                     .arg(QString::fromUtf8(name).toLower()),
                                                 order++}));
        m_cases << id;
    }
    report.cases = m_cases.size();
    SITUATE_TRY_ID(region, add(BulkTable::Attribute,
                               {uuid(m_ids), utf8("region"), utf8("case"), utf8("choice"),
                                utf8("North\nSouth\nEast\nWest\nCentral"), 0}));
    SITUATE_TRY_ID(size, add(BulkTable::Attribute, {uuid(m_ids), utf8("members"), utf8("case"),
                                                    utf8("number"), QByteArray(), 1}));
    SITUATE_TRY_ID(role, add(BulkTable::Attribute,
                             {uuid(m_ids), utf8("role"), utf8("document"), utf8("choice"),
                              utf8("Nurse\nPharmacist\nDoctor\nManager\nAcademic"), 2}));
    SITUATE_TRY_ID(wave, add(BulkTable::Attribute, {uuid(m_ids), utf8("wave"), utf8("document"),
                                                    utf8("number"), QByteArray(), 3}));
    SITUATE_TRY_ID(date,
                   add(BulkTable::Attribute, {uuid(m_ids), utf8("interviewed"), utf8("document"),
                                              utf8("date"), QByteArray(), 4}));
    m_role = role;
    m_wave = wave;
    m_date = date;
    for (qint64 c : std::as_const(m_cases)) {
        SITUATE_TRY(add(BulkTable::AttributeValue, {region, c, utf8(regions[m_rng.below(5)])}));
        SITUATE_TRY(
            add(BulkTable::AttributeValue, {size, c, QByteArray::number(m_rng.between(12, 180))}));
    }
    for (int m = 0; m < m_o.coders; ++m) {
        const QString name =
            m < 8 ? QString::fromLatin1(coderNames[m]) : QStringLiteral("Coder %1").arg(m + 1);
        SITUATE_TRY_ID(id, add(BulkTable::Coder, {uuid(m_ids), name, utf8(colours[m % 12])}));
        m_coders << id;
    }
    report.coders = m_coders.size();
    return {};
}

WordRange Generator::independent(const SyntheticTranscript& t) {
    // From one sentence to a few paragraphs' worth of sentences.
    const qint64 sentences = t.sentenceWord.size() - 1;
    const double u = m_rng.unit();
    const qint64 length = u < 0.4   ? 1
                          : u < 0.7 ? m_rng.between(2, 4)
                          : u < 0.9 ? m_rng.between(5, 10)
                                    : m_rng.between(11, 30);
    const qint64 s = m_rng.below(sentences);
    const qint64 e = std::min(sentences, s + length);
    return {m_codePicker->pick(m_rng), t.sentenceWord[s], t.sentenceWord[e]};
}

WordRange Generator::jittered(WordRange r, const SyntheticTranscript& t) {
    const int words = int(t.wordStart.size());
    if (m_rng.unit() < 0.5)
        r.first = int(std::clamp<qint64>(r.first + m_rng.between(-5, 5), 0, words - 1));
    if (m_rng.unit() < 0.5)
        r.last = int(std::clamp<qint64>(r.last + m_rng.between(-5, 5), 1, words));
    if (r.last <= r.first)
        r.last = r.first + 1;
    return r;
}

Status Generator::document(int d) {
    const SyntheticTranscript t = syntheticTranscript(m_rng, m_o.words);
    const int width = std::max(4, int(QString::number(m_o.documents).size()));
    const QString name = QStringLiteral("interview-%1").arg(d + 1, width, 10, QLatin1Char('0'));
    const QByteArray bytes = t.text.toUtf8();
    const qint64 length = t.text.size(); // BMP only: UTF-16 units are code points
    SITUATE_TRY_ID(doc,
                   add(BulkTable::Document,
                       {uuid(m_ids), name, name + QStringLiteral(".txt"), utf8("txt"), timestamp(0),
                        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), bytes,
                        length, d}));
    for (const SpeakerTurn& turn : detectSpeakerTurns(t.text))
        SITUATE_TRY(add(BulkTable::SpeakerTurn, {doc, turn.speaker, turn.start, turn.end}));
    SITUATE_TRY(add(BulkTable::DocumentCase, {doc, m_cases[d % m_cases.size()]}));
    SITUATE_TRY(add(BulkTable::AttributeValue, {m_role, doc, utf8(roles[m_rng.below(5)])}));
    SITUATE_TRY(add(BulkTable::AttributeValue, {m_wave, doc, QByteArray::number(1 + d % 2)}));
    SITUATE_TRY(
        add(BulkTable::AttributeValue,
            {m_date, doc,
             QDate(2026, 2, 2).addDays(m_rng.below(120)).toString(Qt::ISODate).toLatin1()}));
    report.documents++;
    report.characters += length;

    // Slot i belongs to coder i % M; a later coder's slot i repeats the first coder's slot
    // i / M (which comes earlier) most of the time.
    const int coders = int(m_coders.size());
    const qint64 count = m_o.codings / m_o.documents + (d < m_o.codings % m_o.documents ? 1 : 0);
    QVector<WordRange> first;
    first.reserve(count / coders + 1);
    for (qint64 i = 0; i < count; ++i) {
        const int coder = int(i % coders);
        WordRange r;
        if (coder == 0) {
            r = independent(t);
            first << r;
        } else if (m_rng.unit() < repeatedShare) {
            r = jittered(first[i / coders], t);
        } else {
            r = independent(t);
        }
        const QByteArray when = timestamp(qint64(d) * 3600 + i);
        SITUATE_TRY(
            add(BulkTable::Coding,
                {uuid(m_ids), doc, m_codes[r.code], m_coders[coder], qint64(t.wordStart[r.first]),
                 qint64(t.wordEnd[r.last - 1]), QByteArray(""), when, when}));
        report.codings++;
    }

    if (!m_o.txtDir.isEmpty()) {
        QSaveFile f(QDir(m_o.txtDir).filePath(name + QStringLiteral(".txt")));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return Status::failure(
                QStringLiteral("%1: cannot be written: %2").arg(f.fileName(), f.errorString()),
                ErrorKind::Io);
    }
    if (!m_o.docxDir.isEmpty()) {
        if (Status s =
                writeDocx(QDir(m_o.docxDir).filePath(name + QStringLiteral(".docx")), t.text);
            !s)
            return s;
    }
    return {};
}

#undef SITUATE_TRY
#undef SITUATE_TRY_ID

void removeProjectFiles(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

} // namespace

Status validateGenerateOptions(const GenerateOptions& o) {
    struct Bounds {
        const char* option;
        qint64 value, min, max;
    };
    const Bounds bounds[] = {{"documents", o.documents, 1, 100000},
                             {"words", o.words, 20, 2000000},
                             {"codes", o.codes, 1, 100000},
                             {"codings", o.codings, 0, 100000000},
                             {"coders", o.coders, 1, 100}};
    for (const Bounds& b : bounds) {
        if (b.value < b.min || b.value > b.max)
            return Status::failure(QStringLiteral("--%1 must be between %2 and %3")
                                       .arg(QLatin1String(b.option))
                                       .arg(b.min)
                                       .arg(b.max),
                                   ErrorKind::Invalid);
    }
    return {};
}

Result<GenerateReport> generateProject(const QString& path, const GenerateOptions& o,
                                       const std::function<void(int)>& progress) {
    using R = Result<GenerateReport>;
    if (Status s = validateGenerateOptions(o); !s)
        return s;
    for (const QString& dir : {o.txtDir, o.docxDir}) {
        if (!dir.isEmpty() && !QDir().mkpath(dir))
            return R::failure(QStringLiteral("%1: the folder cannot be created").arg(dir),
                              ErrorKind::Io);
    }
    auto created = Project::create(path);
    if (!created)
        return Status::from(created);
    GenerateReport report;
    Status status = [&]() -> Status {
        Storage& storage = (*created)->mutableStorage();
        auto writer = BulkWriter::create(storage);
        if (!writer)
            return Status::from(writer);
        Generator g(o, **writer);
        // Everything in a few large transactions; a failure leaves no project behind.
        if (Status s = storage.begin(); !s)
            return s;
        GenerateRandom projectIds(o.seed ^ 0xbb67ae8584caa73bULL);
        Status s =
            storage.setProjectValue(QStringLiteral("uuid"), QString::fromLatin1(uuid(projectIds)));
        if (s)
            s = storage.setProjectValue(QStringLiteral("created"),
                                        QString::fromLatin1(timestamp(0)));
        if (s)
            s = g.codebook();
        if (s)
            s = g.casesAndCoders();
        for (int d = 0; s && d < o.documents; ++d) {
            s = g.document(d);
            if (s && (d + 1) % documentsPerTransaction == 0 && d + 1 < o.documents) {
                s = storage.commit();
                if (s)
                    s = storage.begin();
                else
                    return s;
            }
            if (s && progress)
                progress(d + 1);
        }
        if (!s) {
            storage.rollback();
            return s;
        }
        report = g.report;
        return storage.commit();
    }();
    created->reset(); // closes the database and releases the lock
    if (!status) {
        removeProjectFiles(path);
        return status;
    }
    return report;
}

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/candidates.h"

#include "core/text/textmatch.h"

#include <QChar>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <string>

namespace situate {

namespace {

template <std::size_t N> QSet<QString> wordSet(const char* const (&list)[N]) {
    QSet<QString> words;
    for (const char* word : list)
        words.insert(QString::fromLatin1(word));
    return words;
}

// Common words of English sentences that are no names. Lower case, with ' for ’, as every
// word list here.
const QSet<QString>& stopWords() {
    static const char* const list[] = {
        "i",       "i'm",     "i've",    "i'd",       "i'll",    "a",     "an",     "the",
        "and",     "but",     "or",      "so",        "if",      "then",  "than",   "when",
        "where",   "what",    "which",   "who",       "whom",    "whose", "why",    "how",
        "we",      "we're",   "we've",   "it",        "it's",    "its",   "he",     "she",
        "they",    "they're", "you",     "you're",    "me",      "my",    "our",    "your",
        "his",     "her",     "their",   "them",      "us",      "this",  "that",   "that's",
        "these",   "those",   "there",   "there's",   "here",    "yes",   "yeah",   "no",
        "not",     "oh",      "ok",      "okay",      "well",    "um",    "uh",     "er",
        "erm",     "mm",      "hmm",     "in",        "on",      "at",    "to",     "of",
        "for",     "with",    "as",      "by",        "from",    "about", "after",  "before",
        "because", "also",    "just",    "like",      "maybe",   "now",   "one",    "some",
        "all",     "any",     "every",   "do",        "did",     "does",  "don't",  "didn't",
        "is",      "was",     "are",     "were",      "be",      "been",  "have",   "has",
        "had",     "can",     "could",   "would",     "should",  "will",  "really", "actually",
        "sure",    "right",   "thanks",  "thank",     "please",  "sorry", "hello",  "hi",
        "good",    "great",   "very",    "much",      "more",    "most",  "other",  "another",
        "each",    "both",    "even",    "still",     "again",   "only",  "first",  "last",
        "next",    "let's",   "though",  "although",  "while",   "until", "since",  "yet",
        "however", "anyway",  "morning", "afternoon", "evening",
    };
    static const QSet<QString> words = wordSet(list);
    return words;
}

// Titles start a name ("Dr Okafor", "St Mary's") but are no name alone.
const QSet<QString>& titles() {
    static const char* const list[] = {
        "dr",  "mr",   "mrs", "ms",  "mx", "miss",   "prof",  "professor",
        "sir", "dame", "st",  "rev", "fr", "sister", "nurse", "doctor",
    };
    static const QSet<QString> words = wordSet(list);
    return words;
}

// Days and months are no name alone ("in March"), but stay in a run ("May Chen").
const QSet<QString>& calendarWords() {
    static const char* const list[] = {
        "monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
        "january", "february",  "march",     "april",    "may",      "june",     "july",
        "august",  "september", "october",   "november", "december",
    };
    static const QSet<QString> words = wordSet(list);
    return words;
}

// Lower-case words that may join two capitalised ones: "University of Leeds", "Ama de Souza".
const QSet<QString>& particles() {
    static const char* const list[] = {"of",  "de",  "da", "di",  "du",  "van", "von",
                                       "der", "den", "al", "bin", "ibn", "upon"};
    static const QSet<QString> words = wordSet(list);
    return words;
}

bool isSpace(char32_t c) {
    return c == U' ' || c == U'\u00A0';
}

// Joins word characters into one word: "Mary's", "O'Neil", "Smith-Jones".
bool isJoiner(char32_t c) {
    return c == U'\'' || c == U'\u2019' || c == U'-' || c == U'\u2010';
}

bool endsSentence(char32_t c) {
    switch (c) {
    case U'.':
    case U'!':
    case U'?':
    case U':':
    case U'\u2026': // …
    case U'\u3002': // 。
    case U'\uFF01': // ！
    case U'\uFF1A': // ：
    case U'\uFF1F': // ？
        return true;
    default:
        return false;
    }
}

// What may stand between a sentence end and the next word's first letter.
bool skippedBeforeWord(char32_t c) {
    switch (c) {
    case U' ':
    case U'\t':
    case U'\u00A0':
    case U'"':
    case U'\'':
    case U'(':
    case U'[':
    case U'*':
    case U'\u201C': // “
    case U'\u201D': // ”
    case U'\u2018': // ‘
    case U'\u2019': // ’
    case U'\u00AB': // «
    case U'\u00BB': // »
        return true;
    default:
        return false;
    }
}

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    QString key; // lower case, ' for ’
    bool capitalised = false;
    bool number = false;
};

// A run where it stands. At a sentence start its first word may be an ordinary word
// capitalised: it counts only if it occurs mid-sentence somewhere (or is a title), and
// otherwise the run counts without it (`rest`, empty when nothing is left).
struct Occurrence {
    QString text;
    QString rest;
    QString firstWord;
    qsizetype source = 0;
    bool firstNeedsMidSentence = false;
};

QString withoutPossessive(const QString& text) {
    if (text.size() > 2 && text.at(text.size() - 1) == QLatin1Char('s') &&
        (text.at(text.size() - 2) == QLatin1Char('\'') ||
         text.at(text.size() - 2) == QChar(0x2019)))
        return text.left(text.size() - 2);
    return text;
}

// One document's words, with what the run rules ask of them.
class DocumentWords {
public:
    DocumentWords(const QString& text, const QStringList& speakers)
        : m_cps(toCodePoints(text)) {
        QStringList labels = speakers;
        labels.removeDuplicates();
        std::sort(labels.begin(), labels.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& label : labels)
            m_labels.push_back(toCodePoints(label));
        tokenise();
    }

    // Calls `visit(first, last, atSentenceStart)` for each run of tokens that may be a name,
    // already trimmed of stop words and particles at its ends.
    template <typename Visit> void forEachRun(Visit visit) const {
        const qsizetype size = m_tokens.size();
        for (qsizetype k = 0; k < size;) {
            if (!m_tokens[k].capitalised) {
                ++k;
                continue;
            }
            qsizetype last = k;
            while (last + 1 < size && joined(last, last + 1)) {
                const Token& next = m_tokens[last + 1];
                if (next.capitalised || next.number) {
                    ++last;
                } else if (particles().contains(next.key) && last + 2 < size &&
                           joined(last + 1, last + 2) && m_tokens[last + 2].capitalised) {
                    last += 2;
                } else {
                    break;
                }
            }
            trimAndVisit(k, last, visit);
            k = last + 1;
        }
    }

    const Token& token(qsizetype k) const { return m_tokens[k]; }

    // Whether tokens [first, last] hold a name: a capitalised word that is no stop word,
    // title or calendar word.
    bool named(qsizetype first, qsizetype last) const {
        for (qsizetype k = first; k <= last; ++k) {
            const Token& t = m_tokens[k];
            if (t.capitalised && !stopWords().contains(t.key) && !titles().contains(t.key) &&
                !calendarWords().contains(t.key))
                return true;
        }
        return false;
    }

    // The first token after `first` that may start a run (capitalised, no stop word).
    qsizetype nextRunStart(qsizetype first, qsizetype last) const {
        qsizetype k = first + 1;
        while (k <= last && (!m_tokens[k].capitalised || stopWords().contains(m_tokens[k].key)))
            ++k;
        return k;
    }
    QString slice(qsizetype first, qsizetype last) const {
        const qsizetype from = m_tokens[first].start;
        return QString::fromUcs4(m_cps.data() + from, m_tokens[last].end - from);
    }

private:
    // Past a speaker label and its colon at `i`, the start of a line; or `i` itself.
    qsizetype afterLabel(qsizetype i) const {
        for (const std::u32string& label : m_labels) {
            const std::size_t end = std::size_t(i) + label.size();
            if (!label.empty() && end < m_cps.size() &&
                m_cps.compare(i, label.size(), label) == 0 &&
                (m_cps[end] == U':' || m_cps[end] == U'\uFF1A'))
                return qsizetype(end) + 1;
        }
        return i;
    }

    void tokenise() {
        const qsizetype n = qsizetype(m_cps.size());
        qsizetype i = 0;
        while (i < n) {
            if (i == 0 || m_cps[i - 1] == U'\n')
                i = afterLabel(i);
            if (i >= n)
                break;
            if (!isWordCodePoint(m_cps[i])) {
                ++i;
                continue;
            }
            qsizetype j = i + 1;
            while (j < n && (isWordCodePoint(m_cps[j]) ||
                             (isJoiner(m_cps[j]) && j + 1 < n && isWordCodePoint(m_cps[j + 1]))))
                ++j;
            Token t;
            t.start = i;
            t.end = j;
            t.text = QString::fromUcs4(m_cps.data() + i, j - i);
            t.key = t.text.toLower();
            t.key.replace(QChar(0x2019), QLatin1Char('\''));
            t.capitalised = QChar::isUpper(m_cps[i]) || QChar::isTitleCase(m_cps[i]);
            t.number = QChar::isDigit(m_cps[i]);
            m_tokens.append(t);
            i = j;
        }
    }

    // Whether token b continues token a's run: one space between them, or ". " after a title.
    bool joined(qsizetype a, qsizetype b) const {
        const qsizetype gapStart = m_tokens[a].end;
        const qsizetype gap = m_tokens[b].start - gapStart;
        if (gap == 1)
            return isSpace(m_cps[gapStart]);
        return gap == 2 && m_cps[gapStart] == U'.' && isSpace(m_cps[gapStart + 1]) &&
               titles().contains(m_tokens[a].key);
    }

    bool sentenceStart(qsizetype k) const {
        qsizetype i = m_tokens[k].start - 1;
        while (i >= 0 && skippedBeforeWord(m_cps[i]))
            --i;
        if (i < 0 || m_cps[i] == U'\n')
            return true;
        if (!endsSentence(m_cps[i]))
            return false;
        // "Dr. Okafor": the dot of a title ends no sentence.
        return !(m_cps[i] == U'.' && k > 0 && m_tokens[k - 1].end == i &&
                 titles().contains(m_tokens[k - 1].key));
    }

    template <typename Visit>
    void trimAndVisit(qsizetype first, qsizetype last, Visit& visit) const {
        bool trimmed = false;
        while (first <= last &&
               (stopWords().contains(m_tokens[first].key) || !m_tokens[first].capitalised)) {
            ++first;
            trimmed = true;
        }
        while (last >= first && (stopWords().contains(m_tokens[last].key) ||
                                 particles().contains(m_tokens[last].key)))
            --last;
        if (named(first, last))
            visit(first, last, !trimmed && sentenceStart(first));
    }

    std::u32string m_cps;
    std::vector<std::u32string> m_labels;
    QVector<Token> m_tokens;
};

struct Tally {
    qint64 count = 0;
    QSet<QString> documents;
};

void addCandidates(const QHash<QString, Tally>& tallies, CandidateKind kind,
                   QVector<Candidate>& out) {
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        Candidate c;
        c.text = it.key();
        c.kind = kind;
        c.count = it->count;
        c.documents = QStringList(it->documents.cbegin(), it->documents.cend());
        c.documents.sort();
        out.append(c);
    }
}

} // namespace

QVector<Candidate> findCandidates(const QVector<CandidateSource>& sources) {
    QHash<QString, Tally> speakers;
    QVector<Occurrence> occurrences;
    QSet<QString> midSentenceWords;
    for (qsizetype s = 0; s < sources.size(); ++s) {
        const CandidateSource& source = sources[s];
        for (const QString& label : source.speakers) {
            if (label.isEmpty())
                continue;
            Tally& t = speakers[label];
            ++t.count;
            t.documents.insert(source.document);
        }
        const DocumentWords words(source.text, source.speakers);
        words.forEachRun([&](qsizetype first, qsizetype last, bool atSentenceStart) {
            for (qsizetype k = atSentenceStart ? first + 1 : first; k <= last; ++k) {
                if (words.token(k).capitalised)
                    midSentenceWords.insert(withoutPossessive(words.token(k).text));
            }
            Occurrence o;
            o.text = withoutPossessive(words.slice(first, last));
            o.source = s;
            if (atSentenceStart && !titles().contains(words.token(first).key)) {
                o.firstNeedsMidSentence = true;
                o.firstWord = withoutPossessive(words.token(first).text);
                const qsizetype rest = words.nextRunStart(first, last);
                if (rest <= last && words.named(rest, last))
                    o.rest = withoutPossessive(words.slice(rest, last));
            }
            occurrences.append(o);
        });
    }

    QHash<QString, Tally> names;
    for (const Occurrence& o : occurrences) {
        const bool whole = !o.firstNeedsMidSentence || midSentenceWords.contains(o.firstWord);
        const QString& text = whole ? o.text : o.rest;
        if (text.isEmpty())
            continue;
        Tally& t = names[text];
        ++t.count;
        t.documents.insert(sources[o.source].document);
    }

    QVector<Candidate> out;
    addCandidates(speakers, CandidateKind::Speaker, out);
    addCandidates(names, CandidateKind::Name, out);
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.text != b.text)
            return a.text < b.text;
        return a.kind < b.kind;
    });
    return out;
}

} // namespace situate

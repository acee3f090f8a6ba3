// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/refi/refixml.h"

#include "core/import/importeddocument.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::refi)
};
} // namespace

namespace situate::refi {

namespace {

/// Streams a REFI-QDA file by local element names, refusing DTDs and bounding nesting.
class Reader {
public:
    Reader(const QByteArray& xml, const QString& file)
        : m_xml(xml)
        , m_file(file) {}

    /// Moves to the next child start element of the element open at `parentDepth` (0 for
    /// the document); false once that element ends or reading failed.
    bool nextChild(int parentDepth) {
        while (step()) {
            if (m_xml.isStartElement() && m_depth == parentDepth + 1)
                return true;
            if (m_xml.isEndElement() && m_depth < parentDepth)
                return false;
        }
        return false;
    }
    int depth() const { return m_depth; }
    QStringView name() const { return m_xml.name(); }
    bool is(QLatin1String localName) const { return m_xml.name() == localName; }
    /// An attribute of the current element by local name, whatever its prefix.
    QString attr(QLatin1String localName) const {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        for (const QXmlStreamAttribute& a : attributes) {
            if (a.name() == localName)
                return a.value().toString();
        }
        return {};
    }
    /// The current element's own text; child elements are skipped (within the limits).
    QString text() {
        QString t;
        const int d = m_depth;
        while (step(true)) {
            if (m_xml.isCharacters() && m_depth == d)
                t += m_xml.text();
            else if (m_xml.isEndElement() && m_depth < d)
                break;
        }
        return t;
    }
    /// Skips the current element, still counting its depth.
    void skip() {
        const int d = m_depth;
        while (step()) {
            if (m_xml.isEndElement() && m_depth < d)
                break;
        }
    }
    /// Reads to the end, so that damage after the last element read is still noticed.
    void drain() {
        while (step()) {
        }
    }
    QString problem() const { return m_problem; }

private:
    // One start or end element (and with `text`, character data); false at the end or on a
    // problem.
    bool step(bool text = false) {
        if (!m_problem.isEmpty())
            return false;
        while (!m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                if (++m_depth > importlimits::maxXmlDepth) {
                    m_problem = Tr::tr("%1 nests elements more than %2 levels deep; it was "
                                       "refused")
                                    .arg(m_file)
                                    .arg(importlimits::maxXmlDepth);
                    return false;
                }
                return true;
            case QXmlStreamReader::EndElement:
                --m_depth;
                return true;
            case QXmlStreamReader::DTD:
                // Qt expands internal entities, which is how "billion laughs" files exhaust
                // memory; no QDA tool writes a DTD, so any is refused before it is used.
                m_problem = Tr::tr("%1 contains a document type declaration (DTD) with possible "
                                   "entity declarations; REFI-QDA files never need one, so it "
                                   "was refused as unsafe")
                                .arg(m_file);
                return false;
            case QXmlStreamReader::Invalid:
                checkError();
                return false;
            case QXmlStreamReader::Characters:
                if (text)
                    return true;
                break;
            default:
                break; // comments, processing instructions
            }
        }
        checkError();
        return false;
    }
    void checkError() {
        if (m_xml.hasError() && m_problem.isEmpty())
            m_problem = Tr::tr("%1 is not well-formed XML (%2 at line %3); the file is damaged "
                               "or not a REFI-QDA file")
                            .arg(m_file, m_xml.errorString())
                            .arg(m_xml.lineNumber());
    }

    QXmlStreamReader m_xml;
    QString m_file;
    int m_depth = 0;
    QString m_problem;
};

QDateTime dateTime(const QString& s) {
    QDateTime t = QDateTime::fromString(s.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s.trimmed(), Qt::ISODate);
    return t;
}

/// Builds a QdaExchange from the element stream.
class Parser {
public:
    explicit Parser(Reader& r)
        : m_r(r) {}
    QdaExchange ex;

    void project() {
        ex.name = m_r.attr(QLatin1String("name"));
        ex.origin = m_r.attr(QLatin1String("origin"));
        ex.creatingUser = m_r.attr(QLatin1String("creatingUserGUID"));
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (m_r.is(QLatin1String("Users")))
                users();
            else if (m_r.is(QLatin1String("CodeBook")))
                codebook();
            else if (m_r.is(QLatin1String("Variables")))
                variables();
            else if (m_r.is(QLatin1String("Cases")))
                cases();
            else if (m_r.is(QLatin1String("Sources")))
                sources();
            else if (m_r.is(QLatin1String("Notes")))
                notes();
            else if (m_r.is(QLatin1String("Links")))
                links();
            else if (m_r.is(QLatin1String("Sets")))
                sets();
            else if (m_r.is(QLatin1String("Graphs")))
                graphs();
            else if (m_r.is(QLatin1String("NoteRef")))
                noteRef(&ex.projectNoteRefs);
            else
                m_r.skip();
        }
    }

    void codebook() {
        ex.origin = ex.origin.isEmpty() ? m_r.attr(QLatin1String("origin")) : ex.origin;
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (m_r.is(QLatin1String("Codes")))
                codes(-1);
            else if (m_r.is(QLatin1String("Sets")))
                sets();
            else
                m_r.skip();
        }
    }

private:
    void noteRef(QStringList* refs) {
        refs->append(m_r.attr(QLatin1String("targetGUID")));
        m_r.skip();
    }

    void users() {
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (m_r.is(QLatin1String("User"))) {
                QString name = m_r.attr(QLatin1String("name"));
                if (name.trimmed().isEmpty())
                    name = m_r.attr(QLatin1String("id"));
                ex.users.append({m_r.attr(QLatin1String("guid")), name.trimmed()});
            }
            m_r.skip();
        }
    }

    void codes(int parent) {
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (m_r.is(QLatin1String("Code")))
                code(parent);
            else
                m_r.skip();
        }
    }

    void code(int parent) {
        const int index = int(ex.codes.size());
        QdaCode c;
        c.guid = m_r.attr(QLatin1String("guid"));
        c.name = m_r.attr(QLatin1String("name"));
        c.colour = m_r.attr(QLatin1String("color"));
        c.parent = parent;
        ex.codes.append(c);
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (m_r.is(QLatin1String("Description")))
                ex.codes[index].description = m_r.text();
            else if (m_r.is(QLatin1String("NoteRef")))
                noteRef(&ex.codes[index].noteRefs);
            else if (m_r.is(QLatin1String("Code")))
                code(index);
            else
                m_r.skip();
        }
    }

    void variables() {
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (!m_r.is(QLatin1String("Variable"))) {
                m_r.skip();
                continue;
            }
            QdaVariable v{m_r.attr(QLatin1String("guid")),
                          m_r.attr(QLatin1String("name")),
                          m_r.attr(QLatin1String("typeOfVariable")),
                          {}};
            const int vd = m_r.depth();
            while (m_r.nextChild(vd)) {
                if (m_r.is(QLatin1String("Description")))
                    v.description = m_r.text();
                else
                    m_r.skip();
            }
            ex.variables.append(v);
        }
    }

    QdaValue value() {
        QdaValue v;
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (m_r.is(QLatin1String("VariableRef"))) {
                v.variableGuid = m_r.attr(QLatin1String("targetGUID"));
                m_r.skip();
            } else if (m_r.name().endsWith(QLatin1String("Value"))) {
                v.kind = m_r.name().toString();
                v.value = m_r.text();
            } else {
                m_r.skip();
            }
        }
        return v;
    }

    void cases() {
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (!m_r.is(QLatin1String("Case"))) {
                m_r.skip();
                continue;
            }
            QdaCase c;
            c.guid = m_r.attr(QLatin1String("guid"));
            c.name = m_r.attr(QLatin1String("name"));
            const int cd = m_r.depth();
            while (m_r.nextChild(cd)) {
                if (m_r.is(QLatin1String("Description"))) {
                    c.description = m_r.text();
                    continue;
                }
                if (m_r.is(QLatin1String("VariableValue"))) {
                    c.values.append(value());
                    continue;
                }
                if (m_r.is(QLatin1String("SourceRef")))
                    c.sourceRefs.append(m_r.attr(QLatin1String("targetGUID")));
                else if (m_r.is(QLatin1String("CodeRef")))
                    ++c.codeRefs;
                else if (m_r.is(QLatin1String("SelectionRef")))
                    ++c.selectionRefs;
                m_r.skip();
            }
            ex.cases.append(c);
        }
    }

    QdaCoding coding() {
        QdaCoding c;
        c.guid = m_r.attr(QLatin1String("guid"));
        c.user = m_r.attr(QLatin1String("creatingUser"));
        c.created = dateTime(m_r.attr(QLatin1String("creationDateTime")));
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (m_r.is(QLatin1String("CodeRef"))) {
                c.codeGuid = m_r.attr(QLatin1String("targetGUID"));
                m_r.skip();
            } else if (m_r.is(QLatin1String("NoteRef"))) {
                noteRef(&c.noteRefs);
            } else {
                m_r.skip();
            }
        }
        return c;
    }

    QdaSelection selection() {
        QdaSelection s;
        s.guid = m_r.attr(QLatin1String("guid"));
        s.name = m_r.attr(QLatin1String("name"));
        s.user = m_r.attr(QLatin1String("creatingUser"));
        s.created = dateTime(m_r.attr(QLatin1String("creationDateTime")));
        s.modified = dateTime(m_r.attr(QLatin1String("modifiedDateTime")));
        bool startOk = false, endOk = false;
        s.start = m_r.attr(QLatin1String("startPosition")).trimmed().toLongLong(&startOk);
        s.end = m_r.attr(QLatin1String("endPosition")).trimmed().toLongLong(&endOk);
        s.positionsValid = startOk && endOk;
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (m_r.is(QLatin1String("Description")))
                s.description = m_r.text();
            else if (m_r.is(QLatin1String("Coding")))
                s.codings.append(coding());
            else if (m_r.is(QLatin1String("NoteRef")))
                noteRef(&s.noteRefs);
            else
                m_r.skip();
        }
        return s;
    }

    void textSource() {
        QdaTextSource t;
        t.guid = m_r.attr(QLatin1String("guid"));
        t.name = m_r.attr(QLatin1String("name"));
        t.plainTextPath = m_r.attr(QLatin1String("plainTextPath"));
        t.created = dateTime(m_r.attr(QLatin1String("creationDateTime")));
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (m_r.is(QLatin1String("Description"))) {
                t.description = m_r.text();
            } else if (m_r.is(QLatin1String("PlainTextContent"))) {
                t.plainTextContent = m_r.text();
                t.hasContent = true;
            } else if (m_r.is(QLatin1String("PlainTextSelection"))) {
                t.selections.append(selection());
            } else if (m_r.is(QLatin1String("Coding"))) {
                t.wholeSourceCodings.append(coding());
            } else if (m_r.is(QLatin1String("NoteRef"))) {
                noteRef(&t.noteRefs);
            } else if (m_r.is(QLatin1String("VariableValue"))) {
                t.values.append(value());
            } else {
                m_r.skip();
            }
        }
        ex.sources.append(t);
    }

    SkippedKind& skippedKind(const QString& kind) {
        for (SkippedKind& k : ex.skipped) {
            if (k.kind == kind)
                return k;
        }
        ex.skipped.append(SkippedKind{kind, 0, 0, 0});
        return ex.skipped.last();
    }

    // Counts what a source Situate cannot hold carries; a PDF's text representation repeats
    // its selections, so selections inside a <Representation> are not counted again.
    void countSkipped(SkippedKind& k, bool inRepresentation) {
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            const QStringView n = m_r.name();
            if (n.endsWith(QLatin1String("Selection")) && !inRepresentation)
                ++k.selections;
            else if (n == QLatin1String("Coding"))
                ++k.codings;
            else if (n == QLatin1String("Transcript"))
                ++ex.transcripts;
            countSkipped(k, inRepresentation || n == QLatin1String("Representation"));
        }
    }

    void sources() {
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (m_r.is(QLatin1String("TextSource"))) {
                textSource();
                continue;
            }
            QString kind;
            if (m_r.is(QLatin1String("PDFSource")))
                kind = QStringLiteral("PDF");
            else if (m_r.is(QLatin1String("PictureSource")))
                kind = QStringLiteral("picture");
            else if (m_r.is(QLatin1String("AudioSource")))
                kind = QStringLiteral("audio");
            else if (m_r.is(QLatin1String("VideoSource")))
                kind = QStringLiteral("video");
            else
                kind = m_r.name().toString();
            ex.otherSourceGuids.append(m_r.attr(QLatin1String("guid")));
            SkippedKind& k = skippedKind(kind);
            ++k.sources;
            countSkipped(k, false);
        }
    }

    void notes() {
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (!m_r.is(QLatin1String("Note"))) {
                m_r.skip();
                continue;
            }
            QdaNote n;
            n.guid = m_r.attr(QLatin1String("guid"));
            n.name = m_r.attr(QLatin1String("name"));
            n.plainTextPath = m_r.attr(QLatin1String("plainTextPath"));
            n.created = dateTime(m_r.attr(QLatin1String("creationDateTime")));
            n.modified = dateTime(m_r.attr(QLatin1String("modifiedDateTime")));
            const int nd = m_r.depth();
            while (m_r.nextChild(nd)) {
                if (m_r.is(QLatin1String("PlainTextContent")))
                    n.text = m_r.text();
                else if (m_r.is(QLatin1String("Description")))
                    n.description = m_r.text();
                else
                    m_r.skip();
            }
            ex.notes.append(n);
        }
    }

    void links() {
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (m_r.is(QLatin1String("Link")))
                ex.links.append({m_r.attr(QLatin1String("originGUID")),
                                 m_r.attr(QLatin1String("targetGUID")),
                                 m_r.attr(QLatin1String("name"))});
            m_r.skip();
        }
    }

    void sets() {
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (!m_r.is(QLatin1String("Set"))) {
                m_r.skip();
                continue;
            }
            QdaSet s;
            s.guid = m_r.attr(QLatin1String("guid"));
            s.name = m_r.attr(QLatin1String("name"));
            const int sd = m_r.depth();
            while (m_r.nextChild(sd)) {
                if (m_r.is(QLatin1String("Description"))) {
                    s.description = m_r.text();
                    continue;
                }
                // Projects name members by targetGUID, codebooks by guid.
                QString target = m_r.attr(QLatin1String("targetGUID"));
                if (target.isEmpty())
                    target = m_r.attr(QLatin1String("guid"));
                if (m_r.is(QLatin1String("MemberCode")))
                    s.codes.append(target);
                else if (m_r.is(QLatin1String("MemberSource")))
                    s.sources.append(target);
                else if (m_r.is(QLatin1String("MemberNote")))
                    ++s.notes;
                m_r.skip();
            }
            ex.sets.append(s);
        }
    }

    void graphs() {
        const int d = m_r.depth();
        while (m_r.nextChild(d)) {
            if (m_r.is(QLatin1String("Graph")))
                ++ex.graphs;
            m_r.skip();
        }
    }

    Reader& m_r;
};

} // namespace

Result<QdaExchange> parseExchange(const QByteArray& xml, const QString& fileName) {
    using R = Result<QdaExchange>;
    Reader reader(xml, fileName);
    if (!reader.nextChild(0)) {
        if (!reader.problem().isEmpty())
            return R::failure(reader.problem());
        return R::failure(
            Tr::tr("%1 holds no XML elements; it is not a REFI-QDA file").arg(fileName),
            ErrorKind::Invalid);
    }
    Parser parser(reader);
    if (reader.is(QLatin1String("Project"))) {
        parser.project();
    } else if (reader.is(QLatin1String("CodeBook"))) {
        parser.ex.codebookOnly = true;
        parser.codebook();
    } else {
        return R::failure(Tr::tr("%1 is not a REFI-QDA project or codebook (its root "
                                 "element is <%2>, not <Project> or <CodeBook>)")
                              .arg(fileName, reader.name().toString()),
                          ErrorKind::Invalid);
    }
    reader.drain();
    if (!reader.problem().isEmpty())
        return R::failure(reader.problem());
    return std::move(parser.ex);
}

} // namespace situate::refi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/refi/refiimporter.h"

#include "core/commands/commands.h"
#include "core/import/importsupport.h"
#include "core/import/speakerturns.h"
#include "core/project.h"
#include "core/refi/refitext.h"
#include "core/refi/refixml.h"
#include "core/refi/sourcetext.h"
#include "core/rowmaps.h"
#include "core/storage/refiqueries.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QUuid>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::refi)
};
} // namespace

namespace situate::refi {

namespace {

using refiqueries::UuidTable;

// Exporters name sources after their files; Situate names documents without the suffix.
QString documentName(const QdaTextSource& s, int index) {
    QString n = s.name.trimmed();
    if (n.isEmpty()) {
        n = s.plainTextPath;
        n.replace(QLatin1Char('\\'), QLatin1Char('/'));
        n = n.section(QLatin1Char('/'), -1).trimmed();
    }
    static const QStringList suffixes = {
        QStringLiteral(".txt"),  QStringLiteral(".text"), QStringLiteral(".md"),
        QStringLiteral(".docx"), QStringLiteral(".doc"),  QStringLiteral(".rtf"),
        QStringLiteral(".odt"),  QStringLiteral(".pdf"),  QStringLiteral(".vtt"),
        QStringLiteral(".srt"),  QStringLiteral(".html"), QStringLiteral(".htm")};
    for (const QString& suffix : suffixes) {
        if (n.size() > suffix.size() && n.endsWith(suffix, Qt::CaseInsensitive)) {
            n.chop(suffix.size());
            break;
        }
    }
    n = collapseSpace(n);
    return n.isEmpty() ? QStringLiteral("Source %1").arg(index + 1) : n;
}

} // namespace

RefiImporter::RefiImporter(Editor& e, const QdaExchange& ex, RefiPackage& package,
                           ImportReport& report, const ImportProgress& progress)
    : m_e(e)
    , m_ex(ex)
    , m_package(package)
    , m_report(report)
    , m_progress(progress) {
    const Storage& s = e.storage();
    m_usedDocumentUuids = refiqueries::usedUuids(s, UuidTable::Documents);
    m_usedCodeUuids = refiqueries::usedUuids(s, UuidTable::Codes);
    m_usedCodingUuids = refiqueries::usedUuids(s, UuidTable::Codings);
    m_usedCoderUuids = refiqueries::usedUuids(s, UuidTable::Coders);
    m_usedCaseUuids = refiqueries::usedUuids(s, UuidTable::Cases);
    m_usedAttributeUuids = refiqueries::usedUuids(s, UuidTable::Attributes);
    m_usedQuestionUuids = refiqueries::usedUuids(s, UuidTable::Questions);
    m_usedMemoUuids = refiqueries::usedUuids(s, UuidTable::Memos);
    for (const QdaUser& u : ex.users)
        m_userNames.insert(key(u.guid), u.name);
    for (const QdaVariable& v : ex.variables)
        m_variables.insert(key(v.guid), &v);
}

QString RefiImporter::key(const QString& guid) {
    const QString clean = cleanGuid(guid);
    return clean.isEmpty() ? guid.trimmed().toLower() : clean;
}

QString RefiImporter::newRowUuid(const QString& guid, QSet<QString>& used) const {
    QString g = cleanGuid(guid);
    if (g.isEmpty() || used.contains(g))
        g = QUuid::createUuid().toString(QUuid::WithoutBraces);
    used.insert(g);
    return g;
}

Status RefiImporter::step(const QString& what) {
    if (m_progress && !m_progress(m_step, m_steps, what))
        return Status::failure(Tr::tr("the import was cancelled: the project is unchanged"));
    ++m_step;
    return {};
}

Status RefiImporter::run() {
    m_steps = int(m_ex.sources.size()) + 3;
    if (Status s = loadNotes(); !s)
        return s;
    if (Status s = step(Tr::tr("codes")); !s)
        return s;
    if (Status s = importCodes(); !s)
        return s;
    if (Status s = importSources(); !s)
        return s;
    if (Status s = step(Tr::tr("cases and sets")); !s)
        return s;
    if (Status s = importCases(); !s)
        return s;
    if (Status s = importSets(); !s)
        return s;
    if (Status s = step(Tr::tr("notes")); !s)
        return s;
    if (Status s = importNotes(); !s)
        return s;
    if (m_progress)
        m_progress(m_steps, m_steps, Tr::tr("done"));

    for (const SkippedKind& k : m_ex.skipped) {
        m_report.skipped.append(Tr::tr("%1 %2 source(s) with %3 selection(s) and %4 coding(s): "
                                       "Situate cannot hold %2 sources yet")
                                    .arg(k.sources)
                                    .arg(k.kind)
                                    .arg(k.selections)
                                    .arg(k.codings));
    }
    if (m_ex.transcripts > 0)
        m_report.skipped.append(Tr::tr("%n transcript(s) of audio or video sources (their "
                                       "synchronisation with the media)",
                                       nullptr, m_ex.transcripts));
    if (m_ex.graphs > 0)
        m_report.skipped.append(Tr::tr("%n graph(s) (network views)", nullptr, m_ex.graphs));
    return {};
}

Result<qint64> RefiImporter::childCode(qint64 parentId, const QString& name, bool* created) {
    *created = false;
    if (const qint64 id = m_children.value({parentId, name}, 0))
        return id;
    Code c;
    c.name = name;
    c.parentId = parentId;
    Result<qint64> id = createCode(m_e, c);
    if (!id)
        return id;
    m_children.insert({parentId, name}, *id);
    *created = true;
    return id;
}

Status RefiImporter::fillCode(qint64 id, const QdaCode& from) {
    const auto current = m_e.storage().code(id);
    if (!current)
        return Status::failure(Tr::tr("a matched code disappeared during the import"),
                               ErrorKind::NotFound);
    Code incoming;
    readCodeDescription(from.description, &incoming);
    incoming.colour = cleanColour(from.colour);
    // A code the project already has keeps what it says; the import only fills gaps.
    Code merged = *current;
    bool changed = false;
    auto fill = [&](QString& field, const QString& value) {
        if (field.isEmpty() && !value.isEmpty()) {
            field = value;
            changed = true;
        }
    };
    fill(merged.colour, incoming.colour);
    fill(merged.definition, incoming.definition);
    fill(merged.inclusion, incoming.inclusion);
    fill(merged.exclusion, incoming.exclusion);
    fill(merged.example, incoming.example);
    if (merged.toc == TocElement::None && incoming.toc != TocElement::None) {
        merged.toc = incoming.toc;
        changed = true;
    }
    return changed ? updateCode(m_e, merged) : Status();
}

Status RefiImporter::importCodes() {
    const Result<QVector<Code>> codes = m_e.storage().codes();
    if (!codes)
        return Status::from(codes);
    QHash<QString, qint64> byUuid;
    for (const Code& c : *codes) {
        byUuid.insert(c.uuid.toLower(), c.id);
        m_children.insert({c.parentId, c.name}, c.id);
    }
    bool flat = true;
    for (const QdaCode& c : m_ex.codes)
        flat = flat && c.parent < 0;
    int slashes = 0, unnamed = 0, parents = 0, duplicates = 0;
    m_codeIds.resize(m_ex.codes.size());
    for (qsizetype i = 0; i < m_ex.codes.size(); ++i) {
        const QdaCode& c = m_ex.codes[i];
        CodeNameParts parts = splitCodeName(c.name, flat);
        slashes += parts.slashReplaced ? 1 : 0;
        if (parts.levels.isEmpty()) {
            parts.levels = {QStringLiteral("Unnamed code")};
            ++unnamed;
        }
        qint64 parent = c.parent >= 0 ? m_codeIds[c.parent] : 0;
        for (qsizetype j = 0; j + 1 < parts.levels.size(); ++j) {
            bool created = false;
            Result<qint64> r = childCode(parent, parts.levels[j], &created);
            if (!r)
                return Status::from(r);
            parent = *r;
            if (created) {
                m_implicitCodes.insert(parent);
                ++m_report.codesCreated;
                ++parents;
            }
        }
        const QString name = parts.levels.last();
        const QString guid = cleanGuid(c.guid);
        qint64 id = 0;
        if (!guid.isEmpty() && byUuid.contains(guid)) {
            id = byUuid.value(guid);
            if (m_explicitCodes.contains(id)) {
                m_report.warnings.append(Tr::tr("code \"%1\" has the same GUID as an earlier "
                                                "code; its codings go to that code")
                                             .arg(c.name));
            } else {
                ++m_report.codesMatched;
                if (Status s = fillCode(id, c); !s)
                    return s;
            }
        } else if (const qint64 sibling = m_children.value({parent, name}, 0);
                   sibling && !m_explicitCodes.contains(sibling)) {
            id = sibling;
            if (m_implicitCodes.remove(id)) {
                // Created above as a parent in a path; this code is that parent.
                --parents;
                if (!guid.isEmpty() && !m_usedCodeUuids.contains(guid)) {
                    if (Status s = m_e.update(QStringLiteral("codes"), id,
                                              {{QStringLiteral("uuid"), guid}});
                        !s)
                        return s;
                    m_usedCodeUuids.insert(guid);
                    byUuid.insert(guid, id);
                }
            } else {
                ++m_report.codesMatched;
            }
            if (Status s = fillCode(id, c); !s)
                return s;
        } else {
            QString unique = name;
            if (sibling) {
                int n = 2;
                while (m_children.contains({parent, QStringLiteral("%1 (%2)").arg(name).arg(n)}))
                    ++n;
                unique = QStringLiteral("%1 (%2)").arg(name).arg(n);
                ++duplicates;
            }
            Code code;
            readCodeDescription(c.description, &code);
            code.name = unique;
            code.parentId = parent;
            code.colour = cleanColour(c.colour);
            if (!guid.isEmpty() && !m_usedCodeUuids.contains(guid))
                code.uuid = guid;
            Result<qint64> r = createCode(m_e, code);
            if (!r)
                return Status::failure(Tr::tr("code \"%1\": %2").arg(c.name, r.error()), r.kind());
            id = *r;
            m_children.insert({parent, unique}, id);
            ++m_report.codesCreated;
            if (!code.uuid.isEmpty()) {
                m_usedCodeUuids.insert(guid);
                byUuid.insert(guid, id);
            }
        }
        m_explicitCodes.insert(id);
        m_codeIds[i] = id;
        const QString k = key(c.guid);
        if (!k.isEmpty() && !m_codeByGuid.contains(k)) {
            m_codeByGuid.insert(k, id);
            m_codeNames.insert(k, c.name);
        }
        for (const QString& ref : c.noteRefs)
            m_noteTargets[key(ref)].append({Target::Code, id});
    }
    if (slashes > 0)
        m_report.warnings.append(Tr::tr("%n code name(s) contained \"/\", which Situate keeps "
                                        "for paths; it became ∕",
                                        nullptr, slashes));
    if (unnamed > 0)
        m_report.warnings.append(
            Tr::tr("%n code(s) had no name and are called \"Unnamed code\"", nullptr, unnamed));
    if (parents > 0)
        m_report.warnings.append(Tr::tr("%n parent code(s) were created for code paths written "
                                        "into names (\"::\", \"\\\" or \"/\")",
                                        nullptr, parents));
    if (duplicates > 0)
        m_report.warnings.append(Tr::tr("%n code(s) had the name of a sibling and got \" (2)\" "
                                        "(or a higher number) added",
                                        nullptr, duplicates));
    return {};
}

Status RefiImporter::importSources() {
    for (qsizetype i = 0; i < m_ex.sources.size(); ++i) {
        if (Status s = step(documentName(m_ex.sources[i], int(i))); !s)
            return s;
        if (Status s = importSource(m_ex.sources[i], int(i)); !s)
            return s;
    }
    return {};
}

Result<qint64> RefiImporter::documentFor(const QdaTextSource& source, const QString& name,
                                         const QString& text, bool* reused) {
    *reused = false;
    if (auto id = m_e.storage().documentIdByHash(contentHash(text))) {
        *reused = true;
        ++m_report.documentsReused;
        const Result<QVector<Coding>> codings = m_e.storage().codings(*id);
        if (!codings)
            return Status::from(codings);
        for (const Coding& c : *codings)
            m_codingKeys.insert(codingKey(c));
        return *id;
    }
    QString unique = name;
    for (int n = 2; m_e.storage().documentIdByName(unique); ++n)
        unique = QStringLiteral("%1 (%2)").arg(name).arg(n);
    if (unique != name)
        m_report.warnings.append(Tr::tr("source \"%1\" became the document \"%2\" (the "
                                        "project has another document of that name)")
                                     .arg(name, unique));
    NewDocument d;
    d.name = unique;
    d.originalName = source.name.trimmed().isEmpty() ? name : source.name.trimmed();
    d.format = QStringLiteral("txt");
    d.text = text;
    d.turns = detectSpeakerTurns(text);
    Result<qint64> id = addDocument(m_e, d);
    if (!id)
        return id;
    if (Status s =
            m_e.update(QStringLiteral("documents"), *id,
                       {{QStringLiteral("uuid"), newRowUuid(source.guid, m_usedDocumentUuids)}});
        !s)
        return s;
    ++m_report.documentsAdded;
    return id;
}

Status RefiImporter::addCoding(qint64 documentId, qint64 start, qint64 end, const QdaCoding& coding,
                               const QString& fallbackUser, const QDateTime& fallbackTime,
                               const QString& memo, bool keyQuote, const QString& where) {
    const qint64 codeId = m_codeByGuid.value(key(coding.codeGuid), 0);
    if (codeId == 0) {
        ++m_report.codingsNotPlaced;
        m_report.notPlaced.append(Tr::tr("%1: a coding refers to a code (%2) that is not in "
                                         "the codebook")
                                      .arg(where, coding.codeGuid));
        return {};
    }
    Result<qint64> coder = coderFor(coding.user.trimmed().isEmpty() ? fallbackUser : coding.user);
    if (!coder)
        return Status::from(coder);
    const QString k = codingKey(documentId, codeId, *coder, start, end);
    if (m_codingKeys.contains(k)) {
        ++m_report.codingsDuplicate;
        return {};
    }
    m_codingKeys.insert(k);
    Coding row;
    row.uuid = newRowUuid(coding.guid, m_usedCodingUuids);
    row.documentId = documentId;
    row.codeId = codeId;
    row.coderId = *coder;
    row.start = start;
    row.end = end;
    row.memo = memo;
    row.created = coding.created.isValid() ? coding.created : fallbackTime;
    row.modified = row.created;
    Result<qint64> id = insertCoding(m_e, row);
    if (!id)
        return Status::from(id);
    ++m_report.codingsAdded;
    if (keyQuote) {
        if (Result<qint64> flag =
                m_e.insert(QStringLiteral("key_quotes"), {{QStringLiteral("id"), *id}});
            !flag)
            return Status::from(flag);
        ++m_report.keyQuotes;
    }
    return {};
}

Status RefiImporter::importSource(const QdaTextSource& s, int index) {
    const QString name = documentName(s, index);
    int codings = int(s.wholeSourceCodings.size());
    for (const QdaSelection& sel : s.selections)
        codings += int(sel.codings.size());
    auto skip = [&](const QString& why) {
        m_report.skipped.append(Tr::tr("source \"%1\": %2; its %3 selection(s) with %4 "
                                       "coding(s) were not imported")
                                    .arg(name, why)
                                    .arg(s.selections.size())
                                    .arg(codings));
        return Status();
    };
    QString raw;
    qint64 bytes = 0;
    if (s.hasContent) {
        raw = s.plainTextContent;
        bytes = raw.toUtf8().size();
    } else if (s.plainTextPath.trimmed().isEmpty()) {
        return skip(Tr::tr("it has no text (neither a plainTextPath nor a PlainTextContent)"));
    } else {
        const QString entry = m_package.findSource(s.plainTextPath);
        if (entry.isEmpty())
            return skip((m_package.isArchive()
                             ? Tr::tr("its text file (%1) is not in the archive")
                             : Tr::tr("its text file (%1) is not in a sources folder beside "
                                      "the file"))
                            .arg(s.plainTextPath));
        Result<QByteArray> data = m_package.read(entry);
        if (!data)
            return Status::from(data);
        bytes = data->size();
        Result<importsupport::DecodedText> decoded = importsupport::decodeTextFile(*data, entry);
        if (!decoded)
            return skip(decoded.error());
        for (const QString& w : decoded->warnings)
            m_report.warnings.append(Tr::tr("source \"%1\": %2").arg(name, w));
        raw = std::move(decoded->text);
    }
    if (Status st = importsupport::checkTextLength(codePointCount(raw), name); !st)
        return st;
    const SourceText text(std::move(raw));
    if (text.normalised().trimmed().isEmpty())
        return skip(Tr::tr("its text file holds no text (%1 byte(s)): the exporting tool lost "
                           "it; export the project again, or import the original document")
                        .arg(bytes));

    bool reused = false;
    Result<qint64> doc = documentFor(s, name, text.normalised(), &reused);
    if (!doc)
        return Status::failure(Tr::tr("source \"%1\": %2").arg(name, doc.error()), doc.kind());
    m_docByGuid.insert(key(s.guid), *doc);

    QVector<SelectionInput> inputs;
    QVector<qsizetype> which;
    int uncoded = 0;
    for (qsizetype i = 0; i < s.selections.size(); ++i) {
        const QdaSelection& sel = s.selections[i];
        if (sel.codings.isEmpty()) {
            ++uncoded;
            continue;
        }
        if (!sel.positionsValid) {
            m_report.codingsNotPlaced += int(sel.codings.size());
            m_report.notPlaced.append(Tr::tr("source \"%1\": selection %2 has no usable "
                                             "startPosition and endPosition; its %3 coding(s) "
                                             "were not imported")
                                          .arg(name, sel.guid)
                                          .arg(sel.codings.size()));
            continue;
        }
        inputs.append({sel.start, sel.end, sel.name, sel.description});
        which.append(i);
    }
    const bool nvivo = m_ex.origin.contains(QLatin1String("NVivo"), Qt::CaseInsensitive);
    const OffsetConvention convention = text.detect(inputs, OffsetConvention{nvivo, true});
    if (!inputs.isEmpty() && !(convention == OffsetConvention{}))
        m_report.notes.append((m_ex.origin.isEmpty()
                                   ? Tr::tr("source \"%1\": offsets read as %2, as the exporter "
                                            "counts them")
                                         .arg(name, convention.describe())
                                   : Tr::tr("source \"%1\": offsets read as %2, as %3 counts "
                                            "them")
                                         .arg(name, convention.describe(), m_ex.origin)));
    const QVector<Placement> placements = text.place(inputs, convention);
    for (qsizetype k = 0; k < inputs.size(); ++k) {
        const QdaSelection& sel = s.selections[which[k]];
        const Placement& p = placements[k];
        if (!p.placed) {
            for (const QdaCoding& c : sel.codings) {
                ++m_report.codingsNotPlaced;
                m_report.notPlaced.append(
                    Tr::tr("source \"%1\": the coding with \"%2\" at %3-%4 was not imported: "
                           "%5")
                        .arg(name, m_codeNames.value(key(c.codeGuid), c.codeGuid))
                        .arg(sel.start)
                        .arg(sel.end)
                        .arg(p.problem));
            }
            continue;
        }
        QStringList memo;
        if (!p.descriptionIsText && !sel.description.trimmed().isEmpty())
            memo.append(sel.description.trimmed());
        bool selectionKeyQuote = false;
        memo = QStringList{codingMemo(memo, sel.noteRefs, &selectionKeyQuote)};
        for (const QdaCoding& c : sel.codings) {
            bool keyQuote = selectionKeyQuote;
            const QString text = codingMemo(memo, c.noteRefs, &keyQuote);
            const QString where =
                Tr::tr("source \"%1\" at %2-%3").arg(name).arg(sel.start).arg(sel.end);
            if (Status st = addCoding(*doc, p.start, p.end, c, sel.user, sel.created, text,
                                      keyQuote, where);
                !st)
                return st;
        }
    }
    const qint64 length = codePointCount(text.normalised());
    for (const QdaCoding& c : s.wholeSourceCodings) {
        bool keyQuote = false;
        const QString memo = codingMemo({}, c.noteRefs, &keyQuote);
        if (Status st = addCoding(*doc, 0, length, c, QString(), s.created, memo, keyQuote,
                                  Tr::tr("source \"%1\"").arg(name));
            !st)
            return st;
    }
    if (uncoded > 0)
        m_report.skipped.append(Tr::tr("source \"%1\": %n selection(s) without a code (Situate "
                                       "keeps coded text only)",
                                       nullptr, uncoded)
                                    .arg(name));
    for (const QdaValue& v : s.values) {
        if (Status st = setValue(AttributeScope::Document, *doc, v); !st)
            return st;
    }
    for (const QString& ref : s.noteRefs)
        m_noteTargets[key(ref)].append({Target::Document, *doc});
    return {};
}

namespace {

Result<ImportReport> importFile(Project& project, const QString& path,
                                const ImportProgress& progress, bool codebookWanted) {
    using R = Result<ImportReport>;
    Result<RefiPackage> package = RefiPackage::open(path);
    if (!package)
        return Status::from(package);
    QdaExchange ex;
    {
        Result<QByteArray> xml = package->readMain();
        if (!xml)
            return Status::from(xml);
        const QString part = package->isArchive()
                                 ? package->fileName() + QLatin1Char('/') + package->mainEntry()
                                 : package->fileName();
        Result<QdaExchange> parsed = parseExchange(*xml, part);
        if (!parsed)
            return Status::from(parsed);
        ex = parsed.take();
    }
    if (codebookWanted && !ex.codebookOnly)
        return R::failure(Tr::tr("%1 is a REFI-QDA project, not a codebook; import it as "
                                 "a project (qdpx import)")
                              .arg(package->fileName()),
                          ErrorKind::Invalid);
    ImportReport report;
    report.file = package->fileName();
    report.origin = ex.origin;
    report.codebookOnly = ex.codebookOnly;
    const Status st = project.edit(Tr::tr("Import %1").arg(package->fileName()), [&](Editor& e) {
        RefiImporter importer(e, ex, *package, report, progress);
        return importer.run();
    });
    if (!st)
        return st;
    return report;
}

} // namespace

Result<ImportReport> importProject(Project& project, const QString& path,
                                   const ImportProgress& progress) {
    return importFile(project, path, progress, false);
}

Result<ImportReport> importCodebook(Project& project, const QString& path,
                                    const ImportProgress& progress) {
    return importFile(project, path, progress, true);
}

} // namespace situate::refi

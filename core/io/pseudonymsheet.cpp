// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/pseudonymsheet.h"

#include "core/location.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::io)
};
} // namespace

namespace situate {

Result<QVector<PseudonymEntry>> readPseudonymList(const csv::Table& table,
                                                  const QString& fileName) {
    using R = Result<QVector<PseudonymEntry>>;
    const int find = table.column(QStringLiteral("find"));
    const int replace = table.column(QStringLiteral("replace"));
    const int match = table.column(QStringLiteral("match"));
    const int kase = table.column(QStringLiteral("case"));
    if (find < 0 || replace < 0)
        return R::failure(Tr::tr("%1: the first row must name the columns find and "
                                 "replace (and optionally match and case)")
                              .arg(fileName),
                          ErrorKind::Invalid);
    QVector<PseudonymEntry> entries;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const auto bad = [&](const QString& why) {
            return R::failure(
                QStringLiteral("%1 line %2: %3").arg(fileName).arg(table.line(r)).arg(why),
                ErrorKind::Invalid);
        };
        PseudonymEntry e;
        // Unguarded, so that a list Situate saved reads back as it was.
        e.find = csv::unguard(table.cell(r, find));
        e.replace = csv::unguard(table.cell(r, replace));
        if (e.find.isEmpty())
            return bad(Tr::tr("the find column is empty"));
        const QString m = table.cell(r, match).trimmed().toLower();
        if (m == QLatin1String("anywhere"))
            e.wholeWord = false;
        else if (!m.isEmpty() && m != QLatin1String("word"))
            return bad(Tr::tr("match must be \"word\" or \"anywhere\", not \"%1\"").arg(m));
        const QString c = table.cell(r, kase).trimmed().toLower();
        if (c == QLatin1String("ignore"))
            e.caseSensitive = false;
        else if (!c.isEmpty() && c != QLatin1String("sensitive"))
            return bad(Tr::tr("case must be \"sensitive\" or \"ignore\", not \"%1\"").arg(c));
        entries.append(e);
        // A repeat is named by the line that repeats.
        if (Status s = checkPseudonymEntries(entries); !s)
            return bad(s.error());
    }
    if (entries.isEmpty())
        return R::failure(Tr::tr("%1: the list has no entries").arg(fileName), ErrorKind::Invalid);
    return entries;
}

QByteArray pseudonymListSheet(const QVector<PseudonymEntry>& entries) {
    csv::Writer w;
    w.writeRow({QStringLiteral("find"), QStringLiteral("replace"), QStringLiteral("match"),
                QStringLiteral("case")});
    for (const PseudonymEntry& e : entries)
        w.writeRow({e.find, e.replace,
                    e.wholeWord ? QStringLiteral("word") : QStringLiteral("anywhere"),
                    e.caseSensitive ? QStringLiteral("sensitive") : QStringLiteral("ignore")});
    return w.data();
}

QByteArray pseudonymKeySheet(const QVector<PseudonymKeyRow>& key) {
    csv::Writer w;
    w.writeRow({QStringLiteral("find"), QStringLiteral("replace"), QStringLiteral("document"),
                QStringLiteral("count")});
    for (const PseudonymKeyRow& k : key)
        w.writeCells({k.find, k.replace, k.document, csv::Cell::number(k.count)});
    return w.data();
}

QByteArray candidateSheet(const QVector<Candidate>& candidates) {
    csv::Writer w;
    w.writeRow({QStringLiteral("candidate"), QStringLiteral("kind"), QStringLiteral("count"),
                QStringLiteral("documents")});
    for (const Candidate& c : candidates)
        w.writeCells({c.text, enumName(candidateKindNames, c.kind), csv::Cell::number(c.count),
                      c.documents.join(QStringLiteral("; "))});
    return w.data();
}

namespace {

// A folder as the file system resolves it: links followed where it exists.
QString realFolder(const QString& folder) {
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? QFileInfo(folder).absoluteFilePath() : canonical);
}

} // namespace

bool keyInsideProjectFolder(const QString& keyPath, const QString& projectPath) {
    if (isServerLocation(projectPath))
        return false;
    QString project = realFolder(QFileInfo(projectPath).absolutePath());
    const QString key = realFolder(QFileInfo(keyPath).absolutePath());
    if (key == project)
        return true;
    if (!project.endsWith(QLatin1Char('/')))
        project += QLatin1Char('/');
    return key.startsWith(project);
}

Result<QVector<CandidateSource>> candidateSources(const Storage& storage) {
    Result<QVector<DocumentInfo>> documents = storage.documents();
    if (!documents)
        return Status::from(documents);
    QVector<CandidateSource> sources;
    for (const DocumentInfo& d : *documents) {
        Result<QVector<SpeakerTurn>> turns = storage.speakerTurns(d.id);
        if (!turns)
            return Status::from(turns);
        CandidateSource s{d.name, storage.documentText(d.id), {}};
        for (const SpeakerTurn& t : *turns)
            s.speakers << t.speaker;
        sources.append(std::move(s));
    }
    return sources;
}

} // namespace situate

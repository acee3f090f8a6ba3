// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"

#include "core/reliability/backups.h"

#include <QDir>
#include <QFileInfo>

namespace situate::cli {

namespace {

// Backups work on the file itself, so a project that is not a file has none.
int noSuchFile(const QString& project) {
    return fail(QStringLiteral("%1: no such file").arg(QFileInfo(project).fileName()));
}

int cmdBackups(const Args& a) {
    const QString project = a.positional[0];
    if (!QFileInfo(project).isFile())
        return noSuchFile(project);
    const QVector<BackupInfo> all = Backups::list(project);
    if (all.isEmpty()) {
        out(QStringLiteral("no backups in %1\n")
                .arg(QDir::toNativeSeparators(Backups::folder(project))));
        return 0;
    }
    for (qsizetype i = 0; i < all.size(); ++i)
        out(QStringLiteral("%1\t%2\t%3\t%4 bytes\n")
                .arg(i + 1)
                .arg(all[i].fileName,
                     all[i].taken.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))
                .arg(all[i].size));
    return 0;
}

int cmdRestore(const Args& a) {
    const QString project = a.positional[0];
    if (!QFileInfo(project).isFile())
        return noSuchFile(project);
    const QString source = Backups::resolve(project, a.positional[1]);
    auto safety = Backups::restore(project, a.positional[1]);
    if (!safety)
        return fail(safety.error());
    const QString name = QFileInfo(project).fileName();
    out(QStringLiteral("restored %1 into %2\n").arg(QFileInfo(source).fileName(), name));
    if (safety->isEmpty())
        out(QStringLiteral("the previous content was already in the newest backup\n"));
    else
        out(QStringLiteral("the previous content is kept as %1\n")
                .arg(QFileInfo(*safety).fileName()));
    return 0;
}

} // namespace

void addReliabilityCommands(QVector<Command>& c) {
    c << Command{QStringLiteral("backups"),
                 QStringLiteral("backups PROJECT"),
                 QStringLiteral("List the automatic backups kept in PROJECT.backups/ (newest "
                                "first: number, file, time taken, size). One is taken each "
                                "time a project is opened and differs from the newest; "
                                "SITUATE_BACKUPS=N keeps the newest N (default 5, 0 turns "
                                "them off) plus the newest of each of the last 7 days and "
                                "the first of the current run of edits."),
                 {},
                 1,
                 cmdBackups};
    c << Command{QStringLiteral("restore"),
                 QStringLiteral("restore PROJECT BACKUP"),
                 QStringLiteral("Replace the project's content with a backup (its number in "
                                "`backups`, its file name or a path); the current content is "
                                "kept as a backup first. Refused while the project is open."),
                 {},
                 2,
                 cmdRestore};
}

} // namespace situate::cli

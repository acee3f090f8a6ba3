// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"

#include "core/project.h"
#include "core/refi/refiexport.h"
#include "core/refi/refiimport.h"
#include "core/refi/refireport.h"

#include <QFile>
#include <QFileInfo>

namespace situate::cli {

namespace {

/// The project to import into: opened, or created when the file does not exist yet.
struct Target {
    std::unique_ptr<Project> project;
    bool created = false;
    QString error;
};

Target openOrCreate(const QString& path) {
    Target t;
    t.created = !QFileInfo::exists(path);
    auto p = t.created ? Project::create(path) : Project::open(path);
    if (!p) {
        t.error = p.error();
        return t;
    }
    t.project = p.take();
    return t;
}

// A project made for an import that failed would be an empty file the user never asked
// for; it goes, so a failed import leaves nothing behind.
void discardCreated(Target& t, const QString& path) {
    if (!t.created)
        return;
    t.project.reset();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

void printImport(const refi::ImportReport& r) {
    for (const QString& line : refi::reportLines(r))
        out(line + QLatin1Char('\n'));
}

void printPlan(const refi::ExportPlan& plan) {
    for (const QString& line : refi::planLines(plan))
        out(line + QLatin1Char('\n'));
}

int runImport(const Args& a, bool codebook) {
    const QString path = a.positional[0];
    Target t = openOrCreate(path);
    if (!t.project)
        return fail(t.error);
    auto report = codebook ? refi::importCodebook(*t.project, a.positional[1])
                           : refi::importProject(*t.project, a.positional[1]);
    if (!report) {
        discardCreated(t, path);
        return fail(report.error());
    }
    if (t.created)
        out(QStringLiteral("created %1\n").arg(QFileInfo(path).fileName()));
    printImport(*report);
    return 0;
}

int cmdQdpxImport(const Args& a) {
    return runImport(a, false);
}

int cmdQdcImport(const Args& a) {
    return runImport(a, true);
}

// What an export wrote, in one line.
QString writtenLine(const QString& path, const refi::ExportPlan& w, bool codebook) {
    const QString name = QFileInfo(path).fileName();
    if (codebook)
        return QStringLiteral("wrote %1: %2 code(s), %3 research question(s) as sets\n")
            .arg(name)
            .arg(w.codes)
            .arg(w.questions);
    return QStringLiteral("wrote %1: %2 document(s), %3 code(s), %4 case(s), %5 variable(s), %6 "
                          "coder(s), %7 coding(s), %8 research question(s) as sets, %9 note(s)\n")
        .arg(name)
        .arg(w.documents)
        .arg(w.codes)
        .arg(w.cases)
        .arg(w.variables)
        .arg(w.coders)
        .arg(w.codings)
        .arg(w.questions)
        .arg(w.notes);
}

int runExport(const Args& a, bool codebook) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    const QString path = a.positional[1];
    // The plan is shown before anything is written, as REFI-QDA asks of exporters.
    const Result<refi::ExportPlan> plan =
        codebook ? refi::planCodebookExport(*p) : refi::planProjectExport(*p);
    if (!plan)
        return fail(plan.error());
    printPlan(*plan);
    auto written = codebook ? refi::exportCodebook(*p, path) : refi::exportProject(*p, path);
    if (!written)
        return fail(written.error());
    out(writtenLine(path, *written, codebook));
    return 0;
}

int cmdQdpxExport(const Args& a) {
    return runExport(a, false);
}

int cmdQdcExport(const Args& a) {
    return runExport(a, true);
}

} // namespace

void addRefiCommands(QVector<Command>& c) {
    c << Command{QStringLiteral("qdpx import"),
                 QStringLiteral("qdpx import PROJECT FILE.qdpx|FILE.qde"),
                 QStringLiteral("Import a REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder, "
                                "qc) into PROJECT, created if missing; prints what came in and "
                                "what was skipped."),
                 {},
                 2,
                 cmdQdpxImport};
    c << Command{QStringLiteral("qdpx export"),
                 QStringLiteral("qdpx export PROJECT FILE.qdpx"),
                 QStringLiteral("Export the project as a REFI-QDA project; first lists what "
                                "REFI-QDA cannot represent."),
                 {},
                 2,
                 cmdQdpxExport};
    c << Command{QStringLiteral("qdc import"),
                 QStringLiteral("qdc import PROJECT FILE.qdc"),
                 QStringLiteral("Import a REFI-QDA codebook: codes, and sets of codes as research "
                                "questions."),
                 {},
                 2,
                 cmdQdcImport};
    c << Command{QStringLiteral("qdc export"),
                 QStringLiteral("qdc export PROJECT FILE.qdc"),
                 QStringLiteral("Export the codebook as a REFI-QDA codebook."),
                 {},
                 2,
                 cmdQdcExport};
}

} // namespace situate::cli

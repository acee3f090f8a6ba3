// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/fuzzsupport.h"

#include "core/commands/commands.h"
#include "core/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace situate::fuzz {

namespace {

std::unique_ptr<QTemporaryDir> g_scratch;
// Never destroyed at exit: Qt's SQL globals may already be gone by then. The pointer stays
// reachable, so LeakSanitizer does not report it.
Project* g_project = nullptr;
int g_runsSinceFresh = 0;

void quietHandler(QtMsgType type, const QMessageLogContext&, const QString& message) {
    // A qFatal is a crash worth reporting; everything else is expected noise on bad input.
    if (type == QtFatalMsg) {
        fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        abort();
    }
}

void fail(const QString& what) {
    fprintf(stderr, "fuzz setup failed: %s\n", qPrintable(what));
    abort();
}

Project* makeProject() {
    static int generation = 0;
    const QString path = scratchPath(QStringLiteral("fuzz-%1.situate").arg(++generation));
    QFile::remove(path);
    auto created = Project::create(path);
    if (!created)
        fail(created.error());
    Project* p = created.take().release();
    const Status s = p->edit(QStringLiteral("seed"), [](Editor& e) -> Status {
        // Names match the seed corpora (tests/fuzz/corpus/*), so the sheets reach real writes.
        const QString texts[] = {
            QStringLiteral("Aisha: The training helped our team.\nBen: We met every week.\n"),
            QStringLiteral("Interviewer: How did the network change?\nRespondent: More trust.\n")};
        const QString names[] = {QStringLiteral("interview"), QStringLiteral("second")};
        qint64 docs[2] = {0, 0};
        for (int i = 0; i < 2; ++i) {
            NewDocument d;
            d.name = names[i];
            d.originalName = names[i] + QStringLiteral(".txt");
            d.format = QStringLiteral("txt");
            d.text = texts[i];
            auto id = addDocument(e, d);
            if (!id)
                return Status::from(id);
            docs[i] = *id;
        }
        auto kase = ensureCase(e, QStringLiteral("CoP North"));
        if (!kase)
            return Status::from(kase);
        if (Status a = assignDocumentToCase(e, docs[0], *kase); !a)
            return a;
        auto coder = ensureCoder(e, QStringLiteral("Aisha"));
        if (!coder)
            return Status::from(coder);
        if (auto other = ensureCoder(e, QStringLiteral("Ben")); !other)
            return Status::from(other);
        auto code = ensureCodePath(e, QStringLiteral("Outcomes/Trust"));
        if (!code)
            return Status::from(code);
        Coding c;
        c.documentId = docs[0];
        c.codeId = *code;
        c.coderId = *coder;
        c.start = 0;
        c.end = 5;
        return Status::from(addCoding(e, c));
    });
    if (!s)
        fail(s.error());
    p->undoStack()->clear(); // the seed data is the baseline, never undone
    return p;
}

void initialise() {
    static int qtArgc = 1;
    static char name[] = "situate-fuzz";
    static char* qtArgv[] = {name, nullptr};
    qInstallMessageHandler(quietHandler);
    new QCoreApplication(qtArgc, qtArgv); // lives as long as the process
    g_scratch =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/situate-fuzz-XXXXXX"));
    if (!g_scratch->isValid())
        fail(QStringLiteral("no scratch folder"));
}

} // namespace

QString scratchPath(const QString& fileName) {
    return g_scratch->filePath(fileName);
}

QString writeInput(const QByteArray& input, const QString& suffix) {
    const QString path = scratchPath(QStringLiteral("input.") + suffix);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write ") + path);
    if (f.write(input) != input.size())
        fail(QStringLiteral("short write to ") + path);
    return path;
}

Project& project() {
    if (!g_project)
        g_project = makeProject();
    return *g_project;
}

void importSheet(
    const QByteArray& input,
    const std::function<Status(Editor&, const csv::Table&, const QString& name)>& import) {
    const QString name = QStringLiteral("input.csv");
    auto table = csv::parse(input, name);
    consume(table);
    if (table)
        consume(project().edit(QStringLiteral("fuzz"),
                               [&](Editor& e) { return import(e, *table, name); }));
}

namespace {

// Undoes whatever the last run committed, so every run starts from the same project. Every
// few thousand runs the project is made afresh to keep the undo history short.
void rollBack() {
    if (!g_project)
        return;
    situate::UndoStack* undo = g_project->undoStack();
    while (undo->canUndo())
        undo->undo();
    undo->clear();
    if (++g_runsSinceFresh >= 5000) {
        // A fresh file now and then keeps free pages and WAL growth out of the picture.
        const QString old = g_project->path();
        delete g_project;
        QFile::remove(old);
        g_project = makeProject();
        g_runsSinceFresh = 0;
    }
}

} // namespace

} // namespace situate::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    situate::fuzz::initialise();
    if (situate::fuzz::target.usesProject)
        situate::fuzz::project();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace situate::fuzz;
    target.run(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (target.usesProject)
        rollBack();
    return 0;
}

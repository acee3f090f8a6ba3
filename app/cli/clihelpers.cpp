// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clihelpers.h"

namespace situate::cli {

std::unique_ptr<Project> openProject(const Args& a) {
    auto p = Project::open(a.positional[0]);
    if (!p) {
        fail(p.error());
        return nullptr;
    }
    return p.take();
}

std::optional<qint64> documentNamed(const Project& p, const QString& name) {
    const auto id = p.storage().documentIdByName(name);
    if (!id)
        fail(QStringLiteral("no document named \"%1\"").arg(name));
    return id;
}

ProjectDocument openDocument(const Args& a) {
    ProjectDocument out;
    out.project = openProject(a);
    if (!out.project)
        return out;
    const auto id = documentNamed(*out.project, a.positional[1]);
    if (!id)
        out.project.reset();
    else
        out.document = *id;
    return out;
}

int editAndReport(Project& p, const QString& label, const std::function<Status(Editor&)>& change,
                  const std::function<QString()>& done) {
    if (Status st = p.edit(label, change); !st)
        return fail(st.error());
    out(done());
    return 0;
}

int editAndReport(Project& p, const QString& label, const std::function<Status(Editor&)>& change,
                  const QString& done) {
    return editAndReport(p, label, change, [&] { return done; });
}

QString withCounts(QString text, std::initializer_list<qint64> counts) {
    for (qint64 count : counts)
        text = text.arg(count);
    return text;
}

void reportWritten(const QString& what, const QString& path) {
    out(QStringLiteral("wrote %1 to %2\n").arg(what, QFileInfo(path).fileName()));
}

int saveAndReport(const QString& path, const QByteArray& bytes, const QString& what) {
    if (Status st = csv::saveFile(path, bytes); !st)
        return fail(st.error());
    reportWritten(what, path);
    return 0;
}

int saveAndReport(const QString& path, const Result<QByteArray>& bytes, const QString& what) {
    if (!bytes)
        return fail(bytes.error());
    return saveAndReport(path, *bytes, what);
}

int writeOutput(const Args& a, const QByteArray& bytes, const QString& what) {
    const QString output = a.option(QStringLiteral("output"));
    if (output.isEmpty()) {
        outBytes(bytes);
        return 0;
    }
    return saveAndReport(output, bytes, what);
}

} // namespace situate::cli

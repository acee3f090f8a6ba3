// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/formats.h"
#include "core/installpaths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>

#include <mutex>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::formats)
};
} // namespace

namespace situate::formats {

namespace {

// Where the module is: beside the installed program (SITUATE_FORMATS_FROM_BIN, relative to
// its folder), or, for a program run inside the build tree, where the build put it
// (core/installpaths.h). Every Situate program (and test) makes its QCoreApplication before it
// reads a file.
QStringList candidates() {
    const QString installed = QStringLiteral(SITUATE_FORMATS_FROM_BIN "/situate-formats.so");
#ifdef SITUATE_FORMATS_BUILD_TREE
    return installedOrBuildTreeFile(installed, QStringLiteral(SITUATE_FORMATS_BUILD_TREE),
                                    QStringLiteral(SITUATE_FORMATS_BUILD_FILE));
#else
    return installedOrBuildTreeFile(installed, {}, {});
#endif
}

struct Loaded {
    const Module* module = nullptr;
    QString error;
    // Held (never unloaded) for the life of the process: the module's objects outlive any
    // one caller. Kept here, in a static, so leak checkers see it reachable.
    QLibrary* library = nullptr;
};

Loaded load() {
    const QStringList paths = candidates();
    for (const QString& path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        auto* library = new QLibrary(path);
        const auto entry =
            reinterpret_cast<SituateFormatsEntry>(library->resolve("situate_formats_module"));
        if (!entry) {
            const QString why = library->errorString();
            delete library;
            return {nullptr, Tr::tr("Situate's file-format module (%1) could not be loaded: "
                                    "reinstall Situate. (%2)")
                                 .arg(path, why)};
        }
        if (const Module* m = entry(kInterfaceVersion))
            return {m, {}, library};
        return {nullptr,
                Tr::tr("Situate's file-format module (%1) belongs to another version "
                       "of Situate: reinstall Situate.")
                    .arg(path),
                library};
    }
    return {nullptr, Tr::tr("Situate's file-format module (situate-formats.so), needed for PDF, "
                            "Excel, SPSS and Stata files, is missing: reinstall Situate.")};
}

} // namespace

Result<const Module*> module() {
    static std::once_flag once;
    static Loaded loaded;
    std::call_once(once, [] { loaded = load(); });
    if (!loaded.module)
        return Result<const Module*>::failure(loaded.error);
    return loaded.module;
}

} // namespace situate::formats

// SPDX-License-Identifier: GPL-3.0-or-later
// The module's entry point (formats.h): the one symbol core looks up.
#include "core/formats/formatsmodule.h"

namespace situate::formats {
namespace {

class Formats final : public Module {
public:
    std::unique_ptr<XlsxWriter> openXlsx(const QString& path) const override {
        return openXlsxWriter(path);
    }
    PdfPages readPdf(const QString& path, const QDeadlineTimer& deadline,
                     qint64 maxUnits) const override {
        return readPdfPages(path, deadline, maxUnits);
    }
    Result<QByteArray> writeStats(StatsPackage package, const QVector<StatsVariable>& variables,
                                  const QVector<QStringList>& cells,
                                  const QVector<QVector<qint64>>& codes) const override {
        return writeStatsFile(package, variables, cells, codes);
    }
};

} // namespace
} // namespace situate::formats

extern "C" Q_DECL_EXPORT const situate::formats::Module*
situate_formats_module(int interfaceVersion) {
    static const situate::formats::Formats formats;
    return interfaceVersion == situate::formats::kInterfaceVersion ? &formats : nullptr;
}

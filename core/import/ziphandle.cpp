// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/ziphandle.h"

#include <zip.h>

namespace situate {

void ZipDiscard::operator()(::zip* archive) const {
    zip_discard(archive);
}

InflatedEntry inflateEntry(::zip_file* file, qint64 sizeHint, qint64 budget) {
    InflatedEntry out;
    QByteArray& data = out.data;
    if (sizeHint > 0)
        data.reserve(qsizetype(sizeHint));
    constexpr qsizetype chunk = 64 * 1024;
    for (;;) {
        const qsizetype before = data.size();
        data.resize(before + chunk);
        const zip_int64_t got = zip_fread(file, data.data() + before, chunk);
        if (got < 0) {
            out.readFailed = true;
            out.readError = QString::fromUtf8(zip_file_strerror(file));
            data.resize(before);
            break;
        }
        data.resize(before + qsizetype(got));
        if (got == 0)
            break;
        if (data.size() > budget) {
            out.tooLarge = true;
            break;
        }
    }
    zip_fclose(file);
    return out;
}

} // namespace situate

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/rtftables.h"

#include <QSet>
#include <QString>

namespace situate::rtftables {

// Groups whose content is never document text. Unknown destinations marked with \* are
// skipped as well, as the RTF specification asks.
bool isSkippedDestination(QLatin1String word) {
    static const QSet<QString> skipped = [] {
        QSet<QString> s;
        for (const char* w : {"colortbl",
                              "stylesheet",
                              "info",
                              "pict",
                              "header",
                              "headerl",
                              "headerr",
                              "headerf",
                              "footer",
                              "footerl",
                              "footerr",
                              "footerf",
                              "object",
                              "objdata",
                              "listtable",
                              "listoverridetable",
                              "revtbl",
                              "rsidtbl",
                              "xmlnstbl",
                              "themedata",
                              "colorschememapping",
                              "datastore",
                              "latentstyles",
                              "pgdsctbl",
                              "fldinst",
                              "listtext",
                              "pntext",
                              "pntxta",
                              "pntxtb",
                              "shpinst",
                              "shppict",
                              "nonshppict",
                              "annotation",
                              "atnid",
                              "atnauthor",
                              "atndate",
                              "atnref",
                              "atrfstart",
                              "atrfend",
                              "bkmkstart",
                              "bkmkend",
                              "generator",
                              "userprops",
                              "template",
                              "docvar",
                              "ftnsep",
                              "ftnsepc",
                              "ftncn",
                              "aftnsep",
                              "aftnsepc",
                              "aftncn",
                              "filetbl",
                              "mmathPr",
                              "panose",
                              "falt",
                              "fname",
                              "blipuid",
                              "do",
                              "sp",
                              "sn",
                              "sv",
                              "txe",
                              "xe",
                              "tc",
                              "tcn",
                              "fldtype",
                              "formfield",
                              "datafield",
                              "background",
                              "nesttableprops",
                              "defchp",
                              "defpap",
                              "pgptbl",
                              "protusertbl",
                              "wgrffmtfilter",
                              "mhtmltag",
                              "htmltag",
                              "private"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return skipped.contains(QString(word));
}

int codePageForCharset(int charset, int ansiCodePage) {
    switch (charset) {
    case 0:
    case 1:
    case 2: // Symbol fonts: their bytes are glyph numbers; 1252 is the usual reading
        return ansiCodePage;
    case 77:
        return 10000;
    case 128:
        return 932;
    case 129:
        return 949;
    case 134:
        return 936;
    case 136:
        return 950;
    case 161:
        return 1253;
    case 162:
        return 1254;
    case 163:
        return 1258;
    case 177:
        return 1255;
    case 178:
        return 1256;
    case 186:
        return 1257;
    case 204:
        return 1251;
    case 222:
        return 874;
    case 238:
        return 1250;
    case 255:
        return 437;
    default:
        return ansiCodePage;
    }
}

QByteArray codecName(int codePage) {
    switch (codePage) {
    case 932:
        return "Shift_JIS";
    case 936:
        return "GBK";
    case 949:
        return "windows-949";
    case 950:
        return "Big5";
    case 437:
    case 850:
        return "IBM" + QByteArray::number(codePage);
    case 10000:
        return "macintosh";
    case 65001:
        return "UTF-8";
    default:
        return "windows-" + QByteArray::number(codePage);
    }
}

} // namespace situate::rtftables

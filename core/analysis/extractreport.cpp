// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/extractreport.h"

#include "core/analysis/extractgroups.h"
#include "core/rowmaps.h"

#include <QDateTime>

namespace situate {

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

const char* const css = R"(
:root { color-scheme: light; }
body { font: 16px/1.55 -apple-system, "Segoe UI", Roboto, "Noto Sans", Helvetica, Arial,
       sans-serif; color: #1f2328; background: #fff; margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .4rem; }
h2 { font-size: 1.4rem; margin: 3rem 0 .3rem; padding-top: 1rem; border-top: 3px solid #2f5d8a; }
h3 { font-size: 1.15rem; margin: 2rem 0 .2rem; color: #2f5d8a; }
h4 { font-size: 1rem; margin: 1.4rem 0 .5rem; text-transform: uppercase; letter-spacing: .04em;
     color: #57606a; }
.meta, .count, .source { color: #57606a; font-size: .875rem; }
.question, .definition { margin: .2rem 0 1rem; color: #424a53; }
.definition { font-style: italic; }
nav ul { padding-left: 1.2rem; }
article { margin: 0 0 1.2rem; }
blockquote { margin: 0; padding: .6rem .9rem; background: #f6f8fa; border-left: 4px solid #8aa9c8;
             white-space: pre-wrap; overflow-wrap: anywhere; }
.memo { margin: .3rem 0 0 .9rem; font-size: .9rem; white-space: pre-wrap; }
.memo b { color: #57606a; font-weight: 600; }
.source { margin: .25rem 0 0 .9rem; }
@media print { h2 { break-before: page; } article { break-inside: avoid; } }
)";

} // namespace

Result<QByteArray> extractsHtmlReport(const Storage& s, const ExtractQuery& query,
                                      const QString& title, const QString& description,
                                      qint64* count) {
    Result<ExtractGroups> grouped = groupExtracts(s, query);
    if (!grouped)
        return Status::from(grouped);
    const CodeTree& tree = grouped->tree;
    const QHash<qint64, QString> definitions = byId(tree.codes(), &Code::definition);
    const QVector<ExtractGroups::Group>& groups = grouped->groups;
    const QVector<Extract>& xs = grouped->extracts;

    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n<main>\n")
             .arg(esc(title), QString::fromUtf8(css));
    h += QStringLiteral("<header>\n<h1>%1</h1>\n").arg(esc(title));
    if (!description.isEmpty())
        h += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(description));
    h += QStringLiteral("<p class=\"meta\">%1 extract(s), generated %2</p>\n</header>\n")
             .arg(xs.size())
             .arg(QDateTime::currentDateTimeUtc().toString(
                 QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));

    h += QStringLiteral("<nav>\n<ul>\n");
    for (const ExtractGroups::Group& g : groups) {
        if (!g.byCode.empty())
            h += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(g.anchor, esc(g.heading));
    }
    h += QStringLiteral("</ul>\n</nav>\n");

    for (const ExtractGroups::Group& g : groups) {
        if (g.byCode.empty())
            continue;
        h += QStringLiteral("<section>\n<h2 id=\"%1\">%2</h2>\n").arg(g.anchor, esc(g.heading));
        if (!g.text.isEmpty())
            h += QStringLiteral("<p class=\"question\">%1</p>\n").arg(esc(g.text));
        for (const auto& [rank, byCase] : g.byCode) {
            const qint64 code = grouped->codeAt.value(rank);
            qsizetype n = 0;
            for (const auto& entry : byCase)
                n += entry.second.size();
            h += QStringLiteral("<h3>%1 <span class=\"count\">(%2)</span></h3>\n")
                     .arg(esc(tree.path(code)), QString::number(n));
            if (!definitions.value(code).isEmpty())
                h += QStringLiteral("<p class=\"definition\">%1</p>\n")
                         .arg(esc(definitions.value(code)));
            for (const auto& [caseRank, items] : byCase) {
                const QString caseName = grouped->caseName(caseRank);
                h += QStringLiteral("<h4>%1 <span class=\"count\">(%2)</span></h4>\n")
                         .arg(esc(caseName), QString::number(items.size()));
                for (int i : items) {
                    const Extract& x = xs[i];
                    h +=
                        QStringLiteral("<article>\n<blockquote>%1</blockquote>\n").arg(esc(x.text));
                    h += QStringLiteral("<p class=\"source\">%1 · %2 · %3–%4</p>\n")
                             .arg(esc(x.document), esc(x.coder), QString::number(x.start),
                                  QString::number(x.end));
                    if (!x.memo.isEmpty())
                        h += QStringLiteral("<p class=\"memo\"><b>Memo:</b> %1</p>\n")
                                 .arg(esc(x.memo));
                    h += QStringLiteral("</article>\n");
                }
            }
        }
        h += QStringLiteral("</section>\n");
    }
    h += QStringLiteral("</main>\n</body>\n</html>\n");
    if (count)
        *count = xs.size();
    return h.toUtf8();
}

} // namespace situate

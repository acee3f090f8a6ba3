// SPDX-License-Identifier: GPL-3.0-or-later
// The report's typography, one style sheet for the browser and the subset for print.

#include "core/evaluation/reportdocument.h"

namespace situate {

QString reportCss(bool forPrint) {
    // QTextDocument (the PDF) honours a subset of CSS 2.1: fonts, colours, margins on blocks,
    // table cell padding and borders; browsers get the rest too.
    QString css = QStringLiteral(
        "body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 10pt; color: #222; "
        "line-height: 1.45; }\n"
        "h1 { font-family: 'DejaVu Sans', Helvetica, sans-serif; font-size: 20pt; "
        "font-weight: bold; color: #1f3a5f; margin-bottom: 4px; }\n"
        "h2 { font-family: 'DejaVu Sans', Helvetica, sans-serif; font-size: 15pt; color: #1f3a5f; "
        "margin-top: 22px; margin-bottom: 6px; }\n"
        "h3 { font-family: 'DejaVu Sans', Helvetica, sans-serif; font-size: 11.5pt; color: #333; "
        "margin-top: 16px; margin-bottom: 4px; }\n"
        "h4 { font-family: 'DejaVu Sans', Helvetica, sans-serif; font-size: 10pt; color: #444; "
        "margin-top: 10px; margin-bottom: 2px; }\n"
        "p.meta { color: #666; font-size: 9pt; }\n"
        "p.lead { font-style: italic; color: #333; }\n"
        "p.small, td.small { font-size: 8.5pt; color: #444; }\n"
        "p.label { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; margin-bottom: 0; }\n"
        "table.data { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; "
        "font-size: 9pt; }\n"
        "table.data th { font-family: 'DejaVu Sans', sans-serif; background-color: #e8edf3; "
        "color: #1f3a5f; text-align: left; font-weight: bold; border-bottom: 1px solid #9fb3c8; }\n"
        "table.data td { border-bottom: 1px solid #e2e2e2; vertical-align: top; }\n"
        "table.freq { font-size: 8pt; }\n"
        "th.n, td.n { text-align: right; }\n"
        "td.zero { color: #aaa; }\n"
        "tr.total td { font-weight: bold; border-top: 1px solid #9fb3c8; }\n"
        "tr.gaprow td { background-color: #fbf3f3; }\n"
        ".gap { color: #a33; font-style: italic; }\n"
        ".na { color: #888; font-style: italic; }\n"
        "blockquote { margin-left: 18px; margin-right: 18px; margin-top: 6px; margin-bottom: 0; "
        "color: #333; }\n"
        "p.source { margin-left: 18px; margin-top: 2px; font-size: 8.5pt; color: #666; }\n"
        "p.memo { margin-left: 18px; font-size: 8.5pt; color: #555; font-style: italic; }\n"
        "p.consensus { background-color: #eef5ee; }\n"
        // The body's line height would otherwise add 45% of a chart's height below it.
        "p.figure { line-height: 100%; margin-top: 8px; margin-bottom: 4px; }\n"
        "td.top { font-weight: bold; }\n"
        "a { color: #1f3a5f; text-decoration: none; }\n");
    if (forPrint) {
        css += QStringLiteral("h2.newpage { page-break-before: always; }\n"
                              "table.data { width: 100%; }\n");
    } else {
        css += QStringLiteral(
            "body { max-width: 52em; margin: 2em auto; padding: 0 1.5em; }\n"
            "table.data { width: 100%; }\n"
            "table.narrow { width: auto; }\n"
            "table.data th, table.data td { padding: 4px 6px; }\n"
            "blockquote { border-left: 3px solid #9fb3c8; padding-left: 10px; }\n"
            "div.contents { background: #f5f7fa; padding: 0.5em 1em; border-radius: 4px; }\n"
            "img.chart { max-width: 100%; height: auto; }\n"
            "div.question, div.maturity, div.appendix { border-top: 1px solid #ccd6e0; "
            "margin-top: 2em; }\n"
            "@media print { div.question, div.maturity, div.appendix { "
            "page-break-before: always; } }\n");
    }
    return css;
}

} // namespace situate

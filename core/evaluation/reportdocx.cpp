// SPDX-License-Identifier: GPL-3.0-or-later
// The report as a Word document. The builder (report.cpp, reportsections.cpp) writes the
// report once, as HTML in a small closed vocabulary of its own (h1-h4, p, blockquote, table
// rows of th/td, b, span, br, img, the contents list); this file reads that vocabulary back
// block by block and writes each block as its Word counterpart, so the HTML, PDF and Word
// reports cannot drift apart and the HTML stays exactly as it was. Project text reaches the
// HTML escaped and is unescaped here into XML text: it is never markup in either.

#include "core/evaluation/reportdocument.h"

#include "core/codetree.h"
#include "core/evaluation/evidencematrix.h"
#include "core/evaluation/reportchart.h"
#include "core/evaluation/tocpicture.h"
#include "core/io/docxpackage.h"
#include "core/storage/storage.h"

#include <QBuffer>
#include <QHash>

#include <functional>

namespace situate {

namespace {

/// A picture as PNG in its own paragraph (the package takes bytes, so io/ needs no Qt Gui).
void addImage(DocxDocument& out, const QImage& image, int widthPx, const QString& description) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    out.image(png, image.size(), widthPx, description);
}

using Style = DocxDocument::Style;
using Run = DocxDocument::Run;

QString unescaped(QStringView s) {
    if (!s.contains(QLatin1Char('&')))
        return s.toString();
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const qsizetype semi = s[i] == QLatin1Char('&') ? s.indexOf(QLatin1Char(';'), i) : -1;
        if (semi < 0 || semi - i > 10) {
            out += s[i];
            continue;
        }
        const QStringView name = s.mid(i + 1, semi - i - 1);
        static const QHash<QString, QString> named = {
            {QStringLiteral("amp"), QStringLiteral("&")},
            {QStringLiteral("lt"), QStringLiteral("<")},
            {QStringLiteral("gt"), QStringLiteral(">")},
            {QStringLiteral("quot"), QStringLiteral("\"")},
            {QStringLiteral("apos"), QStringLiteral("'")}};
        if (named.contains(name.toString())) {
            out += named.value(name.toString());
        } else if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint cp = name.startsWith(QLatin1String("#x")) ? name.mid(2).toUInt(&ok, 16)
                                                                 : name.mid(1).toUInt(&ok, 10);
            if (!ok) {
                out += s[i];
                continue;
            }
            const char32_t c = cp;
            out += QString::fromUcs4(&c, 1);
        } else {
            out += s[i];
            continue;
        }
        i = semi;
    }
    return out;
}

QString attribute(QStringView tag, QLatin1String name) {
    const QString key = name + QLatin1String("=\"");
    const qsizetype at = tag.indexOf(key);
    if (at < 0)
        return {};
    const qsizetype from = at + key.size();
    return unescaped(tag.mid(from, tag.indexOf(QLatin1Char('"'), from) - from));
}

class Converter {
public:
    Converter(const ReportDocument& report, DocxDocument& out, std::function<void()> afterContents)
        : m_report(report)
        , m_out(out)
        , m_afterContents(std::move(afterContents)) {}

    void run(QStringView html) {
        qsizetype i = 0;
        while (i < html.size()) {
            const qsizetype open = html.indexOf(QLatin1Char('<'), i);
            const qsizetype textEnd = open < 0 ? html.size() : open;
            if (textEnd > i)
                text(html.mid(i, textEnd - i));
            if (open < 0)
                break;
            const qsizetype close = html.indexOf(QLatin1Char('>'), open);
            if (close < 0)
                break;
            tag(html.mid(open + 1, close - open - 1));
            i = close + 1;
        }
    }

private:
    void text(QStringView t) {
        if (!m_inBlock && !m_inCell)
            return; // layout white space between blocks
        QString s = unescaped(t);
        s.remove(QLatin1Char('\n')); // the HTML's own line ends; project line ends are <br>
        if (!s.isEmpty())
            m_runs << Run{s, m_bold > 0 || m_header, m_italic > 0};
    }

    void flush(Style style) {
        if (m_contents)
            m_entries << plain();
        else if (!m_runs.isEmpty() || m_image < 0)
            m_out.paragraph(style, m_runs, m_pageBreak);
        if (m_image >= 0)
            addImage(m_out, m_report.images.value(m_image), 640, m_report.title);
        m_runs.clear();
        m_image = -1;
        m_pageBreak = false;
        m_inBlock = false;
    }

    QString plain() const {
        QString s;
        for (const Run& r : m_runs)
            s += r.text;
        return s;
    }

    void tag(QStringView t) {
        const bool closing = t.startsWith(QLatin1Char('/'));
        const QStringView body = closing ? t.mid(1) : t;
        const QString name = body.left(body.indexOf(QLatin1Char(' '))).toString().toLower();
        const QString cls = attribute(body, QLatin1String("class"));
        if (name == QLatin1String("br")) {
            m_runs << Run{QStringLiteral("\n"), m_bold > 0, m_italic > 0};
        } else if (name == QLatin1String("b")) {
            m_bold += closing ? -1 : 1;
        } else if (name == QLatin1String("span")) {
            // Gaps and missing values stand out in italics, as the HTML greys them.
            if (!closing)
                m_spans << (cls == QLatin1String("gap") || cls == QLatin1String("na"));
            else if (!m_spans.isEmpty() && m_spans.takeLast())
                --m_italic;
            if (!closing && m_spans.last())
                ++m_italic;
        } else if (name == QLatin1String("img")) {
            m_image = int(m_report.imageNames.indexOf(attribute(body, QLatin1String("src"))));
        } else if (name == QLatin1String("div")) {
            if (!closing && cls == QLatin1String("contents")) {
                m_contents = true;
            } else if (closing && m_contents) {
                m_contents = false;
                m_out.paragraph(Style::Normal, {Run{QStringLiteral("Contents"), true}}, true);
                m_out.contents(m_entries);
                m_afterContents();
            }
        } else if (name == QLatin1String("table")) {
            if (!closing) {
                m_rows.clear();
            } else {
                int columns = 1;
                for (const auto& r : m_rows)
                    columns = qMax(columns, int(r.cells.size()));
                // Each column as wide as its longest text asks, within bounds: numbers
                // narrow, definitions and summaries wide.
                QVector<int> weights(columns, 4);
                for (const auto& r : m_rows) {
                    for (qsizetype c = 0; c < r.cells.size(); ++c) {
                        qsizetype length = 0;
                        for (const Run& run : r.cells[c])
                            length += run.text.size();
                        weights[c] = qMax(weights[c], int(qMin<qsizetype>(length, 60)));
                    }
                }
                m_out.beginTable(columns, weights);
                for (qsizetype i = 0; i < m_rows.size(); ++i)
                    m_out.row(m_rows[i].cells, i == 0 && m_rows[i].header);
                m_out.endTable();
            }
        } else if (name == QLatin1String("tr")) {
            if (!closing)
                m_rows << Row{};
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (!closing) {
                m_inCell = true;
                m_header = name == QLatin1String("th");
                m_rows.last().header = m_rows.last().header || m_header;
                m_runs.clear();
            } else {
                m_rows.last().cells << m_runs;
                m_runs.clear();
                m_inCell = false;
                m_header = false;
            }
        } else if (static const QHash<QString, Style> blocks =
                       {{QStringLiteral("h1"), Style::Title},
                        {QStringLiteral("h2"), Style::Heading1},
                        {QStringLiteral("h3"), Style::Heading2},
                        {QStringLiteral("h4"), Style::Heading3},
                        {QStringLiteral("blockquote"), Style::Quote},
                        {QStringLiteral("p"), Style::Normal},
                        {QStringLiteral("li"), Style::Normal}};
                   blocks.contains(name)) {
            Style style = blocks.value(name);
            if (!closing) {
                m_inBlock = true;
                m_runs.clear();
                m_image = -1;
                m_style = style == Style::Normal && cls == QLatin1String("meta") ? Style::Subtitle
                          : style == Style::Normal && cls == QLatin1String("source")
                              ? Style::Caption
                              : style;
                m_pageBreak = style == Style::Heading1;
                if (cls == QLatin1String("label"))
                    m_inBlock = false; // the contents' own label, written with the field
            } else if (m_inBlock) {
                flush(m_style);
            }
        }
    }

    struct Row {
        QVector<QVector<Run>> cells;
        bool header = false;
    };
    const ReportDocument& m_report;
    DocxDocument& m_out;
    std::function<void()> m_afterContents;
    QVector<Run> m_runs;
    QVector<Row> m_rows;
    QStringList m_entries;
    QVector<bool> m_spans; // open spans: whether each is shown in italics
    Style m_style = Style::Normal;
    int m_bold = 0;
    int m_italic = 0;
    int m_image = -1;
    bool m_inBlock = false;
    bool m_inCell = false;
    bool m_header = false;
    bool m_contents = false;
    bool m_pageBreak = false;
};

// The theory of change as a picture: each element of the chain with its codes and their
// codings in scope.
void tocSection(const Storage& s, const ReportDocument& report, DocxDocument& out) {
    out.paragraph(Style::Heading1, QStringLiteral("Theory of change"), true);
    const Result<CodeTree> tree = CodeTree::read(s);
    if (!tree) {
        out.paragraph(Style::Normal, tree.error());
        return;
    }
    const QVector<TocElement> chain = tocChain();
    QVector<TocPictureBox> boxes;
    for (qsizetype k = 0; k < chain.size(); ++k) {
        TocPictureBox box{tocElementTitle(chain[k]), tocColour(int(k)), {}};
        for (const Code& c : tree->codes()) {
            if (c.toc == chain[k])
                box.lines << QStringLiteral("%1 (%2)").arg(c.name).arg(
                    report.codeCodings.value(c.id));
        }
        if (box.lines.isEmpty())
            box.lines << QStringLiteral("No code");
        boxes << box;
    }
    // Assumptions and enablers or barriers sit beside the chain, not in it.
    const QVector<TocPictureBox> band = boxes.mid(chain.indexOf(TocElement::Assumption));
    boxes.resize(chain.indexOf(TocElement::Assumption));
    addImage(out, renderTocPicture(boxes, band, 800), 640,
             QStringLiteral("The theory of change: each element's codes with their codings"));
    out.paragraph(Style::Caption,
                  QStringLiteral("The theory of change: the codes of each element, with their "
                                 "codings in the report's scope in brackets."));
}

// How the report was made, in plain words: who coded, where the agreement figures are, and
// what each count counts.
void methodsAppendix(const Storage& s, DocxDocument& out) {
    out.paragraph(Style::Heading1, QStringLiteral("Appendix C: Methods"), true);
    out.paragraph(Style::Heading2, QStringLiteral("Coders"));
    const Result<QVector<Coder>> coders = s.coders();
    out.beginTable(2);
    out.row({{Run{QStringLiteral("Coder")}}, {Run{QStringLiteral("Codings")}}}, true);
    for (const Coder& c : coders ? *coders : QVector<Coder>())
        out.row({{Run{c.name}},
                 {Run{QString::number(s.codingCount(QStringLiteral("coder_id"), c.id))}}});
    out.endTable();
    out.paragraph(Style::Heading2, QStringLiteral("Agreement"));
    out.paragraph(Style::Normal,
                  QStringLiteral("Appendix B gives the character-level agreement of the first two "
                                 "coders who coded, per code and over all codes: percent "
                                 "agreement, Cohen's kappa and Krippendorff's alpha. The maturity "
                                 "section gives the agreement of the coders' ratings over every "
                                 "case: percent agreement, ordinal Krippendorff's alpha and, for "
                                 "two coders, weighted kappa. A value that cannot be computed is "
                                 "shown as n/a, never as a number."));
    out.paragraph(Style::Heading2, QStringLiteral("Counting rules"));
    for (const char* rule :
         {"A coding is one stretch of text that one coder marked with one code; each count of "
          "codings counts every coder's codings.",
          "A coding counts for a research question when its code is linked to the question; with "
          "roll-up, also when a code above it is.",
          "A document in two cases counts in both; the total for all cases counts it once.",
          "Documents counts the documents with at least one coding in the cell.",
          "A gap is a cell of the evidence matrix with no coded evidence.",
          "The quotations are the first passages of each code in document order, up to the "
          "number chosen for the report; a passage coded by several coders appears once."})
        out.paragraph(Style::Normal, QString::fromUtf8(rule));
}

} // namespace

Status writeReportDocx(const Storage& s, const ReportDocument& report, const QString& path) {
    DocxDocument out;
    const QString& html = report.html;
    const qsizetype body = html.indexOf(QLatin1String("<body>"));
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    Converter(report, out, [&] {
        tocSection(s, report, out);
    }).run(QStringView(html).mid(body + 6, end - body - 6));
    methodsAppendix(s, out);
    return out.save(path, report.title);
}

} // namespace situate

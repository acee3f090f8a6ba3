#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a Word document Situate wrote with one independent reader and checks that it finds
every heading and quotation of the HTML version of the same report.

    docx_check.py python-docx|pandoc|text FILE.docx EXPECTED.html [FILE.txt]

The expected blocks come from the HTML (h1 to h4, blockquote), parsed here with Python's own
html.parser: hN is the Title (h1) or Word's "Heading N-1", a blockquote a "Quote" paragraph.
`text` checks FILE.txt (LibreOffice's PDF of the document through pdftotext) for every
heading and quotation, white space aside. Prints what is missing and exits 1; 0 when all
are found."""

import html.parser
import json
import re
import subprocess
import sys

BUILT_IN = {"Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Quote",
            "Caption", "toc 1", "toc 2", "toc 3", "Table Grid"}


class Expected(html.parser.HTMLParser):
    """Headings as (level, text) and quotations as text, from Situate's HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.headings, self.quotes = [], []
        self.current = None  # ("h", level) or ("q",)
        self.text = ""
        self.skip = 0  # inside a span.count, which the Word headings leave out

    def handle_starttag(self, tag, attrs):
        if self.current and tag == "span" and ("class", "count") in attrs:
            self.skip += 1
        elif self.current and tag == "br":
            self.text += "\n"
        elif tag in ("h1", "h2", "h3", "h4"):
            self.current, self.text = ("h", int(tag[1])), ""
        elif tag == "blockquote":
            self.current, self.text = ("q",), ""

    def handle_endtag(self, tag):
        if tag == "span" and self.skip:
            self.skip -= 1
        elif self.current and tag in ("h1", "h2", "h3", "h4", "blockquote"):
            if self.current[0] == "h":
                self.headings.append((self.current[1], self.text.strip()))
            else:
                self.quotes.append(self.text)
            self.current = None

    def handle_data(self, data):
        if self.current and not self.skip:
            self.text += data


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def check_python_docx(path, exp):
    import docx  # python3-docx

    d = docx.Document(path)
    found = [(p.style.name, p.text.strip() if p.style.name.startswith(("Heading", "Title"))
              else p.text) for p in d.paragraphs]
    problems = []
    for level, text in exp.headings:
        style = "Title" if level == 1 else "Heading %d" % (level - 1)
        if (style, text) not in found:
            problems.append("no %s paragraph %r" % (style, text))
    for q in exp.quotes:
        if ("Quote", q) not in found:
            problems.append("no Quote paragraph %r" % q)
    used = {p.style.name for p in d.paragraphs} | {t.style.name for t in d.tables}
    if not used <= BUILT_IN:
        problems.append("styles that are not Word's built-in ones: %s" % sorted(used - BUILT_IN))
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for i, t in enumerate(d.tables):
        first = t.rows[0]._tr
        if first.find(ns + "trPr/" + ns + "tblHeader") is None:
            problems.append("table %d has no repeating header row" % (i + 1))
    print("python-docx: %d paragraphs, %d tables, %d images, styles %s" %
          (len(found), len(d.tables), len(d.inline_shapes), sorted(used)))
    return problems


def inline_text(inlines):
    out = ""
    for i in inlines:
        t, c = i["t"], i.get("c")
        if t == "Str":
            out += c
        elif t in ("Space", "SoftBreak"):
            out += " "
        elif t == "LineBreak":
            out += "\n"
        elif t in ("Emph", "Strong", "Underline", "Strikeout", "SmallCaps", "Superscript",
                   "Subscript"):
            out += inline_text(c)
        elif t in ("Span", "Link"):
            out += inline_text(c[1])
        elif t == "Quoted":
            out += inline_text(c[1])
        elif t == "Code":
            out += c[1]
    return out


def block_text(blocks):
    return "\n".join(inline_text(b["c"]) for b in blocks if b["t"] in ("Para", "Plain"))


def walk(blocks, heads, quotes):
    for b in blocks:
        if b["t"] == "Header":
            heads.append((b["c"][0], inline_text(b["c"][2])))
        elif b["t"] == "BlockQuote":
            quotes.append(block_text(b["c"]))
            walk(b["c"], heads, quotes)
        elif b["t"] == "Div":
            walk(b["c"][1], heads, quotes)
        elif b["t"] == "Table":
            pass


def check_pandoc(path, exp):
    out = subprocess.run(["pandoc", "-f", "docx", "-t", "json", path], check=True,
                         capture_output=True).stdout
    doc = json.loads(out)
    heads, quotes = [], []
    walk(doc["blocks"], heads, quotes)
    title = inline_text(doc["meta"].get("title", {}).get("c", []))
    problems = []
    found_heads = {(lvl, squash(t)) for lvl, t in heads}
    for level, text in exp.headings:
        if level == 1:
            if squash(title) != squash(text):
                problems.append("title %r, not %r" % (title, text))
        elif (level - 1, squash(text)) not in found_heads:
            problems.append("no heading %d %r" % (level - 1, text))
    found_quotes = {squash(q) for q in quotes}
    for q in exp.quotes:
        if squash(q) not in found_quotes:
            problems.append("no block quote %r" % q)
    print("pandoc: %d headings, %d block quotes" % (len(heads), len(quotes)))
    return problems


# Text taken from a PDF: pdftotext marks right-to-left runs with embedding controls and
# breaks lines where the page did, so white space and those marks are left out of the
# comparison.
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]|\\s+")


def bare(s):
    return BIDI_MARKS.sub("", s)


# pdftotext puts the neutral characters beside a right-to-left run (emoji, spaces) where its
# own reading of the page's geometry says, not always where they were stored; a text with
# right-to-left script is therefore found when each of its right-to-left runs is, in order
# within the run, and each of its other words.
RTL_RUN = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]+(?:\\s+[\u0590-\u08ff"
                     "\ufb1d-\ufdff\ufe70-\ufeff]+)*")


def found_in(expected, text):
    if not RTL_RUN.search(expected):
        return bare(expected) in text
    pieces = RTL_RUN.findall(expected) + RTL_RUN.sub(" ", expected).split()
    return all(bare(p) in text for p in pieces)


def check_text(txt_path, exp):
    with open(txt_path, encoding="utf-8") as f:
        raw = f.read()
    text = bare(raw)
    problems = []
    for _, t in exp.headings:
        if not found_in(t, text):
            problems.append("heading %r not in the text" % t)
    for q in exp.quotes:
        if not found_in(q, text):
            problems.append("quotation %r not in the text" % q)
    print("LibreOffice: %d characters of text" % len(raw))
    return problems


def main():
    reader, path, expected_html = sys.argv[1:4]
    exp = Expected()
    with open(expected_html, encoding="utf-8") as f:
        exp.feed(f.read())
    if not exp.headings or not exp.quotes:
        print("the HTML holds no heading or no quotation: nothing to compare")
        return 1
    if reader == "python-docx":
        problems = check_python_docx(path, exp)
    elif reader == "pandoc":
        problems = check_pandoc(path, exp)
    else:
        problems = check_text(sys.argv[4], exp)
    for p in problems:
        print(p)
    print("%d headings and %d quotations expected, %d missing" %
          (len(exp.headings), len(exp.quotes), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

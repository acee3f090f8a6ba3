#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hand-made seed PDFs of corpus/pdf (run from this folder: python3 make_pdf_corpus.py).

The seeds of corpus/pdf:
- minimal.pdf     one page, Helvetica, an uncompressed content stream (this script)
- threepages.pdf  three pages, FlateDecode content streams, a WinAnsi accented letter (this script)
- notext.pdf      one page that draws a line and holds no text (this script)
- qtwriter.pdf    two A6 pages with Greek text and an embedded DejaVu Sans subset, written
                  once by Qt's QPdfWriter (QPainter::drawText on an offscreen QGuiApplication)
- password.pdf    a copy of tests/fixtures/import/password.pdf (encrypted, open password)
Every file has a correct cross-reference table, so the fuzzer starts from PDFs a reader
accepts and mutates from there.
"""
import zlib

def pdf(objs, path):
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), x)
    open(path, "wb").write(out)

def stream(data, compress=False):
    if compress:
        data = zlib.compress(data)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"

def text_ops(lines):
    s = b"BT /F1 12 Tf 72 720 Td 14 TL\n"
    for l in lines:
        s += b"(" + l.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b") '\n"
    return s + b"ET\n"

font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
info = b"<< /Producer (Situate fuzz corpus) >>"

def doc(pages_content, path, compress=False):
    n = len(pages_content)
    # 1 catalog, 2 pages, 3 font, then page/content pairs, then info
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(n)).encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
            font]
    for i, c in enumerate(pages_content):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        objs.append(stream(c, compress))
    objs.append(info)
    pdf(objs, path)

OUT = "corpus/pdf/"

doc([text_ops([b"Interviewer: How did the group start?", b"Participant: We met every Thursday under the mango tree."])], OUT + "minimal.pdf")
doc([text_ops([b"Interviewer: This is page one."]), text_ops([b"Participant: And this is page two, caf\xe9."]), text_ops([b"Interviewer: Page three."])], OUT + "threepages.pdf", compress=True)
doc([b"0 0 m 100 100 l S\n"], OUT + "notext.pdf")

"""Small hostile files built in the tests, so the basics are covered without the shared corpus."""

from __future__ import annotations

import zlib

from tests.parsing.docxgen import resume_docx, rewrite
from tests.parsing.pdfgen import Page, PdfWriter, Text, make_pdf, one_page


def flate_bomb(megabytes: int = 400) -> bytes:
    """A content stream that inflates to `megabytes` of zeros from well under 1 MB."""
    packer = zlib.compressobj(9)
    chunk = b"\0" * (1024 * 1024)
    body = b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    writer = PdfWriter()
    content = writer.add(
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(body), body)
    )
    page = writer.add(
        b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents %d 0 R >>" % content
    )
    pages = writer.add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    return writer.build(writer.add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages))


def xobject_fanout(depth: int = 7, fanout: int = 10) -> bytes:
    """Form XObjects that each draw the next one `fanout` times: fanout**depth draws."""
    writer = PdfWriter()
    child = writer.stream(b"0 0 m 1 1 l S", b" /Type /XObject /Subtype /Form /BBox [0 0 1 1]")
    for _ in range(depth):
        child = writer.stream(
            b"q /X Do Q\n" * fanout,
            b" /Type /XObject /Subtype /Form /BBox [0 0 1 1]"
            b" /Resources << /XObject << /X %d 0 R >> >>" % child,
        )
    return make_pdf([Page(raw=b"/X Do\n", xobjects={"X": child})], writer)


def deep_nesting(levels: int = 50_000) -> bytes:
    return make_pdf([Page(raw=b"[" * levels + b"]" * levels + b" TJ\n")])


def truncated() -> bytes:
    return one_page(Text(72, 40, "Jane Doe"))[:300]


def exe_renamed() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\0" * 500


def zip_bomb_docx() -> bytes:
    return rewrite(resume_docx(), {"word/media/bomb.bin": b"\0" * 60_000_000})


def zip_slip_docx() -> bytes:
    return rewrite(resume_docx(), {"../../../tmp/evil.sh": b"echo owned"})


def entity_docx() -> bytes:
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    return rewrite(resume_docx(), {"word/document.xml": xml})

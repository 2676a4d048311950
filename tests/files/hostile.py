"""The tests' one library of hostile files, built on the spot so the basics are covered without
the shared corpus: decompression bombs, deep nesting, truncation, disguised executables,
unsafe Word packages and images that declare more pixels than they carry."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from functools import partial

from tests.files.docx import resume_docx, rewrite
from tests.files.pdf import Page, PdfWriter, Text, one_page, pages_pdf

MB = 1024 * 1024


def flate_bomb(megabytes: int = 400) -> bytes:
    """A content stream that inflates to `megabytes` of zeros from well under 1 MB."""
    packer = zlib.compressobj(9)
    chunk = b"\0" * MB
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
    return pages_pdf([Page(raw=b"/X Do\n", xobjects={"X": child})], writer)


def deep_nesting(levels: int = 50_000) -> bytes:
    return pages_pdf([Page(raw=b"[" * levels + b"]" * levels + b" TJ\n")])


def truncated() -> bytes:
    return one_page(Text(72, 40, "Jane Doe"))[:300]


def exe_renamed() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(500)


def html_renamed() -> bytes:
    return b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def zip_bomb_docx(megabytes: int = 60) -> bytes:
    return rewrite(resume_docx(), {"word/media/bomb.bin": bytes(megabytes * 1_000_000)})


def zip_slip_docx() -> bytes:
    return rewrite(resume_docx(), {"../../../tmp/evil.sh": b"echo owned"})


def entity_docx() -> bytes:
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    return rewrite(resume_docx(), {"word/document.xml": xml})


def macro_docx(*, declared: bool = True) -> bytes:
    """A Word package carrying a VBA project; `declared` also says so in its content types."""
    document = resume_docx()
    changes = {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0" + bytes(60)}
    if declared:
        changes["[Content_Types].xml"] = _content_types(document).replace(
            b"document.main+xml", b"document.macroEnabled.main+xml"
        )
    return rewrite(document, changes)


def many_entries_docx(count: int = 1500) -> bytes:
    return rewrite(resume_docx(), {f"word/media/p{n}.xml": b"x" for n in range(count)})


def pixel_flood_png(width: int = 30_000, height: int = 30_000) -> bytes:
    """Only the header matters: a 900-Mpixel PNG declared in a few bytes."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + crc + bytes(64)


def _content_types(document: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        return archive.read("[Content_Types].xml")


# name -> (bytes factory, "accepted" or "rejected" at the upload)
BUILT: dict[str, tuple[Callable[[], bytes], str]] = {
    "flate_bomb.pdf": (partial(flate_bomb, 256), "accepted"),
    "deep_nested.pdf": (deep_nesting, "accepted"),
    "truncated.pdf": (truncated, "accepted"),
    "exe_renamed.pdf": (exe_renamed, "rejected"),
    "html_renamed.pdf": (html_renamed, "rejected"),
    "zip_bomb.docx": (zip_bomb_docx, "rejected"),
    "zip_slip.docx": (zip_slip_docx, "rejected"),
    "macros_renamed.docx": (macro_docx, "rejected"),
    "many_entries.docx": (many_entries_docx, "rejected"),
    "pixel_flood.png": (pixel_flood_png, "rejected"),
}
# Files whose parse needs the real sandbox's memory and time caps.
NEEDS_SANDBOX = {"flate_bomb.pdf"}

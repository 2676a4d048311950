"""Hostile files built on the spot, so the basics are covered without ../shared."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable

from tests.helpers import assemble_pdf, make_pdf

MB = 1024 * 1024
CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
DOCUMENT = (
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
    'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Jane Example RN</w:t></w:r></w:p>'
    "</w:body></w:document>"
)


def pdf_with_stream(stream: bytes, filters: str = "/FlateDecode") -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter %s >>\nstream\n" % (len(stream), filters.encode())
        + stream
        + b"\nendstream",
    ]
    return assemble_pdf(objects, header=b"%PDF-1.4\n")


def flate_bomb_pdf(inflated_mb: int = 256) -> bytes:
    """A content stream of a few hundred KB that inflates to `inflated_mb`."""
    compressor = zlib.compressobj(9)
    chunk = b" " * MB
    stream = b"".join(compressor.compress(chunk) for _ in range(inflated_mb)) + compressor.flush()
    return pdf_with_stream(stream)


def deep_nested_pdf(depth: int = 50_000) -> bytes:
    nested = b"[" * depth + b"]" * depth
    stream = zlib.compress(b"BT /F1 12 Tf (Jane) Tj ET " + nested)
    return pdf_with_stream(stream)


def truncated_pdf() -> bytes:
    whole = make_pdf(["Jane Example, RN", "ICU travel nurse"])
    return whole[: len(whole) // 2]


def exe_as_pdf() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(496)


def html_as_pdf() -> bytes:
    return b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def docx(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def good_docx() -> bytes:
    return docx({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": DOCUMENT})


def zip_bomb_docx(inflated_mb: int = 20) -> bytes:
    filler = "<!--" + " " * (inflated_mb * MB) + "-->"
    return docx({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": DOCUMENT + filler})


def zip_slip_docx() -> bytes:
    return docx(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "word/document.xml": DOCUMENT,
            "../../../../tmp/evil.sh": "#!/bin/sh\necho owned\n",
        }
    )


def macro_docx() -> bytes:
    types = CONTENT_TYPES.replace("document.main+xml", "document.macroEnabled.main+xml")
    return docx(
        {
            "[Content_Types].xml": types,
            "word/document.xml": DOCUMENT,
            "word/vbaProject.bin": b"\xd0\xcf\x11\xe0" + bytes(60),
        }
    )


def many_entries_docx(count: int = 1500) -> bytes:
    members: dict[str, bytes | str] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "word/document.xml": DOCUMENT,
    }
    members.update({f"word/media/p{n}.xml": "x" for n in range(count)})
    return docx(members)


def pixel_flood_png(width: int = 30_000, height: int = 30_000) -> bytes:
    """Only the header matters: a 900-Mpixel PNG declared in a few bytes."""
    import struct

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    chunk = (
        struct.pack(">I", len(ihdr))
        + b"IHDR"
        + ihdr
        + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    )
    return b"\x89PNG\r\n\x1a\n" + chunk + bytes(64)


# name -> (bytes factory, "accepted" or "rejected" at the upload)
BUILT: dict[str, tuple[Callable[[], bytes], str]] = {
    "flate_bomb.pdf": (flate_bomb_pdf, "accepted"),
    "deep_nested.pdf": (deep_nested_pdf, "accepted"),
    "truncated.pdf": (truncated_pdf, "accepted"),
    "exe_renamed.pdf": (exe_as_pdf, "rejected"),
    "html_renamed.pdf": (html_as_pdf, "rejected"),
    "zip_bomb.docx": (zip_bomb_docx, "rejected"),
    "zip_slip.docx": (zip_slip_docx, "rejected"),
    "macros_renamed.docx": (macro_docx, "rejected"),
    "many_entries.docx": (many_entries_docx, "rejected"),
    "pixel_flood.png": (pixel_flood_png, "rejected"),
}
# Files whose parse needs the real sandbox's memory and time caps.
NEEDS_SANDBOX = {"flate_bomb.pdf"}

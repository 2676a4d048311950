"""Build small DOCX files for tests with python-docx, plus raw zip surgery for hostile ones."""

from __future__ import annotations

import io
import struct
import zipfile

import docx
from docx.oxml import parse_xml

_TEXTBOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' xmlns:v="urn:schemas-microsoft-com:vml">'
    '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
    "<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def resume_docx() -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Jane Doe, RN | jane@example.com"
    document.add_heading("Experience", level=1)
    p = document.add_paragraph("Staff Nurse, ICU")
    p.add_run().add_tab()
    p.add_run("2019 - Present")
    line = document.add_paragraph("First line")
    line.add_run().add_break()
    line.add_run("Second line")
    bold = document.add_paragraph()
    bold.add_run("Certifications").bold = True
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"Skill {r}{c}"
    merged = document.add_table(rows=2, cols=1)
    merged.cell(0, 0).merge(merged.cell(1, 0)).text = "Merged once"
    box = document.add_paragraph("Before box")
    box._p.append(parse_xml(_TEXTBOX.format(text="Boxed text")))
    document.add_paragraph("After table")
    document.sections[0].footer.paragraphs[0].text = "References on request"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rewrite(
    data: bytes, changes: dict[str, bytes], *, compress: int = zipfile.ZIP_DEFLATED
) -> bytes:
    """A copy of the package with some members replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", compress) as target:
        for info in source.infolist():
            if info.filename not in changes:
                target.writestr(info.filename, source.read(info))
        for name, body in changes.items():
            target.writestr(name, body)
    return out.getvalue()


def break_deflate(data: bytes, member: str) -> bytes:
    """A copy whose `member` no longer inflates: its deflate stream opens with a reserved block."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        start = archive.getinfo(member).header_offset
    out = bytearray(data)
    name_length, extra_length = struct.unpack("<HH", out[start + 26 : start + 30])
    out[start + 30 + name_length + extra_length] = 0xFF  # BFINAL=1, BTYPE=11 (reserved)
    return bytes(out)


def mark_encrypted(data: bytes, member: str) -> bytes:
    """A copy that declares `member` encrypted: flag bit 0 set in its local and central headers."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        local = archive.getinfo(member).header_offset
    out = bytearray(data)
    out[local + 6] |= 0x1
    end_record = out.rfind(b"PK\x05\x06")
    entries, _size, central = struct.unpack("<HII", out[end_record + 10 : end_record + 20])
    for _ in range(entries):
        name_length, extra_length, comment_length = struct.unpack(
            "<HHH", out[central + 28 : central + 34]
        )
        if out[central + 46 : central + 46 + name_length] == member.encode():
            out[central + 8] |= 0x1
        central += 46 + name_length + extra_length + comment_length
    return bytes(out)

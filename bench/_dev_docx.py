"""TEMPORARY dev-only DOCX -> Document helper for accuracy runs.

Exists only until the real layout-aware extractor (extract_docx.py, another engineer's work)
merges; it is deliberately crude and lives in bench/, never in recruit/.
"""

from __future__ import annotations

import io

from recruit.parsing.model import Document, TextLine


def docx_document(data: bytes) -> Document:
    import docx

    doc = docx.Document(io.BytesIO(data))
    lines: list[TextLine] = []
    for block in doc.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            _add_paragraph(lines, docx.text.paragraph.Paragraph(block, doc))
        elif tag == "tbl":
            table = docx.table.Table(block, doc)
            for row in table.rows:
                cells = [c.text.strip() for c in row.cells if c.text.strip()]
                if cells:
                    lines.append(TextLine(text=" | ".join(dict.fromkeys(cells))))
    return Document(lines=lines, media_type="application/vnd.openxmlformats")


def _add_paragraph(lines: list[TextLine], para) -> None:
    text = para.text.replace("\t", "    ")
    bold = bool(para.runs) and all(r.bold for r in para.runs if r.text.strip())
    size = max((r.font.size.pt for r in para.runs if r.font.size), default=0.0)
    for part in text.splitlines():
        if part.strip():
            lines.append(TextLine(text=part.strip(), bold=bold, font_size=size))

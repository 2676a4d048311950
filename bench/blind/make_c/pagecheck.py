"""Does the page say what its truth line says? A rendered page's text, and the values it lacks."""

import re
import unicodedata

import pypdfium2 as pdfium
from docx import Document


def page_count(pdf) -> int:
    return len(pdfium.PdfDocument(str(pdf)))


def pdf_text(pdf) -> str:
    doc = pdfium.PdfDocument(str(pdf))
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def _cells(tables) -> list[str]:
    out = []
    for t in tables:
        for row in t.rows:
            for cell in row.cells:
                out += [par.text for par in cell.paragraphs]
                out += _cells(cell.tables)
    return out


def docx_text(path) -> str:
    doc = Document(str(path))
    parts = [par.text for par in doc.paragraphs] + _cells(doc.tables)
    for s in doc.sections:
        for part in (s.header, s.footer):
            parts += [par.text for par in part.paragraphs] + _cells(part.tables)
    return "\n".join(parts)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def missing(line: dict, text: str) -> list[str]:
    """The truth values that cannot be found in the page's text, as 'field=index' labels."""
    page = norm(text)
    wanted: list[tuple[str, str]] = [("name", line["name"]), ("email", line["email"])]
    wanted.append(("phone", line["phone"]))
    if line["location"]:
        wanted += [("location", x) for x in line["location"].split(", ")]
    wanted += [(f"employer{i}", e) for i, e in enumerate(line["employers"])]
    wanted += [(f"agency{i}", a) for i, a in enumerate(line["agencies"])]
    wanted += [(f"licence{i}", lic["number"]) for i, lic in enumerate(line["licenses"])]
    wanted += [(f"cert{i}", c["name"]) for i, c in enumerate(line["certifications"])]
    for i, e in enumerate(line["education"]):
        wanted += [(f"degree{i}", e["degree"]), (f"school{i}", e["school"])]
    wanted += [(f"ehr{i}", e) for i, e in enumerate(line["ehr_systems"])]
    wanted += [(f"site{i}", s) for i, s in enumerate(line["clinical_sites"])]
    return [label for label, value in wanted if norm(value) not in page]

"""The rendered page's own text (before any camera or scanner) and the truth values it lacks."""

import re
import unicodedata

import pypdfium2 as pdfium
from docx import Document


def pdf_text(path) -> str:
    doc = pdfium.PdfDocument(str(path))
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def pages(path) -> int:
    return len(pdfium.PdfDocument(str(path)))


def docx_text(path) -> str:
    doc = Document(str(path))

    def cells(tables):
        out = []
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    out += [q.text for q in c.paragraphs] + cells(c.tables)
        return out

    parts = [q.text for q in doc.paragraphs] + cells(doc.tables)
    for s in doc.sections:
        for hf in (s.header, s.footer):
            parts += [q.text for q in hf.paragraphs] + cells(hf.tables)
    return "\n".join(parts)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower().replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def missing(t: dict, text: str) -> list[str]:
    page = norm(text)
    want = [("name", t["name"]), ("email", t["email"]), ("phone", t["phone"])]
    if t["location"]:
        want += [("location", x) for x in t["location"].split(", ")]
    want += [(f"employer{i}", x) for i, x in enumerate(t["employers"])]
    want += [(f"agency{i}", x) for i, x in enumerate(t["agencies"])]
    want += [(f"licence{i}", x["number"]) for i, x in enumerate(t["licenses"])]
    want += [(f"cert{i}", x["name"]) for i, x in enumerate(t["certifications"])]
    for i, ed in enumerate(t["education"]):
        want += [(f"degree{i}", ed["degree"]), (f"school{i}", ed["school"])]
    want += [(f"ehr{i}", x) for i, x in enumerate(t["ehr_systems"])]
    want += [(f"site{i}", x) for i, x in enumerate(t["clinical_sites"])]
    return [label for label, v in want if norm(v) not in page]

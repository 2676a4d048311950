"""The rendered page's own text (before camera or scanner) and the truth values missing from it,
plus data checks on a person. Reports labels only, never page text."""

import re
import unicodedata

import pypdfium2 as pdfium
from docx import Document

from model import MON, MONTH, Person, licensed_years


def pdf_text(path) -> str:
    doc = pdfium.PdfDocument(str(path))
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def n_pages(path) -> int:
    return len(pdfium.PdfDocument(str(path)))


def docx_text(path) -> str:
    d = Document(str(path))
    out = [q.text for q in d.paragraphs]

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    out.extend(q.text for q in c.paragraphs)
                    tables(c.tables)

    tables(d.tables)
    for s in d.sections:
        out.extend(q.text for q in s.header.paragraphs)
        tables(s.header.tables)
    return "\n".join(out)


def _n(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def missing(t: dict, text: str) -> list[str]:
    page = _n(text)
    want = [("name", t["name"]), ("email", t["email"]), ("phone", t["phone"])]
    if t["location"]:
        want += [("location", x) for x in t["location"].split(", ")]
    want += [(f"employer{i}", x) for i, x in enumerate(t["employers"])]
    want += [(f"agency{i}", x) for i, x in enumerate(t["agencies"])]
    want += [(f"lic{i}", x["number"]) for i, x in enumerate(t["licenses"])]
    want += [(f"cert{i}", x["name"]) for i, x in enumerate(t["certifications"])]
    for i, ed in enumerate(t["education"]):
        want += [(f"degree{i}", ed["degree"]), (f"school{i}", ed["school"])]
    want += [(f"ehr{i}", x) for i, x in enumerate(t["ehr_systems"])]
    want += [(f"site{i}", x) for i, x in enumerate(t["clinical_sites"])]
    return [label for label, v in want if _n(v) not in page]


WORDS = {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def problems(p: Person) -> list[str]:
    out = []
    yrs = licensed_years(p.jobs)
    for m in re.finditer(r"\b(\d+|" + "|".join(WORDS) + r")\+? years?\b", p.summary):
        n = WORDS.get(m.group(1)) or int(m.group(1))
        if n > 3 and abs(n - yrs) > 1:
            out.append(f"summary states {n} years, dates give {yrs}")
    for c in p.certs:
        if not c.expires:
            if re.search(r"(exp|through|until|valid|by)\D{0,12}\d{1,2}/\d{2}", c.line):
                out.append(f"cert {c.name} prints a month but truth has none")
            continue
        y, mo = c.expires[:4], int(c.expires[5:7])
        forms = [
            f"{mo:02d}/{y}",
            f"{mo}/{y}",
            f"{mo}/{y[2:]}",
            f"{mo:02d}/{y[2:]}",
            f"{MON[mo - 1]} {y}",
            f"{MON[mo - 1]}. {y}",
            f"{MONTH[mo - 1]} {y}",
            f"{y}-{mo:02d}",
        ]
        forms += [f"{mo:02d}/{d}/{y}" for d in range(28, 32)]
        if not any(f in c.line for f in forms):
            out.append(f"cert {c.name} expiry not printed as {c.expires}")
    for x in p.lics:
        if x.number not in x.line or x.state == "":
            out.append(f"licence {x.state} line lacks its number")
    return out

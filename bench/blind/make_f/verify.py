"""Page text for set f and the truth values missing from it (labels only, never page text).

Text comes from the rendered page BEFORE any camera or scanner: pypdfium2 for PDFs (and for the
PDF print of a screenshot's HTML), the raw WordprocessingML of body, tables, headers and footers
for .docx, the file itself for .txt. The project's parser is never used.
"""

import re
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

import pypdfium2 as pdfium

from cv import ABBR, CV, FULL, years
from pages import STATES

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def pdf_text(path) -> str:
    d = pdfium.PdfDocument(str(path))
    return "\n".join(d[i].get_textpage().get_text_range() for i in range(len(d)))


def pdf_pages(path) -> int:
    return len(pdfium.PdfDocument(str(path)))


def docx_text(path) -> str:
    out = []
    with zipfile.ZipFile(path) as z:
        parts = sorted(
            n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)
        )
        for part in parts:
            root = ET.fromstring(z.read(part))
            for p in root.iter(f"{W}p"):
                buf = []
                for run in p.iter(f"{W}r"):  # tab stops in w:pPr are not text; only runs are
                    for el in run:
                        if el.tag == f"{W}t" and el.text:
                            buf.append(el.text)
                        elif el.tag == f"{W}tab":
                            buf.append("\t")
                        elif el.tag in (f"{W}br", f"{W}cr"):
                            buf.append("\n")
                out.append("".join(buf))
    return "\n".join(out)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower().replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def missing(t: dict, text: str, spaced_name: bool = False) -> list[str]:
    page = norm(text)
    flat = page.replace(" ", "")
    want = [("email", t["email"]), ("phone", t["phone"])]
    out = []
    if norm(t["name"]) not in page:
        if not (spaced_name and norm(t["name"]).replace(" ", "") in flat):
            out.append("name")
        else:
            print(f"NOTE {t['key']}: name present only letter-spaced")
    if t["location"]:
        city, st = t["location"].split(", ")
        want.append(("location-city", city))
        if (
            norm(st) not in page.split()
            and not re.search(rf"\b{st.lower()}\b", page)
            and norm(STATES[st]) not in page
        ):
            out.append("location-state")
    want += [(f"employer{i}", x) for i, x in enumerate(t["employers"])]
    want += [(f"agency{i}", x) for i, x in enumerate(t["agencies"])]
    want += [(f"lic{i}", x["number"]) for i, x in enumerate(t["licenses"])]
    want += [(f"cert{i}", x["name"]) for i, x in enumerate(t["certifications"])]
    for i, ed in enumerate(t["education"]):
        want += [(f"degree{i}", ed["degree"]), (f"school{i}", ed["school"])]
    want += [(f"ehr{i}", x) for i, x in enumerate(t["ehr_systems"])]
    want += [(f"site{i}", x) for i, x in enumerate(t["clinical_sites"])]
    out += [label for label, v in want if norm(v) not in page]
    return out


def date_forms(ym: str) -> list[str]:
    y, m = ym[:4], int(ym[5:7])
    f = [f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}/{y[2:]}", f"{m}/{y[2:]}", f"{ABBR[m - 1]} {y}",
         f"{ABBR[m - 1]}. {y}", f"{FULL[m - 1]} {y}", f"{y}-{m:02d}", f"{m:02d}.{y}"]  # fmt: skip
    f += [f"{mm}/{d:02d}/{y}" for mm in (f"{m:02d}", str(m)) for d in range(1, 32)]
    f += [f"{FULL[m - 1]} {d}, {y}" for d in range(1, 32)]
    return f


WORDS = {
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
}


def problems(cv: CV, text: str) -> list[str]:
    """Data checks: summary years vs dates, printed expiries vs truth, licence numbers in lines."""
    out = []
    yrs = years(cv.roles)
    for m in re.finditer(r"\b(\d+|" + "|".join(WORDS) + r")\+? years?\b", cv.summary):
        n = WORDS.get(m.group(1)) or int(m.group(1))
        if n > 3 and not cv.new_grad and abs(n - yrs) > 1:
            out.append(f"summary states {n} years, dates give {yrs}")
    page = norm(text)
    for c in cv.cards:
        if c.expires:
            forms = date_forms(c.expires)
            if not any(f in c.text for f in forms) and not any(norm(f) in page for f in forms):
                out.append(f"cert {c.name}: expiry {c.expires} not printed")
        elif re.search(r"\b\d{1,2}/\d{2,4}\b", c.text):
            out.append(f"cert {c.name}: a month is printed but truth has no expiry")
    for x in cv.licences:
        if (
            cv.design not in ("dx-lictable", "ats-desktop", "txt-linkedin")
            and x.number not in x.text
        ):
            out.append(f"licence {x.state}: number not in its line")
        if x.expires and not any(norm(f) in page for f in date_forms(x.expires)):
            out.append(f"licence {x.state}: expiry {x.expires} not on the page")
    return out

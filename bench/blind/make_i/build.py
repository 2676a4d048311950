"""Build blind set i: render every resume, check the truth against the page text, write truth.jsonl.

usage: .venv/bin/python bench/blind/make_i/build.py [--truth-only]
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

import html_pages
import optics
import text_files
import word_docs
from bullets import pad
from model import Person
from people_allied import allied_people
from people_rn import rn_people

OUT = Path(__file__).resolve().parent.parent / "i"

# (key, format, layout, extension, extra): photos/scans name the page design they were made from
PLAN: list[tuple[str, str, str, str, dict[str, Any]]] = [
    ("i01", "pdf", "canva", "pdf", {}),
    ("i02", "pdf", "lo-export:dx-leaders", "pdf", {}),
    ("i03", "pdf", "checklist", "pdf", {}),
    ("i04", "pdf", "refscv", "pdf", {}),
    ("i05", "pdf", "cover", "pdf", {}),
    ("i06", "pdf", "lo-export:dx-numbered", "pdf", {}),
    ("i07", "pdf", "oldstyle", "pdf", {}),
    ("i08", "pdf", "hdr2", "pdf", {}),
    ("i09", "pdf", "lo-export:dx-hyperlink", "pdf", {}),
    ("i10", "docx", "dx-hyperlink", "docx", {}),
    ("i11", "docx", "dx-leaders", "docx", {}),
    ("i12", "docx", "dx-cover", "docx", {}),
    ("i13", "docx", "dx-refs", "docx", {}),
    ("i14", "docx", "dx-numbered", "docx", {}),
    ("i15", "docx", "dx-frame", "docx", {}),
    ("i16", "txt", "txt-pdfpaste", "txt", {}),
    ("i17", "txt", "txt-cover", "txt", {}),
    ("i18", "txt", "txt-ascii", "txt", {}),
    ("i19", "photo", "canva", "jpg", {"tone": (120, 84, 52), "tilt": 0.035, "q": 76, "dpi": 190}),
    (
        "i20",
        "photo",
        "oldstyle",
        "jpg",
        {"tone": (170, 170, 165), "tilt": 0.05, "q": 72, "dpi": 200},
    ),
    (
        "i21",
        "photo",
        "checklist",
        "jpg",
        {"tone": (60, 70, 90), "tilt": 0.028, "q": 80, "dpi": 210},
    ),
    (
        "i22",
        "photo",
        "oldstyle",
        "jpg",
        {"tone": (150, 110, 70), "tilt": 0.06, "q": 70, "dpi": 200},
    ),
    ("i23", "photo", "gdocs", "png", {"w": 1366, "h": 930}),
    ("i24", "photo", "viewer", "png", {"w": 1280, "h": 1000}),
    ("i25", "scan", "lo-export:dx-frame", "pdf", {"dpi": 200}),
    ("i26", "scan", "cover", "pdf", {"dpi": 200}),
    ("i27", "scan", "refscv", "pdf", {"dpi": 240}),
    ("i28", "scan", "oldstyle", "pdf", {"dpi": 300}),
    ("i29", "scan", "refscv", "pdf", {"dpi": 200}),
    ("i30", "scan", "canva", "pdf", {"dpi": 250}),
]


def chromium_pdf(src: str, out: Path, tmp: Path) -> None:
    h = tmp / (out.stem + ".html")
    h.write_text(src)
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            h.as_uri(),
        ],
        check=True,
        capture_output=True,
    )


def screenshot(src: str, out: Path, tmp: Path, width: int, height: int) -> None:
    h = tmp / (out.stem + "_shot.html")
    h.write_text(src)
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--window-size={width},{height}",
            f"--screenshot={out}",
            h.as_uri(),
        ],
        check=True,
        capture_output=True,
    )


def lo_pdf(docx: Path, outdir: Path) -> Path:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
        check=True,
        capture_output=True,
    )
    return outdir / (docx.stem + ".pdf")


def pdf_text(pdf: Path) -> tuple[str, int]:
    doc = pdfium.PdfDocument(str(pdf))
    text = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    n = len(doc)
    doc.close()
    return text, n


def docx_text(path: Path) -> str:
    parts: list[str] = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", name):
                x = z.read(name).decode()
                x = re.sub(r"</w:p>|<w:br/>|<w:tab/>|</w:tc>", " ", x)
                parts.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return " ".join(parts)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).lower()


def check(p: Person, text: str) -> None:
    t = norm(text)
    items: list[tuple[str, str]] = [("name", p.name), ("email", p.email), ("phone", p.phone)]
    if p.city:
        items.append(("location", p.city))
    items += [("employer", x) for x in p.employers()] + [("agency", x) for x in p.agencies]
    items += [("licence", x.number) for x in p.licenses] + [("cert", c.name) for c in p.certs]
    items += [("degree", d.degree) for d in p.education] + [
        ("school", d.school) for d in p.education
    ]
    items += [("ehr", x) for x in p.ehr] + [("site", x) for x in p.clinical_sites]
    for label, val in items:
        if norm(val) not in t:
            print(f"CHECK {p.key}: {label}")
    for c in p.certs:
        if c.expires:
            y, m = c.expires.split("-")
            if y not in c.text and y[2:] not in c.text:
                print(f"CHECK {p.key}: cert expiry {c.name}")
    yrs = p.years()
    if p.stated_years is not None and yrs is not None and abs(yrs - p.stated_years) > 1:
        print(f"CHECK {p.key}: stated years")


def truth(p: Person, fname: str, fmt: str, layout: str) -> dict[str, object]:
    slug = p.name.split()[-1].lower() + "-" + p.discipline.lower().replace("-", "")
    return {
        "file": fname,
        "key": slug,
        "format": fmt,
        "layout": layout,
        "name": p.name,
        "email": p.email,
        "phone": p.phone,
        "location": p.city,
        "discipline": p.discipline,
        "specialties": p.specialties,
        "licenses": [x.truth() for x in p.licenses],
        "certifications": [c.truth() for c in p.certs],
        "years_experience": p.years(),
        "education": [{"degree": d.degree, "school": d.school} for d in p.education],
        "employers": p.employers(),
        "ehr_systems": p.ehr,
        "agencies": p.agencies,
        "clinical_sites": p.clinical_sites,
        "notes": p.notes,
    }


def main() -> None:
    truth_only = "--truth-only" in sys.argv
    people = {p.key: p for p in rn_people() + allied_people()}
    for p in people.values():
        pad(p, 1 if p.key == "i21" else 2 if p.key in ("i19", "i20", "i22", "i30", "i03") else 3)
    OUT.mkdir(exist_ok=True)
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for key, fmt, layout, ext, extra in PLAN:
            p = people[key]
            fname = f"{key}.{ext}"
            lines.append(json.dumps(truth(p, fname, fmt, layout), ensure_ascii=False))
            if truth_only:
                continue
            out = OUT / fname
            design = layout.split(":")[-1]
            src_pdf = tmp / f"{key}_src.pdf"
            if design in html_pages.DESIGNS:
                chromium_pdf(html_pages.DESIGNS[design](p), src_pdf, tmp)
            elif design in word_docs.LAYOUTS:
                dx = tmp / f"{key}.docx"
                word_docs.LAYOUTS[design](p).save(str(dx))
                if fmt == "docx":
                    shutil.copy(dx, out)
                    check(p, docx_text(dx))
                    continue
                src_pdf = lo_pdf(dx, tmp)
            elif design in text_files.TEXTS:
                out.write_text(text_files.TEXTS[design](p))
                check(p, out.read_text())
                continue
            elif design in html_pages.SCREENS:
                src = html_pages.SCREENS[design](p)
                chromium_pdf(src, src_pdf, tmp)
                check(p, pdf_text(src_pdf)[0])
                screenshot(src, out, tmp, int(extra["w"]), int(extra["h"]))
                continue
            text, npages = pdf_text(src_pdf)
            check(p, text)
            print(f"{key}: {npages} page(s)")
            if fmt == "pdf":
                shutil.copy(src_pdf, out)
            elif fmt == "photo":
                if npages != 1:
                    print(f"CHECK {key}: photo source has {npages} pages")
                pg = optics.render(src_pdf, int(extra["dpi"]))[0]
                optics.photo(
                    pg, out, int(key[1:]), extra["tone"], float(extra["tilt"]), int(extra["q"])
                )
            elif fmt == "scan":
                dpi = int(extra["dpi"])
                optics.scan(optics.render(src_pdf, dpi), out, int(key[1:]), dpi)
    (OUT / "truth.jsonl").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

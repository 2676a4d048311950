"""Build set j: render every resume, write truth.jsonl, check truth against each page's text.

usage: python bench/blind/make_j/build.py [--truth-only]
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import zipfile
from html import unescape
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

import html_pages
import optics
import text_files
import word_docs
from bullets import fill
from model import Person, years
from people_allied import ALLIED
from people_rn import RN

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "j"
PEOPLE = {p.key: p for p in RN + ALLIED}

# file, person, format, layout, options
PLAN: list[tuple[str, str, str, str, dict]] = [
    ("j01.pdf", "achterberg-travel-icu", "pdf", "traveltable", {}),
    ("j02.docx", "breckenridge-er-charge", "docx", "dx-capsrules", {}),
    ("j03.txt", "abernathy-kim-onc", "txt", "txt-quoted-reply", {}),
    (
        "j04.jpg",
        "ferreira-banks-nicu",
        "photo",
        "band",
        dict(
            desk_rgb=(120, 84, 52),
            fill=0.80,
            tilt=-2.5,
            keystone=0.06,
            curl_amp=0,
            dim=0.62,
            warm=0.28,
            shadow=False,
            quality=62,
            width=1500,
        ),
    ),
    ("j05.pdf", "whitcombe-or", "scan", "plainserif", dict(dpi=150, skew=0.8)),
    ("j06.pdf", "whitlock-pt-functional", "pdf", "functional", {}),
    ("j07.docx", "lindqvist-ld-compact", "docx", "dx-certtable", {}),
    (
        "j08.jpg",
        "quintanilla-shaw-lvn",
        "photo",
        "plainserif",
        dict(
            desk_rgb=(170, 170, 165),
            fill=0.72,
            tilt=1.8,
            keystone=0.08,
            curl_amp=0,
            dim=0.95,
            warm=0.05,
            shadow=True,
            quality=66,
            width=1450,
        ),
    ),
    ("j09.pdf", "marchetti-psych", "scan", "band", dict(dpi=240, skew=-1.3, stamp=True)),
    ("j10.pdf", "beaumont-sayers-pharm", "pdf", "academic", {}),
    ("j11.docx", "achebe-larkin-pacu", "docx", "dx-2col", {}),
    ("j12.txt", "buckminster-lpn", "txt", "txt-indeed", {}),
    ("j13.png", "garrido-stokes-cath", "photo", "mobile-viewer", dict(source="gdocs")),
    (
        "j14.pdf",
        "ng-pt-inpatient-rehab",
        "scan",
        "academic",
        dict(dpi=220, skew=0.5, break_before="Continuing Education"),
    ),
    ("j15.pdf", "holloway-nakamura-tele-or-wa", "pdf", "prose", {}),
    ("j16.docx", "vasquez-holm-pta", "docx", "dx-jobtable", {}),
    ("j17.txt", "marsh-abiodun-cota", "txt", "txt-terse", {}),
    (
        "j18.jpg",
        "oduya-ot-snf-hh",
        "photo",
        "gdocs",
        dict(
            desk_rgb=(60, 66, 74),
            fill=0.86,
            tilt=3.2,
            keystone=0.05,
            curl_amp=26,
            dim=0.85,
            warm=0.12,
            shadow=False,
            quality=58,
            width=1400,
        ),
    ),
    ("j19.pdf", "apostolou-rph-retail", "scan", "functional", dict(dpi=300, skew=1.7)),
    ("j20.pdf", "salazar-pryce-ot-schools", "pdf", "verticalname", {}),
    ("j21.docx", "lemalu-grant-slp-schools", "docx", "dx-headtable", {}),
    ("j22.png", "pemberton-wu-rt-neo", "photo", "ats", {}),
    ("j23.pdf", "abara-lowe-radtech", "scan", "verticalname", dict(dpi=200, skew=-0.4)),
    ("j24.pdf", "castellanos-newgrad", "pdf", "newgrad", {}),
    ("j25.docx", "galloway-park-surgtech", "docx", "dx-leaders", {}),
    (
        "j26.jpg",
        "anyanwu-mri",
        "photo",
        "certline",
        dict(
            desk_rgb=(200, 190, 170),
            fill=0.68,
            tilt=-4.0,
            keystone=0.12,
            curl_amp=18,
            dim=0.78,
            warm=0.2,
            shadow=True,
            quality=55,
            width=1600,
        ),
    ),
    ("j27.pdf", "haverford-psg", "scan", "gdocs", dict(dpi=175, skew=1.1)),
    ("j28.pdf", "olawale-frost-slp-adult", "pdf", "ledger", {}),
    ("j29.pdf", "renwick-dialysis", "pdf", "gdocs", {}),
    ("j30.pdf", "tallis-moreau-rt", "pdf", "certline", {}),
]


def chromium(args: list[str]) -> None:
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
        check=True,
        capture_output=True,
    )


def print_pdf(html: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "page.html"
        src.write_text(html, encoding="utf-8")
        chromium(["--no-pdf-header-footer", f"--print-to-pdf={out}", src.as_uri()])


def raster(pdf: Path, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf))
    return [doc[i].render(scale=dpi / 72).to_pil() for i in range(len(doc))]


def pdf_text(pdf: Path) -> str:
    doc = pdfium.PdfDocument(str(pdf))
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def docx_text(path: Path) -> str:
    """The text of every paragraph in the body, tables, headers, footers and text boxes."""
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                xml = z.read(name).decode("utf-8")
                for para in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
                    bits = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(tab|br)/>", para)
                    out.append(unescape("".join(t or (" " if k else "") for t, k in bits)))
    return "\n".join(out)


def source_html(p: Person, design: str, opts: dict) -> str:
    fn = html_pages.DESIGNS[design]
    if design == "academic" and "break_before" in opts:
        return html_pages.academic(p, break_before=opts["break_before"])
    return fn(p)


def render(fname: str, p: Person, fmt: str, layout: str, opts: dict, work: Path) -> str:
    """Write the file; return the text of the page before any camera (for the check)."""
    out = OUT / fname
    if fmt == "pdf":
        print_pdf(source_html(p, layout, opts), out)
        return pdf_text(out)
    if fmt == "docx":
        word_docs.LAYOUTS[layout](p, str(out))
        return docx_text(out)
    if fmt == "txt":
        fn = {
            "txt-indeed": text_files.indeed,
            "txt-quoted-reply": text_files.quoted_reply,
            "txt-terse": text_files.terse,
        }[layout]
        out.write_text(fn(p), encoding="utf-8")
        return out.read_text(encoding="utf-8")
    src_pdf = work / (fname + ".src.pdf")
    if layout == "ats":
        html = html_pages.ats(p)
        print_pdf(html, src_pdf)
        with tempfile.TemporaryDirectory() as td:
            f = Path(td) / "ats.html"
            f.write_text(html, encoding="utf-8")
            chromium(["--window-size=1440,1240", f"--screenshot={out}", f.as_uri()])
        return pdf_text(src_pdf)
    if layout == "mobile-viewer":
        print_pdf(source_html(p, opts["source"], opts), src_pdf)
        last = p.name.split()[-1]
        optics.mobile_viewer(raster(src_pdf, 150)[0], f"{last}_Resume.pdf", str(out))
        return pdf_text(src_pdf)
    print_pdf(source_html(p, layout, opts), src_pdf)
    seed = int(fname[1:3])
    if fmt == "photo":
        cam = {k: v for k, v in opts.items()}
        optics.photo(raster(src_pdf, 210)[0], seed, path=str(out), **cam)
    else:
        pages = raster(src_pdf, opts["dpi"])
        optics.scan(
            pages,
            seed,
            dpi=opts["dpi"],
            skew=opts["skew"],
            path=str(out),
            stamp=opts.get("stamp", False),
        )
    return pdf_text(src_pdf)


def truth(fname: str, p: Person, fmt: str, layout: str) -> dict:
    agencies: list[str] = []
    employers: list[str] = []
    for j in p.jobs:
        if j.agency and j.agency not in agencies:
            agencies.append(j.agency)
        if j.employer not in employers:
            employers.append(j.employer)
    return {
        "file": fname,
        "key": p.key,
        "format": fmt,
        "layout": layout,
        "name": p.name,
        "email": p.email,
        "phone": p.phone,
        "location": p.city,
        "discipline": p.discipline,
        "specialties": p.specialties,
        "licenses": [
            {
                "state": lc.state,
                "type": lc.type,
                "number": lc.number,
                "compact": lc.compact,
                "expires": lc.expires,
            }
            for lc in p.licenses
        ],
        "certifications": [
            {k: v for k, v in (("name", c.name), ("issuer", c.issuer), ("expires", c.expires)) if v}
            for c in p.certs
        ],
        "years_experience": years(p),
        "education": [{"degree": e.degree, "school": e.school} for e in p.edu],
        "employers": employers,
        "ehr_systems": p.ehr,
        "agencies": agencies,
        "clinical_sites": [s for _, s, _ in p.rotations],
        "notes": p.notes,
    }


def norm(s: str) -> str:
    s = (
        s.replace("\ufb01", "fi")
        .replace("\ufb02", "fl")
        .replace("\ufb00", "ff")
        .replace("\ufb03", "ffi")
        .replace("\u00a0", " ")
        .replace("\r", "")
    )
    s = re.sub(r"-\n", "-", s)
    return re.sub(r"\s+", " ", s).lower()


def check(fname: str, p: Person, t: dict, text: str) -> int:
    page = norm(text)
    want: list[tuple[str, str]] = [("name", p.name), ("email", p.email), ("phone", p.phone)]
    if p.city:
        want.append(("location", p.city))
    want += [("employer", e) for e in t["employers"]] + [("agency", a) for a in t["agencies"]]
    want += [("licence", lc.number) for lc in p.licenses if lc.number]
    want += [("licence text", lc.text) for lc in p.licenses]
    want += [("cert", c.name) for c in p.certs]
    want += [("school", e.school) for e in p.edu] + [("degree", e.degree) for e in p.edu]
    want += [("ehr", e) for e in p.ehr] + [("site", s) for s in t["clinical_sites"]]
    bad = 0
    for label, v in want:
        if norm(v) not in page:
            print(f"CHECK {fname}: {label} {v!r}")
            bad += 1
    for c in p.certs:
        if c.expires:
            y = c.expires[:4]
            if not (y in c.text or y[2:] in c.text or c.issued):
                print(f"CHECK {fname}: expiry year of {c.name} not in its printed line")
                bad += 1
    for lc in p.licenses:
        if lc.compact and not re.search(r"multistate|compact|nlc", lc.text, re.I):
            print(f"CHECK {fname}: compact licence not called compact")
            bad += 1
    return bad


def main() -> int:
    truth_only = "--truth-only" in sys.argv
    OUT.mkdir(exist_ok=True)
    lines, bad = [], 0
    with tempfile.TemporaryDirectory() as td:
        for fname, key, fmt, layout, opts in PLAN:
            p = PEOPLE[key]
            fill(p)
            t = truth(fname, p, fmt, layout)
            lines.append(json.dumps(t, ensure_ascii=False))
            if not truth_only:
                text = render(fname, p, fmt, layout, opts, Path(td))
                bad += check(fname, p, t, text)
    (OUT / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} truth lines, {bad} check misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""Build set k: render every resume, check the truth against the rendered text, write truth.jsonl.

usage: python bench/blind/make_k/build.py [--truth-only] [--only k01,k02]

The check reads the page as rendered BEFORE any camera or scanner (pypdfium2 text of the Chromium
PDF, the WordprocessingML of every part of a .docx, the .txt itself) and prints
`CHECK file: label value` for a truth value it cannot find.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pypdfium2 as pdfium  # noqa: E402

import optics  # noqa: E402
from model import MONTH_NAMES, MONTHS, Person, ym  # noqa: E402
from pages import DESIGNS  # noqa: E402
from people_allied import PEOPLE as ALLIED  # noqa: E402
from people_rn import PEOPLE as RNS  # noqa: E402
from textfiles import LAYOUTS as TXT  # noqa: E402
from worddocs import LAYOUTS as DOCX  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "k")
CHROME = "chromium"

PHOTO = {
    "k17.jpg": dict(
        surface="clipboard",
        out_w=2200,
        fill=0.86,
        angle=-3.5,
        keystone=0.06,
        quality=62,
        clip=True,
        light=0.35,
    ),
    "k18.jpg": dict(
        surface="kitchen",
        out_w=3000,
        fill=0.9,
        angle=2.2,
        keystone=0.04,
        quality=68,
        thumb="left",
        light=0.25,
    ),
    "k19.jpg": dict(
        surface="desk", out_w=1800, fill=0.8, angle=-5.5, keystone=0.08, quality=58, light=0.3
    ),
    "k20.jpg": dict(
        surface="counter",
        out_w=2000,
        fill=0.78,
        angle=4.0,
        keystone=0.05,
        quality=55,
        crease=True,
        thumb="bottom",
        light=0.45,
    ),
    "k21.jpg": dict(
        surface="kitchen", out_w=2400, fill=0.62, angle=-1.8, keystone=0.1, quality=60, light=0.5
    ),
    "k22.jpg": dict(
        surface="bed",
        out_w=2000,
        fill=0.74,
        angle=5.8,
        keystone=0.05,
        quality=52,
        motion=4,
        light=0.3,
    ),
}
SCAN = {
    "k25.pdf": dict(dpi=200, skew=0.9, bilevel=True, speckle=700),
    "k26.pdf": dict(dpi=200, skew=-0.6),
    "k27.pdf": dict(dpi=240, skew=1.1, low_contrast=True),
    "k28.pdf": dict(dpi=300, skew=-0.4, holes=True, dark_border=True),
    "k29.pdf": dict(dpi=150, skew=1.8),
    "k30.pdf": dict(dpi=175, skew=-1.2, speckle=1500),
}
SHOTS = {"k23.png": (430, 870, 2), "k24.png": (1280, 1720, 1)}


def chrome_pdf(html: str, pdf_path: str) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(html)
        src = fh.name
    subprocess.run(
        [
            CHROME,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf_path}",
            f"file://{src}",
        ],
        check=True,
        capture_output=True,
    )
    os.unlink(src)


def chrome_shot(html: str, png_path: str, w: int, h: int, scale: int) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(html)
        src = fh.name
    subprocess.run(
        [
            CHROME,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--window-size={w},{h}",
            f"--force-device-scale-factor={scale}",
            f"--screenshot={png_path}",
            f"file://{src}",
        ],
        check=True,
        capture_output=True,
    )
    os.unlink(src)


def pdf_text(path: str) -> str:
    doc = pdfium.PdfDocument(path)
    parts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    return "\n".join(parts)


def docx_text(path: str) -> str:
    import html as _h

    out = []
    pat = r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(</w:p>)|(</w:tc>)|(<w:tab/>)|(<w:br/>)"
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                xml = z.read(name).decode("utf-8")
                for txt, para, _cell, _tab, br in re.findall(pat, xml):
                    out.append(txt if txt else "\n" if para or br else "\t")
                out.append("\n")
    return _h.unescape("".join(out))


def norm(s: str) -> str:
    s = (
        unicodedata.normalize("NFKC", s)
        .replace("\u00ad", "")
        .replace("\ufffe", "")
        .replace("\x02", "")
    )
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s).replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def check(p: Person, text: str) -> list[str]:
    t = norm(text)
    miss = []

    def need(label: str, value: str | None) -> None:
        if value and norm(value) not in t:
            miss.append(f"{label} {value!r}")

    need("name", p.name)
    need("email", p.email)
    need("phone", p.phone)
    if p.city:
        need("city", p.city.split(",")[0])
    for emp in p.employers:
        need("employer", emp)
    for ag in p.agencies:
        need("agency", ag)
    for lic in p.lics:
        need("licence", lic.number)
        if lic.compact and not re.search(r"compact|multistate", t):
            miss.append(f"compact word for {lic.state}")
    for c in p.certs:
        m = re.match(r"ARRT \((\w+)\)", c.name)
        keys = ["arrt", f"({m.group(1).lower()})"] if m else [norm(c.name)]
        for k in keys:
            if not re.search(r"(?<![a-z])" + re.escape(k) + r"(?![a-z])", t):
                miss.append(f"cert {c.name!r}")
        if c.expires:
            y, mo = ym(c.expires)
            months = [
                f"{mo:02d}/",
                f"{mo}/",
                MONTHS[mo - 1].lower(),
                MONTH_NAMES[mo - 1].lower(),
                f"-{mo:02d}",
            ]
            ok = False
            for hit in re.finditer(r"(?<![a-z])" + re.escape(keys[0]) + r"(?![a-z])", t):
                win = t[hit.start() : hit.start() + 260]
                if str(y) in win and any(x in win for x in months):
                    ok = True
            if not ok:
                miss.append(f"cert expiry {c.name} {c.expires}")
    for ed in p.edu:
        need("degree", ed.degree)
        need("school", ed.school)
    for x in p.ehr_printed:
        need("ehr", x)
    for x in p.ehr:
        need("ehr-truth", x)
    for x in p.clinical_sites:
        need("site", x)
    return miss


def build(p: Person, truth_only: bool) -> list[str]:
    dst = os.path.join(OUT, p.file)
    tmp = tempfile.mkdtemp()
    if p.fmt == "txt":
        text = TXT[p.layout](p)
        if not truth_only:
            with open(dst, "w", encoding="utf-8") as fh:
                fh.write(text)
        return check(p, text)
    if p.fmt == "docx":
        path = dst if not truth_only else os.path.join(tmp, "x.docx")
        DOCX[p.layout](p, path)
        return check(p, docx_text(path))
    html = DESIGNS[p.layout](p)
    src_pdf = dst if p.fmt == "pdf" and not truth_only else os.path.join(tmp, "src.pdf")
    chrome_pdf(html, src_pdf)
    miss = check(p, pdf_text(src_pdf))
    if truth_only or p.fmt == "pdf":
        return miss
    if p.file in SHOTS:
        w, h, s = SHOTS[p.file]
        chrome_shot(html, dst, w, h, s)
    elif p.file in PHOTO:
        kw = PHOTO[p.file]
        pg = optics.render_pages(src_pdf, 200)[0]
        optics.photo(pg, dst, seed=int(p.file[1:3]), **kw)
    else:
        kw = SCAN[p.file]
        pages = optics.render_pages(src_pdf, kw["dpi"])
        optics.scan(pages, dst, seed=int(p.file[1:3]), **kw)
    return miss


def main(argv: list[str]) -> int:
    truth_only = "--truth-only" in argv
    only = None
    for a in argv:
        if a.startswith("--only="):
            only = set(a.split("=", 1)[1].split(","))
    os.makedirs(OUT, exist_ok=True)
    people = sorted(RNS + ALLIED, key=lambda x: x.file)
    assert len({x.file for x in people}) == len(people) == 30, len(people)
    misses = 0
    for p in people:
        if only and p.file[:3] not in only:
            continue
        for m in build(p, truth_only):
            print(f"CHECK {p.file}: {m}")
            misses += 1
    if not only:
        with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
            for p in people:
                fh.write(json.dumps(p.truth(), ensure_ascii=False) + "\n")
    print(f"{misses} misses")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

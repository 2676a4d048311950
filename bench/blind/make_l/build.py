"""Build set l: render every person's page, check the truth values against the rendered text, make the
final file (pdf / docx / doc / txt / photo / scan) and write truth.jsonl.

usage: python bench/blind/make_l/build.py [--truth-only] [--only l05,l17]
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pypdfium2 as pdfium

import optics
from model import MONTHS, MONTHS_LONG, Person, degree_lines, write_truth
from pages import CHROME
from people_allied import ALLIED
from people_rn import RN
from rlpages import RL
from textfiles import TEXT
from typeset import TYPST
from worddocs import WORD

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "l"
WORK = Path("/tmp/blindl_work")
LO_PROFILE = "file:///tmp/blindl_lo_profile"

PEOPLE: list[Person] = sorted(RN + ALLIED, key=lambda p: p.file)

# camera settings for the photos; scanner settings for the scans
PHOTO = {
    "l17": dict(
        bg="wood", rotate=-3.2, keystone=0.06, fill=0.86, out_width=2400, blur=0.8, quality=68
    ),
    "l18": dict(
        bg="linen", rotate=4.5, keystone=0.04, fill=0.80, out_width=2000, blur=0.9, quality=60
    ),
    "l19": dict(
        bg="slate", rotate=-1.4, keystone=0.09, fill=0.90, out_width=3000, blur=1.2, quality=72
    ),
    "l20": dict(
        bg="deskmat", rotate=5.8, keystone=0.05, fill=0.84, out_width=2600, blur=0.9, quality=55
    ),
    "l21": dict(
        bg="carpet", rotate=-5.0, keystone=0.03, fill=0.84, out_width=1900, blur=0.6, quality=66
    ),
    "l22": dict(
        bg="cardboard",
        rotate=2.3,
        keystone=0.07,
        fill=0.88,
        out_width=2300,
        blur=0.8,
        quality=52,
        motion=4,
    ),
    "l23": dict(
        bg="wood",
        rotate=1.1,
        keystone=0.11,
        fill=0.90,
        out_width=2800,
        blur=1.3,
        quality=74,
        light=0.5,
    ),
}
SCAN = {
    "l25": dict(dpi=300, skews=[0.6], border=True),
    "l26": dict(dpi=200, skews=[-0.9], bilevel=True, speckle=0.35),
    "l27": dict(dpi=200, skews=[0.4, -0.7]),
    "l28": dict(dpi=240, skews=[-0.5], contrast=(95, 222)),
    "l29": dict(dpi=150, skews=[2.0]),
    "l30": dict(dpi=175, skews=[-1.2], speckle=0.6),
}


# ---------------------------------------------------------------- rendering
def run(cmd: list[str]) -> None:
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr[-800:]}")


def soffice(src: Path, fmt: str) -> Path:
    run(
        [
            "soffice",
            f"-env:UserInstallation={LO_PROFILE}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(src.parent),
            str(src),
        ]
    )
    return src.with_suffix("." + fmt.split(":")[0])


def chromium_pdf(html_path: Path, pdf: Path) -> None:
    run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html_path.as_uri(),
        ]
    )


def chromium_png(html_path: Path, png: Path, width: int, height: int, scale: float) -> None:
    run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--force-device-scale-factor={scale}",
            f"--window-size={width},{height}",
            f"--screenshot={png}",
            html_path.as_uri(),
        ]
    )


def render_source(p: Person) -> Path:
    """The page as made by its toolchain: a PDF (or .docx / .txt / .html for those formats)."""
    stem = p.file.split(".")[0]
    d = WORK / stem
    d.mkdir(parents=True, exist_ok=True)
    lay = p.layout
    if lay in WORD:
        docx = d / f"{stem}.docx"
        WORD[lay](p, docx)
        if p.fmt in ("docx", "doc"):
            return docx
        return soffice(docx, "pdf")
    if lay in TYPST:
        pdf = d / f"{stem}.pdf"
        TYPST[lay](p, pdf)
        return pdf
    if lay in RL:
        pdf = d / f"{stem}.pdf"
        RL[lay](p, pdf)
        return pdf
    if lay in CHROME:
        page = d / f"{stem}.html"
        page.write_text(CHROME[lay](p), encoding="utf-8")
        pdf = d / f"{stem}.pdf"
        chromium_pdf(page, pdf)
        return pdf if p.fmt != "photo" or lay != "ch-portal" else page
    if lay in TEXT:
        txt = d / f"{stem}.txt"
        txt.write_text(TEXT[lay](p), encoding="utf-8")
        return txt
    raise KeyError(lay)


# ---------------------------------------------------------------- text of a rendered page
def page_text(src: Path) -> str:
    if src.suffix == ".pdf":
        doc = pdfium.PdfDocument(str(src))
        parts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
        doc.close()
        return "\n".join(parts)
    if src.suffix == ".docx":
        out = []
        with zipfile.ZipFile(src) as z:
            for name in sorted(z.namelist()):
                if name.startswith("word/") and name.endswith(".xml"):
                    xml = z.read(name).decode("utf8")
                    xml = re.sub(r"</w:p>", "\n", xml)
                    xml = re.sub(r"<w:tab/>", "\t", xml)
                    xml = re.sub(r"<w:br/>", "\n", xml)
                    out.append(html.unescape(re.sub(r"<[^>]+>", "", xml)))
        return "\n".join(out)
    if src.suffix == ".html":
        t = re.sub(r"<style>.*?</style>", " ", src.read_text(), flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", " ", t))
    return src.read_text(encoding="utf-8")


def norm(t: str) -> str:
    t = unicodedata.normalize("NFKC", t)
    t = t.replace("\u2019", "'").replace("\u00a0", " ").replace("\ufffe", "-").replace("\u00ad", "")
    t = re.sub("[\u2010-\u2015\u2212]", "-", t)
    return re.sub(r"\s+", " ", t).strip().lower()


def exp_ok(text: str, ymv: str) -> bool:
    y, m = ymv.split("-")
    mi = int(m)
    if y not in text:
        return False
    pats = [rf"\b0?{mi}/(\d\d/)?{y}", rf"\b{y}-{m}\b", rf"\b{m}\.{y}"]
    if any(re.search(x, text) for x in pats):
        return True
    low = text.lower()
    names = [MONTHS_LONG[mi - 1].lower(), MONTHS[mi - 1].lower()]
    if mi == 9:
        names.append("sept")
    return any(re.search(rf"\b{n}\b\.?,? (\d\d?, )?{y}", low) for n in names)


def check(p: Person, src: Path) -> list[str]:
    text = norm(page_text(src))
    miss = []

    def need(label, value):
        if value and norm(value) not in text:
            miss.append(f"{label}: {value}")

    need("name", p.name)
    need("email", p.email)
    need("phone", p.phone)
    if p.location:
        need("city", p.city)
        if p.st not in page_text(src):
            miss.append(f"state: {p.st}")
    for x in p.employers:
        need("employer", x)
    for x in p.agencies:
        need("agency", x)
    for lic in p.licenses:
        need("licence number", lic.number)
        need("licence type", lic.printed)
        if lic.expires:
            need("licence expiry", lic.exp_text)
            if not exp_ok(lic.exp_text, lic.expires):
                miss.append(f"licence expiry wording {lic.exp_text!r} != {lic.expires}")
    if (
        any(lic.compact for lic in p.licenses)
        and "compact" not in text
        and "multistate" not in text
    ):
        miss.append("compact wording")
    for c in p.certs:
        need("cert", c.name)
        if c.expires:
            need("cert expiry", c.exp_text)
            if not exp_ok(c.exp_text, c.expires):
                miss.append(f"cert expiry wording {c.exp_text!r} != {c.expires}")
        elif c.exp_text:
            miss.append(f"undated cert has wording: {c.name}")
    for e in p.education:
        for line in degree_lines(e):
            need("degree", line)
        need("school", e.school)
    for x in p.ehr_printed:
        need("ehr", x)
    for r in p.rotations:
        need("rotation site", r.site)
    return miss


# ---------------------------------------------------------------- final files
def make_final(p: Person, src: Path) -> None:
    stem = p.file.split(".")[0]
    dest = OUT / p.file
    if p.fmt in ("pdf", "docx", "txt"):
        shutil.copyfile(src, dest)
    elif p.fmt == "doc":
        doc = soffice(src, "doc")
        shutil.copyfile(doc, dest)
        back = soffice(doc, "txt:Text")
        miss = check(p, back)
        for m in miss:
            print(f"CHECK {p.file} (.doc text): {m}")
    elif p.fmt == "photo" and p.layout == "ch-portal":
        chromium_png(src, dest, 1280, 1900, 1.25)
    elif p.fmt == "photo":
        if optics.n_pages(src) != 1:
            print(f"CHECK {p.file}: photo source has {optics.n_pages(src)} pages")
        page = optics.rasterize(src, 200)[0]
        optics.camera(page, dest, seed=int(stem[1:]) * 7919, **PHOTO[stem])
    elif p.fmt == "scan":
        cfg = dict(SCAN[stem])
        dpi = cfg.pop("dpi")
        skews = cfg.pop("skews")
        pages = optics.rasterize(src, dpi)
        if len(pages) != len(skews):
            print(f"CHECK {p.file}: scan source has {len(pages)} pages, expected {len(skews)}")
        out = [
            optics.scan_page(pg, seed=int(stem[1:]) * 104729 + i, skew=skews[i % len(skews)], **cfg)
            for i, pg in enumerate(pages)
        ]
        optics.save_scan_pdf(out, dest, dpi)
    else:
        raise KeyError(p.fmt)


def main(argv: list[str]) -> int:
    OUT.mkdir(exist_ok=True)
    only = None
    for a in argv:
        if a.startswith("--only="):
            only = set(a.split("=", 1)[1].split(","))
    if "--truth-only" not in argv:
        WORK.mkdir(exist_ok=True)
        for p in PEOPLE:
            stem = p.file.split(".")[0]
            if only and stem not in only:
                continue
            src = render_source(p)
            for m in check(p, src):
                print(f"CHECK {p.file}: {m}")
            if p.layout in ("ty-twopage", "ch-timeline") and optics.n_pages(src) != 2:
                print(f"CHECK {p.file}: expected two pages, got {optics.n_pages(src)}")
            make_final(p, src)
            print(f"built {p.file} ({p.fmt}, {p.layout})")
    write_truth(PEOPLE, OUT / "truth.jsonl")
    print(f"truth: {len(PEOPLE)} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

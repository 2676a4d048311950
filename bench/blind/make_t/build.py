"""Build set t: render every resume, write truth.jsonl, check every truth value against the rendered text.

usage: /work/blindt-tools/bin/python bench/blind/make_t/build.py [--truth-only] [--only t05,t22]
Intermediate files (HTML, source PDFs, page PNGs, extracted text) go to $BLINDT_WORK (/tmp/blindt-build).
"""

import io
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import img2pdf
import numpy as np
from PIL import Image

import optics
import render_docx
import render_html
from model import years
from people_a import P as PA
from people_b import P as PB

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "t"
WORK = Path(os.environ.get("BLINDT_WORK", "/tmp/blindt-build"))
PEOPLE = PA + PB
WORD_DESIGNS = {"word_cv", "word_functional", "word_classic_pdf"}
SCORE = HERE.parents[2] / ".." / "shared" / "eval" / "score.py"


def sh(*cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def chromium_pdf(html_text, pdf):
    src = pdf.with_suffix(".html")
    src.write_text(html_text, encoding="utf-8")
    sh(
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        src.as_uri(),
    )


def chromium_shot(html_text, png, width=360, height=2600, scale=3):
    src = png.with_suffix(".html")
    src.write_text(html_text, encoding="utf-8")
    sh(
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        f"--force-device-scale-factor={scale}",
        f"--window-size={width},{height}",
        f"--screenshot={png}",
        src.as_uri(),
    )


def soffice(src, fmt, outdir):
    sh("soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(src))


def pages(pdf, dpi):
    stem = pdf.with_name(pdf.stem + f"-{dpi}")
    for old in pdf.parent.glob(stem.name + "-*.png"):
        old.unlink()
    sh("pdftoppm", "-r", str(dpi), "-png", str(pdf), str(stem))
    return [Image.open(p) for p in sorted(pdf.parent.glob(stem.name + "-*.png"))]


def pdf_text(pdf):
    return (
        sh("pdftotext", "-layout", str(pdf), "-").stdout
        + "\n"
        + sh("pdftotext", "-raw", str(pdf), "-").stdout
    )


def docx_text(path):
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(w + "p"):
                    out.append(
                        "".join(
                            "\t" if t.tag == w + "tab" else (t.text or "")
                            for t in p.iter()
                            if t.tag in (w + "t", w + "tab")
                        )
                    )
    return "\n".join(out)


def source_pdf(r, stem):
    """The PDF a page design prints to (for pdf files, and the source of photos and scans)."""
    pdf = WORK / f"{stem}.pdf"
    if r.design in WORD_DESIGNS:
        docx = WORK / f"{stem}.docx"
        render_docx.build(r, docx)
        soffice(docx, "pdf", WORK)
    else:
        chromium_pdf(render_html.DESIGNS[r.design](r), pdf)
    return pdf


def build_file(r):
    stem = Path(r.file).stem
    dest = OUT / r.file
    rng = np.random.default_rng(int(stem[1:]) * 7919)
    texts = []
    if r.fmt == "pdf":
        pdf = source_pdf(r, stem)
        shutil.copy(pdf, dest)
        texts.append(pdf_text(pdf))
    elif r.fmt == "docx":
        render_docx.build(r, dest)
        texts.append(docx_text(dest))
    elif r.fmt == "doc":
        docx = WORK / f"{stem}.docx"
        render_docx.build(r, docx)
        soffice(docx, "doc:MS Word 97", WORK)
        shutil.copy(WORK / f"{stem}.doc", dest)
        texts.append(docx_text(docx))
        soffice(dest, "txt:Text (encoded):UTF8", WORK)
        texts.append((WORK / f"{stem}.txt").read_text(encoding="utf-8-sig"))
    elif r.fmt == "txt":
        dest.write_text(r.text, encoding="utf-8")
        texts.append(r.text)
    elif r.fmt == "photo" and r.design == "app":
        html_text = render_html.DESIGNS["app"](r)
        png = WORK / f"{stem}-raw.png"
        chromium_shot(html_text, png)
        img = Image.open(png).convert("RGB")
        a = np.asarray(img)
        bg = np.array([0xF2, 0xF3, 0xF7])
        rows = np.where(np.abs(a.astype(int) - bg).sum(axis=2).max(axis=1) > 12)[0]
        img = img.crop((0, 0, img.size[0], int(rows.max()) + 1))
        img.save(dest, "PNG", optimize=True)
        chromium_pdf(
            html_text, WORK / f"{stem}-text.pdf"
        )  # the same HTML as a PDF, for the text check
        texts.append(pdf_text(WORK / f"{stem}-text.pdf"))
    elif r.fmt == "photo":
        pdf = source_pdf(r, stem)
        texts.append(pdf_text(pdf))
        page = pages(pdf, 200)[0]
        kw = PHOTO[stem]
        img, q = optics.photo(page, rng, **kw.get("photo", {}))
        if "hand" in kw:
            img = optics.soft_shadow_band(img, rng, *kw["hand"])
        optics.save_jpeg(img, dest, q)
    elif r.fmt == "scan":
        pdf = source_pdf(r, stem)
        texts.append(pdf_text(pdf))
        kw = SCAN[stem]
        imgs = pages(pdf, kw["dpi"])
        blobs = []
        for k, pg in enumerate(imgs):
            if kw["kind"] == "fax":
                im = optics.fax(pg, rng, skew=kw["skew"][k])
                header = r.opts.get("fax")
                if header:
                    im = fax_header(im, header)
                bio = io.BytesIO()
                im.save(bio, "PNG")
                blobs.append(bio.getvalue())
                dpi = kw["dpi"] * 2 // 3
            elif kw["kind"] == "app":
                im = optics.scanner_app(pg, rng)
                check_blank_strip(pg, 0.955, 1.0, stem)
                blobs.append(optics.to_jpeg_bytes(im, 70))
                dpi = kw["dpi"]
            else:
                im = optics.grey_scan(pg, rng, skew=kw["skew"][k])
                blobs.append(optics.to_jpeg_bytes(im, 78))
                dpi = kw["dpi"]
        layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
        dest.write_bytes(img2pdf.convert(blobs, layout_fun=layout))
    else:
        raise ValueError(r.fmt)
    return "\n".join(texts)


def fax_header(im, text):
    from PIL import ImageDraw, ImageFont

    im = im.convert("L")
    f = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf", 15)
    ImageDraw.Draw(im).text((30, 12), text, fill=0, font=f)
    return im.convert("1")


def check_blank_strip(page, y0, y1, stem):
    a = np.asarray(page.convert("L"))
    h = a.shape[0]
    strip = a[int(h * y0) : int(h * y1)]
    assert (strip < 200).sum() == 0, f"{stem}: ink under the watermark strip"


PHOTO = {
    "t22": {
        "photo": dict(
            tilt=-2.5, keystone=0.05, bg="wood", light_at=(0.75, 0.1), blur=0.9, quality=70
        )
    },
    "t23": {
        "photo": dict(
            tilt=3.2, keystone=0.03, bg="grey", light_at=(0.2, 0.8), blur=0.7, quality=66, noise=6
        ),
        "hand": (-300, 1900, 700, 3400),
    },
    "t25": {
        "photo": dict(
            tilt=-4.0, keystone=0.06, bg="cloth", light_at=(0.5, 0.0), blur=1.0, quality=74
        )
    },
    "t26": {
        "photo": dict(
            tilt=1.2,
            keystone=0.02,
            bg="wood",
            light_at=(0.1, 0.5),
            blur=0.6,
            quality=62,
            margin=0.05,
        )
    },
}
SCAN = {
    "t27": {"kind": "grey", "dpi": 200, "skew": [1.1]},
    "t28": {"kind": "fax", "dpi": 150, "skew": [-0.6]},
    "t29": {"kind": "grey", "dpi": 200, "skew": [-0.7, 0.5]},
    "t30": {"kind": "app", "dpi": 150, "skew": [0]},
}


def fold(s):
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[‐-―−]", "-", s)
    s = s.replace("’", "'").replace("ﬁ", "fi").replace("ﬂ", "fl")
    return re.sub(r"\s+", " ", s)


def check(r, text):
    t = r.truth
    hay = fold(unicodedata.normalize("NFKD", text).replace("’", "'"))
    hay = re.sub(r"[\u2010-\u2015\u2212]", "-", hay)
    miss = []

    def need(label, v):
        if v and fold(v) not in hay:
            miss.append((label, v))

    for tok in re.split(r"\s+", t["name"]):
        need("name", tok)
    need("email", t["email"])
    need("phone", t["phone"])
    if t["location"]:
        need("city", t["location"].split(",")[0])
    for e in t["employers"] + t["agencies"] + t["clinical_sites"]:
        need("employer/agency/site", e)
    for lc in t["licenses"]:
        need("licence number", lc["number"])
    for c in t["certifications"]:
        need("cert", c["name"])
        need("issuer", c["issuer"])
    for ed in t["education"]:
        need("degree", ed["degree"])
        need("school", ed["school"])
    for x in t["ehr_systems"]:
        need("ehr", "meditech" if x == "MEDITECH" else x)
    return miss


def truth_line(r):
    t = dict(r.truth)
    line = {"file": r.file, "key": r.key, "format": r.fmt, "layout": r.layout}
    for k in (
        "name",
        "email",
        "phone",
        "location",
        "discipline",
        "specialties",
        "licenses",
        "certifications",
    ):
        line[k] = t[k]
    line["years_experience"] = years(r.licensed)
    for k in ("education", "employers", "ehr_systems", "agencies", "clinical_sites", "notes"):
        line[k] = t[k]
    return line


def main(argv):
    only = None
    for a in argv:
        if a.startswith("--only"):
            only = set(a.split("=", 1)[1].split(","))
    truth_only = "--truth-only" in argv
    WORK.mkdir(parents=True, exist_ok=True)
    OUT.mkdir(exist_ok=True)
    ok = True
    for r in PEOPLE:
        stem = Path(r.file).stem
        if only and stem not in only:
            continue
        if truth_only:
            continue
        text = build_file(r)
        (WORK / f"{stem}.check.txt").write_text(text, encoding="utf-8")
        for label, v in check(r, text):
            ok = False
            print(f"CHECK {r.file}: {label} {v!r}")
        print(f"built {r.file}", flush=True)
    lines = [truth_line(r) for r in PEOPLE]
    with open(OUT / "truth.jsonl", "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    # truth against itself must score 1.000
    res = sh(
        sys.executable, str(SCORE.resolve()), str(OUT / "truth.jsonl"), str(OUT / "truth.jsonl")
    )
    last = res.stdout.strip().splitlines()[-1]
    print("self-score:", last)
    return 0 if ok and last.startswith("overall 1.000") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Build set o: render every resume, check the page text against the truth, write truth.jsonl.

usage: python build.py [--truth-only]
"""

import html
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

import numpy as np
from PIL import Image, ImageDraw, ImageFont

import drawpages
import htmlpages
import mupdfpages
import optics
import textfiles
import wordpages
from people_allied import ALLIED
from people_rn import RN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "o")
WORK = "/tmp/blindo_work"
PEOPLE = {p.key: p for p in RN + ALLIED}

# file, person, format, layout, source design, optics
TABLE = [
    ("o01.pdf", "vantongeren-cvicu-travel", "pdf", "mupdf-story-timeline", "story-timeline", None),
    ("o02.pdf", "nakagawa-pharm-hospital", "pdf", "mupdf-story-icons", "story-icons", None),
    ("o03.pdf", "ferreira-ld", "pdf", "mupdf-canva-sidebar", "canva", None),
    ("o04.pdf", "brennan-pt-outpatient", "pdf", "xhtml2pdf-classic", "x2p-classic", None),
    ("o05.pdf", "mwangi-rt-adult", "pdf", "xhtml2pdf-twocol", "x2p-twocol", None),
    ("o06.pdf", "oyelaran-er", "pdf", "word-export-tabs", "word-tabs", None),
    ("o07.pdf", "okafor-ot-acute", "pdf", "word-export-twocol", "word-twocol", None),
    ("o08.pdf", "lindqvist-picu", "pdf", "lo-draw-flyer", "draw", None),
    ("o09.docx", "pruitt-lpn-ltc", "docx", "docx-header-contact", "docx-header", None),
    ("o10.docx", "castellanos-newgrad", "docx", "docx-gdocs", "docx-gdocs", None),
    ("o11.docx", "vance-slp", "docx", "docx-twocol-table", "docx-twocol", None),
    ("o12.docx", "trujillo-cota", "docx", "docx-tabbed", "docx-tabbed", None),
    ("o13.docx", "dubois-surgtech", "docx", "lo-html-docx", "lo-html", None),
    ("o14.docx", "mbatha-oncology", "docx", "lo-html-docx-tables", "lo-html-tables", None),
    ("o15.txt", "greer-pta-indeed", "txt", "txt-indeed", "indeed", None),
    ("o16.txt", "haddad-tele-linkedin", "txt", "txt-linkedin", "linkedin", None),
    ("o17.txt", "patel-pharm-retail", "txt", "txt-email", "email", None),
    ("o18.jpg", "novak-medsurg-tele", "photo", "photo-wood-perspective", "story-timeline", "wood"),
    ("o19.jpg", "achebe-nicu", "photo", "photo-barrel-lamp-hand", "canva", "barrel"),
    ("o20.jpg", "holloway-radtech", "photo", "photo-motion-lowlight", "x2p-classic", "motion"),
    ("o21.jpg", "larsen-rt-neo", "photo", "photo-folded", "word-tabs", "fold"),
    (
        "o22.jpg",
        "fontaine-pt-homehealth",
        "photo",
        "photo-phone-shadow",
        "word-twocol",
        "phoneshadow",
    ),
    ("o23.jpg", "whitfield-dialysis", "photo", "photo-lowlight-noise", "story-icons", "lowlight"),
    ("o24.png", "briggs-er-mobile", "photo", "mobile-screenshot", "mobile", "mobile"),
    ("o25.pdf", "sorensen-or", "scan", "scan-gray200-jpeg", "x2p-twocol", "gray200"),
    ("o26.pdf", "garza-lvn", "scan", "scan-fax-bilevel", "word-tabs", "fax"),
    ("o27.pdf", "kowalczyk-pacu", "scan", "scan-skew-punch-staple", "word-twocol", "skew"),
    ("o28.pdf", "delacroix-homehealth-2p", "scan", "scan-two-page", "x2p-classic-2p", "twopage"),
    ("o29.pdf", "reyes-sonographer", "scan", "scan-photocopy", "story-icons", "photocopy"),
    (
        "o30.pdf",
        "ashworth-psych-table",
        "scan",
        "scan-word-licence-table",
        "word-tabs-compact",
        "gray200b",
    ),
]


def soffice(args: list[str]) -> None:
    subprocess.run(
        [
            "soffice",
            "--headless",
            "-env:UserInstallation=file:///tmp/blindo_lo",
            *args,
            "--outdir",
            WORK,
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


def docx_text(path: str) -> str:
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)]
    out = []
    for n in parts:
        x = z.read(n).decode("utf8")
        x = re.sub(r"<w:tab/>", "\t", x)
        x = re.sub(r"</w:p>", "\n", x)
        out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)


def pdf_text(path: str) -> tuple[str, int]:
    import pymupdf

    d = pymupdf.open(path)
    return "\n".join(pg.get_text() for pg in d), d.page_count


def make_source(p, design: str, stem: str) -> tuple[str, str]:
    """Render the design; return (path of the document, path of a PDF of it or '' for txt)."""
    base = os.path.join(WORK, stem)
    if design in ("story-timeline", "story-icons"):
        mupdfpages.story_pdf(p, design.split("-")[1], base + ".pdf")
        return base + ".pdf", base + ".pdf"
    if design == "canva":
        mupdfpages.canva_pdf(p, base + ".pdf")
        return base + ".pdf", base + ".pdf"
    if design.startswith("x2p"):
        from xhtml2pdf import pisa

        src = (
            htmlpages.x2p_twocol(p)
            if design == "x2p-twocol"
            else htmlpages.x2p_classic(p, big=design.endswith("2p"))
        )
        with open(base + ".pdf", "wb") as fh:
            assert not pisa.CreatePDF(src, dest=fh).err
        return base + ".pdf", base + ".pdf"
    if design.startswith("word-"):
        if design == "word-twocol":
            wordpages.word_twocol(p, base + ".docx")
        else:
            wordpages.word_tabs(p, base + ".docx", compact_col=design.endswith("compact"))
        soffice(["--convert-to", "pdf:writer_pdf_Export", base + ".docx"])
        return base + ".pdf", base + ".pdf"
    if design == "draw":
        drawpages.draw_fodg(p, base + ".fodg")
        soffice(["--convert-to", "pdf:draw_pdf_Export", base + ".fodg"])
        return base + ".pdf", base + ".pdf"
    if design.startswith("docx-"):
        {
            "docx-header": wordpages.docx_header_contact,
            "docx-gdocs": wordpages.docx_gdocs,
            "docx-twocol": wordpages.docx_twocol_table,
            "docx-tabbed": wordpages.docx_tabbed,
        }[design](p, base + ".docx")
        soffice(["--convert-to", "pdf:writer_pdf_Export", base + ".docx"])
        return base + ".docx", base + ".pdf"
    if design.startswith("lo-html"):
        with open(base + ".html", "w", encoding="utf8") as fh:
            fh.write(htmlpages.lo_html(p, tables=design.endswith("tables")))
        soffice(
            [
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                "docx:MS Word 2007 XML",
                base + ".html",
            ]
        )
        soffice(["--convert-to", "pdf:writer_pdf_Export", base + ".docx"])
        return base + ".docx", base + ".pdf"
    if design in ("indeed", "linkedin", "email"):
        with open(base + ".txt", "w", encoding="utf8") as fh:
            fh.write(getattr(textfiles, design)(p))
        return base + ".txt", ""
    if design == "mobile":
        with open(base + ".html", "w", encoding="utf8") as fh:
            fh.write(htmlpages.mobile(p))
        subprocess.run(
            [
                "chromium",
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--window-size=390,3400",
                "--force-device-scale-factor=3",
                f"--screenshot={base}.png",
                "file://" + base + ".html",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        subprocess.run(
            [
                "chromium",
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={base}.pdf",
                "file://" + base + ".html",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return base + ".png", base + ".pdf"
    raise ValueError(design)


def checks(p, text: str) -> list[str]:
    t = re.sub(r"\s+", " ", unicodedata.normalize("NFKD", text).replace("-\n", "")).lower()
    want = [("name", p.name), ("email", p.email), ("phone", p.phone)]
    if p.address_on_page:
        want.append(("city", p.city))
    if p.street:
        want.append(("street", p.street))
    want += [("employer", x) for x in p.employers()] + [("agency", x) for x in p.agencies()]
    for x in p.lics:
        want += [
            ("lic.number", x.number),
            ("lic.printed", x.printed),
            ("lic.exp", x.exp_text),
            ("lic.state", x.state_name if x.state_name.lower() in t else x.state),
        ]
        if x.compact_text:
            want.append(("lic.compact", x.compact_text.replace("Compact: ", "")))
    for c in p.certs:
        want += [("cert", c.name), ("cert.issuer", c.issuer)]
        if c.expires:
            want.append(("cert.exp", c.exp_text))
    for ed in p.edu:
        want += [("degree", ed.degree), ("school", ed.school)]
    want += [("ehr", x) for x in p.ehr_text] + [("site", x) for x in p.rotations]
    miss = [
        f"{k}: {v}"
        for k, v in want
        if re.sub(r"\s+", " ", unicodedata.normalize("NFKD", v)).lower() not in t
    ]
    if not p.address_on_page and re.search(r"\b\d{5}\b", text):
        miss.append("no-address page prints a ZIP code")
    return miss


def status_bar(png: str, out: str) -> None:
    im = Image.open(png).convert("RGB")
    a = np.asarray(im)
    bg = a[-5, 5]
    rows = np.where(np.abs(a.astype(int) - bg.astype(int)).sum(axis=2).max(axis=1) > 12)[0]
    im = im.crop((0, 0, im.width, min(im.height, int(rows.max()) + 90)))
    bar = Image.new("RGB", (im.width, 141), (21, 94, 117))
    d = ImageDraw.Draw(bar)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 46)
    d.text((90, 45), "9:41", font=f, fill="white")
    d.rounded_rectangle((im.width - 190, 52, im.width - 90, 92), 10, outline="white", width=4)
    d.rectangle((im.width - 184, 58, im.width - 120, 86), fill="white")
    for i in range(4):
        d.rectangle(
            (im.width - 330 + i * 22, 88 - i * 10, im.width - 316 + i * 22, 92), fill="white"
        )
    full = Image.new("RGB", (im.width, im.height + 141))
    full.paste(bar, (0, 0))
    full.paste(im, (0, 141))
    full.save(out, "PNG", optimize=True)


def camera(kind: str, pdf: str, out: str, rng) -> None:
    if kind == "mobile":
        return
    page = optics.render(pdf, 220 if kind != "lowlight" else 200)
    h, w = page.shape[:2]
    if kind == "wood":
        H, W = int(h * 1.15), int(w * 1.25)
        bg = optics.wood(H, W, rng)
        img = optics.place(
            page,
            bg,
            [
                (0.16 * W, 0.04 * H),
                (0.90 * W, 0.10 * H),
                (0.98 * W, 0.97 * H),
                (0.05 * W, 0.90 * H),
            ],
        )
        img = optics.lamp(img, 0.35, 0.3, 0.55)
        img = optics.sensor(img, rng, 3)
        optics.save_jpeg(img, out, 72)
    elif kind == "barrel":
        H, W = int(h * 1.12), int(w * 1.14)
        bg = optics.desk(H, W, rng, (182, 176, 168))
        img = optics.place(
            page,
            bg,
            [
                (0.06 * W, 0.05 * H),
                (0.95 * W, 0.04 * H),
                (0.97 * W, 0.96 * H),
                (0.04 * W, 0.95 * H),
            ],
        )
        img = optics.barrel(img, -0.06)
        img = optics.lamp(img, 0.75, 0.15, 0.7)
        img = optics.shadow(
            img,
            [(0.0 * W, 0.62 * H), (0.30 * W, 0.78 * H), (0.36 * W, 1.0 * H), (0.0 * W, 1.0 * H)],
            0.45,
            40,
        )
        img = optics.sensor(img, rng, 3.5)
        optics.save_jpeg(img, out, 70)
    elif kind == "motion":
        H, W = int(h * 1.08), int(w * 1.1)
        bg = optics.desk(H, W, rng, (48, 50, 56))
        img = optics.place(
            page,
            bg,
            [
                (0.05 * W, 0.06 * H),
                (0.93 * W, 0.03 * H),
                (0.96 * W, 0.95 * H),
                (0.07 * W, 0.97 * H),
            ],
        )
        img = optics.motion(img, 7, 20)
        img = optics.lamp(img, 0.5, 0.5, 0.6, warm=True)
        img = optics.sensor(img, rng, 9, dark=0.72)
        optics.save_jpeg(img, out, 60)
    elif kind == "fold":
        pg = optics.fold(page, 0.48)
        h2 = pg.shape[0]
        H, W = int(h2 * 1.12), int(w * 1.16)
        bg = optics.wood(H, W, rng)
        img = optics.place(
            pg,
            bg,
            [
                (0.09 * W, 0.06 * H),
                (0.92 * W, 0.05 * H),
                (0.94 * W, 0.95 * H),
                (0.06 * W, 0.93 * H),
            ],
        )
        img = optics.lamp(img, 0.6, 0.4, 0.45)
        img = optics.sensor(img, rng, 4)
        optics.save_jpeg(img, out, 74)
    elif kind == "phoneshadow":
        H, W = int(h * 1.1), int(w * 1.2)
        bg = optics.desk(H, W, rng, (120, 130, 140))
        img = optics.place(
            page,
            bg,
            [
                (0.12 * W, 0.08 * H),
                (0.86 * W, 0.03 * H),
                (0.95 * W, 0.98 * H),
                (0.03 * W, 0.93 * H),
            ],
        )
        img = optics.shadow(
            img,
            [(0.30 * W, 0.0), (0.72 * W, 0.0), (0.66 * W, 0.20 * H), (0.36 * W, 0.22 * H)],
            0.5,
            30,
        )
        img = optics.lamp(img, 0.4, 0.6, 0.5)
        img = optics.sensor(img, rng, 4)
        optics.save_jpeg(img, out, 68)
    elif kind == "lowlight":
        H, W = int(h * 1.08), int(w * 1.1)
        bg = optics.wood(H, W, rng)
        img = optics.place(
            page,
            bg,
            [
                (0.05 * W, 0.05 * H),
                (0.95 * W, 0.06 * H),
                (0.94 * W, 0.96 * H),
                (0.04 * W, 0.94 * H),
            ],
        )
        img = optics.lamp(img, 0.3, 0.2, 0.5, warm=True)
        img = optics.sensor(img, rng, 14, dark=0.62)
        img = optics.motion(img, 3, 80)
        optics.save_jpeg(img, out, 55)
    else:
        raise ValueError(kind)


def scanner(kind: str, pdf: str, out: str, rng) -> None:
    if kind in ("gray200", "gray200b"):
        g = optics.scan_noise(optics.render(pdf, 200, gray=True), rng)
        g = optics.rotate(g, -0.6 if kind == "gray200" else 0.9, 235)
        optics.pdf_from_images([optics.jpeg_bytes(g, 80)], out, 200)
    elif kind == "fax":
        bw = optics.fax(optics.render(pdf, 300, gray=True), rng)
        bw = optics.rotate(bw, 0.4, 255)
        b = __import__("io").BytesIO()
        Image.fromarray(bw).convert("1").save(b, "TIFF", compression="group4", dpi=(300, 300))
        optics.pdf_from_images([b.getvalue()], out, 300)
    elif kind == "skew":
        g = optics.render(pdf, 200, gray=True)
        g = optics.staple(optics.punch_holes(g, 200), 200)
        g = optics.rotate(optics.scan_noise(g, rng, 5), 2.3, 70)
        optics.pdf_from_images([optics.jpeg_bytes(g, 78)], out, 200)
    elif kind == "twopage":
        pages = []
        for i, deg in ((0, 0.5), (1, -1.1)):
            g = optics.rotate(
                optics.scan_noise(optics.render(pdf, 200, page=i, gray=True), rng), deg, 230
            )
            pages.append(optics.jpeg_bytes(g, 76))
        optics.pdf_from_images(pages, out, 200)
    elif kind == "photocopy":
        g = optics.photocopy(optics.render(pdf, 300, gray=True), rng, 300)
        g = optics.rotate(g, -1.2, 40)
        b = __import__("io").BytesIO()
        Image.fromarray(g).save(b, "JPEG", quality=70, dpi=(300, 300))
        optics.pdf_from_images([b.getvalue()], out, 300)
    else:
        raise ValueError(kind)


def main() -> int:
    truth_only = "--truth-only" in sys.argv
    os.makedirs(WORK, exist_ok=True)
    os.makedirs(OUT, exist_ok=True)
    lines, problems = [], 0
    for i, (fname, key, fmt, layout, design, opt) in enumerate(TABLE):
        p = PEOPLE[key]
        lines.append(json.dumps(p.truth(fname, fmt, layout), ensure_ascii=False))
        if truth_only:
            continue
        stem = fname.split(".")[0]
        doc, pdf = make_source(p, design, stem + "_src")
        if doc.endswith(".txt"):
            text, pages = open(doc, encoding="utf8").read(), 1
        elif doc.endswith(".docx"):
            text, pages = docx_text(doc), pdf_text(pdf)[1]
        elif doc.endswith(".png"):
            text, pages = (
                html.unescape(
                    re.sub(r"<[^>]+>", " ", open(doc[:-4] + ".html", encoding="utf8").read())
                ),
                1,
            )
        else:
            text, pages = pdf_text(doc)
        want_pages = 2 if design.endswith("2p") else 1
        miss = checks(p, text)
        if pages != want_pages and design != "mobile":
            miss.append(f"pages {pages} != {want_pages}")
        for m in miss:
            print(f"CHECK {fname}: {m}")
            problems += 1
        rng = np.random.default_rng(1000 + i)
        target = os.path.join(OUT, fname)
        if fmt in ("pdf", "docx", "txt"):
            with open(doc, "rb") as src, open(target, "wb") as dst:
                dst.write(src.read())
        elif fmt == "photo":
            if opt == "mobile":
                status_bar(doc, target)
            else:
                camera(opt, pdf, target, rng)
        else:
            scanner(opt, pdf, target, rng)
        print(f"{fname} {layout} ok" if not miss else f"{fname} {layout} {len(miss)} misses")
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"{len(lines)} truth lines, {problems} check misses")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

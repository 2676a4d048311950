"""Build set p: render every resume, write truth.jsonl, check every truth value against the rendered text.

usage: /work/blindp-tools/bin/python bench/blind/make_p/build.py [--truth-only]
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

import calcpage
import htmlpages as H
import ooxml as O
import optics as Q
import rawpdf
import textfiles as T
from model import Person, truth_line
from people_allied import allied_people
from people_rn import rn_people

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "p"
SIDE = ("Licensure", "Certifications", "Education", "Electronic Health Records")

# file -> (format, layout)
PLAN = {
    "p01": ("pdf", "tesseract-ocr-layer-scan"),
    "p02": ("pdf", "calc-spreadsheet-grid"),
    "p03": ("pdf", "wkhtml-css-multicolumn"),
    "p04": ("pdf", "wkhtml-flex-sidebar"),
    "p05": ("pdf", "ooxml-word-template-lo-pdf"),
    "p06": ("pdf", "wkhtml-dark-header-band"),
    "p07": ("pdf", "wkhtml-licence-table-compact-column"),
    "p08": ("pdf", "rawpdf-credential-strip"),
    "p09": ("docx", "ooxml-content-controls"),
    "p10": ("docx", "ooxml-vml-textbox"),
    "p11": ("docx", "ooxml-header-contact-licence-table"),
    "p12": ("docx", "ooxml-tab-stop-date-columns"),
    "p13": ("docx", "rtf-lo-docx"),
    "p14": ("docx", "ooxml-notepad-paste-caps"),
    "p15": ("doc", "ooxml-lo-word97"),
    "p16": ("txt", "txt-markdown"),
    "p17": ("txt", "txt-ats-plain"),
    "p18": ("txt", "txt-phone-message"),
    "p19": ("photo", "png-dark-mode-screenshot"),
    "p20": ("photo", "png-pdf-viewer-screenshot"),
    "p21": ("photo", "jpg-cropped-edge"),
    "p22": ("photo", "jpg-plastic-sleeve-glare"),
    "p23": ("photo", "jpg-warm-indoor-light"),
    "p24": ("photo", "jpg-two-column-design"),
    "p25": ("scan", "scan-ccitt-g4-200dpi"),
    "p26": ("scan", "scan-colour-150dpi-jpeg"),
    "p27": ("scan", "scan-margin-note-stamp"),
    "p28": ("scan", "scan-coloured-sidebar"),
    "p29": ("scan", "scan-two-page"),
    "p30": ("scan", "scan-landscape-fed-rotated"),
}
EXT = {"p19": "png", "p20": "png"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"\s+", " ", s)


def pdf_text(pdf: Path) -> str:
    return (
        subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        + "\n"
        + subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
    )


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def docx_text(path: Path) -> str:
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if (
                n.startswith("word/")
                and n.endswith(".xml")
                and ("document" in n or "header" in n or "footer" in n)
            ):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:tab/>", " ", x)
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<[^>]+>", "", x)
                out.append(html.unescape(x))
    return "\n".join(out)


def html_text(s: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", "", s, flags=re.S)))


def check(key: str, p: Person, text: str) -> int:
    t = norm(text)
    vals = [("name", p.name), ("email", p.email), ("phone", p.phone)]
    if p.home:
        vals += [("street", p.street or ""), ("city", p.city)]
    vals += [("employer", e) for e in p.employers] + [("agency", a) for a in p.agencies]
    for x in p.lics:
        vals += [
            ("lic number", x.number),
            ("lic type", x.printed_type),
            ("lic state", x.state_name),
            ("lic exp", x.exp_phrase),
        ]
        if x.compact_word:
            vals.append(("compact", x.compact_word))
    for c in p.certs:
        vals += [("cert", c.name), ("issuer", c.issuer)] + (
            [("cert exp", c.exp_phrase)] if c.exp_phrase else []
        )
    vals += (
        [("degree", e.degree) for e in p.edu]
        + [("school", e.school) for e in p.edu]
        + [("ehr", x) for x in p.ehr_printed]
    )
    vals += [("site", s) for s, _u, _h in p.clinical_sites]
    miss = 0
    for label, v in vals:
        if norm(v) not in t:
            print(f"CHECK {key}: {label} {v!r}")
            miss += 1
    if not p.home and re.search(r"\b\d{5}\b", text):
        print(f"CHECK {key}: a ZIP-like number on the no-address page")
        miss += 1
    return miss


def render(key: str, p: Person, tmp: Path) -> tuple[str, str, int]:
    """Render one resume; return (file name, source text for the check, page count)."""
    fmt_, layout = PLAN[key]
    ext = EXT.get(key, {"photo": "jpg", "scan": "pdf"}.get(fmt_, fmt_))
    out = OUT / f"{key}.{ext}"
    n = 1
    seed = int(key[1:])
    if key == "p01":
        src = tmp / "p01-src.pdf"
        H.wk_pdf(H.page_html(p, "classic", "mmyyyy"), src, tmp)
        text = pdf_text(src)
        img = Q.raster(src, 300, tmp, gray=True)[0]
        img = Q.scanner(img, 0.35, seed, gray=True, noise=7)
        jp = tmp / "p01-scan.jpg"
        img.convert("L").save(jp, "JPEG", quality=70, dpi=(300, 300))
        subprocess.run(
            ["tesseract", str(jp), str(tmp / "p01-ocr"), "-l", "eng", "--dpi", "300", "pdf"],
            check=True,
            capture_output=True,
        )
        shutil.copy(tmp / "p01-ocr.pdf", out)
        n = pdf_pages(out)
    elif key == "p02":
        src = tmp / "p02.fods"
        src.write_text(calcpage.sheet(p), encoding="utf-8")
        pdf = O.soffice(src, "pdf:calc_pdf_Export", tmp)
        O.move(pdf, out)
        text, n = pdf_text(out), pdf_pages(out)
    elif key in ("p03", "p04", "p06", "p07"):
        style = {"p03": "multicol", "p04": "sidebar", "p06": "band", "p07": "classic"}[key]
        dst = {"p03": "short", "p04": "mon", "p06": "month", "p07": "mmyyyy"}[key]
        H.wk_pdf(
            H.page_html(
                p,
                style,
                dst,
                lstyle="table" if key == "p07" else "a",
                side_keys=SIDE if key == "p04" else (),
            ),
            out,
            tmp,
        )
        text, n = pdf_text(out), pdf_pages(out)
    elif key == "p05":
        src = tmp / "p05.docx"
        O.write_docx(src, O.word_template(p), margins=(700, 700, 700, 700))
        O.move(O.soffice(src, "pdf:writer_pdf_Export", tmp), out)
        text, n = pdf_text(out), pdf_pages(out)
    elif key == "p08":
        rawpdf.credential_strip(p, out)
        text, n = pdf_text(out), pdf_pages(out)
    elif key == "p09":
        O.write_docx(out, O.docx_sdt(p))
        text = docx_text(out)
    elif key == "p10":
        O.write_docx(out, O.docx_textbox(p))
        text = docx_text(out)
    elif key == "p11":
        body, header = O.docx_header_table(p)
        O.write_docx(out, body, header=header, margins=(1500, 1080, 1080, 1080))
        text = docx_text(out)
    elif key == "p12":
        O.write_docx(out, O.docx_tabstops(p), font="Cambria")
        text = docx_text(out)
    elif key == "p13":
        src = tmp / "p13.rtf"
        src.write_text(O.rtf_text(p), encoding="ascii")
        O.move(O.soffice(src, "docx:MS Word 2007 XML", tmp), out)
        text = docx_text(out)
    elif key == "p14":
        O.write_docx(out, O.docx_notepad(p), font="Courier New")
        text = docx_text(out)
    elif key == "p15":
        src = tmp / "p15.docx"
        O.write_docx(src, O.simple_doc(p), font="Times New Roman")
        text = docx_text(src)
        O.move(O.soffice(src, "doc:MS Word 97", tmp), out)
        back = O.soffice(out, "txt:Text", tmp)
        text += "\n" + back.read_text(errors="replace")
    elif key in ("p16", "p17", "p18"):
        body = {"p16": T.markdown, "p17": T.ats, "p18": T.phone_message}[key](p)
        out.write_bytes(body.encode("utf-8"))
        text = body
    elif key == "p19":
        page = H.page_html(p, "dark", "mon")
        png = tmp / "p19-raw.png"
        H.wk_png(page, png, tmp, 390)
        from PIL import Image

        img = Image.open(png).convert("RGB")
        Q.status_bar(img, dark=True).save(out, "PNG")
        text = html_text(page)
    elif key == "p20":
        src = tmp / "p20-src.pdf"
        H.wk_pdf(H.page_html(p, "classic", "month"), src, tmp)
        text, n = pdf_text(src), pdf_pages(src)
        p2 = tmp / "p20-p2.pdf"
        H.wk_pdf(
            f"<html><body style='font-family:Liberation Serif;padding:40px 56px;font-size:11.5pt'><div style='font-size:14pt'><b>{H.E(p.name)}</b> — page 2</div>"
            "<h3 style='border-bottom:1px solid #000'>VOLUNTEER</h3><p>Medical tent volunteer, Twin Cities marathon, 2019–2025.</p>"
            "<h3 style='border-bottom:1px solid #000'>REFERENCES</h3><p>Professional references available upon request.</p></body></html>",
            p2,
            tmp,
        )
        pages = Q.raster(src, 150, tmp) + Q.raster(p2, 150, tmp)
        Q.viewer_screenshot(pages, f"{p.name.split()[1]}_Resume.pdf").save(out, "PNG")
    elif key in ("p21", "p22", "p23", "p24"):
        style = {"p21": "classic", "p22": "band", "p23": "multicol", "p24": "twocol"}[key]
        src = tmp / f"{key}-src.pdf"
        H.wk_pdf(
            H.page_html(
                p,
                style,
                {"p21": "mon", "p22": "mmyyyy", "p23": "month", "p24": "yy"}[key],
                side_keys=SIDE if key == "p24" else (),
            ),
            src,
            tmp,
        )
        text, n = pdf_text(src), pdf_pages(src)
        pg = Q.raster(src, 200, tmp)[0]
        pw, ph = pg.size
        if key == "p21":  # page runs off the right edge of the frame (only margin lost)
            size = (int(pw * 1.02), int(ph * 1.06))
            corners = [
                (int(pw * 0.06), int(ph * 0.03)),
                (int(pw * 1.045), int(ph * 0.02)),
                (int(pw * 1.05), int(ph * 1.03)),
                (int(pw * 0.05), int(ph * 1.04)),
            ]
            img = Q.onto_background(pg, (70, 72, 80), corners, size, seed)
            img = Q.lighting(img, falloff=0.25, noise=5, seed=seed)
            Q.jpeg(img, out, 74)
        elif key == "p22":
            size = (int(pw * 1.1), int(ph * 1.08))
            corners = [
                (int(pw * 0.05), int(ph * 0.04)),
                (int(pw * 1.04), int(ph * 0.05)),
                (int(pw * 1.06), int(ph * 1.05)),
                (int(pw * 0.04), int(ph * 1.04)),
            ]
            img = Q.onto_background(pg, (150, 120, 90), corners, size, seed, "wood")
            img = Q.glare_band(img, seed)
            Q.jpeg(Q.lighting(img, noise=4, seed=seed), out, 76)
        elif key == "p23":
            size = (int(pw * 1.12), int(ph * 1.1))
            corners = [
                (int(pw * 0.08), int(ph * 0.05)),
                (int(pw * 1.05), int(ph * 0.06)),
                (int(pw * 1.08), int(ph * 1.06)),
                (int(pw * 0.05), int(ph * 1.05)),
            ]
            img = Q.onto_background(pg, (120, 90, 60), corners, size, seed, "wood")
            img = Q.lighting(
                img, gain=(1.0, 0.86, 0.55), contrast=0.62, lift=8, falloff=0.35, noise=6, seed=seed
            )
            Q.jpeg(img, out, 70)
        else:
            size = (int(pw * 1.14), int(ph * 1.1))
            corners = [
                (int(pw * 0.10), int(ph * 0.06)),
                (int(pw * 1.04), int(ph * 0.04)),
                (int(pw * 1.09), int(ph * 1.06)),
                (int(pw * 0.06), int(ph * 1.05)),
            ]
            img = Q.onto_background(pg, (60, 90, 70), corners, size, seed)
            Q.jpeg(Q.lighting(img, falloff=0.2, noise=5, seed=seed), out, 72)
    else:  # scans
        style = {
            "p25": "twocol",
            "p26": "sidebar",
            "p27": "classic",
            "p28": "colourside",
            "p29": "classic",
            "p30": "band",
        }[key]
        src = tmp / f"{key}-src.pdf"
        dst = {
            "p25": "mmyyyy",
            "p26": "dot",
            "p27": "mdy",
            "p28": "mon",
            "p29": "month",
            "p30": "iso",
        }[key]
        H.wk_pdf(
            H.page_html(
                p,
                style,
                dst,
                side_keys=SIDE if style in ("twocol", "sidebar", "colourside") else (),
                break_before="Licensure" if key == "p29" else "",
            ),
            src,
            tmp,
        )
        text, n = pdf_text(src), pdf_pages(src)
        if key == "p25":
            pg = Q.raster(src, 200, tmp)[0]
            Q.to_bilevel_g4_pdf(
                Q.scanner(pg, 0.3, seed, gray=True, noise=0, darken_edge=False), out, 200, seed
            )
        elif key == "p26":
            pg = Q.raster(src, 150, tmp)[0]
            Q.pages_pdf([Q.scanner(pg, -0.5, seed, noise=4)], out, 150, q=38)
        elif key == "p27":
            pg = Q.raster(src, 200, tmp)[0]
            Q.pages_pdf(
                [Q.scanner(Q.draw_margin_note(pg, seed), 0.7, seed, noise=4)], out, 200, q=75
            )
        elif key == "p28":
            pg = Q.raster(src, 200, tmp)[0]
            Q.pages_pdf([Q.scanner(pg, -0.8, seed, noise=4)], out, 200, q=72)
        elif key == "p29":
            pgs = Q.raster(src, 200, tmp)
            Q.pages_pdf(
                [
                    Q.scanner(g, a, seed + k, gray=True)
                    for k, (g, a) in enumerate(zip(pgs, (0.4, -0.9), strict=False))
                ],
                out,
                200,
                q=70,
                gray=True,
            )
        else:
            pg = Q.raster(src, 200, tmp)[0]
            Q.pages_pdf(
                [Q.scanner(pg, 0.6, seed, gray=True).rotate(90, expand=True)],
                out,
                200,
                q=72,
                gray=True,
            )
    return out.name, text, n


def main(argv: list[str]) -> int:
    people = {**rn_people(), **allied_people()}
    OUT.mkdir(exist_ok=True)
    truth_only = "--truth-only" in argv
    misses = 0
    lines = []
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for key in sorted(PLAN):
            p = people[key]
            fmt_, layout = PLAN[key]
            ext = EXT.get(key, {"photo": "jpg", "scan": "pdf"}.get(fmt_, fmt_))
            if not truth_only:
                name, text, n = render(key, p, tmp)
                misses += check(key, p, text)
                want = 2 if key == "p29" else 1
                if fmt_ in ("pdf", "scan") and n != want or (fmt_ == "photo" and n != 1):
                    print(f"CHECK {key}: {n} pages, want {want}")
                    misses += 1
            lines.append(
                json.dumps(truth_line(p, f"{key}.{ext}", fmt_, layout), ensure_ascii=False)
            )
    (OUT / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} truth lines, {misses} check misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Build blind set h: render every clinician in their format into h/ and write h/truth.jsonl.

/work/main/.venv/bin/python bench/blind/make_h/build.py               # render all (frozen once
                                                                      # committed: a rebuild
                                                                      # changes the hashes)
/work/main/.venv/bin/python bench/blind/make_h/build.py --truth-only  # rewrite truth.jsonl only
/work/main/.venv/bin/python bench/blind/make_h/build.py KEY           # render one clinician

Every truth value is checked against the page's own text before any camera or scanner: PDF
text from pypdfium2 (for screenshots, a PDF print of the same HTML), the WordprocessingML of
body, text boxes, headers and footers for .docx, the RTF with its control words stripped, the
.txt itself. A miss prints `CHECK key: label`, never page text. The project's parser is never
imported or run.
"""

import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import pypdfium2 as pdfium  # noqa: E402
from PIL import Image, ImageChops  # noqa: E402

import lens  # noqa: E402
import rl_pages  # noqa: E402
import text_files  # noqa: E402
import web_pages  # noqa: E402
import word_docs  # noqa: E402
from people_allied import ALLIED  # noqa: E402
from people_nursing import NURSING  # noqa: E402
from people_rehab import REHAB  # noqa: E402
from record import MON3, MONTHS, Clinician, licensed_years, truth_line  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "h"
CHROMIUM = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--hide-scrollbars", "--disable-background-networking", "--disable-component-update"]  # fmt: skip
# photo (jpg): dpi, angle, surface, width, keystone, blur, light, thumb, crease, clipboard, quality
SNAPS = {
    "fairbanks-ito-nicu": (200, -3.1, "oak", 1600, 0.05, 1.1, "lamp", True, False, True, 78),
    "delacroix-banda-ot": (230, 2.2, "desk-dark", 1950, 0.06, 1.5, "dim", False, False, False, 70),
    "whitfield-oduya-cota": (220, 5.3, "counter", 1650, 0.16, 1.2, "lamp", False, False, False, 76),
    "bellweather-oni-rt": (200, -1.6, "bedspread", 1550, 0.07, 1.3, "lamp", False, True, False, 81),
}
# scan: dpi, skew, fold, fax
SCANS = {
    "nakashima-psych": (200, 0.8, True, False),
    "achebe-lund-or": (150, -1.9, False, False),
    "ferreira-cole-slp": (200, 0.5, False, False),
    "amankwah-rph": (120, 1.1, False, True),
}
COUNTS = {"pdf": 9, "docx": 6, "rtf": 2, "txt": 3, "photo": 6, "scan": 4}


def chromium(args, html: Path) -> None:
    subprocess.run([*CHROMIUM, *args, html.resolve().as_uri()], check=True, timeout=240,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip


def pdf_text(path) -> str:
    doc = pdfium.PdfDocument(str(path))
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path) -> str:
    out = []
    with zipfile.ZipFile(path) as z:
        for part in sorted(
            n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)
        ):
            for p in ET.fromstring(z.read(part)).iter(f"{WNS}p"):
                buf = []
                for r in p.findall(f"{WNS}r"):
                    for el in r:
                        if el.tag == f"{WNS}t" and el.text:
                            buf.append(el.text)
                        elif el.tag == f"{WNS}tab":
                            buf.append("\t")
                out.append("".join(buf))
    return "\n".join(out)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower().replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def printed_dates(v: str) -> list[str]:
    y, m = v[:4], int(v[5:7])
    forms = [f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}/{y[2:]}", f"{m}/{y[2:]}", f"{MON3[m - 1]} {y}",
             f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}"]  # fmt: skip
    forms += [f"{mm}/{dd:02d}/{y}" for mm in (f"{m:02d}", str(m)) for dd in range(1, 32)]
    forms += [f"{MONTHS[m - 1]} {dd}, {y}" for dd in range(1, 32)]
    return [norm(x) for x in forms]


def check(c: Clinician, t: dict, text: str) -> list[str]:
    pagetext = norm(text)
    want = [("name", t["name"]), ("email", t["email"]), ("phone", t["phone"])]
    if t["location"]:
        want.append(("home-city", t["location"].split(", ")[0]))
    want += [(f"employer{i}", x) for i, x in enumerate(t["employers"])]
    want += [(f"agency{i}", x) for i, x in enumerate(t["agencies"])]
    want += [(f"licence{i}", x["number"]) for i, x in enumerate(t["licenses"])]
    want += [(f"cert{i}", x["name"]) for i, x in enumerate(t["certifications"])]
    for i, s in enumerate(t["education"]):
        want += [(f"degree{i}", s["degree"]), (f"school{i}", s["school"])]
    want += [(f"ehr{i}", x) for i, x in enumerate(t["ehr_systems"])]
    want += [(f"site{i}", x) for i, x in enumerate(t["clinical_sites"])]
    miss = [label for label, v in want if norm(v) not in pagetext]
    for k in c.cards:
        if k.expires and not any(f in pagetext for f in printed_dates(k.expires)):
            miss.append(f"cert {k.name} expiry")
    for x in c.licences:
        if x.expires and not any(f in pagetext for f in printed_dates(x.expires)):
            miss.append(f"licence {x.state} expiry")
        if x.compact is True and not re.search(r"compact|multistate", pagetext):
            miss.append("compact not stated")
    yrs = licensed_years(c)
    for m in re.finditer(r"\b(\d+)\+? years\b", c.profile):
        if abs(int(m.group(1)) - yrs) > 1:
            miss.append(f"profile years {m.group(1)} vs {yrs}")
    return miss


def suffix(c: Clinician) -> str:
    if c.fmt == "photo":
        return ".png" if c.design in web_pages.SCREENS else ".jpg"
    return {"pdf": ".pdf", "scan": ".pdf", "docx": ".docx", "txt": ".txt", "rtf": ".rtf"}[c.fmt]


def clean_pdf(c: Clinician, tmp: Path) -> Path:
    out = tmp / f"{c.key}.pdf"
    if c.design in rl_pages.DESIGNS:
        rl_pages.DESIGNS[c.design](c, str(out))
    else:
        html = tmp / f"{c.key}.html"
        html.write_text(web_pages.DESIGNS[c.design](c), encoding="utf-8")
        chromium(["--no-pdf-header-footer", f"--print-to-pdf={out}"], html)
    return out


def render(c: Clinician, dest: Path, tmp: Path, seed: int) -> str:
    if c.fmt == "docx":
        word_docs.DESIGNS[c.design](c, dest)
        return docx_text(dest)
    if c.fmt == "txt":
        body = text_files.TXT[c.design](c)
        dest.write_bytes(body.encode("utf-8"))
        return body
    if c.fmt == "rtf":
        src = text_files.RTF[c.design](c)
        dest.write_text(src, encoding="ascii")
        return text_files.rtf_text(src)
    pdf = clean_pdf(c, tmp)
    n = len(pdfium.PdfDocument(str(pdf)))
    print(f"  {c.key}: {n} page(s)", file=sys.stderr)
    if c.design in web_pages.SCREENS:
        w, hgt, scale = web_pages.SCREENS[c.design]
        raw = tmp / f"{c.key}.png"
        chromium([f"--screenshot={raw}", f"--window-size={w},{hgt}", f"--force-device-scale-factor={scale}"],
                 tmp / f"{c.key}.html")  # fmt: skip
        im = Image.open(raw).convert("RGB")
        bg = Image.new("RGB", im.size, im.getpixel((im.width - 1, im.height - 1)))
        box = ImageChops.difference(im, bg).point(lambda v: 255 if v > 8 else 0).getbbox()
        if box:
            im = im.crop((0, 0, im.width, min(im.height, box[3] + 16 * scale)))
        im.save(dest, optimize=True)
    elif c.fmt == "pdf":
        shutil.copy(pdf, dest)
    elif c.fmt == "photo":
        dpi, ang, kind, width, key, blur, light, thumb, crease, clip, q = SNAPS[c.key]
        pg = lens.raster(pdf, dpi)[0]
        if clip:
            pg = lens.clipboard(pg)
        img = lens.snap(pg, seed, ang, kind, width, key, blur, light, thumb, crease)
        img.save(dest, "JPEG", quality=q, optimize=True)
        if n != 1:
            print(f"CHECK {c.key}: photo source has {n} pages", file=sys.stderr)
    else:
        dpi, skew, fold, fax = SCANS[c.key]
        pages = lens.raster(pdf, dpi)
        imgs = []
        for k, pg in enumerate(pages):
            head = (
                f"NOV-30-2026 16:42  FROM: VULCAN PHARMACY STAFFING 2055550108   TO: 2565550199   P.{k + 1:02d}/{len(pages):02d}"
                if fax
                else None
            )
            imgs.append(lens.scan(pg, seed + k, skew + 0.25 * k, dpi, fold and k == 0, head))
        imgs[0].save(dest, "PDF", save_all=True, append_images=imgs[1:], resolution=dpi)
    return pdf_text(pdf)


def main(truth_only: bool, only: str | None) -> None:
    people = NURSING + REHAB + ALLIED
    assert len({c.key for c in people}) == 30 == len(people)
    for fmt, n in COUNTS.items():
        assert sum(c.fmt == fmt for c in people) == n, (fmt, sum(c.fmt == fmt for c in people))
    random.Random(20261212).shuffle(people)
    OUT.mkdir(exist_ok=True)
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, c in enumerate(people, 1):
            name = f"h{i:02d}{suffix(c)}"
            t = truth_line(c, name)
            if not truth_only and (only is None or only == c.key):
                text = render(c, OUT / name, Path(tmp), 12100 + i)
                for miss in check(c, t, text):
                    print(f"CHECK {c.key}: {miss}", file=sys.stderr)
            lines.append(json.dumps(t, ensure_ascii=False))
            print(name, c.fmt, c.design, c.key)
    (OUT / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main("--truth-only" in sys.argv, args[0] if args else None)

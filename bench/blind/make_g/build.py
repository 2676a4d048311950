"""Build blind set g: render each person in their format into g/ and write g/truth.jsonl.

.venv/bin/python bench/blind/make_g/build.py              # render all (frozen once committed:
                                                            # a rebuild changes the hashes)
.venv/bin/python bench/blind/make_g/build.py --truth-only   # rewrite g/truth.jsonl only
Every truth value is checked against the page's own text before any camera or scanner
(pypdfium2 for PDFs and for a PDF print of each screenshot's HTML; the WordprocessingML of body,
tables, headers and footers for .docx; RTF stripped of control words; the .txt itself). A miss
prints `CHECK key: label`, never page text. The project's parser is never used.
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

import camera  # noqa: E402
import html_pages  # noqa: E402
import plain_text  # noqa: E402
import rl_geom  # noqa: E402
import word_layouts  # noqa: E402
from model import MON, MONTH, Person, truth, years  # noqa: E402
from people_other import OTHER  # noqa: E402
from people_rehab import REHAB  # noqa: E402
from people_rn import RN  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "g"
CHROME = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
          "--hide-scrollbars", "--disable-background-networking", "--disable-component-update"]  # fmt: skip
# photo: dpi, angle, desk, width, keystone, curl, blur, quality
PHOTO = {
    "sandoval-pryce-medsurg": (210, 2.6, "lightwood", 1600, 0.05, 0.0, 1.0, 80),
    "haugen-adeyemi-psych": (220, -6.4, "slate", 1700, 0.17, 0.0, 1.2, 74),
    "achterberg-sow-pt": (200, 1.3, "white", 1560, 0.04, 0.15, 1.0, 82),
    "fairweather-nakamura-rt": (200, -3.8, "grey", 1450, 0.06, 0.0, 1.6, 70),
    "valdivia-okeke-radtech": (230, 7.6, "walnut", 1750, 0.07, 0.0, 1.1, 76),
}
# scan: dpi, skew, fax
SCAN = {
    "brannigan-oduya-or": (200, -1.1, False),
    "mwangi-castellot-nicu": (200, 0.7, False),
    "hollingsworth-appiah-rph": (120, 1.4, True),
    "tamura-okwu-ot": (300, -2.1, False),
}
COUNTS = {"pdf": 8, "docx": 6, "rtf": 2, "txt": 3, "photo": 7, "scan": 4}


def chrome(args, html: Path):
    subprocess.run([*CHROME, *args, html.resolve().as_uri()], check=True, timeout=240,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip


def pdf_text(path) -> str:
    d = pdfium.PdfDocument(str(path))
    return "\n".join(d[i].get_textpage().get_text_range() for i in range(len(d)))


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path) -> str:
    out = []
    with zipfile.ZipFile(path) as z:
        for part in sorted(
            n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)
        ):
            for p in ET.fromstring(z.read(part)).iter(f"{W}p"):
                buf = []
                for run in p.iter(f"{W}r"):
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


def date_forms(v: str) -> list[str]:
    y, m = v[:4], int(v[5:7])
    f = [f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}/{y[2:]}", f"{m}/{y[2:]}", f"{MON[m - 1]} {y}", f"{MON[m - 1]}. {y}",
         f"{MONTH[m - 1]} {y}", f"{y}-{m:02d}"]  # fmt: skip
    f += [
        f"{mm}/{dd:02d}/{yy}"
        for mm in (f"{m:02d}", str(m))
        for dd in range(1, 32)
        for yy in (y, y[2:])
    ]
    f += [f"{MONTH[m - 1]} {dd}, {y}" for dd in range(1, 32)]
    return [norm(x) for x in f]


def check(p: Person, t: dict, text: str) -> list[str]:
    page = norm(text)
    out = []
    want = [("name", t["name"]), ("email", t["email"]), ("phone", t["phone"])]
    if t["location"]:
        want.append(("location-city", t["location"].split(", ")[0]))
    want += [(f"employer{i}", x) for i, x in enumerate(t["employers"])]
    want += [(f"agency{i}", x) for i, x in enumerate(t["agencies"])]
    want += [(f"lic{i}", x["number"]) for i, x in enumerate(t["licenses"])]
    want += [(f"cert{i}", x["name"]) for i, x in enumerate(t["certifications"])]
    for i, ed in enumerate(t["education"]):
        want += [(f"degree{i}", ed["degree"]), (f"school{i}", ed["school"])]
    want += [(f"ehr{i}", x) for i, x in enumerate(t["ehr_systems"])]
    out += [lab for lab, v in want if norm(v) not in page]
    for c in p.certs:
        if c.expires and not any(f in page for f in date_forms(c.expires)):
            out.append(f"cert {c.name} expiry not printed")
    for x in p.lics:
        if x.expires and not any(f in page for f in date_forms(x.expires)):
            out.append(f"licence {x.state} expiry not printed")
        if x.compact is True and not re.search(r"compact|multistate", page):
            out.append("compact not stated")
    yrs = years(p.jobs)
    for m in re.finditer(r"\b(\d+)\+? years\b", p.summary):
        if abs(int(m.group(1)) - yrs) > 1:
            out.append(f"summary years {m.group(1)} vs {yrs}")
    return out


def suffix(p: Person) -> str:
    if p.fmt == "photo":
        return ".png" if p.design in html_pages.SCREEN else ".jpg"
    return {"pdf": ".pdf", "scan": ".pdf", "docx": ".docx", "txt": ".txt", "rtf": ".rtf"}[p.fmt]


def clean_pdf(p: Person, tmp: Path) -> Path:
    out = tmp / f"{p.key}.pdf"
    if p.design in rl_geom.DESIGNS:
        rl_geom.render(p, str(out))
    else:
        html = tmp / f"{p.key}.html"
        html.write_text(html_pages.render(p), encoding="utf-8")
        chrome(["--no-pdf-header-footer", f"--print-to-pdf={out}"], html)
    return out


def make(p: Person, dest: Path, tmp: Path, seed: int) -> str:
    if p.fmt == "docx":
        word_layouts.render(p, dest)
        return docx_text(dest)
    if p.fmt == "txt":
        body = plain_text.TXT[p.design](p)
        dest.write_text(body, encoding="utf-8")
        return body
    if p.fmt == "rtf":
        src = plain_text.RTF[p.design](p)
        dest.write_text(src, encoding="ascii")
        return plain_text.rtf_to_text(src)
    pdf = clean_pdf(p, tmp)
    n = len(pdfium.PdfDocument(str(pdf)))
    print(f"  {p.key}: {n} page(s)", file=sys.stderr)
    if p.design in html_pages.SCREEN:
        w, h, scale = html_pages.SCREEN[p.design]
        raw = tmp / f"{p.key}.png"
        chrome(
            [
                f"--screenshot={raw}",
                f"--window-size={w},{h}",
                f"--force-device-scale-factor={scale}",
            ],
            tmp / f"{p.key}.html",
        )
        im = Image.open(raw).convert("RGB")
        bg = Image.new("RGB", im.size, im.getpixel((im.width - 1, im.height - 1)))
        box = ImageChops.difference(im, bg).point(lambda v: 255 if v > 8 else 0).getbbox()
        im = im.crop((0, 0, im.width, min(im.height, box[3] + 20 * scale))) if box else im
        im.save(dest, optimize=True)
    elif p.fmt == "pdf":
        shutil.copy(pdf, dest)
    elif p.fmt == "photo":
        dpi, ang, surf, width, key, cu, blur, q = PHOTO[p.key]
        img = camera.photo(camera.pages(pdf, dpi)[0], seed, ang, surf, width, key, cu, blur)
        img.save(dest, "JPEG", quality=q, optimize=True)
        if n != 1:
            print(f"CHECK {p.key}: photo source has {n} pages", file=sys.stderr)
    else:
        dpi, skew, fax = SCAN[p.key]
        imgs = []
        for k, pg in enumerate(camera.pages(pdf, dpi)):
            st = p.extra.get("stamp") if k == 0 else None
            imgs.append(
                camera.scan(pg, seed + k, skew + 0.3 * k, dpi, fax, st, p.extra.get("note"))
            )
        imgs[0].save(dest, "PDF", save_all=True, append_images=imgs[1:], resolution=dpi)
    return pdf_text(pdf)


def main(truth_only: bool, only: str | None = None):
    people = RN + REHAB + OTHER
    assert len({p.key for p in people}) == 30 == len(people)
    for fmt, n in COUNTS.items():
        assert sum(p.fmt == fmt for p in people) == n, fmt
    random.Random(20261208).shuffle(people)
    OUT.mkdir(exist_ok=True)
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, p in enumerate(people, 1):
            name = f"g{i:02d}{suffix(p)}"
            t = truth(p, name)
            if not truth_only and (only is None or only == p.key):
                text = make(p, OUT / name, Path(tmp), 9100 + i)
                for miss in check(p, t, text):
                    print(f"CHECK {p.key}: {miss}", file=sys.stderr)
            lines.append(json.dumps(t, ensure_ascii=False))
            print(name, p.fmt, p.design, p.key)
    (OUT / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main("--truth-only" in sys.argv, args[0] if args else None)

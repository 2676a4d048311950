"""Build blind set f: render every person in their format into f/ and write f/truth.jsonl.

.venv/bin/python bench/blind/make_f/build.py               # render all (the committed set is
                                                             # frozen: a rebuild changes hashes)
.venv/bin/python bench/blind/make_f/build.py --truth-only    # rewrite f/truth.jsonl only
Each page's own text (before any camera or scanner) is checked for every truth value; a miss
prints `CHECK key: label`, never page text.
"""

import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from PIL import Image, ImageChops  # noqa: E402

import optics  # noqa: E402
import pages  # noqa: E402
import plain  # noqa: E402
import rlpages  # noqa: E402
import verify  # noqa: E402
import wordfiles  # noqa: E402
from cv import CV, years  # noqa: E402
from folks_nursing import FOLKS as NURSING  # noqa: E402
from folks_other import FOLKS as OTHER  # noqa: E402
from folks_rehab import FOLKS as REHAB  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "f"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
         "--disable-background-networking", "--disable-component-update"]  # fmt: skip

# phone photos: render dpi, rotation (deg), surface, output width px, JPEG quality, stored sideways
PHOTOS = {
    "horvath-bell-medsurg": (210, 2.1, "white", 1560, 78, False),
    "brennan-matsuda-pta": (200, -3.4, "slate", 1400, 70, False),
    "ashdown-kaur-ot": (220, 4.6, "blue", 1680, 74, False),
    "ekwueme-larsen-ct": (200, -1.7, "grey", 1500, 81, True),
    "amankwah-reiss-pt": (230, -5.2, "wood", 1720, 66, False),
}
# scans: dpi, skew (deg), faint, mark
SCANS = {
    "oyama-garrison-or": (200, 0.8, False, "holes"),
    "iwu-castellanos-picu": (300, -1.3, False, "fold"),
    "pellegrini-tso-cota": (150, 2.0, True, "none"),
    "adeyemi-vance-pacu": (240, -0.6, False, "staple"),
    "kowalczyk-cathlab": (175, 1.5, False, "fold"),
}
COUNTS = {"pdf": 9, "docx": 6, "txt": 3, "photo": 7, "scan": 5}


def truth_line(p: CV, file: str) -> dict:
    return {
        "file": file,
        "key": p.key,
        "format": p.fmt,
        "layout": p.design,
        "name": p.name,
        "email": p.email,
        "phone": p.phone,
        "location": p.home,
        "discipline": p.discipline,
        "specialties": p.specialties,
        "licenses": [
            {
                "state": x.state,
                "type": x.kind,
                "number": x.number,
                "compact": x.compact,
                "expires": x.expires,
            }
            for x in p.licences
        ],
        "certifications": [
            {"name": c.name, "issuer": c.issuer} | ({"expires": c.expires} if c.expires else {})
            for c in p.cards
        ],
        "years_experience": None if p.new_grad else years(p.roles),
        "education": [{"degree": s.degree, "school": s.school} for s in p.studies],
        "employers": list(dict.fromkeys(r.employer for r in p.roles)),
        "ehr_systems": p.ehr,
        "agencies": list(dict.fromkeys(r.agency for r in p.roles if r.agency)),
        "clinical_sites": p.sites,
        "notes": p.notes,
    }


def chromium(args: list[str], html: Path) -> None:
    subprocess.run([CHROMIUM, *FLAGS, *args, html.resolve().as_uri()], check=True, timeout=240,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip


def clean_pdf(p: CV, tmp: Path) -> Path:
    out = tmp / f"{p.key}.pdf"
    if p.design in rlpages.DESIGNS:
        rlpages.render(p, str(out))
    else:
        html = tmp / f"{p.key}.html"
        html.write_text(pages.render(p), encoding="utf-8")
        chromium(["--no-pdf-header-footer", f"--print-to-pdf={out}"], html)
    return out


def screenshot(p: CV, tmp: Path, dest: Path) -> None:
    w, h, scale = pages.SCREEN[p.design]
    raw = tmp / f"{p.key}-raw.png"
    args = [f"--screenshot={raw}", f"--window-size={w},{h}", f"--force-device-scale-factor={scale}"]
    chromium(args, tmp / f"{p.key}.html")
    im = Image.open(raw).convert("RGB")
    bg = Image.new("RGB", im.size, im.getpixel((im.width - 1, im.height - 1)))
    box = ImageChops.difference(im, bg).point(lambda v: 255 if v > 6 else 0).getbbox()
    bottom = min(im.height, box[3] + int(24 * scale)) if box else im.height
    im.crop((0, 0, im.width, bottom)).save(dest, optimize=True)


def suffix(p: CV) -> str:
    if p.fmt == "photo":
        return ".png" if p.design in pages.SCREEN else ".jpg"
    return {"pdf": ".pdf", "scan": ".pdf", "docx": ".docx", "txt": ".txt"}[p.fmt]


def make(p: CV, dest: Path, tmp: Path, seed: int) -> str:
    if p.fmt == "docx":
        wordfiles.render(p, dest)
        return verify.docx_text(dest)
    if p.fmt == "txt":
        body = plain.render(p)
        dest.write_text(body, encoding="utf-8")
        return body
    pdf = clean_pdf(p, tmp)
    n = verify.pdf_pages(pdf)
    if p.design in pages.SCREEN:
        screenshot(p, tmp, dest)
    elif p.fmt == "pdf":
        shutil.copy(pdf, dest)
    elif p.fmt == "photo":
        dpi, angle, surface, width, quality, sideways = PHOTOS[p.key]
        if n != 1:
            print(f"CHECK {p.key}: photo source has {n} pages", file=sys.stderr)
        img = optics.photo(optics.raster(pdf, dpi)[0], seed, angle, surface, width)
        exif = Image.Exif()
        if sideways:
            img = img.transpose(Image.ROTATE_90)  # stored turned a quarter left ...
            exif[0x0112] = 6  # ... and tagged "rotate 90 CW to display"
        img.save(dest, quality=quality, optimize=True, exif=exif.tobytes())
    else:
        dpi, skew, faint, mark = SCANS[p.key]
        imgs = [optics.scan(im, seed + k, skew + 0.35 * k, faint, mark if k == 0 else "none")
                for k, im in enumerate(optics.raster(pdf, dpi))]  # fmt: skip
        imgs[0].save(dest, save_all=True, append_images=imgs[1:], resolution=dpi)
    print(f"{p.key}: {n} page(s)", file=sys.stderr)
    return verify.pdf_text(pdf)


def main(truth_only: bool) -> None:
    people = NURSING + REHAB + OTHER
    assert len({p.key for p in people}) == 30 == len(people)
    for fmt, n in COUNTS.items():
        assert sum(p.fmt == fmt for p in people) == n, fmt
    random.Random(20261207).shuffle(people)
    OUT.mkdir(exist_ok=True)
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, p in enumerate(people, 1):
            name = f"f{i:02d}{suffix(p)}"
            t = truth_line(p, name)
            if not truth_only:
                page = make(p, OUT / name, Path(tmp), 7300 + i)
                for miss in verify.missing(t, page, spaced_name=p.design == "spaced"):
                    print(f"CHECK {p.key}: {miss}", file=sys.stderr)
                for prob in verify.problems(p, page):
                    print(f"CHECK {p.key}: {prob}", file=sys.stderr)
            lines.append(json.dumps(t, ensure_ascii=False))
            print(name, p.fmt, p.design, p.key)
    (OUT / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(truth_only="--truth-only" in sys.argv)

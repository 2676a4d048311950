"""Build blind set d: render every person in their format into d/, write d/truth.jsonl.

.venv/bin/python bench/blind/make_d/build.py              # render all (the set is frozen once
                                                            # committed: a rebuild changes hashes)
.venv/bin/python bench/blind/make_d/build.py --truth-only   # rewrite d/truth.jsonl only
Every rendered page's text (PDF text layer before the camera/scanner, .docx body + header +
tables, .txt) is checked for every truth value; a miss prints `CHECK key: field`, never text.
"""

import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import browser  # noqa: E402
import camera  # noqa: E402
import designs_web  # noqa: E402
import pagecheck  # noqa: E402
import text  # noqa: E402
import truth  # noqa: E402
import worddoc  # noqa: E402
import wordpdf  # noqa: E402
from people_other import PEOPLE as OTHER  # noqa: E402
from people_rn import PEOPLE as RN  # noqa: E402
from people_therapy import PEOPLE as THERAPY  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "d"

# phone photos: (render dpi, rotation degrees, output width px, JPEG quality)
PHOTOS = {
    "featherstone-nicu": (220, 3.4, 1600, 74),
    "streeter-pta-snf": (200, -1.6, 1300, 62),
    "brockway-rt-adult": (250, 5.5, 1750, 83),
    "borowitz-surgtech": (200, -4.2, 1250, 68),
}
# scans: (dpi, skew degrees, darkness)
SCANS = {
    "castellanos-tele": (300, 0.8, 0.84),
    "ibarra-keene-lvn": (150, -1.9, 0.80),
    "faircloth-pta": (240, 1.3, 0.86),
    "lindemann-reyes-pharm": (200, -0.6, 0.84),
    "pemberton-vance-sono": (200, 2.4, 0.78),
}
SHOT_SCALE = {"profile-desktop": 1.0, "profile-phone": 2.0}


def suffix(p) -> str:
    if p.fmt == "photo":
        return ".png" if p.design.startswith("profile") else ".jpg"
    return {"pdf": ".pdf", "scan": ".pdf", "docx": ".docx", "txt": ".txt"}[p.fmt]


def clean_pdf(p, tmp: Path) -> Path:
    out = tmp / f"{p.key}.pdf"
    if p.design in wordpdf.DESIGNS:
        wordpdf.render(p, str(out))
    else:
        page = tmp / f"{p.key}.html"
        page.write_text(designs_web.render(p), encoding="utf-8")
        browser.pdf(page, out)
    return out


def make(p, dest: Path, tmp: Path, seed: int) -> str:
    if p.fmt == "docx":
        worddoc.render(p, dest)
        return pagecheck.docx_text(dest)
    if p.fmt == "txt":
        body = text.render(p)
        dest.write_text(body, encoding="utf-8")
        return body
    if p.design.startswith("profile"):
        page = tmp / f"{p.key}.html"
        page.write_text(designs_web.render(p), encoding="utf-8")
        browser.shot(page, dest, designs_web.SCREEN[p.design], SHOT_SCALE[p.design])
        return pagecheck.pdf_text(clean_pdf(p, tmp))
    pdf = clean_pdf(p, tmp)
    n = pagecheck.pages(pdf)
    if p.fmt == "pdf":
        shutil.copy(pdf, dest)
    elif p.fmt == "photo":
        dpi, angle, width, quality = PHOTOS[p.key]
        if n != 1:
            print(f"CHECK {p.key}: photo source has {n} pages", file=sys.stderr)
        img = camera.phone_photo(camera.render(pdf, dpi)[0], seed, angle, width)
        img.save(dest, quality=quality, optimize=True)
    else:
        dpi, skew, dark = SCANS[p.key]
        imgs = [
            camera.office_scan(im, seed + i, skew + 0.3 * i, dark)
            for i, im in enumerate(camera.render(pdf, dpi))
        ]
        imgs[0].save(dest, save_all=True, append_images=imgs[1:], resolution=dpi)
    print(f"{p.key}: {n} page(s)", file=sys.stderr)
    return pagecheck.pdf_text(pdf)


def main(truth_only: bool) -> None:
    people = RN + THERAPY + OTHER
    keys = [p.key for p in people]
    assert len(keys) == 30 and len(set(keys)) == 30, "thirty distinct people"
    random.Random(20261206).shuffle(people)
    OUT.mkdir(exist_ok=True)
    lines = []
    with tempfile.TemporaryDirectory() as tmpdir:
        for i, p in enumerate(people, 1):
            name = f"d{i:02d}{suffix(p)}"
            t = truth.line(p, name)
            for prob in truth.problems(p):
                print(f"CHECK {p.key}: {prob}", file=sys.stderr)
            if not truth_only:
                page = make(p, OUT / name, Path(tmpdir), 7000 + i)
                for miss in pagecheck.missing(t, page):
                    print(f"CHECK {p.key}: {miss}", file=sys.stderr)
            lines.append(json.dumps(t, ensure_ascii=False))
            print(name, p.fmt, p.key)
    (OUT / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(truth_only="--truth-only" in sys.argv)

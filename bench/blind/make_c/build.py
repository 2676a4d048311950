"""Build blind set c: render every person in their format, write c/ and c/truth.jsonl.

.venv/bin/python bench/blind/make_c/build.py            # render everything (the set is frozen:
                                                          # a rebuild changes PDF/JPEG hashes)
.venv/bin/python bench/blind/make_c/build.py --truth-only # rewrite c/truth.jsonl only
Each rendered page's own text (the PDF text layer before any camera or scanner, the .docx body,
headers, footers and tables, the .txt) is checked to contain every truth value; misses are
printed as `CHECK key: field` (never the text itself).
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
import designs_docx  # noqa: E402
import designs_html  # noqa: E402
import designs_text  # noqa: E402
import pagecheck  # noqa: E402
from model import Person  # noqa: E402
from people_allied import PEOPLE as ALLIED  # noqa: E402
from people_nurses import PEOPLE as NURSES  # noqa: E402
from people_therapy import PEOPLE as THERAPY  # noqa: E402
from truth import truth  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "c"

# Phone photos: (angle in degrees, output width in px, JPEG quality). Rendered at 200 dpi first.
PHOTOS = {
    "fontaine-nicu": (2.5, 1700, 78),
    "whitcomb-tele-float": (-4.5, 1200, 63),
    "halvorsen-or": (1.2, 1500, 84),
    "galbraith-pt-home-perdiem": (-5.8, 1250, 70),
}
# Screenshots: device scale factor (a phone screenshot is 2x).
SCREENS = {"quon-slp-schools": 1.0, "alsabbagh-ot-peds": 2.0}
# Scans: (dpi, kind).
SCANS = {
    "sauer-stepdown": (200, "faint"),
    "pickering-lpn-ltc": (200, "fax"),
    "iannucci-pta-outpatient": (240, "grey"),
    "nakamura-rt-adult-cv": (150, "grey"),
    "arce-ct-tech": (300, "grey"),
}
FAX_LINE = "NOV-24-2026 16:52    FROM: FRONT DESK           TO: HUMAN RESOURCES       P.001/001"


def suffix(p: Person) -> str:
    if p.fmt == "photo":
        return ".png" if p.key in SCREENS else ".jpg"
    return {"pdf": ".pdf", "scan": ".pdf", "docx": ".docx", "txt": ".txt"}[p.fmt]


def html_pdf(p: Person, tmp: Path) -> Path:
    html, pdf = tmp / f"{p.key}.html", tmp / f"{p.key}.pdf"
    html.write_text(designs_html.render(p), encoding="utf-8")
    browser.print_pdf(html, pdf)
    return pdf


def make(p: Person, dest: Path, tmp: Path, seed: int) -> str:
    """Render p to dest; return the text of the clean page for the truth check."""
    if p.fmt == "docx":
        designs_docx.render(p, dest)
        return pagecheck.docx_text(dest)
    if p.fmt == "txt":
        text = designs_text.render(p)
        dest.write_text(text, encoding="utf-8")
        return text
    if p.key in SCREENS:
        html = tmp / f"{p.key}.html"
        html.write_text(designs_html.render(p), encoding="utf-8")
        browser.screenshot(html, dest, designs_html.SCREEN_SIZE[p.design], SCREENS[p.key])
        return pagecheck.pdf_text(html_pdf(p, tmp))
    pdf = html_pdf(p, tmp)
    pages = pagecheck.page_count(pdf)
    if p.fmt == "pdf":
        shutil.copy(pdf, dest)
    elif p.fmt == "photo":
        if pages != 1:
            print(f"CHECK {p.key}: photo source has {pages} pages", file=sys.stderr)
        angle, width, quality = PHOTOS[p.key]
        page = camera.pdf_pages(pdf, 200)[0]
        camera.photo(page, seed, width, angle).save(dest, quality=quality, optimize=True)
    else:
        dpi, kind = SCANS[p.key]
        imgs = camera.pdf_pages(pdf, dpi)
        if kind == "fax":
            imgs = [camera.fax_header(im, FAX_LINE) for im in imgs]
        imgs = [camera.scan(im, seed + i, kind) for i, im in enumerate(imgs)]
        imgs[0].save(dest, save_all=True, append_images=imgs[1:], resolution=dpi)
    print(f"{p.key}: {pages} page(s)", file=sys.stderr)
    return pagecheck.pdf_text(pdf)


def main(truth_only: bool) -> None:
    people = NURSES + THERAPY + ALLIED
    keys = [p.key for p in people]
    assert len(keys) == 30 and len(set(keys)) == 30, "thirty distinct people"
    random.Random(202612).shuffle(people)
    OUT.mkdir(exist_ok=True)
    lines = []
    with tempfile.TemporaryDirectory() as tmpdir:
        for i, p in enumerate(people, 1):
            name = f"c{i:02d}{suffix(p)}"
            line = truth(p, name, p.fmt)
            if not truth_only:
                text = make(p, OUT / name, Path(tmpdir), 3000 + i)
                for miss in pagecheck.missing(line, text):
                    print(f"CHECK {p.key}: {miss}", file=sys.stderr)
            lines.append(json.dumps(line, ensure_ascii=False))
            print(name, p.key)
    (OUT / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(truth_only="--truth-only" in sys.argv)

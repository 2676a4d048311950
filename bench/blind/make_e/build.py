"""Build blind set e: render every person in their format into e/ and write e/truth.jsonl.

.venv/bin/python bench/blind/make_e/build.py               # render all (the committed set is
                                                             # frozen: a rebuild changes hashes)
.venv/bin/python bench/blind/make_e/build.py --truth-only    # rewrite e/truth.jsonl only
Each rendered page's own text (PDF text layer before any camera or scanner, .docx body, tables
and header, .txt) is checked for every truth value; a miss prints `CHECK key: label`, never text.
"""

import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import camera  # noqa: E402
import check  # noqa: E402
import plaintext  # noqa: E402
import rl  # noqa: E402
import web  # noqa: E402
import worddoc  # noqa: E402
from model import Person, licensed_years  # noqa: E402
from people_allied import PEOPLE as ALLIED  # noqa: E402
from people_nurses import PEOPLE as NURSES  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "e"
CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--hide-scrollbars",
    "--disable-background-networking",
    "--disable-component-update",
]

# JPEG photos: (render dpi, rotation degrees, output width px, JPEG quality, dark desk)
PHOTOS = {
    "castellvi-ld": (210, -2.7, 1500, 71, True),
    "langhorne-ruiz-pt": (230, 6.4, 1700, 80, False),
    "ravensworth-cota": (200, 1.3, 1280, 64, True),
}
# scans: (dpi, skew degrees, faint)
SCANS = {
    "ifeanyi-tele": (300, 0.7, False),
    "vantreese-lvn": (150, -1.8, False),
    "arrowood-ot": (240, 1.4, False),
    "abernathy-osei-pta": (200, -0.9, True),
}
SHOT_SCALE = {"portal-desktop": 1.0, "portal-phone": 2.0}


def location(home: str | None) -> str | None:
    if not home:
        return None
    parts = [x.strip() for x in home.split(",")]
    state = re.match(r"[A-Z]{2}\b", parts[-1])
    assert state, "home line without a state"
    return f"{parts[-2]}, {state.group(0)}"


def truth_line(p: Person, file: str) -> dict:
    return {
        "file": file,
        "key": p.key,
        "format": p.fmt,
        "layout": p.design,
        "name": p.name,
        "email": p.email,
        "phone": p.phone,
        "location": location(p.home),
        "discipline": p.discipline,
        "specialties": p.specialties,
        "licenses": [
            {
                "state": x.state,
                "type": x.type,
                "number": x.number,
                "compact": x.compact,
                "expires": x.expires,
            }
            for x in p.lics
        ],
        "certifications": [
            {"name": c.name, "issuer": c.issuer} | ({"expires": c.expires} if c.expires else {})
            for c in p.certs
        ],
        "years_experience": None if p.new_grad else licensed_years(p.jobs),
        "education": [{"degree": s.degree, "school": s.school} for s in p.edu],
        "employers": list(dict.fromkeys(j.org for j in p.jobs)),
        "ehr_systems": p.ehr,
        "agencies": list(dict.fromkeys(j.agency for j in p.jobs if j.agency)),
        "clinical_sites": p.sites,
        "notes": p.notes,
    }


def chromium(args: list[str], html: Path) -> None:
    subprocess.run(
        [CHROMIUM, *FLAGS, *args, html.resolve().as_uri()],
        check=True,
        timeout=240,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def clean_pdf(p: Person, tmp: Path) -> Path:
    out = tmp / f"{p.key}.pdf"
    if p.design in rl.DESIGNS:
        rl.render(p, str(out))
    else:
        html = tmp / f"{p.key}.html"
        html.write_text(web.render(p), encoding="utf-8")
        chromium(["--no-pdf-header-footer", f"--print-to-pdf={out}"], html)
    return out


def suffix(p: Person) -> str:
    if p.fmt == "photo":
        return ".png" if p.design.startswith("portal") else ".jpg"
    return {"pdf": ".pdf", "scan": ".pdf", "docx": ".docx", "txt": ".txt"}[p.fmt]


def make(p: Person, dest: Path, tmp: Path, seed: int) -> str:
    if p.fmt == "docx":
        worddoc.render(p, dest)
        return check.docx_text(dest)
    if p.fmt == "txt":
        body = plaintext.render(p)
        dest.write_text(body, encoding="utf-8")
        return body
    pdf = clean_pdf(p, tmp)
    n = check.n_pages(pdf)
    if p.design.startswith("portal"):
        html = tmp / f"{p.key}.html"
        chromium(
            [
                f"--screenshot={dest}",
                "--window-size={},{}".format(*web.SCREEN[p.design]),
                f"--force-device-scale-factor={SHOT_SCALE[p.design]}",
            ],
            html,
        )
    elif p.fmt == "pdf":
        shutil.copy(pdf, dest)
    elif p.fmt == "photo":
        dpi, angle, width, quality, dark = PHOTOS[p.key]
        if n != 1:
            print(f"CHECK {p.key}: photo source has {n} pages", file=sys.stderr)
        img = camera.photo(camera.raster(pdf, dpi)[0], seed, angle, width, dark)
        img.save(dest, quality=quality, optimize=True)
    else:
        dpi, skew, faint = SCANS[p.key]
        pages = [
            camera.scan(im, seed + k, skew - 0.5 * k, faint)
            for k, im in enumerate(camera.raster(pdf, dpi))
        ]
        pages[0].save(dest, save_all=True, append_images=pages[1:], resolution=dpi)
    print(f"{p.key}: {n} page(s)", file=sys.stderr)
    return check.pdf_text(pdf)


def main(truth_only: bool) -> None:
    people = NURSES + ALLIED
    assert len({p.key for p in people}) == 24 == len(people)
    random.Random(20261206 + 5).shuffle(people)
    OUT.mkdir(exist_ok=True)
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, p in enumerate(people, 1):
            name = f"e{i:02d}{suffix(p)}"
            t = truth_line(p, name)
            for prob in check.problems(p):
                print(f"CHECK {p.key}: {prob}", file=sys.stderr)
            if not truth_only:
                page = make(p, OUT / name, Path(tmp), 9100 + i)
                for miss in check.missing(t, page):
                    print(f"CHECK {p.key}: {miss}", file=sys.stderr)
            lines.append(json.dumps(t, ensure_ascii=False))
            print(name, p.fmt, p.design, p.key)
    (OUT / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(truth_only="--truth-only" in sys.argv)

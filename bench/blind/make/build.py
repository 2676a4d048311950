"""Build the blind set: render every person in their format, write a/ and b/ with truth.jsonl.

Run from anywhere with the project venv: .venv/bin/python bench/blind/make/build.py
--truth-only rewrites a/truth.jsonl and b/truth.jsonl without touching the frozen files.
"""

import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import chrome  # noqa: E402
import degrade  # noqa: E402
import render_docx  # noqa: E402
import render_html  # noqa: E402
import render_text  # noqa: E402
from model import covered_years  # noqa: E402
from people_allied import PEOPLE as ALLIED  # noqa: E402
from people_rn import PEOPLE as RNS  # noqa: E402
from truth import truth  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _html_pdf(p, tmp: Path) -> Path:
    html, pdf = tmp / f"{p.key}.html", tmp / f"{p.key}.pdf"
    html.write_text(render_html.render(p), encoding="utf-8")
    chrome.print_pdf(html, pdf)
    return pdf


def make_file(p, stem: str, out: Path, tmp: Path, seed: int) -> str:
    if p.fmt == "pdf":
        shutil.copy(_html_pdf(p, tmp), out / f"{stem}.pdf")
        return f"{stem}.pdf"
    if p.fmt == "docx":
        render_docx.render(p, out / f"{stem}.docx")
        return f"{stem}.docx"
    if p.fmt == "txt":
        (out / f"{stem}.txt").write_text(render_text.render(p), encoding="utf-8")
        return f"{stem}.txt"
    if p.fmt == "photo" and p.layout == "screenshot":
        html = tmp / f"{p.key}.html"
        html.write_text(render_html.render(p), encoding="utf-8")
        png = out / f"{stem}.png"
        chrome.screenshot(html, png)
        return png.name
    if p.fmt == "photo":
        page = degrade.pdf_pages(_html_pdf(p, tmp), scale=2.4)[0]
        degrade.photo(page, seed).save(out / f"{stem}.jpg", quality=68, optimize=True)
        return f"{stem}.jpg"
    pages = [
        degrade.scan(pg, seed + i)
        for i, pg in enumerate(degrade.pdf_pages(_html_pdf(p, tmp), scale=200 / 72))
    ]
    pages[0].save(out / f"{stem}.pdf", save_all=True, append_images=pages[1:], resolution=200)
    return f"{stem}.pdf"


def check(p) -> None:
    covered = covered_years(p.jobs)
    if p.years is not None and abs(covered - p.years) > 0.3:
        print(f"CHECK {p.key}: truth years {p.years} vs jobs cover {covered}", file=sys.stderr)


def file_name(p, stem: str) -> str:
    """The name make_file gives a person's file, without rendering it."""
    if p.fmt == "photo":
        return f"{stem}.png" if p.layout == "screenshot" else f"{stem}.jpg"
    return f"{stem}.{'pdf' if p.fmt == 'scan' else p.fmt}"


def main(truth_only: bool) -> None:
    people = RNS + ALLIED
    rng = random.Random(20261201)
    for half in "ab":
        out = ROOT / half
        out.mkdir(exist_ok=True)
        if not truth_only:
            for old in out.iterdir():
                old.unlink()
        members = [p for p in people if p.half == half]
        rng.shuffle(members)
        lines = []
        with tempfile.TemporaryDirectory() as tmpdir:
            for i, p in enumerate(members, 1):
                check(p)
                stem, seed = f"{half}{i:02d}", i + (0 if half == "a" else 100)
                name = file_name(p, stem)
                if not truth_only:
                    name = make_file(p, stem, out, Path(tmpdir), seed)
                lines.append(json.dumps(truth(p, name), ensure_ascii=False))
                print(half, name, p.key)
        (out / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(truth_only="--truth-only" in sys.argv)

"""Build set v: render every resume, photograph and scan some, check the truth against the
text of each rendered document, write truth.jsonl and score it against itself.

usage: /work/blindv-tools/bin/python bench/blind/make_v/build.py [--only=v01,v02]
"""

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

from PIL import Image

import optics
import render_docx
import render_pdf
import render_txt
from model import truth_line
from people_a import PEOPLE as A
from people_b import PEOPLE as B

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "v"
SCORE = HERE.parents[2].parent / "shared" / "eval" / "score.py"
PDF_DESIGNS = {
    "twocol": render_pdf.twocol,
    "band": render_pdf.band,
    "agency": render_pdf.agency,
    "classic": render_pdf.classic,
}
DOCX_DESIGNS = {
    "modern": render_docx.modern,
    "chrono": render_docx.chrono,
    "skills": render_docx.skills,
}
TXT_DESIGNS = {
    "linkedin": render_txt.linkedin,
    "indeed": render_txt.indeed,
    "email": render_txt.email,
    "plain": render_txt.plain,
}


def run(*cmd):
    subprocess.run(cmd, check=True, capture_output=True)


def soffice(src: Path, fmt: str, outdir: Path) -> Path:
    run("soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(src))
    ext = fmt.split(":")[0]
    return outdir / (src.stem + "." + ext)


def pdftext(path: Path) -> str:
    out = []
    for mode in ("-layout", "-raw"):
        out.append(
            subprocess.run(
                ["pdftotext", mode, str(path), "-"], check=True, capture_output=True, text=True
            ).stdout
        )
    return "\n".join(out)


def docxtext(path: Path) -> str:
    parts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", name):
                xml = z.read(name).decode("utf8")
                xml = re.sub(r"</w:p>", "\n", xml)
                xml = re.sub(r"<w:tab/>", "\t", xml)
                parts.append(html.unescape(re.sub(r"<[^>]+>", "", xml)))
    return "\n".join(parts)


def pages(pdf: Path, work: Path, dpi: int, gray=False) -> list[Image.Image]:
    stem = work / (pdf.stem + "-pg")
    run("pdftoppm", "-r", str(dpi), *(["-gray"] if gray else []), "-png", str(pdf), str(stem))
    files = sorted(work.glob(pdf.stem + "-pg*.png"))
    return [Image.open(f) for f in files]


def render(p, work: Path) -> list[str]:
    """Write the resume into OUT; return the texts of the rendered documents before any camera."""
    dst = OUT / p.file
    seed = int(p.id[1:])
    if p.fmt == "txt":
        dst.write_text(TXT_DESIGNS[p.design](p))
        return [dst.read_text()]
    if p.fmt in ("docx", "doc") or (p.fmt == "scan" and p.design in DOCX_DESIGNS):
        src = work / f"{p.id}.docx"
        DOCX_DESIGNS[p.design](p, str(src))
        texts = [docxtext(src)]
        if p.fmt == "docx":
            shutil.copy(src, dst)
        elif p.fmt == "doc":
            doc = soffice(src, "doc:MS Word 97", work)
            shutil.copy(doc, dst)
            (work / "t").mkdir()
            texts.append(soffice(doc, "txt:Text", work / "t").read_text(errors="replace"))
        else:
            pdf = soffice(src, "pdf", work)
            texts.append(pdftext(pdf))
            pgs = pages(pdf, work, 200, gray=True)
            optics.scan(pgs, str(dst), seed, skew=0.9 if seed % 2 else -1.2)
        return texts
    src = work / f"{p.id}.pdf"
    if p.design.startswith("web"):
        render_pdf.web(p, str(src), p.design[4:])
        h = int(Path(str(src) + ".height").read_text())
        img = pages(src, work, 216)[0]
        img = img.crop((0, 0, img.width, int(h * 3)))
        optics.screenshot(img, str(dst))
        return [pdftext(src)]
    PDF_DESIGNS[p.design](p, str(src))
    texts = [pdftext(src)]
    if p.fmt == "pdf":
        shutil.copy(src, dst)
    elif p.fmt == "photo":
        pgs = pages(src, work, 200)
        assert len(pgs) == 1, (p.id, len(pgs))
        bg = [(118, 86, 58), (92, 96, 104), (160, 146, 120)][seed % 3]
        optics.photo(
            pgs[0],
            str(dst),
            seed,
            bg=bg,
            tilt=[2.2, -1.6, 3.1][seed % 3],
            quality=[70, 74, 66][seed % 3],
        )
    else:
        pgs = pages(src, work, 200, gray=True)
        optics.scan(pgs, str(dst), seed, skew=0.9 if seed % 2 else -1.2)
    return texts


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    return re.sub(r"\s+", " ", s)


def check(t: dict, texts: list[str]) -> list[str]:
    hay = fold("\n".join(texts))
    vals = [("name", t["name"]), ("email", t["email"]), ("phone", t["phone"])]
    if t["location"]:
        vals.append(("location", t["location"]))
    vals += [("employer", e) for e in t["employers"]] + [("agency", a) for a in t["agencies"]]
    vals += [("site", s) for s in t["clinical_sites"]] + [("ehr", e) for e in t["ehr_systems"]]
    for lic in t["licenses"]:
        if lic["number"]:
            vals.append(("licence", lic["number"]))
    for c in t["certifications"]:
        vals.append(("cert", c["name"]))
        if c["issuer"]:
            vals.append(("issuer", c["issuer"]))
    for e in t["education"]:
        vals += [("degree", e["degree"]), ("school", e["school"])]
    return [f"{label} {v!r}" for label, v in vals if fold(v) not in hay]


def main(argv):
    only = None
    for a in argv:
        if a.startswith("--only="):
            only = set(a[7:].split(","))
    OUT.mkdir(exist_ok=True)
    people = A + B
    assert [p.id for p in people] == [f"v{i:02d}" for i in range(1, 31)]
    lines, misses = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for p in people:
            t = truth_line(p)
            lines.append(t)
            if only and p.id not in only:
                continue
            work = Path(tmp) / p.id
            work.mkdir()
            texts = render(p, work)
            for m in check(t, texts):
                print(f"CHECK {p.file}: {m}")
                misses += 1
    if only:
        return 1 if misses else 0
    with open(OUT / "truth.jsonl", "w") as fh:
        for t in lines:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    r = subprocess.run(
        [sys.executable, str(SCORE), str(OUT / "truth.jsonl"), str(OUT / "truth.jsonl")],
        capture_output=True,
        text=True,
    )
    print(r.stdout.strip().splitlines()[-1])
    counts: dict[str, int] = {}
    for t in lines:
        counts[t["format"]] = counts.get(t["format"], 0) + 1
    print("formats", dict(sorted(counts.items())), "misses", misses)
    return 1 if misses or "overall 1.000" not in r.stdout else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Build set u: render every resume, photograph/scan some, check truth against the rendered text.

usage: python build.py [--truth-only] [--only u01,u02]
Writes bench/blind/u/uNN.* and u/truth.jsonl; intermediate files go to /tmp/blindu-work.
"""

import html
import json
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

from PIL import Image

import optics
import render_docx
import render_html
import render_odt
import render_rl
from model import spans_of, years
from people_a import PEOPLE as A
from people_b import PEOPLE as B

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "u"
WORK = Path("/tmp/blindu-work")
SCORE = HERE.parents[3] / "shared" / "eval" / "score.py"
EXT = {"pdf": "pdf", "docx": "docx", "doc": "doc", "txt": "txt", "scan": "pdf"}
FIELDS = [
    "file",
    "key",
    "format",
    "layout",
    "name",
    "email",
    "phone",
    "location",
    "discipline",
    "specialties",
    "licenses",
    "certifications",
    "years_experience",
    "education",
    "employers",
    "ehr_systems",
    "agencies",
    "clinical_sites",
    "notes",
]


def fold(s):
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def soffice(src, filt, outdir):
    subprocess.run(
        ["soffice", "--headless", "--convert-to", filt, "--outdir", str(outdir), str(src)],
        check=True,
        capture_output=True,
    )


def pdftext(pdf):
    a = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    b = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return a + "\n" + b


def pages_of(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                xml = z.read(n).decode("utf-8")
                xml = re.sub(r"</w:p>", "\n", xml)
                xml = re.sub(r"<w:tab/>", "\t", xml)
                out.append(html.unescape(re.sub(r"<[^>]+>", "", xml)))
    return "\n".join(out)


def raster(pdf, dpi, stem):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(WORK / stem)], check=True)
    files = sorted(WORK.glob(f"{stem}-*.png"))
    return [Image.open(f).copy() for f in files]


def render_source(r):
    """The rendered document before any camera: returns (path, kind) with kind pdf/docx/txt."""
    kind, _, design = r["render"].partition(":")
    rid = r["id"]
    if kind == "txt":
        p = WORK / f"{rid}.txt"
        p.write_text(r["text"], encoding="utf-8")
        return p, "txt"
    if kind == "rl":
        p = WORK / f"{rid}.pdf"
        render_rl.render(r, str(p))
        return p, "pdf"
    if kind == "html":
        p = WORK / f"{rid}.pdf"
        render_html.render(r, str(p))
        return p, "pdf"
    if kind == "odt":
        target = "docx" if r["fmt"] == "docx" else "pdf"
        p = WORK / f"{rid}.{target}"
        render_odt.render(r, str(p), WORK)
        return p, target
    if kind == "docx":
        p = WORK / f"{rid}.docx"
        render_docx.render(r, str(p))
        return p, "docx"
    raise ValueError(r["render"])


def build_one(r):
    rid, fmt = r["id"], r["fmt"]
    src, kind = render_source(r)
    texts = []
    if kind == "pdf":
        texts.append(pdftext(src))
    elif kind == "docx":
        texts.append(docx_text(src))
    else:
        texts.append(src.read_text(encoding="utf-8"))
    seed = int(rid[1:]) * 7919
    if fmt in ("pdf", "docx", "txt"):
        dest = OUT / f"{rid}.{EXT[fmt]}"
        shutil.copyfile(src, dest)
    elif fmt == "doc":
        soffice(src, "doc:MS Word 97", WORK)
        dest = OUT / f"{rid}.doc"
        shutil.copyfile(WORK / f"{rid}.doc", dest)
        soffice(WORK / f"{rid}.doc", "txt:Text", WORK / "doctxt")
        texts.append((WORK / "doctxt" / f"{rid}.txt").read_text(encoding="utf-8", errors="replace"))
    else:
        pdf = src
        if kind == "docx":
            soffice(src, "pdf:writer_pdf_Export", WORK / "pdf")
            pdf = WORK / "pdf" / f"{rid}.pdf"
            texts.append(pdftext(pdf))
        shot = r["shot"]
        if shot == "phone":
            img = raster(pdf, 288, rid)[0]
            img = optics.crop_to_content(img, (18, 20, 23), pad=60)
            dest = OUT / f"{rid}.png"
            optics.screenshot(img, dest)
        elif shot == "email":
            img = raster(pdf, 120, rid)[0]
            img = optics.crop_to_content(img, (243, 242, 241), pad=40)
            dest = OUT / f"{rid}.png"
            optics.screenshot(img, dest)
        elif shot == "photo":
            assert pages_of(pdf) == 1, f"{rid}: a photographed page must fit on one page"
            img = raster(pdf, 200, rid)[0]
            dest = OUT / f"{rid}.jpg"
            dest.write_bytes(optics.photo(img, seed, **r["photo"]))
        elif shot == "scan":
            s = r["scan"]
            imgs = raster(pdf, s["dpi"], rid)
            assert len(imgs) == len(s["skews"]), (
                f"{rid}: {len(imgs)} pages, {len(s['skews'])} skews"
            )
            dest = OUT / f"{rid}.pdf"
            dest.write_bytes(
                optics.scan(
                    imgs,
                    seed,
                    s["skews"],
                    dpi=s["dpi"],
                    bilevel=s.get("bilevel", False),
                    threshold=s.get("threshold", 160),
                )
            )
        else:
            raise ValueError(shot)
    return dest, "\n".join(texts)


def truth_line(r, dest):
    t = dict(r["truth"])
    line = {
        "file": dest.name,
        "key": t.pop("key"),
        "format": r["fmt"],
        "layout": r["layout"],
        "name": r["name"],
    }
    line.update(t)
    line["years_experience"] = years(spans_of(r))
    return {k: line.get(k) for k in FIELDS}


def check(line, text):
    """Every truth string must appear in the rendered text (before any camera or scanner)."""
    hay = fold(text)
    want = [("name", line["name"]), ("email", line["email"]), ("phone", line["phone"])]
    if line["location"]:
        city, st = line["location"].rsplit(", ", 1)
        want += [("city", city), ("state", st)]
    for k in ("employers", "agencies", "clinical_sites", "ehr_systems", "specialties_skip"):
        want += [(k, v) for v in line.get(k) or []]
    for lic in line["licenses"]:
        want.append(("licence number", lic["number"]))
    for c in line["certifications"]:
        want.append(("cert", c["name"]))
        if c["issuer"]:
            want.append(("issuer", c["issuer"]))
    for e in line["education"]:
        want += [("degree", e["degree"]), ("school", e["school"])]
    misses = [(k, v) for k, v in want if v and fold(v) not in hay]
    for k, v in misses:
        print(f"CHECK {line['file']}: {k} {v!r}")
    return not misses


def main(argv):
    only = None
    for a in argv:
        if a.startswith("--only="):
            only = set(a.split("=", 1)[1].split(","))
    WORK.mkdir(exist_ok=True)
    (WORK / "pdf").mkdir(exist_ok=True)
    OUT.mkdir(exist_ok=True)
    people = A + B
    assert len({r["id"] for r in people}) == 30
    lines, ok = [], True
    for r in people:
        if only and r["id"] not in only:
            continue
        dest, text = build_one(r)
        line = truth_line(r, dest)
        ok &= check(line, text)
        lines.append(line)
        print(
            f"{dest.name:9} {line['discipline']:12} {line['years_experience']!s:5} {line['layout']}"
        )
    if only:
        return 0 if ok else 1
    truth = OUT / "truth.jsonl"
    truth.write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8"
    )
    res = subprocess.run(
        [sys.executable, str(SCORE), str(truth), str(truth)], capture_output=True, text=True
    )
    last = res.stdout.strip().splitlines()[-1]
    print("self-score:", last)
    ok &= last.startswith("overall 1.000")
    fmts = {}
    for x in lines:
        fmts[x["format"]] = fmts.get(x["format"], 0) + 1
    print("formats:", fmts)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Build set s: render every resume, put photos and scans through optics.py, check each truth value
against the text of the rendered page (before any camera or scanner), and write s/truth.jsonl.

usage: /work/blinds-tools/bin/python bench/blind/make_s/build.py [--only s05,s21] [--truth-only]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from model import Resume  # noqa: E402
from people_a import PEOPLE_A  # noqa: E402
from people_b import PEOPLE_B  # noqa: E402

OUT = HERE.parent / "s"
WORK = Path(os.environ.get("BLINDS_WORK", "/tmp/blinds_s_build"))
NODE_RENDER = {"jspdf", "pdflib", "reactpdf", "pdfmake", "officegen", "html2docx"}
SYS_RENDER = {"pango", "uno"}
PEOPLE: list[Resume] = PEOPLE_A + PEOPLE_B


def render(r: Resume, target: Path) -> None:
    spec_path = WORK / f"{r.key}.json"
    spec_path.write_text(json.dumps(r.spec(), ensure_ascii=False, indent=1), encoding="utf-8")
    if r.render in NODE_RENDER:
        subprocess.run(
            ["node", str(HERE / "render_node.mjs"), str(spec_path), str(target)], check=True
        )
    elif r.render in SYS_RENDER:
        subprocess.run(
            [
                "/usr/bin/python3",
                str(HERE / "render_sys.py"),
                r.render,
                str(spec_path),
                str(target),
            ],
            check=True,
        )
    else:
        from render_py import RENDER

        RENDER[r.render](r.spec(), str(target))


# ---------------------------------------------------------------- page text for the check


def pdf_text(p: Path) -> str:
    a = subprocess.run(
        ["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True
    ).stdout
    b = subprocess.run(
        ["pdftotext", "-raw", str(p), "-"], capture_output=True, text=True, check=True
    ).stdout
    return a + "\n" + b


def docx_text(p: Path) -> str:
    """Paragraph texts of the body, headers and footers, read namespace-aware (html-to-docx writes
    its headers with a default namespace instead of the w: prefix)."""
    import xml.etree.ElementTree as ET

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    with zipfile.ZipFile(p) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for para in root.iter(w + "p"):
                    out.append(
                        "".join(
                            (x.text or "") if x.tag == w + "t" else "\t"
                            for x in para.iter()
                            if x.tag in (w + "t", w + "tab")
                        )
                    )
    return "\n".join(out)


def lo_text(p: Path) -> str:
    tmp = Path(tempfile.mkdtemp(prefix="lotxt_"))
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp}/lo",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
            str(tmp),
            str(p),
        ],
        check=True,
        capture_output=True,
    )
    t = (tmp / (p.stem + ".txt")).read_text(encoding="utf-8-sig")
    shutil.rmtree(tmp, ignore_errors=True)
    return t


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"[\u2018\u2019\u02bc\u02bb]", "'", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def check_values(t: dict[str, Any]) -> list[tuple[str, str]]:
    vals: list[tuple[str, str]] = [("name", tok) for tok in t["name"].split()]
    vals += [("email", t["email"]), ("phone", t["phone"])]
    if t["location"]:
        vals.append(("city", t["location"].split(",")[0]))
    vals += [("employer", e) for e in t["employers"]]
    vals += [("agency", a) for a in t["agencies"]]
    vals += [("site", c) for c in t["clinical_sites"]]
    for lc in t["licenses"]:
        vals.append(("licence", lc["number"]))
    for c in t["certifications"]:
        vals.append(("cert", c["name"]))
        if c["issuer"]:
            vals.append(("issuer", c["issuer"]))
    for e in t["education"]:
        vals += [("degree", e["degree"]), ("school", e["school"])]
    vals += [("ehr", x) for x in t["ehr_systems"]]
    return vals


def page_check(r: Resume, text: str) -> int:
    hay = norm(text)
    misses = 0
    for label, v in check_values(r.truth):
        if norm(v) not in hay:
            print(f"CHECK {r.file}: {label} {v!r}")
            misses += 1
    return misses


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--truth-only", action="store_true")
    args = ap.parse_args()
    only = {x.strip() for x in args.only.split(",") if x.strip()}
    OUT.mkdir(exist_ok=True)
    WORK.mkdir(parents=True, exist_ok=True)
    import optics

    misses = 0
    for r in PEOPLE:
        stem = r.file.split(".")[0]
        if args.truth_only or (only and stem not in only):
            continue
        target = OUT / r.file
        print(f"build {r.file} ({r.render}, {r.layout})", flush=True)
        if r.fmt == "txt":
            target.write_text(r.raw, encoding="utf-8")
            text = r.raw
        elif r.fmt in ("photo", "scan"):
            src = WORK / f"{stem}-source.pdf"
            render(r, src)
            text = pdf_text(src)
            getattr(optics, r.optics)(src, target, r)
        else:
            render(r, target)
            if r.fmt == "pdf":
                text = pdf_text(target)
            elif r.fmt == "docx":
                text = docx_text(target)
            else:
                text = lo_text(target)
        (WORK / f"{stem}.txt").write_text(text, encoding="utf-8")
        misses += page_check(r, text)
    keys = [
        "file", "key", "format", "layout", "name", "email", "phone", "location", "discipline", "specialties",
        "licenses", "certifications", "years_experience", "education", "employers", "ehr_systems", "agencies",
        "clinical_sites", "notes",
    ]  # fmt: skip
    with open(OUT / "truth.jsonl", "w", encoding="utf-8") as fh:
        for r in sorted(PEOPLE, key=lambda x: x.file):
            t = dict(r.truth, file=r.file, key=r.key, format=r.fmt, layout=r.layout)
            fh.write(json.dumps({k: t[k] for k in keys}, ensure_ascii=False) + "\n")
    print(f"{len(PEOPLE)} truth lines; {misses} page-check misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())

"""Build set r: render every resume, check the truth strings against the rendered text (before
any camera or scanner), apply the optics, write ../r/truth.jsonl.

usage: /work/blindr-tools/bin/python bench/blind/make_r/build.py [--truth-only] [--only r05,r06]
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pikepdf  # noqa: E402

import optics  # noqa: E402
import render  # noqa: E402
from model import truth_line  # noqa: E402
from people_a import P as PA  # noqa: E402
from people_b import P as PB  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "r")
PEOPLE = PA + PB

# file -> (source renderer, design, post step)
PLAN = {
    "r01": ("latex", "sidebar", None),
    "r02": ("latex", "twoline", None),
    "r03": ("odp", None, None),
    "r04": ("pdfkit", "cv", None),
    "r05": ("latex", "article", "encrypt"),
    "r06": ("pdfkit", "form", "linearize"),
    "r07": ("latex", "header", None),
    "r08": ("merge", "serif", None),
    "r09": ("latex", "caps", None),
    "r10": ("docx", "header", None),
    "r11": ("docx", "columns", None),
    "r12": ("docx", "numbered", None),
    "r13": ("docx", "footer", None),
    "r14": ("odt", "docx:MS Word 2007 XML", None),
    "r15": ("odt", "docx:MS Word 2007 XML", None),
    "r16": ("docx", "sidebar", None),
    "r17": ("odt", "doc:MS Word 97", None),
    "r18": ("txt", "dashes", None),
    "r19": ("txt", "crlf", None),
    "r20": ("txt", "plain", None),
    "r21": ("latex", "article", optics.scanner_app),
    "r22": ("pdfkit", "clean", optics.monitor),
    "r23": ("latex", "serif", optics.lamp),
    "r24": ("pdfkit", "serif", optics.chat_app),
    "r25": ("pdfkit", "clean", optics.two_pages),
    "r26": ("latex", "article", optics.scan_duplex),
    "r27": ("pdfkit", "clean", optics.scan_blue),
    "r28": ("latex", "serif", optics.scan_coffee),
    "r29": ("pdfkit", "serif", optics.scan_dither),
    "r30": ("latex", "article", optics.scan_stamp),
}
PAGES = {"r08": 2, "r25": 2, "r26": 2}


def fold(s):
    s = str(s).replace("\u2212", "-").replace("\u2019", "'").replace("\u00ad", "")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return (
            subprocess.run(
                ["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True
            ).stdout
            + "\n"
            + subprocess.run(
                ["pdftotext", path, "-"], capture_output=True, text=True, check=True
            ).stdout
        )
    if ext == "docx":
        parts = []
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                    xml = z.read(n).decode("utf8")
                    xml = re.sub(r"</w:p>", "\n", xml)
                    xml = re.sub(r"<w:tab/>", " ", xml)
                    parts.append(re.sub(r"<[^>]+>", "", xml))
        import html

        return html.unescape("\n".join(parts))
    if ext == "doc":
        with tempfile.TemporaryDirectory() as td:
            txt = os.path.join(td, "d.txt")
            render.soffice_convert(path, "txt:Text (encoded):UTF8", txt)
            return open(txt, encoding="utf-8-sig").read()
    return open(path, encoding="utf-8").read()


def check(p, text):
    t = p["truth"]
    ft = fold(text)
    want = [("email", t["email"]), ("phone", t["phone"])]
    want += [("name-token", tok) for tok in t["name"].split()]
    if t.get("location"):
        want.append(("city", t["location"].split(",")[0]))
    want += [("employer", e) for e in t["employers"]]
    want += [("agency", a) for a in t.get("agencies", [])]
    want += [("licence", lc["number"]) for lc in t["licenses"]]
    want += [("cert", c["name"]) for c in t["certifications"]]
    want += [("issuer", c["issuer"]) for c in t["certifications"] if c["issuer"]]
    want += [("degree", e["degree"]) for e in t["education"]] + [
        ("school", e["school"]) for e in t["education"]
    ]
    want += [("ehr", e) for e in t["ehr_systems"]]
    want += [("site", s) for s in t.get("clinical_sites", [])]
    misses = [f"CHECK {p['file']}: {label} {v!r}" for label, v in want if fold(v) not in ft]
    if p["file"].startswith("r20") and re.search(r"\b[A-Z]{2},? \d{5}\b", text):
        misses.append("CHECK r20: a ZIP-like number on the no-address page")
    return misses


def pages(pdf):
    with pikepdf.open(pdf) as d:
        return len(d.pages)


def build_one(p, td):
    stem = p["file"].split(".")[0]
    kind, design, post = PLAN[stem]
    final = os.path.join(OUT, p["file"])
    camera = callable(post)
    src = os.path.join(td, stem + ".pdf") if camera else final
    if kind == "latex":
        render.render_latex(p, src, design)
    elif kind == "pdfkit":
        render.render_node("pdfkit_render.js", p, src, design)
    elif kind == "odp":
        render.render_odp_pdf(p, src)
    elif kind == "merge":
        i = next(k for k, b in enumerate(p["blocks"]) if b[0] == "pagebreak")
        a, b = os.path.join(td, "a.pdf"), os.path.join(td, "b.pdf")
        render.render_latex(p, a, design, blocks=p["blocks"][:i])
        render.render_node("pdfkit_render.js", p, b, "page2", blocks=p["blocks"][i + 1 :])
        with pikepdf.open(a) as da, pikepdf.open(b) as db:
            da.pages.extend(db.pages)
            da.save(src)
    elif kind == "docx":
        render.render_node("docx_render.js", p, src, design)
    elif kind == "odt":
        render.render_odt_convert(p, src, design)
    elif kind == "txt":
        render.render_txt(p, src, design)
    if post == "encrypt":
        tmp = os.path.join(td, "plain.pdf")
        os.replace(src, tmp)
        with pikepdf.open(tmp) as d:
            perms = pikepdf.Permissions(
                modify_other=False,
                modify_annotation=False,
                modify_assembly=False,
                modify_form=False,
            )
            d.save(
                src,
                encryption=pikepdf.Encryption(
                    owner="r05-restrict-editing", user="", R=6, allow=perms
                ),
            )
    elif post == "linearize":
        tmp = os.path.join(td, "plain.pdf")
        os.replace(src, tmp)
        subprocess.run(["qpdf", "--linearize", tmp, src], check=True)
    misses = check(p, text_of(src))
    if src.endswith(".pdf") and stem in PAGES and pages(src) != PAGES[stem]:
        misses.append(f"CHECK {p['file']}: pages {pages(src)} != {PAGES[stem]}")
    if camera:
        post(src, final, seed=int(stem[1:]) * 7919)
    return misses


def main(argv):
    only = None
    for a in argv:
        if a.startswith("--only"):
            only = set(a.split("=", 1)[1].split(","))
    os.makedirs(OUT, exist_ok=True)
    misses = []
    if "--truth-only" not in argv:
        with tempfile.TemporaryDirectory() as td:
            for p in PEOPLE:
                if only and p["file"].split(".")[0] not in only:
                    continue
                m = build_one(p, td)
                misses += m
                print(p["file"], "ok" if not m else f"{len(m)} misses", flush=True)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for p in PEOPLE:
            fh.write(json.dumps(truth_line(p), ensure_ascii=False) + "\n")
    for m in misses:
        print(m)
    print(f"{len(misses)} misses")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Build set q: render every resume, check the truth against the rendered text, write truth.jsonl.

usage: /work/blindq-tools/bin/python bench/blind/make_q/build.py [--truth-only] [--only q05,q06]
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import optics  # noqa: E402
import render  # noqa: E402
from model import years  # noqa: E402
from people_a import P as PA  # noqa: E402
from people_b import P as PB  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "q")
PEOPLE = PA + PB
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


def key_of(p):
    last = re.sub(
        r"[^a-z]+",
        "-",
        unicodedata.normalize("NFKD", p["name"].split()[-1])
        .encode("ascii", "ignore")
        .decode()
        .lower(),
    ).strip("-")
    return f"{last}-{p['layout'].split('-')[0]}"


def pdftext(pdf):
    return subprocess.run(
        ["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True
    ).stdout


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def render_one(p, work):
    f = p["file"]
    out = os.path.join(OUT, f)
    n = int(f[1:3])
    doc = p["doc"]
    src_pdf = os.path.join(work, "src.pdf")

    def abi_pdf(target):
        h = os.path.join(work, "r.html")
        with open(h, "w", encoding="utf-8") as fh:
            fh.write(render.to_html(doc))
        render.abiword(h, "pdf", target)

    if n == 1:
        abi_pdf(out)
        return pdftext(out)
    if n in (2, 3):
        render.inkscape_pdf(render.to_svg(doc, sidebar=(n == 3)), out, work)
        return pdftext(out)
    if n == 4:
        render.mpl_pdf(doc, out)
        return pdftext(out)
    if n == 5:
        render.enscript_pdf(render.to_text(doc, width=72, underline="-"), out, work)
        return pdftext(out)
    if n == 6:
        render.ps_to_pdf(render.postscript(doc), out, work)
        return pdftext(out)
    if n == 7:
        render.latex_pdf(render.latex_moderncv(doc), out, work, runs=2)
        return pdftext(out)
    if n == 8:
        render.latex_pdf(render.latex_tabularx(doc), out, work)
        return pdftext(out)
    if n == 9:
        render.latex_pdf(render.latex_article(doc, scale="12pt"), out, work)
        return pdftext(out)
    if n == 10:
        render.docx_gdocs(doc, out)
        return render.docx_text(out)
    if n == 11:
        render.docx_footer_footnote(doc, out, p["footer"], p["footnote"])
        return render.docx_text(out)
    if n in (12, 14, 16):
        h = os.path.join(work, "r.html")
        with open(h, "w", encoding="utf-8") as fh:
            fh.write(render.to_html(doc, accent="#3b3b3b"))
        if n == 12:
            render.abiword(h, "docx", out)
            return render.docx_text(out)
        rtf = os.path.join(work, "r.rtf")
        render.abiword(h, "rtf", rtf)
        if n == 14:
            render.abiword(rtf, "docx", out)
            return render.docx_text(out)
        shutil.copy(rtf, out)
        txt = os.path.join(work, "rtf.txt")
        render.abiword(out, "txt", txt)
        return open(txt, encoding="utf-8", errors="replace").read()
    if n in (13, 15):
        render.docx_plain(
            doc, out, columns=(n == 13), numbered_dates=(n == 15), caps_headings=(n == 15)
        )
        return render.docx_text(out)
    if n in (17, 18, 19):
        if n == 17:
            text = render.to_text(doc, width=76, underline="=")
        elif n == 18:
            text = render.to_text(doc, width=72, underline="", bullet="* ")
        else:
            text = render.to_text(doc, width=90, underline="-")
        with open(out, "w", encoding="utf-8", newline="\r\n" if n == 19 else "\n") as fh:
            fh.write(text)
        return text
    # photos and scans: a source PDF first
    if n in (20, 24):
        render.inkscape_pdf(
            render.to_svg(doc, sidebar=(n == 24), accent="#1d4f91" if n == 20 else "#5b3a8c"),
            src_pdf,
            work,
        )
    elif n in (21, 27):
        abi_pdf(src_pdf)
    elif n in (22, 28):
        render.mpl_pdf(doc, src_pdf, accent="#8a3b12" if n == 22 else "#2d4a22")
    elif n in (23, 25, 29):
        render.latex_pdf(
            render.latex_article(
                doc,
                scale="12pt" if n == 29 else "11pt",
                margin="1.4in" if n == 29 else "0.9in",
                fontpkg=r"\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
                if n == 23
                else r"\usepackage{mathptmx}",
            ),
            src_pdf,
            work,
        )
    elif n == 26:
        render.ps_to_pdf(render.postscript(doc), src_pdf, work)
    elif n == 30:
        render.enscript_pdf(
            render.to_text(doc, width=80, underline=""),
            src_pdf,
            work,
            font="Courier11",
            header="resume_stclair.txt",
        )
    text = pdftext(src_pdf)
    seed = 9000 + n
    if n == 20:
        optics.photo_laptop_screen(optics.raster(src_pdf, 200, work)[0], out, seed)
    elif n == 21:
        optics.photo_folded(optics.raster(src_pdf, 200, work)[0], out, seed)
    elif n == 22:
        optics.photo_thumb(optics.raster(src_pdf, 200, work)[0], out, seed)
    elif n == 23:
        optics.photo_lowres(optics.raster(src_pdf, 100, work)[0], out, seed)
    elif n == 24:
        optics.photo_desk_png(optics.raster(src_pdf, 170, work)[0], out, seed)
    elif n == 25:
        back = os.path.join(work, "back.pdf")
        render.enscript_pdf(render.to_text(PEOPLE[4]["doc"]), back, work)
        optics.scan_photocopier(
            optics.raster(src_pdf, 200, work, grey=True)[0],
            optics.raster(back, 200, work, grey=True)[0],
            out,
            seed,
        )
    elif n == 26:
        optics.scan_fax(optics.raster(src_pdf, 200, work, grey=True)[0], out, seed)
    elif n == 27:
        optics.scan_otsu(optics.raster(src_pdf, 300, work, grey=True)[0], out, seed)
    elif n == 28:
        optics.scan_pen(optics.raster(src_pdf, 200, work)[0], out, seed)
    elif n == 29:
        optics.scan_grey_pages(optics.raster(src_pdf, 200, work, grey=True), out, seed)
    elif n == 30:
        optics.scan_grey_pages(
            optics.raster(src_pdf, 150, work, grey=True),
            out,
            seed,
            angles=(1.2,),
            dpi=150,
            contrast=0.62,
        )
    shutil.copy(src_pdf, os.path.join(work, "..", f"src_{f}.pdf"))
    return text


def fold(s):
    s = (
        unicodedata.normalize("NFKD", str(s).replace("\u2019", "'").replace("\u2212", "-"))
        .encode("ascii", "ignore")
        .decode()
        .lower()
    )
    s = s.replace("\u2019", "'").replace("\u2212", "-")
    return re.sub(r"\s+", " ", s).strip()


def check(p, text):
    t = fold(text)
    vals = [("name", p["name"]), ("email", p["email"]), ("phone", p["phone"])]
    vals += [("employer", e) for e in p["employers"]] + [("agency", a) for a in p["agencies"]]
    vals += [("licence", lic["number"]) for lic in p["licenses"]]
    vals += [("cert", c["name"]) for c in p["certifications"]]
    vals += [("issuer", c["issuer"]) for c in p["certifications"] if c["issuer"]]
    vals += [("school", e["school"]) for e in p["education"]] + [
        ("degree", e["degree"]) for e in p["education"]
    ]
    vals += [("ehr", e) for e in p["ehr_systems"]] + [("site", s) for s in p["clinical_sites"]]
    if p["location"]:
        vals.append(("city", p["location"].split(",")[0]))
    miss = 0
    for label, v in vals:
        if fold(v) not in t:
            print(f"CHECK {p['file']}: {label} {v!r}")
            miss += 1
    if not p["location"] and re.search(r"\b\d{5}\b", text):
        print(f"CHECK {p['file']}: a ZIP code on a page whose truth has no location")
        miss += 1
    return miss


def truth_line(p):
    row = dict(p)
    row["key"] = key_of(p)
    row["years_experience"] = years(p["spans"])
    return {k: row[k] for k in FIELDS}


def main(argv):
    only = None
    for a in argv:
        if a.startswith("--only"):
            only = set(a.split("=", 1)[1].split(","))
    os.makedirs(OUT, exist_ok=True)
    total = 0
    base = tempfile.mkdtemp(prefix="blindq-")
    if "--truth-only" not in argv:
        for p in PEOPLE:
            if only and p["file"][:3] not in only:
                continue
            work = os.path.join(base, p["file"])
            os.makedirs(work)
            text = render_one(p, work)
            with open(os.path.join(base, p["file"] + ".txt"), "w") as fh:
                fh.write(text)
            total += check(p, text)
            print("built", p["file"], p["layout"], flush=True)
    for f in ("q02.pdf", "q09.pdf", "q29.pdf"):
        src = os.path.join(base, f"src_{f}.pdf") if f == "q29.pdf" else os.path.join(OUT, f)
        if os.path.exists(src):
            print("pages", f, pages(src))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for p in PEOPLE:
            fh.write(json.dumps(truth_line(p), ensure_ascii=False) + "\n")
    print("misses:", total, "work:", base)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Build blind set m: documents, photos, scans and truth.jsonl from the same person records.

usage: .venv/bin/python bench/blind/make_m/build.py [--truth-only] [--only m01,m02]
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import mdpages  # noqa: E402
import odtpages  # noqa: E402
import optics  # noqa: E402
import pages  # noqa: E402
import textfiles  # noqa: E402
import worddocs  # noqa: E402
from model import MONTHS, Person  # noqa: E402
from people_allied import P as ALLIED  # noqa: E402
from people_rn import P as RNS  # noqa: E402

OUT = HERE.parent / "m"
WORK = Path("/tmp/make_m_work")
PEOPLE: list[Person] = sorted(RNS + ALLIED, key=lambda p: p.file)

GDOCS_CSS = """<style>
@page { size: Letter; margin: 0.55in 0.7in; }
body { font-family: 'Liberation Sans'; font-size: 9.6pt; line-height: 1.25; color: #222; max-width: none !important; margin: 0 !important; padding: 0 !important; background: white !important; }
h1 { font-size: 24pt; font-weight: 400; margin: 0 0 2px 0; }
h2 { font-size: 12pt; color: #1a5fb4; font-weight: 700; margin: 12px 0 4px 0; }
p { margin: 0 0 5px 0; } ul { margin: 0 0 6px 0; padding-left: 18px; } li { margin-bottom: 1px; }
</style>"""

# photo and scan settings per file
PHOTO = {
    "m15": dict(
        bg="carpet",
        out_w=2400,
        rotate=-3.5,
        keystone=0.05,
        finger=True,
        quality=62,
        blur=0.9,
        light=(0.8, 1.05),
        light_angle=200,
    ),
    "m16": dict(
        bg="desk",
        out_w=2000,
        rotate=2.2,
        keystone=0.04,
        cast=(1.08, 0.92, 0.6),
        quality=55,
        blur=0.8,
        light=(0.7, 1.05),
        light_angle=60,
    ),
    "m17": dict(
        bg="breakroom",
        out_w=3000,
        rotate=-1.5,
        keystone=0.03,
        blur=2.0,
        quality=70,
        light=(0.85, 1.05),
    ),
    "m18": dict(
        bg="carseat",
        out_w=2800,
        rotate=4.5,
        keystone=0.15,
        fill=0.8,
        quality=68,
        blur=0.8,
        light=(0.75, 1.05),
        light_angle=100,
    ),
    "m19": dict(
        bg="wood",
        out_w=2600,
        rotate=-6.5,
        keystone=0.05,
        shadow=(0.3, 0.62, 0.45),
        quality=60,
        blur=0.9,
    ),
    "m20": dict(
        bg="carpet",
        out_w=3200,
        rotate=5.5,
        keystone=0.06,
        light=(0.52, 1.1),
        light_angle=160,
        quality=48,
        blur=1.0,
    ),
    "m21": dict(
        bg="breakroom", out_w=1500, rotate=7.0, keystone=0.06, quality=72, blur=0.6, noise=4.0
    ),
}
SCAN = {
    "m24": (300, [dict(border=True, skew=0.8, speckle=0.00002)]),
    "m25": (
        200,
        [
            dict(
                bilevel=True,
                threshold=150,
                skew=-0.6,
                speckle=0.00006,
                fax_header="NOV-20-2026 09:14   FROM: CASCO BAY MED CTR HR  207 555 0100   TO: CREDENTIALING   P.002/003",
            )
        ],
    ),
    "m26": (200, [dict(skew=0.5, speckle=0.00002), dict(skew=-0.9, speckle=0.00002)]),
    "m27": (240, [dict(skew=1.1, contrast=(88.0, 214.0), blur=0.7)]),
    "m28": (200, [dict(skew=-1.3, stamp=True, signature=True, speckle=0.00001)]),
    "m29": (300, [dict(bilevel=True, threshold=150, skew=0.4, speckle=0.00001, blur=0.4)]),
    "m30": (150, [dict(skew=2.4, speckle=0.00012, blur=0.4, contrast=(12.0, 238.0))]),
}
RECRUITER = ("Carla Benavides, Senior Recruiter", "(602) 555-0144", "carla.benavides@example.com")
TWO_PAGE = {"m07", "m26"}


def run(cmd: list[str], **kw) -> None:
    subprocess.run(cmd, check=True, capture_output=True, **kw)


def soffice_pdf(src: Path, outdir: Path) -> Path:
    run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)])
    return outdir / (src.stem + ".pdf")


def weasy(html: str, path: Path) -> None:
    from weasyprint import HTML

    HTML(string=html, base_url=str(WORK)).write_pdf(str(path))


def pandoc(md: str, path: Path, to: str) -> None:
    src = path.with_suffix(".md")
    src.write_text(md)
    if to == "html":
        hdr = WORK / "gdocs_head.html"
        hdr.write_text(GDOCS_CSS)
        run(
            [
                "pandoc",
                "-f",
                "markdown",
                "-t",
                "html5",
                "-s",
                "--metadata",
                "pagetitle=Resume",
                "-H",
                str(hdr),
                "-o",
                str(path),
                str(src),
            ]
        )
    else:
        run(
            [
                "pandoc",
                "-f",
                "markdown",
                "-t",
                "docx",
                "--reference-doc",
                str(reference_docx()),
                "-o",
                str(path),
                str(src),
            ]
        )


def reference_docx() -> Path:
    """pandoc's default reference.docx with plainer, tighter 'Google Docs' styles."""
    ref = WORK / "reference.docx"
    if ref.exists():
        return ref
    ref.write_bytes(
        subprocess.run(
            ["pandoc", "--print-default-data-file", "reference.docx"],
            check=True,
            capture_output=True,
        ).stdout
    )
    from docx import Document
    from docx.shared import Inches, Pt, RGBColor

    doc = Document(str(ref))
    styles = {s.name: s for s in doc.styles}
    for name in ("Normal", "Body Text", "First Paragraph", "Compact"):
        st = styles[name]
        st.font.name, st.font.size = "Liberation Sans", Pt(10)
        st.paragraph_format.space_before, st.paragraph_format.space_after = Pt(0), Pt(3)
    for name, size in (("Heading 1", 22), ("Heading 2", 12), ("Heading 3", 10.5)):
        st = styles[name]
        st.font.name, st.font.size = "Liberation Sans", Pt(size)
        st.font.color.rgb = (
            RGBColor(0x1A, 0x5F, 0xB4) if name == "Heading 2" else RGBColor(0x22, 0x22, 0x22)
        )
        st.paragraph_format.space_before, st.paragraph_format.space_after = (
            Pt(8 if name != "Heading 1" else 0),
            Pt(3),
        )
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Inches(0.75)
        sec.top_margin = sec.bottom_margin = Inches(0.6)
    doc.save(str(ref))
    return ref


def render(p: Person) -> Path:
    """Render the page design of p; returns the document (pdf/docx/txt) in WORK."""
    stem = p.file.split(".")[0]
    lay = p.layout
    if lay in ("wp-timeline", "png-pdfviewer"):
        out = WORK / f"{stem}.pdf"
        weasy(pages.timeline(p), out)
    elif lay == "wp-matrix":
        out = WORK / f"{stem}.pdf"
        weasy(pages.matrix(p), out)
    elif lay in ("wp-compact", "wp-compact-9pt"):
        out = WORK / f"{stem}.pdf"
        weasy(pages.compact(p, small=lay.endswith("9pt")), out)
    elif lay == "wp-jobtable":
        out = WORK / f"{stem}.pdf"
        weasy(pages.jobtable(p), out)
    elif lay == "png-appprofile":
        out = WORK / f"{stem}.pdf"
        weasy(pages.app_profile(p, RECRUITER, "Desert Bloom Travel Therapy"), out)
    elif lay == "pd-gdocs-html":
        html = WORK / f"{stem}.html"
        pandoc(mdpages.gdocs(p), html, "html")
        out = WORK / f"{stem}.pdf"
        weasy(html.read_text(), out)
    elif lay in ("pd-gdocs-docx", "pd-docx-plain", "pd-docx-table"):
        md = {
            "pd-gdocs-docx": mdpages.gdocs,
            "pd-docx-plain": mdpages.docx_plain,
            "pd-docx-table": mdpages.docx_table,
        }[lay](p)
        out = WORK / f"{stem}.docx"
        pandoc(md, out, "docx")
    elif lay == "dx-shaded":
        out = WORK / f"{stem}.docx"
        worddocs.shaded(p, str(out))
    elif lay == "dx-skillsfirst":
        out = WORK / f"{stem}.docx"
        worddocs.skills_first(p, str(out))
    elif lay in ("odt-paragraphs", "odt-federal"):
        odt = WORK / f"{stem}.odt"
        (odtpages.paragraphs if lay == "odt-paragraphs" else odtpages.federal)(p, str(odt))
        out = soffice_pdf(odt, WORK)
    elif lay == "txt-notes":
        out = WORK / f"{stem}.txt"
        out.write_text(textfiles.notes(p))
    elif lay == "txt-ats":
        out = WORK / f"{stem}.txt"
        out.write_bytes(textfiles.ats(p).encode())
    else:
        raise ValueError(lay)
    if p.fmt in ("pdf", "photo", "scan") and out.suffix == ".docx":
        out = soffice_pdf(out, WORK)
    return out


# ---------------------------------------------------------------- page checks


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        from pdfminer.high_level import extract_text

        return extract_text(str(path))
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as z:
            xml = " ".join(
                z.read(n).decode()
                for n in z.namelist()
                if n.startswith("word/") and n.endswith(".xml")
            )
        xml = re.sub(r"<w:tab/>", "\t", xml)
        xml = re.sub(r"</w:p>", "\n", xml)
        return (
            re.sub(r"<[^>]+>", "", xml)
            .replace("&amp;", "&")
            .replace("&apos;", "'")
            .replace("&quot;", '"')
        )
    return path.read_text()


def n_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    n = len(doc)
    doc.close()
    return n


def month_year(text: str) -> str | None:
    if "exp" in text:
        text = text[text.index("exp") :]
    m = re.search(r"\b(\d{1,2})/(?:\d{1,2}/)?(\d{4})\b", text)
    if m:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = re.search(r"\b(\d{4})-(\d{2})\b", text)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    for i, name in enumerate(MONTHS):
        m = re.search(rf"\b{name[:3]}[a-z]*\.?\s+(?:\d{{1,2}},\s+)?(\d{{4}})\b", text)
        if m:
            return f"{m.group(1)}-{i + 1:02d}"
    return None


def check(p: Person, doc: Path) -> list[str]:
    txt = text_of(doc)
    flat = re.sub(r"\s+", " ", txt).lower()
    tight = re.sub(r"\s+", "", txt).lower()
    miss = []

    def need(label: str, value: str) -> None:
        if not value:
            return
        if re.sub(r"\s+", " ", value).lower() in flat:
            return
        if re.sub(r"\s+", "", value).lower() in tight:
            miss.append(f"SOFT {p.file}: {label} {value!r} (only without spaces)")
        else:
            miss.append(f"CHECK {p.file}: {label} {value!r}")

    if p.layout == "txt-ats":
        first, last = p.name.split(" ", 1)
        need("first name", f"First Name: {first}")
        need("last name", f"Last Name: {last}")
    else:
        need("name", p.name)
    need("email", p.email)
    need("phone", p.phone)
    if p.location:
        need("city", p.city.split(",")[0])
        need("state", p.location.split(", ")[1])
    for j in p.jobs:
        need("employer", j.employer)
        need("agency", j.agency)
    for x in p.licenses:
        need("licence number", x.number)
        need("licence type", x.printed)
        need("licence expiry", x.exp_text)
        if month_year(x.exp_text) != x.expires:
            miss.append(f"CHECK {p.file}: licence expiry wording {x.exp_text!r} != {x.expires}")
    if any(x.compact for x in p.licenses) and not re.search(r"compact|multistate", flat, re.I):
        miss.append(f"CHECK {p.file}: compact licence but no compact word")
    for c in p.certs:
        need("cert", c.name)
        need("issuer", c.issuer)
        if c.expires:
            need("cert expiry", c.exp_text)
            if month_year(c.exp_text) != c.expires:
                miss.append(f"CHECK {p.file}: cert expiry wording {c.exp_text!r} != {c.expires}")
        elif c.exp_text:
            miss.append(f"CHECK {p.file}: undated cert {c.name} prints {c.exp_text!r}")
    for d in p.education:
        need("school", d.school)
        if d.wrap:
            need("degree line 1", d.wrap)
            need("degree line 2", d.degree[len(d.wrap) :].strip())
        else:
            need("degree", d.degree)
    for ehr in p.ehr:
        need("ehr", ehr)
    for site in p.clinical_sites:
        need("rotation site", site)
    if doc.suffix == ".pdf":
        want = 2 if p.file[:3] in TWO_PAGE else 1
        if n_pages(doc) != want:
            miss.append(f"CHECK {p.file}: {n_pages(doc)} pages, want {want}")
    return miss


# ---------------------------------------------------------------- outputs


def finish(p: Person, doc: Path) -> None:
    stem = p.file.split(".")[0]
    target = OUT / p.file
    if p.fmt in ("pdf", "docx", "txt"):
        shutil.copyfile(doc, target)
    elif p.layout == "png-pdfviewer":
        optics.phone_viewer(optics.raster(str(doc), 200)[0], str(target), "Marsh_Resume_2026.pdf")
    elif p.layout == "png-appprofile":
        optics.screenshot(optics.raster(str(doc), 288)[0], str(target), 7050)
    elif p.fmt == "photo":
        kw = PHOTO[stem]
        dpi = max(200, int(kw["out_w"] * kw.get("fill", 0.82) / 8.5 * 1.15))
        optics.photo(optics.raster(str(doc), dpi)[0], str(target), seed=int(stem[1:]) * 7919, **kw)
    elif p.fmt == "scan":
        dpi, settings = SCAN[stem]
        imgs = optics.raster(str(doc), dpi)
        scans = [
            optics.scan_page(img, seed=int(stem[1:]) * 31 + i, **settings[i])
            for i, img in enumerate(imgs)
        ]
        optics.save_scan(scans, str(target), dpi)
    else:
        raise ValueError(p.fmt)


def main(argv: list[str]) -> int:
    OUT.mkdir(exist_ok=True)
    WORK.mkdir(exist_ok=True)
    only = None
    for a in argv:
        if a.startswith("--only="):
            only = set(a.split("=", 1)[1].split(","))
    if "--truth-only" not in argv:
        misses = []
        for p in PEOPLE:
            stem = p.file.split(".")[0]
            if only and stem not in only:
                continue
            doc = render(p)
            misses += check(p, doc)
            finish(p, doc)
            print(f"built {p.file} ({p.layout})", flush=True)
        print("\n".join(misses) if misses else "all page checks pass")
    with open(OUT / "truth.jsonl", "w") as fh:
        for p in PEOPLE:
            fh.write(json.dumps(p.truth(), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

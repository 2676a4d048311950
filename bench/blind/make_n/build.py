"""Build set n: render every resume, check the rendered text against the truth, then apply the
camera/scanner effects and write n/truth.jsonl.

usage: .venv/bin/python bench/blind/make_n/build.py [--truth-only]

PDFs carry creation dates, so a rebuild changes the hashes: the committed files are the frozen set.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import numpy as np
from pdfminer.high_level import extract_text

import formpages
import latexpages
import odtdocs
import optics
import people_allied
import people_rn
import textfiles
import typewriter
import worddocs
from model import Person, wording_ym

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "n"

ACADEMIC_EXTRA = {
    "n02.pdf": [
        (
            "Publications",
            [
                "Vantongeren EL, Roskilde MA, Feather JT. Early conversion from tacrolimus to belatacept after kidney transplant: a single-centre cohort. Clin Transplant Pharm. 2024;9(2):114-122.",
                "Vantongeren EL, Haldane P. Valganciclovir dosing errors after hospital discharge in solid organ recipients. Prog Transplant Pharm. 2022;5(4):301-307.",
                "Mirabeau C, Vantongeren EL, Oduya K. Letermovir prophylaxis in CMV-mismatched liver transplant recipients. J Organ Transpl Ther. 2021;3(1):22-29.",
                "Vantongeren EL. Pharmacist-led immunosuppression clinic visits: a quality improvement report. Wis Hosp Pharm Rev. 2020;41(3):18-21.",
            ],
        ),
        (
            "Presentations",
            [
                "Belatacept conversion: who, when and how. Midwest Transplant Pharmacy Symposium, Chicago, IL, April 2025 (invited).",
                "Drug interactions with calcineurin inhibitors. Grand Rounds, Lake Mendota University Hospital, October 2023.",
                "Tacrolimus variability and rejection risk (platform). Regional Residency Conference, Minneapolis, MN, May 2019.",
                "Hepatitis C-viremic donor kidneys: a pharmacist's protocol (poster). ASHP Midyear Clinical Meeting, December 2018.",
            ],
        ),
        (
            "Teaching and Precepting",
            [
                "Preceptor, PGY2 solid organ transplant residency, Lake Mendota University Hospital, 2020-present.",
                "Lecturer, Transplant Pharmacotherapy (two lectures a year), University of Wisconsin-Madison School of Pharmacy, 2021-present.",
                "APPE preceptor for fourth-year PharmD students, 2019-present.",
            ],
        ),
        (
            "Professional Service",
            [
                "Member, Pharmacy and Therapeutics Committee, Lake Mendota University Hospital, 2021-present.",
                "Abstract reviewer, Midwest Transplant Pharmacy Symposium, 2022-2025.",
                "Member, American Society of Transplantation and American College of Clinical Pharmacy.",
            ],
        ),
    ],
    "n26.pdf": [
        (
            "Presentations",
            [
                "Reducing restraint use on an adult inpatient psychiatric unit. Virginia Psychiatric Nursing Conference, Richmond, VA, March 2023.",
                "Trauma-informed de-escalation for new graduates. Nursing Grand Rounds, Blue Ridge Hollow Behavioral Hospital, 2022.",
                "Clozapine monitoring: a nurse-driven protocol (poster). APNA Annual Conference, 2021.",
            ],
        ),
        (
            "Teaching",
            [
                "Clinical instructor (adjunct), mental health nursing rotation, Radford University, 2021-2024.",
                "Preceptor for new-graduate RNs and nursing students, 2019-present.",
            ],
        ),
        (
            "Professional Service and Memberships",
            [
                "Chair, Unit Practice Council, Blue Ridge Hollow Behavioral Hospital, 2022-present.",
                "Member, American Psychiatric Nurses Association (APNA).",
                "Volunteer, crisis line training for Roanoke Valley community volunteers, 2019-2023.",
            ],
        ),
        (
            "Skills",
            [
                "De-escalation and trauma-informed care; involuntary admission process; clozapine and lithium monitoring.",
                "Group psychoeducation; suicide risk screening (C-SSRS); ECT recovery.",
            ],
        ),
    ],
    "n07.pdf": [
        (
            "Presentations",
            [
                "FEES in the neuro ICU: early referral pathways. Connecticut Speech-Language-Hearing Association Convention, 2024.",
                "Dysphagia screening after extubation (poster). ASHA Convention, 2022.",
            ],
        )
    ],
    "n20.jpg": [
        (
            "Continuing Education",
            [
                "Sensory integration in school-based practice (12 contact hours), 2018.",
                "Dementia capable care, 2021.",
                "Low vision interventions for older adults, 2023.",
            ],
        )
    ],
}
FORM_EXTRA = {
    "n04.pdf": {
        "specialty_line": "Correctional health / Emergency department",
        "checklist": [
            ("Intake screening", 4),
            ("Sick call", 4),
            ("Medication pass", 4),
            ("Emergency response", 4),
            ("Chronic care clinics", 3),
            ("Detox monitoring (CIWA/COWS)", 4),
            ("Wound care", 3),
            ("IV start", 4),
        ],
    },
    "n08.pdf": {
        "specialty_line": "Skilled nursing / Outpatient orthopedics / Home health",
        "checklist": [
            ("Therapeutic exercise", 4),
            ("Gait training", 4),
            ("Modalities (US, e-stim)", 3),
            ("Kinesio taping", 4),
            ("Fall prevention", 4),
            ("Transfers / mechanical lift", 4),
            ("Aquatic therapy", 1),
            ("Vestibular", 2),
        ],
    },
    "n27.pdf": {
        "specialty_line": "Critical care nutrition (ICU) / Long-term care",
        "checklist": [
            ("Enteral nutrition", 4),
            ("Parenteral nutrition (TPN)", 4),
            ("Indirect calorimetry", 3),
            ("NFPE", 4),
            ("Renal diets", 3),
            ("Pediatrics", 1),
            ("Diabetes education", 3),
            ("Dysphagia diets (IDDSI)", 3),
        ],
    },
}
ROTATIONS = [
    "Capital Bluffs Medical Center - adult med-surg and cardiac ICU preceptorship (Spring 2026)",
    "Walnut Ridge Children's Hospital - pediatrics (Fall 2025)",
    "Four Mile Creek Behavioral Health - inpatient psych (Fall 2025)",
    "Saylorville Community Health Clinic - community health (Spring 2025)",
]


def everyone() -> list[Person]:
    ps = sorted(people_rn.people() + people_allied.people(), key=lambda p: p.file)
    for p in ps:
        p.extra.update(FORM_EXTRA.get(p.file, {}))
        if p.clinical_sites:
            p.extra["rotations"] = ROTATIONS
    return ps


def run(cmd: list[str] | str, cwd: Path) -> None:
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, shell=isinstance(cmd, str))
    if r.returncode:
        sys.exit(f"failed: {cmd}\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}")


def pdflatex(src: str, work: Path, name: str) -> Path:
    (work / f"{name}.tex").write_text(src)
    for _ in range(2):  # twice, for "Page x of y"
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex"], work)
    return work / f"{name}.pdf"


def soffice(src: Path, fmt: str, work: Path) -> Path:
    run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(work), str(src)], work)
    return work / (src.stem + "." + fmt.split(":")[0])


def groff(src: str, work: Path, name: str) -> Path:
    (work / f"{name}.tr").write_text(src)
    run(
        f"groff -Tps -P-pletter -dpaper=letter {name}.tr > {name}.ps && ps2pdf -sPAPERSIZE=letter {name}.ps {name}.pdf",
        work,
    )
    return work / f"{name}.pdf"


# ---------------------------------------------------------------- rendering


def source_document(p: Person, work: Path) -> tuple[Path, Path | None]:
    """Render p's design; return (document as delivered or its source PDF, the .docx/.doc if any)."""
    stem = p.file.split(".")[0]
    lay = p.layout.split(" ")[0]
    if lay == "tex-sidebar":
        return pdflatex(latexpages.sidebar(p), work, stem), None
    if lay == "tex-academic":
        return pdflatex(latexpages.academic(p, ACADEMIC_EXTRA.get(p.file)), work, stem), None
    if lay == "tex-tabular":
        return pdflatex(latexpages.tabular(p), work, stem), None
    if lay == "fpdf-form":
        path = work / f"{stem}.pdf"
        formpages.agency_form(p, str(path))
        return path, None
    if lay == "groff-typewriter":
        return groff(typewriter.page(p), work, stem), None
    if lay in ("odt-docx", "odt-doc"):
        fodt = work / f"{stem}.fodt"
        fodt.write_text(odtdocs.fodt(p, "modern" if lay == "odt-docx" else "classic"))
        if p.fmt == "docx":
            word = soffice(fodt, "docx:MS Word 2007 XML", work)
        elif p.fmt == "doc":
            word = soffice(fodt, "doc:MS Word 97", work)
        else:
            return soffice(fodt, "pdf", work), None
        (work / "pdf").mkdir(exist_ok=True)
        return soffice(word, "pdf", work / "pdf"), word
    if lay.startswith("docx-"):
        word = work / f"{stem}.docx"
        {
            "docx-headertable": lambda: worddocs.header_table(
                p, str(word), licences_in_footer=p.fmt == "docx"
            ),
            "docx-footertable": lambda: worddocs.footer_table(p, str(word)),
            "docx-textbox": lambda: worddocs.textbox(p, str(word)),
        }[lay]()
        (work / "pdf").mkdir(exist_ok=True)
        return soffice(word, "pdf", work / "pdf"), word
    raise ValueError(p.layout)


def text_file(p: Person) -> str:
    return {
        "txt-viewer-copy": textfiles.viewer_copy,
        "txt-email": textfiles.email_body,
        "txt-plain": textfiles.job_board,
    }[p.layout](p)


# ---------------------------------------------------------------- page check


def docx_text(path: Path) -> str:
    parts = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                xml = z.read(n).decode("utf8")
                xml = re.sub(r"</w:p>", "\n", xml)
                xml = re.sub(r"<w:tab/>", "\t", xml)
                xml = re.sub(r"<w:br/>", "\n", xml)
                parts.append(re.sub(r"<[^>]+>", "", xml))
    import html

    return html.unescape("\n".join(parts))


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").replace("\uf0b7", " ")
    s = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", s)
    return re.sub(r"\s+", " ", s).lower()


def check(p: Person, text: str, pages: int | None) -> list[str]:
    t = norm(text)
    miss: list[str] = []

    def need(label: str, value: str | None) -> None:
        if value and norm(value).strip() not in t:
            miss.append(f"{label}: {value}")

    if p.layout.startswith("fpdf-form"):
        need("first name", p.name.split()[0])
        need("last name", p.name.split()[-1])
    else:
        need("name", p.name)
    need("email", p.email)
    need("phone", p.phone)
    if p.street:
        need("street", p.street)
        need("city", p.city)
        need("state", p.state)
    for j in p.jobs:
        need("employer", j.employer)
        need("agency", j.agency)
    for c in p.licenses:
        need("licence number", c.number)
        need("licence type", c.printed)
        need("licence expiry", c.wording)
        need("compact word", c.cword)
        if wording_ym(c.wording) != c.expires:
            miss.append(f"licence expiry wording {c.wording!r} != {c.expires}")
    for c in p.certs:
        need("cert", c.acr)
        need("cert long form", c.long)
        need("issuer", c.issuer)
        need("cert expiry", c.wording)
        if c.expires is None and c.wording is not None:
            miss.append(f"undated cert {c.acr} prints a date")
        if c.expires is not None and wording_ym(c.wording or "") != c.expires:
            miss.append(f"cert expiry wording {c.wording!r} != {c.expires}")
    for e in p.edu:
        for ln in e.lines:
            need("degree line", ln)
        need("school", e.school)
    for e in p.ehr:
        need("ehr", e)
    for s in p.clinical_sites:
        need("rotation site", s)
    if any(c.compact for c in p.licenses) and not re.search(r"multistate|compact", t):
        miss.append("compact licence but no compact/multistate wording")
    if p.location is None and re.search(r"\b\d{5}\b", t):
        miss.append("no-address page prints a ZIP code")
    if pages is not None and pages != p.pages:
        miss.append(f"pages {pages} != {p.pages}")
    return miss


# ---------------------------------------------------------------- effects


def effect(p: Person, pdf: Path, dest: Path, rng: np.random.Generator) -> None:
    f = p.file
    if f == "n19.jpg":
        optics.save_jpeg(optics.clipboard(optics.raster(str(pdf), 200), rng), str(dest), 80)
    elif f == "n20.jpg":
        optics.save_jpeg(optics.curled(optics.raster(str(pdf), 230), rng), str(dest), 78)
    elif f == "n21.jpg":
        optics.save_jpeg(
            optics.laptop_screen(
                optics.raster(str(pdf), 170), rng, "Vanterpool_Hollis_RN_resume.pdf"
            ),
            str(dest),
            80,
        )
    elif f == "n22.jpg":
        optics.save_jpeg(optics.flash_low_light(optics.raster(str(pdf), 220), rng), str(dest), 72)
    elif f == "n23.jpg":
        optics.save_jpeg(optics.steep_angle(optics.raster(str(pdf), 260), rng), str(dest), 80)
    elif f == "n24.png":
        optics.browser_screenshot(
            optics.raster(str(pdf), 200),
            "Korhonen-Webb_CV.pdf",
            "file:///home/anneliese/Documents/Job%20search/Korhonen-Webb_CV.pdf",
        ).save(dest)
    elif f == "n25.jpg":
        optics.save_jpeg(optics.folded(optics.raster(str(pdf), 210), rng), str(dest), 78)
    elif f == "n26.pdf":
        pages = [optics.raster(str(pdf), 200, i) for i in range(2)]
        optics.save_scan_pdf(optics.scan_rotated(pages, rng, [0.25, -1.7]), str(dest), 200)
    elif f == "n27.pdf":
        optics.save_scan_pdf(
            [optics.scan_coffee_holes(optics.raster(str(pdf), 200), rng, 200)], str(dest), 200
        )
    elif f == "n28.pdf":
        optics.save_scan_pdf([optics.scan_faded(optics.raster(str(pdf), 300), rng)], str(dest), 300)
    elif f == "n29.pdf":
        optics.save_scan_pdf(
            [optics.scan_yellowed(optics.raster(str(pdf), 200), rng)], str(dest), 200
        )
    elif f == "n30.pdf":
        optics.save_scan_pdf(
            [optics.scan_skew(optics.raster(str(pdf), 200), rng, 2.1)], str(dest), 200
        )
    else:
        raise ValueError(f)


def main(argv: list[str]) -> int:
    ps = everyone()
    OUT.mkdir(exist_ok=True)
    if "--truth-only" not in argv:
        misses = 0
        work = Path(tempfile.mkdtemp(prefix="make_n_"))
        for i, p in enumerate(ps):
            dest = OUT / p.file
            if p.fmt == "txt":
                text = text_file(p)
                dest.write_text(text, encoding="utf-8")
                pages = None
            else:
                pdf, word = source_document(p, work)
                pages = optics.n_pages(str(pdf))
                if p.fmt in ("docx",):
                    text = docx_text(word)
                else:
                    text = extract_text(str(pdf))
                if p.fmt in ("pdf",):
                    shutil.copy(pdf, dest)
                elif p.fmt in ("docx", "doc"):
                    shutil.copy(word, dest)
                else:
                    effect(p, pdf, dest, np.random.default_rng(1000 + i))
                    shutil.copy(pdf, work / f"source-{p.file}.pdf")
            for m in check(p, text, pages):
                print(f"CHECK {p.file}: {m}")
                misses += 1
            print(f"built {p.file} ({p.layout})")
        print(f"work dir {work}; {misses} check misses")
    with open(OUT / "truth.jsonl", "w") as fh:
        for p in ps:
            fh.write(json.dumps(p.truth(), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

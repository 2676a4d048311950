"""Word documents for set k (python-docx)."""

from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from model import Person, fmt_month


def _font(doc, name: str, size: float) -> None:
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
    st.paragraph_format.space_after = Pt(2)


def _shade(cell, hexcolor: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _heading(doc, text: str, color: str = "1F4E79") -> None:
    para = doc.add_paragraph()
    para.paragraph_format.space_before = Pt(8)
    r = para.add_run(text)
    r.bold = True
    r.font.size = Pt(11.5)
    r.font.color.rgb = RGBColor.from_string(color)


def _bullets(doc, items, style: str = "List Bullet") -> None:
    for b in items:
        doc.add_paragraph(b, style=style)


def _borders(table) -> None:
    table.style = "Table Grid"


# ---------------------------------------------------------------- dx-mergedhead (k09)
def mergedhead(p: Person, path: str) -> None:
    doc = Document()
    _font(doc, "Roboto", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run(f"{p.name}, {p.creds}")
    r.bold = True
    r.font.size = Pt(16)
    hp.add_run(f"\n{p.headline}").font.size = Pt(10)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(f"{p.full_address}  •  {p.phone}  •  {p.email}").font.size = Pt(9)

    _heading(doc, "Professional Summary")
    doc.add_paragraph(p.summary)
    _heading(doc, "Licensure & Certifications")
    t = doc.add_table(rows=0, cols=4)
    _borders(t)

    def merged_row(text: str, fill: str) -> None:
        row = t.add_row()
        c = row.cells[0].merge(row.cells[3])
        c.text = text
        c.paragraphs[0].runs[0].bold = True
        _shade(c, fill)

    merged_row("Licensure & Certifications", "BDD7EE")
    merged_row("Nursing Licenses", "DEEAF6")
    hdr = t.add_row().cells
    for i, h in enumerate(["State", "License / Status", "Number", "Expires"]):
        hdr[i].text = h
    for lic in p.lics:
        row = t.add_row().cells
        row[0].text = lic.state_name
        row[
            1
        ].text = f"{lic.shown_type} — {'Multistate (compact)' if lic.compact else 'Single-state'}"
        row[2].text = lic.number
        row[3].text = fmt_month(lic.expires, "mmyyyy")
    merged_row("Certifications", "DEEAF6")
    hdr = t.add_row().cells
    for i, h in enumerate(["Certification", "Issuing body", "", "Valid through"]):
        hdr[i].text = h
    for c in p.certs:
        row = t.add_row().cells
        row[0].text = c.printed
        row[1].text = c.issuer
        row[3].text = c.exp_text
    _heading(doc, "Experience")
    for j in p.jobs:
        para = doc.add_paragraph()
        para.paragraph_format.space_before = Pt(5)
        para.add_run(j.title).bold = True
        para.add_run(f"    {j.dates('mon', 'Present')}")
        doc.add_paragraph().add_run(f"{j.employer} — {j.city}").italic = True
        _bullets(doc, j.bullets)
    _heading(doc, "Education")
    for ed in p.edu:
        doc.add_paragraph(f"{ed.degree}, {ed.school}, {ed.city} — {ed.year}")
    _heading(doc, "Clinical Skills & Systems")
    doc.add_paragraph(f"{', '.join(p.skills)}. EHR: {', '.join(p.ehr_printed)}.")
    doc.save(path)


# ---------------------------------------------------------------- dx-spaces (k10): aligned with typed spaces
def spaces(p: Person, path: str) -> None:
    doc = Document()
    _font(doc, "Liberation Sans", 10.5)
    para = doc.add_paragraph()
    para.add_run(f"{p.name}, {p.creds}").bold = True
    para.runs[0].font.size = Pt(15)
    doc.add_paragraph(f"{p.street}, {p.city} {p.zipcode}" + " " * 18 + f"Cell: {p.phone}")
    doc.add_paragraph(" " * 70 + p.email)
    doc.add_paragraph("_" * 86)

    def lab(text: str) -> None:
        r = doc.add_paragraph().add_run(text.upper())
        r.bold = True
        r.underline = True

    lab("Summary")
    doc.add_paragraph(p.summary)
    lab("Work history")
    for j in p.jobs:
        left = j.employer
        doc.add_paragraph(
            left + " " * max(4, 62 - int(len(left) * 1.05)) + j.dates("mmyyyy", "Present", " - ")
        )
        doc.add_paragraph("     " + j.title + ",  " + j.city)
        for b in j.bullets:
            doc.add_paragraph("        *  " + b)
    lab("License")
    for lic in p.lics:
        doc.add_paragraph(
            f"{lic.state_name} {lic.shown_type}"
            + " " * 12
            + f"#{lic.number}"
            + " " * 12
            + f"exp. {fmt_month(lic.expires, 'mmyyyy')}"
        )
    lab("Certifications")
    for c in p.certs:
        doc.add_paragraph(
            f"{c.printed} ({c.issuer})" + (" " * 10 + c.exp_text if c.exp_text else "")
        )
    lab("Education")
    for ed in p.edu:
        doc.add_paragraph(f"{ed.degree}" + " " * 8 + f"{ed.school}, {ed.city}" + " " * 8 + ed.year)
    lab("Skills")
    doc.add_paragraph(", ".join(p.skills) + ".   Charting: " + ", ".join(p.ehr_printed))
    doc.save(path)


# ---------------------------------------------------------------- dx-nested (k11): nested tables
def nested(p: Person, path: str) -> None:
    doc = Document()
    _font(doc, "Cantarell", 10)
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(p.name)
    r.bold = True
    r.font.size = Pt(20)
    c = doc.add_paragraph(f"{p.creds} | {p.full_address} | {p.phone} | {p.email}")
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    outer = doc.add_table(rows=0, cols=2)
    outer.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row(label: str):
        cells = outer.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        _shade(cells[0], "E2EFDA")
        return cells[1]

    cell = row("Profile")
    cell.text = p.summary
    cell = row("Experience")
    cell.text = ""
    for j in p.jobs:
        inner = cell.add_table(rows=1, cols=2)
        inner.style = "Table Grid"
        inner.cell(0, 0).text = j.dates("mmyyyy", "Present", " – ")
        ic = inner.cell(0, 1)
        ic.text = ""
        pp = ic.paragraphs[0]
        pp.add_run(j.title).bold = True
        ic.add_paragraph(f"{j.employer}, {j.city}")
        if j.agency:
            ic.add_paragraph(f"Travel contract through {j.agency}").runs[0].italic = True
        for b in j.bullets:
            ic.add_paragraph("• " + b)
        cell.add_paragraph("")
    cell = row("Licenses")
    cell.text = ""
    for lic in p.lics:
        cell.add_paragraph(
            f"{lic.state_name} — {lic.shown_type}, license {lic.number}, expires {fmt_month(lic.expires, 'mon')}"
        )
    cell = row("Certifications")
    cell.text = ""
    for ce in p.certs:
        cell.add_paragraph(
            f"{ce.printed} — {ce.issuer}" + (f" ({ce.exp_text})" if ce.exp_text else "")
        )
    cell = row("Education")
    cell.text = "\n".join(f"{ed.degree}, {ed.school} ({ed.year})" for ed in p.edu)
    cell = row("Skills")
    cell.text = ", ".join(p.skills) + "\nDocumentation systems: " + ", ".join(p.ehr_printed)
    doc.save(path)


# ---------------------------------------------------------------- dx-numbered (k12): numbered lists
def numbered(p: Person, path: str) -> None:
    doc = Document()
    _font(doc, "Open Sans", 10)
    t = doc.add_paragraph()
    r = t.add_run(f"{p.name}, {p.creds}")
    r.bold = True
    r.font.size = Pt(17)
    r.font.color.rgb = RGBColor.from_string("7B2C5E")
    doc.add_paragraph(f"{p.headline}\n{p.full_address}\n{p.phone} · {p.email}")
    _heading(doc, "Summary", "7B2C5E")
    doc.add_paragraph(p.summary)
    _heading(doc, "Professional Experience", "7B2C5E")
    for j in p.jobs:
        para = doc.add_paragraph()
        para.paragraph_format.space_before = Pt(6)
        para.add_run(f"{j.title} — {j.employer}").bold = True
        doc.add_paragraph(f"{j.city} · {j.dates('month', 'Present')}")
        _bullets(doc, j.bullets, "List Number")
    _heading(doc, "License", "7B2C5E")
    for lic in p.lics:
        doc.add_paragraph(
            f"{lic.state_name} {lic.shown_type} License No. {lic.number} (exp. {fmt_month(lic.expires, 'mmyyyy')})"
        )
    _heading(doc, "Certifications", "7B2C5E")
    _bullets(
        doc,
        [f"{c.printed}, {c.issuer}" + (f" — {c.exp_text}" if c.exp_text else "") for c in p.certs],
        "List Number 2",
    )
    _heading(doc, "Education", "7B2C5E")
    for ed in p.edu:
        doc.add_paragraph(f"{ed.degree} — {ed.school}, {ed.year}")
    _heading(doc, "Skills", "7B2C5E")
    doc.add_paragraph(", ".join(p.skills))
    doc.save(path)


# ---------------------------------------------------------------- dx-pipes (k13)
def pipes(p: Person, path: str) -> None:
    doc = Document()
    _font(doc, "Liberation Serif", 11)
    h = doc.add_paragraph()
    r = h.add_run(p.name.upper() + f", {p.creds}")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph(f"{p.full_address} | {p.phone} | {p.email}")
    _heading(doc, "PROFILE", "000000")
    doc.add_paragraph(p.summary)
    _heading(doc, "EXPERIENCE", "000000")
    for j in p.jobs:
        title = j.title + (f" (via {j.agency})" if j.agency else "")
        para = doc.add_paragraph()
        para.paragraph_format.space_before = Pt(6)
        para.add_run(
            f"{j.employer} | {j.city} | {title} | {j.dates('mmyyyy', 'Present', '–')}"
        ).bold = True
        for b in j.bullets:
            doc.add_paragraph("- " + b)
    _heading(doc, "CERTIFICATION", "000000")
    for c in p.certs:
        doc.add_paragraph(f"{c.printed} | {c.issuer} | {c.exp_text}")
    _heading(doc, "EDUCATION", "000000")
    for ed in p.edu:
        doc.add_paragraph(f"{ed.school} | {ed.city} | {ed.degree} | {ed.year}")
    _heading(doc, "SYSTEMS", "000000")
    doc.add_paragraph(", ".join(p.ehr_printed))
    doc.save(path)


LAYOUTS = {
    "dx-mergedhead": mergedhead,
    "dx-spaces": spaces,
    "dx-nested": nested,
    "dx-numbered": numbered,
    "dx-pipes": pipes,
}

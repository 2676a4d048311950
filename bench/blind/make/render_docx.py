"""Word resumes with python-docx: contact in the page header, tables, tab-aligned job lines."""

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

from model import Person, fmt_date
from text_bits import cert_line, job_where, lic_line, mmyy, when


def _header(doc: Document, p: Person, with_name: bool) -> None:
    hdr = doc.sections[0].header
    para = hdr.paragraphs[0]
    if with_name:
        run = para.add_run(f"{p.name}, {p.creds}")
        run.bold = True
        run.font.size = Pt(14)
        para = hdr.add_paragraph()
    bits = ([p.address] if p.address else []) + [p.phone, p.email]
    para.add_run(" | ".join(bits)).font.size = Pt(9)


def _heading(doc: Document, text: str) -> None:
    h = doc.add_paragraph()
    run = h.add_run(text.upper())
    run.bold = True
    run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    h.paragraph_format.space_before = Pt(10)


def _table(doc: Document, head: list[str], rows: list[list[str]]) -> None:
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, head, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        for cell, text in zip(t.add_row().cells, row, strict=True):
            cell.text = text


def _bullets(doc: Document, items: list[str]) -> None:
    for b in items:
        doc.add_paragraph(b, style="List Bullet")


def hdrtable(p: Person) -> Document:
    doc = Document()
    _header(doc, p, with_name=True)
    doc.add_paragraph(p.title).runs[0].bold = True
    _heading(doc, "Summary")
    doc.add_paragraph(p.summary)
    if p.licenses:
        _heading(doc, "Licenses")
        _table(
            doc,
            ["State", "License", "Number", "Multistate", "Expires"],
            [
                [
                    lic.state,
                    lic.type,
                    lic.number,
                    "Yes" if lic.compact else ("No" if lic.compact is False else ""),
                    mmyy(lic.expires),
                ]
                for lic in p.licenses
            ],
        )
    _heading(doc, "Certifications")
    _table(
        doc,
        ["Certification", "Issuing body", "Expiration"],
        [
            [f"{c.long} ({c.name})" if c.long else c.name, c.issuer or "", mmyy(c.expires) or "n/a"]
            for c in p.certs
        ],
    )
    _heading(doc, "Work History")
    _table(
        doc,
        ["Dates", "Position / Facility", "Responsibilities"],
        [[when(j, p.datefmt), f"{j.title}\n{job_where(j)}", "\n".join(j.bullets)] for j in p.jobs],
    )
    _heading(doc, "Education")
    for e in p.education:
        doc.add_paragraph(f"{e.degree}, {e.school}" + (f" ({e.year})" if e.year else ""))
    if p.ehr:
        _heading(doc, "Electronic Health Records")
        doc.add_paragraph(", ".join(p.ehr))
    if p.skills:
        _heading(doc, "Skills")
        doc.add_paragraph(", ".join(p.skills))
    return doc


def _tab_line(doc: Document, left: str, right: str, bold: bool) -> None:
    para = doc.add_paragraph()
    para.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
    run = para.add_run(f"{left}\t{right}")
    run.bold = bold


def tabs(p: Person) -> Document:
    doc = Document()
    _header(doc, p, with_name=False)
    title = doc.add_paragraph()
    run = title.add_run(f"{p.name}, {p.creds}")
    run.bold = True
    run.font.size = Pt(18)
    doc.add_paragraph(p.title)
    _heading(doc, "Professional Summary")
    doc.add_paragraph(p.summary)
    _heading(doc, "Experience")
    for j in p.jobs:
        _tab_line(doc, j.title, when(j, p.datefmt), bold=True)
        doc.add_paragraph(job_where(j)).runs[0].italic = True
        _bullets(doc, j.bullets)
    if p.rotations:
        _heading(doc, "Clinical Rotations")
        _bullets(doc, p.rotations)
    _heading(doc, "Licensure & Certifications")
    _bullets(
        doc, [lic_line(lic, "long") for lic in p.licenses] + [cert_line(c, "long") for c in p.certs]
    )
    _heading(doc, "Education")
    for e in p.education:
        _tab_line(doc, f"{e.degree} — {e.school}", e.year or "", bold=False)
    if p.ehr:
        _heading(doc, "Charting Systems")
        doc.add_paragraph("\t".join(p.ehr))
    return doc


LAYOUTS = {"hdrtable": hdrtable, "tabs": tabs}


def render(p: Person, path) -> None:
    doc = LAYOUTS[p.layout](p)
    doc.core_properties.author = ""
    doc.save(str(path))


__all__ = ["render", "fmt_date"]

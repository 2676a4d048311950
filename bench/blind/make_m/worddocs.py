"""Word documents built with python-docx (set m): a shaded two-column table and a skills-first page."""

from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from model import Person, cert_line


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def _base(font: str, size: float):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    return doc, sec


def _para(
    cell_or_doc,
    text: str = "",
    bold: bool = False,
    size: float | None = None,
    color: str | None = None,
    italic: bool = False,
    after: float = 2,
):
    par = cell_or_doc.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    par.paragraph_format.space_after = Pt(after)
    return par


def shaded(p: Person, path: str) -> None:
    """Two-column table: a shaded narrow left column with contact and credentials."""
    doc, sec = _base("Carlito", 10)
    sec.left_margin = sec.right_margin = Inches(0.5)
    sec.top_margin = sec.bottom_margin = Inches(0.5)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(t)
    t.autofit = False
    left, right = t.rows[0].cells
    left.width, right.width = Inches(2.45), Inches(5.05)
    t.columns[0].width, t.columns[1].width = Inches(2.45), Inches(5.05)
    _shade(left, "DCE6F0")
    left.paragraphs[0].add_run("CONTACT").bold = True
    for line in (p.street, p.city, p.phone, p.email):
        if line:
            _para(left, line, size=9.5, after=0)
    head = "1F4E79"
    _para(left, "LICENSES", bold=True, color=head, after=1).paragraph_format.space_before = Pt(8)
    for x in p.licenses:
        comp = f" — {x.compact_text}" if x.compact_text else ""
        _para(left, f"{x.state_name} {x.printed}{comp}", bold=True, size=9.5, after=0)
        _para(left, f"#{x.number} · {x.exp_text}", size=9.5, after=3)
    _para(
        left, "CERTIFICATIONS", bold=True, color=head, after=1
    ).paragraph_format.space_before = Pt(6)
    for c in p.certs:
        _para(left, c.name + (f" — {c.long}" if c.long else ""), bold=True, size=9.5, after=0)
        _para(left, f"{c.issuer}" + (f" | {c.exp_text}" if c.exp_text else ""), size=9.5, after=3)
    _para(left, "EHR", bold=True, color=head, after=1).paragraph_format.space_before = Pt(6)
    _para(left, p.ehr_text, size=9.5)
    _para(left, "SKILLS", bold=True, color=head, after=1).paragraph_format.space_before = Pt(6)
    for s in p.skills:
        _para(left, s, size=9.5, after=0)
    r = right.paragraphs[0].add_run(p.name)
    r.bold, r.font.size = True, Pt(22)
    r.font.color.rgb = RGBColor.from_string(head)
    _para(right, f"{p.creds} | {p.headline}", size=11, color="404040", after=8)
    _para(right, "EXPERIENCE", bold=True, color=head, after=2)
    for j in p.jobs:
        _para(right, j.title, bold=True, after=0)
        line = f"{j.employer}, {j.city} | {p.span(j, ' – ')}"
        _para(right, line, italic=True, after=0)
        if j.agency:
            _para(right, f"Travel assignment through {j.agency}", size=9.5, color="595959", after=0)
        for b in j.bullets:
            bp = right.add_paragraph(style="List Bullet")
            bp.add_run(b)
            bp.paragraph_format.space_after = Pt(0)
        right.paragraphs[-1].paragraph_format.space_after = Pt(6)
    _para(right, "EDUCATION", bold=True, color=head, after=2)
    for d in p.education:
        _para(right, d.degree, bold=True, after=0)
        _para(right, f"{d.school}, {d.city} — {d.year}", after=4)
    doc.save(path)


def skills_first(p: Person, path: str) -> None:
    """Skills first, licences in a bulleted list, job dates right-aligned by a tab stop."""
    doc, sec = _base("Liberation Sans", 10)
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    width = Inches(7.1)
    n = _para(doc, p.name.upper(), bold=True, size=18, after=0)
    n.paragraph_format.space_after = Pt(0)
    _para(doc, p.creds, size=11, color="666666", after=2)
    _para(
        doc,
        " • ".join(
            x for x in (", ".join(y for y in (p.street, p.city) if y), p.phone, p.email) if x
        ),
        size=9.5,
        after=8,
    )

    def heading(text: str) -> None:
        h = _para(doc, text, bold=True, size=11, color="8B1A1A", after=3)
        h.paragraph_format.space_before = Pt(8)
        ppr = h._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bot = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "8B1A1A")):
            bot.set(qn(k), v)
        bdr.append(bot)
        ppr.append(bdr)

    heading("CORE SKILLS")
    _para(doc, " | ".join(p.skills), after=2)
    heading("LICENSES")
    for x in p.licenses:
        comp = f", {x.compact_text}" if x.compact_text else ""
        b = doc.add_paragraph(style="List Bullet")
        b.add_run(f"{x.state_name} — {x.printed}{comp} — #{x.number} — {x.exp_text}")
        b.paragraph_format.space_after = Pt(0)
    heading("CERTIFICATIONS")
    for c in p.certs:
        b = doc.add_paragraph(style="List Bullet")
        b.add_run(cert_line(c, "dash"))
        b.paragraph_format.space_after = Pt(0)
    heading("PROFESSIONAL EXPERIENCE")
    for j in p.jobs:
        par = doc.add_paragraph()
        par.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        par.paragraph_format.space_before = Pt(4)
        par.paragraph_format.space_after = Pt(0)
        r = par.add_run(j.title)
        r.bold = True
        par.add_run(f", {j.employer}")
        par.add_run("\t" + p.span(j, " – "))
        sub = f"{j.city}" + (f" · contract via {j.agency}" if j.agency else "")
        _para(doc, sub, italic=True, size=9.5, color="555555", after=1)
        for bl in j.bullets:
            b = doc.add_paragraph(style="List Bullet")
            b.add_run(bl)
            b.paragraph_format.space_after = Pt(0)
    heading("EDUCATION")
    for d in p.education:
        par = doc.add_paragraph()
        par.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        par.paragraph_format.space_after = Pt(1)
        par.add_run(d.degree).bold = True
        par.add_run(f" — {d.school}, {d.city}\t{d.year}")
    heading("EHR / DOCUMENTATION")
    _para(doc, p.ehr_text)
    doc.save(path)

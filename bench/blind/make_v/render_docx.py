"""python-docx pages: a "modern" two-column layout table, a plain chronological page with
tab-aligned dates, and a page with a skills table and a licence table."""

from datetime import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from model import Person


def _doc(p: Person, font="Calibri", size=10.5):
    d = Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = p.name
    cp.comments = ""
    cp.title = f"{p.name} resume"
    cp.created = cp.modified = datetime(2026, 11, 3 + int(p.id[1:]) % 25, 19, 5)
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    return d


def _shade(cell, hexcolor):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcpr.append(shd)


def _no_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def _p(container, text="", bold=False, size=None, italic=False, color=None, after=None):
    par = container.add_paragraph()
    run = par.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if after is not None:
        par.paragraph_format.space_after = Pt(after)
    return par


def _heading(container, text, color="1F4E79", size=11.5):
    par = _p(container, text.upper(), bold=True, size=size, color=color, after=3)
    par.paragraph_format.space_before = Pt(8)
    return par


def _tab_job(container, j, width_in):
    par = container.add_paragraph()
    par.paragraph_format.tab_stops.add_tab_stop(Inches(width_in), WD_TAB_ALIGNMENT.RIGHT)
    r = par.add_run(j.title)
    r.bold = True
    par.add_run("\t" + j.dates)
    par.paragraph_format.space_after = Pt(0)
    second = j.employer + (f", {j.city}" if j.city else "")
    if j.agency:
        second = f"{j.agency} — travel assignment at {second}"
    _p(container, second, italic=True, after=2)
    for b in j.bullets:
        container.add_paragraph(b, style="List Bullet")


def modern(p: Person, out: str) -> None:
    d = _doc(p, "Carlito", 10)
    t = d.add_table(rows=1, cols=2)
    _no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    left, right = t.rows[0].cells
    for col, cell, w in zip(t.columns, (left, right), (Inches(2.2), Inches(4.7)), strict=True):
        col.width = cell.width = w
    _shade(left, "E8EEF4")
    left.paragraphs[0].add_run(p.name).bold = True
    left.paragraphs[0].runs[0].font.size = Pt(18)
    _p(left, p.creds, size=10, color="2E5C8A")
    _heading(left, "Contact", "2E5C8A", 10)
    for ln in (p.addr, p.city, p.phone, p.email):
        if ln:
            _p(left, ln, size=9)
    _heading(left, "Licenses", "2E5C8A", 10)
    for ln in p.lic:
        _p(left, ln, size=9)
    _heading(left, "Certifications", "2E5C8A", 10)
    for ln in p.certs:
        _p(left, ln, size=9)
    _heading(left, "Skills", "2E5C8A", 10)
    for ln in p.skills:
        _p(left, ln, size=9)
    right.paragraphs[0].add_run(p.headline.upper()).bold = True
    _p(right, p.summary)
    _heading(right, "Work Experience")
    for j in p.jobs:
        _tab_job(right, j, 4.5)
    _heading(right, "Education")
    for ln in p.edu:
        _p(right, ln)
    for h, lines in p.extra:
        _heading(right, h)
        for ln in lines:
            _p(right, ln)
    d.save(out)


def chrono(p: Person, out: str) -> None:
    d = _doc(p, "Liberation Serif", 11)
    par = _p(d, p.name + (f", {p.creds}" if p.creds else ""), bold=True, size=16)
    par.alignment = 1
    bits = [b for b in (p.contact_line, p.phone, p.email) if b]
    _p(d, "  |  ".join(bits), size=9.5).alignment = 1
    _heading(d, "Objective", "000000", 11)
    _p(d, p.summary)
    _heading(d, "Employment History", "000000", 11)
    for j in p.jobs:
        _tab_job(d, j, 6.9)
    _heading(d, "Education", "000000", 11)
    for ln in p.edu:
        _p(d, ln)
    _heading(d, "Licenses and Certifications", "000000", 11)
    for ln in p.lic + p.certs:
        d.add_paragraph(ln, style="List Bullet")
    if p.skills:
        _heading(d, "Computer Skills", "000000", 11)
        _p(d, ", ".join(p.skills))
    for h, lines in p.extra:
        _heading(d, h, "000000", 11)
        for ln in lines:
            _p(d, ln)
    d.save(out)


def skills(p: Person, out: str) -> None:
    d = _doc(p, "Calibri", 10.5)
    _p(d, p.name, bold=True, size=20, color="7A3E00", after=0)
    _p(d, f"{p.creds} · {p.headline}" if p.creds else p.headline, size=11, color="7A3E00")
    bits = [b for b in (p.contact_line, p.phone, p.email) if b]
    _p(d, " · ".join(bits), size=9.5)
    _heading(d, "Professional Summary", "7A3E00")
    _p(d, p.summary)
    _heading(d, "Core Skills", "7A3E00")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    sk = list(p.skills)
    while len(sk) % 3:
        sk.append("")
    for i in range(0, len(sk), 3):
        cells = t.add_row().cells
        for c, v in zip(cells, sk[i : i + 3], strict=True):
            c.text = v
    _heading(d, "Licensure", "7A3E00")
    rows = [r.split(" | ") for r in p.lic]
    t = d.add_table(rows=1, cols=len(rows[0]))
    t.style = "Table Grid"
    for c, v in zip(
        t.rows[0].cells, ["State", "Type", "License #", "Expiration"][: len(rows[0])], strict=True
    ):
        c.text = v
        c.paragraphs[0].runs[0].bold = True
        _shade(c, "F3E6D8")
    for r in rows:
        for c, v in zip(t.add_row().cells, r, strict=True):
            c.text = v
    _heading(d, "Certifications", "7A3E00")
    for ln in p.certs:
        d.add_paragraph(ln, style="List Bullet")
    _heading(d, "Experience", "7A3E00")
    for j in p.jobs:
        _tab_job(d, j, 6.9)
    _heading(d, "Education", "7A3E00")
    for ln in p.edu:
        _p(d, ln)
    for h, lines in p.extra:
        _heading(d, h, "7A3E00")
        for ln in lines:
            _p(d, ln)
    d.save(out)

"""Word documents for set f (python-docx), six layouts.

dx-headtabs  name and a tab-aligned contact line (left | centre | right tab stops) only in the
             page HEADER; no summary; jobs as "Title<TAB>dates" over an italic facility line,
             'List Bullet' bullets; headings are bold paragraphs with a bottom border
dx-lictable  licences as a Word table with a Multistate column and full expiry dates,
             certifications as a Credential | Issued by | Valid until table; facility-first jobs
dx-newgrad   a three-cell contact table in the page header; clinical rotations table; headings
             in small caps
dx-boxes     summary and credentials inside shaded one-cell / two-cell tables (text-box look);
             dates-first hanging-indent job lines
dx-columns   a continuous section laid out in two Word newspaper columns (skills | licence and
             certifications) between one-column sections; facility names in all-caps formatting
dx-footer    contact only in the page FOOTER; shaded full-width headings; numbered certificates
"""

import calendar

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_PARAGRAPH_ALIGNMENT, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from cv import CV, span
from pages import STATES


def _base(font: str, size: float) -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    for s in d.sections:
        s.left_margin = s.right_margin = Inches(0.8)
        s.top_margin = Inches(0.7)
        s.bottom_margin = Inches(0.7)
    d.core_properties.author = ""
    d.core_properties.comments = ""
    return d


def _border_bottom(p, color: str = "444444", size: int = 8) -> None:
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def _shade(el, fill: str) -> None:
    """Shade a paragraph (w:pPr) or a table cell (w:tcPr)."""
    pr = el._p.get_or_add_pPr() if hasattr(el, "_p") else el._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def _no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def _run(
    p, text: str, bold=False, italic=False, size=None, color=None, caps=False, small_caps=False
):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if small_caps:
        r.font.small_caps = True
    return r


def _tabs(p, *stops: tuple[float, str]) -> None:
    kinds = {"l": WD_TAB_ALIGNMENT.LEFT, "c": WD_TAB_ALIGNMENT.CENTER, "r": WD_TAB_ALIGNMENT.RIGHT}
    for pos, k in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Inches(pos), kinds[k])


def _bullets(d, items: list[str], style: str = "List Bullet") -> None:
    for it in items:
        p = d.add_paragraph(it, style=style)
        p.paragraph_format.space_after = Pt(0)


def _full_date(ym: str | None) -> str:
    if not ym:
        return "—"
    y, m = int(ym[:4]), int(ym[5:7])
    return f"{m:02d}/{calendar.monthrange(y, m)[1]}/{y}"


def _mmyyyy(ym: str | None) -> str:
    return f"{ym[5:7]}/{ym[:4]}" if ym else "—"


# ---------------------------------------------------------------- dx-headtabs
def headtabs(cv: CV, out) -> None:
    d = _base("Calibri", 10.5)
    hdr = d.sections[0].header
    p = hdr.paragraphs[0]
    _run(p, cv.name, bold=True, size=18, color="1F3A5F")
    _run(p, f"  {cv.creds}", size=11, color="555555")
    p2 = hdr.add_paragraph()
    _tabs(p2, (3.45, "c"), (6.9, "r"))
    _run(p2, f"{cv.address}\t{cv.phone}\t{cv.email}", size=9.5)
    _border_bottom(p2, "1F3A5F", 10)

    def heading(t: str) -> None:
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(10)
        q.paragraph_format.space_after = Pt(3)
        _run(q, t.upper(), bold=True, size=11, color="1F3A5F")
        _border_bottom(q, "9AAFC7", 4)

    heading(cv.exp_heading)
    for r in cv.roles:
        q = d.add_paragraph()
        _tabs(q, (6.9, "r"))
        q.paragraph_format.space_before = Pt(5)
        _run(q, r.title, bold=True)
        _run(q, "\t" + span(r, cv))
        q2 = d.add_paragraph()
        _run(q2, f"{r.employer}, {r.place}", italic=True)
        _bullets(d, r.points)
    heading("Licensure")
    _bullets(d, [x.text for x in cv.licences])
    heading("Certifications")
    _bullets(d, [c.text for c in cv.cards])
    heading("Education")
    for s in cv.studies:
        q = d.add_paragraph()
        _tabs(q, (6.9, "r"))
        _run(q, s.degree, bold=True)
        _run(q, f" — {s.school}, {s.where}\t{s.year}")
    heading("Skills")
    d.add_paragraph(", ".join(cv.skills))
    d.save(out)


# ---------------------------------------------------------------- dx-lictable
def lictable(cv: CV, out) -> None:
    d = _base("Cambria", 10.5)
    p = d.add_paragraph()
    _run(p, cv.name, bold=True, size=20, color="2E5E4E")
    p = d.add_paragraph()
    _run(p, f"{cv.creds} · {cv.headline}", italic=True, size=11)
    p = d.add_paragraph()
    _run(p, " | ".join(x for x in (cv.address, cv.phone, cv.email) if x), size=10)
    _border_bottom(p, "2E5E4E", 12)

    def heading(t: str) -> None:
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(11)
        q.paragraph_format.space_after = Pt(4)
        _run(q, t, bold=True, size=12.5, color="2E5E4E")

    heading("Summary")
    d.add_paragraph(cv.summary)
    heading("Licensure")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, v in zip(
        t.rows[0].cells, ["State", "License", "Number", "Multistate", "Expiration"], strict=True
    ):
        c.text = ""
        _run(c.paragraphs[0], v, bold=True)
        _shade(c, "DCEBE5")
    for x in cv.licences:
        row = t.add_row().cells
        vals = [
            STATES[x.state],
            {"RN": "Registered Nurse"}.get(x.kind, x.kind),
            x.number,
            "Yes" if x.compact else "No",
            _full_date(x.expires),
        ]
        for c, v in zip(row, vals, strict=True):
            c.text = v
    heading("Certifications")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Credential", "Issued by", "Valid until"], strict=True):
        c.text = ""
        _run(c.paragraphs[0], v, bold=True)
        _shade(c, "DCEBE5")
    for cd in cv.cards:
        row = t.add_row().cells
        for c, v in zip(row, [cd.text, cd.issuer or "", _mmyyyy(cd.expires)], strict=True):
            c.text = v
    heading(cv.exp_heading)
    for r in cv.roles:
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(6)
        _run(q, f"{r.employer} — {r.place}", bold=True)
        q2 = d.add_paragraph()
        _tabs(q2, (6.9, "r"))
        _run(q2, r.title, italic=True)
        _run(q2, "\t" + span(r, cv))
        _bullets(d, r.points)
    heading("Education")
    for s in cv.studies:
        d.add_paragraph(f"{s.degree}, {s.school}, {s.where} ({s.year})")
    heading("Skills")
    d.add_paragraph(" • ".join(cv.skills))
    d.add_paragraph(cv.systems_line)
    d.save(out)


# ---------------------------------------------------------------- dx-newgrad
def newgrad(cv: CV, out) -> None:
    d = _base("Calibri", 11)
    sec = d.sections[0]
    sec.header_distance = Inches(0.35)
    ht = sec.header.add_table(rows=1, cols=3, width=Inches(6.9))
    _no_borders(ht)
    a, b, c = ht.rows[0].cells
    _run(a.paragraphs[0], f"{cv.name}, {cv.creds}", bold=True, size=14, color="7A1F2B")
    b.paragraphs[0].alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
    _run(b.paragraphs[0], cv.address or "", size=10)
    c.paragraphs[0].alignment = WD_PARAGRAPH_ALIGNMENT.RIGHT
    _run(c.paragraphs[0], cv.phone, size=10)
    q = c.add_paragraph()
    q.alignment = WD_PARAGRAPH_ALIGNMENT.RIGHT
    _run(q, cv.email, size=10)

    def heading(t: str) -> None:
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(12)
        q.paragraph_format.space_after = Pt(3)
        _run(q, t, bold=True, size=13, color="7A1F2B", small_caps=True)
        _border_bottom(q, "C9A2A8", 6)

    heading("Objective")
    d.add_paragraph(cv.summary)
    heading("Education")
    for s in cv.studies:
        q = d.add_paragraph()
        _tabs(q, (6.9, "r"))
        _run(q, s.degree, bold=True)
        _run(q, f"\t{s.year}")
        d.add_paragraph(f"{s.school}, {s.where}")
        _bullets(
            d,
            [
                "GPA 3.71; Dean's List six semesters",
                "Senior capstone: early mobility in ventilated patients (poster)",
            ],
        )
    heading("Licensure & Certifications")
    _bullets(d, [x.text for x in cv.licences] + [c.text for c in cv.cards])
    heading("Clinical Rotations")
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 2"
    for cell, v in zip(t.rows[0].cells, ["Rotation", "Site", "Hours"], strict=True):
        cell.text = v
    for unit, site, hours in cv.rotations:
        row = t.add_row().cells
        for cell, v in zip(row, [unit, site, hours], strict=True):
            cell.text = v
    heading(cv.exp_heading)
    for r in cv.roles:
        q = d.add_paragraph()
        _tabs(q, (6.9, "r"))
        _run(q, r.title, bold=True)
        _run(q, "\t" + span(r, cv))
        d.add_paragraph(f"{r.employer}, {r.place}")
        _bullets(d, r.points)
    heading("Skills")
    d.add_paragraph("; ".join(cv.skills))
    d.save(out)


# ---------------------------------------------------------------- dx-boxes
def boxes(cv: CV, out) -> None:
    d = _base("Arial", 10)
    p = d.add_paragraph()
    p.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
    _run(p, cv.name, bold=True, size=18)
    p = d.add_paragraph()
    p.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
    _run(p, f"{cv.creds} — {cv.headline}", size=10.5, color="555555")
    p = d.add_paragraph()
    p.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
    _run(p, "   ·   ".join(x for x in (cv.address, cv.phone, cv.email) if x), size=9.5)

    box = d.add_table(rows=1, cols=1)
    box.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = box.rows[0].cells[0]
    _shade(cell, "EFEFEA")
    _run(cell.paragraphs[0], "PROFILE", bold=True, size=9, color="6B6B3A")
    cell.add_paragraph(cv.summary)
    d.add_paragraph()

    two = d.add_table(rows=1, cols=2)
    left, right = two.rows[0].cells
    for c in (left, right):
        _shade(c, "EFEFEA")
    _run(left.paragraphs[0], "LICENSE", bold=True, size=9, color="6B6B3A")
    for x in cv.licences:
        left.add_paragraph(x.text)
    _run(right.paragraphs[0], "CERTIFICATIONS", bold=True, size=9, color="6B6B3A")
    for c in cv.cards:
        right.add_paragraph(c.text)

    def heading(t: str) -> None:
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(12)
        q.paragraph_format.space_after = Pt(4)
        _run(q, t.upper(), bold=True, size=11)

    def hanging(left_text: str, right_text: str, bold_right: bool = True) -> None:
        q = d.add_paragraph()
        q.paragraph_format.left_indent = Inches(1.55)
        q.paragraph_format.first_line_indent = Inches(-1.55)
        _tabs(q, (1.55, "l"))
        _run(q, left_text + "\t")
        _run(q, right_text, bold=bold_right)

    def indented(text: str, italic: bool = False, bullet: bool = False) -> None:
        q = d.add_paragraph()
        q.paragraph_format.left_indent = Inches(1.55 + (0.18 if bullet else 0))
        if bullet:
            q.paragraph_format.first_line_indent = Inches(-0.18)
            text = "•\u00a0\u00a0" + text
        q.paragraph_format.space_after = Pt(0)
        _run(q, text, italic=italic)

    heading(cv.exp_heading)
    for r in cv.roles:
        hanging(span(r, cv), r.title)
        indented(f"{r.employer}, {r.place}", italic=True)
        for pt in r.points:
            indented(pt, bullet=True)
        d.add_paragraph().paragraph_format.space_after = Pt(0)
    heading("Education")
    for s in cv.studies:
        hanging(s.year, f"{s.degree}, {s.school}, {s.where}", bold_right=False)
    heading("Skills")
    d.add_paragraph(", ".join(cv.skills))
    d.save(out)


# ---------------------------------------------------------------- dx-columns
def _columns(section, n: int, space_in: float = 0.4) -> None:
    sect = section._sectPr
    cols = sect.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), str(int(space_in * 1440)))
    if n > 1:
        cols.set(qn("w:sep"), "1")


def columns(cv: CV, out) -> None:
    d = _base("Georgia", 10.5)
    p = d.add_paragraph()
    _run(p, cv.name, bold=True, size=20, color="8A4B08")
    _run(p, f"   {cv.creds}", size=12, color="8A4B08")
    p = d.add_paragraph()
    _run(p, cv.headline, italic=True, size=11.5)
    p = d.add_paragraph()
    _run(p, "  ·  ".join(x for x in (cv.address, cv.phone, cv.email) if x), size=10)
    _border_bottom(p, "8A4B08", 8)
    d.add_paragraph(cv.summary).paragraph_format.space_before = Pt(6)

    def heading(t: str) -> None:
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(9)
        q.paragraph_format.space_after = Pt(3)
        _run(q, t, bold=True, size=11, color="8A4B08", caps=True)

    sec2 = d.add_section(WD_SECTION.CONTINUOUS)
    _columns(sec2, 2)
    heading("Skills")
    _bullets(d, cv.skills)
    brk = d.add_paragraph()
    brk.add_run().add_break(WD_BREAK.COLUMN)
    heading("License")
    for x in cv.licences:
        d.add_paragraph(x.text)
    heading("Certifications")
    _bullets(d, [c.text for c in cv.cards])
    sec3 = d.add_section(WD_SECTION.CONTINUOUS)
    _columns(sec3, 1)
    heading(cv.exp_heading)
    for r in cv.roles:
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(6)
        _run(q, r.employer, bold=True, caps=True)
        _run(q, f" | {r.place}")
        q2 = d.add_paragraph()
        _run(q2, f"{r.title}, {span(r, cv)}", italic=True)
        _bullets(d, r.points)
    heading("Education")
    for s in cv.studies:
        d.add_paragraph(f"{s.degree} — {s.school}, {s.where}, {s.year}")
    d.save(out)


# ---------------------------------------------------------------- dx-footer
def footer(cv: CV, out) -> None:
    d = _base("Calibri Light", 10.5)
    f = d.sections[0].footer.paragraphs[0]
    f.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
    _run(f, " | ".join(x for x in (cv.address, cv.phone, cv.email) if x), size=9.5, color="1B6A73")
    p = d.add_paragraph()
    _run(p, cv.name, size=24, color="1B6A73")
    p = d.add_paragraph()
    _run(p, f"{cv.creds} — {cv.headline}", size=11.5)

    def heading(t: str) -> None:
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(10)
        q.paragraph_format.space_after = Pt(4)
        _shade(q, "1B6A73")
        _run(q, " " + t.upper(), bold=True, size=10.5, color="FFFFFF")

    heading("Profile")
    d.add_paragraph(cv.summary)
    heading(cv.exp_heading)
    for r in cv.roles:
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(6)
        _run(q, r.title, bold=True)
        q2 = d.add_paragraph()
        _tabs(q2, (6.9, "r"))
        _run(q2, f"{r.employer} — {r.place}")
        _run(q2, "\t" + span(r, cv), italic=True)
        _bullets(d, r.points)
    heading("Licensure")
    for x in cv.licences:
        d.add_paragraph(x.text)
    heading("Certificates")
    _bullets(d, [c.text for c in cv.cards], style="List Number")
    heading("Education")
    for s in cv.studies:
        d.add_paragraph(f"{s.degree}, {s.school} ({s.where}), {s.year}")
    heading("Skills")
    d.add_paragraph(" · ".join(cv.skills))
    d.save(out)


DESIGNS = {
    "dx-headtabs": headtabs,
    "dx-lictable": lictable,
    "dx-newgrad": newgrad,
    "dx-boxes": boxes,
    "dx-columns": columns,
    "dx-footer": footer,
}


def render(cv: CV, out) -> None:
    DESIGNS[cv.design](cv, out)

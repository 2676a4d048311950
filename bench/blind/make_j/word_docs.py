"""Set j's Word layouts (python-docx)."""

from __future__ import annotations

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from model import Person, span


def _doc(font: str = "Calibri", size: float = 10.5) -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.left_margin = s.right_margin = Inches(0.8)
        s.top_margin = s.bottom_margin = Inches(0.7)
    return d


def _border_bottom(par) -> None:  # type: ignore[no-untyped-def]
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "444444")):
        b.set(qn(k), v)
    bdr.append(b)
    ppr.append(bdr)


def _no_borders(table) -> None:  # type: ignore[no-untyped-def]
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)


def _right_tab(par, pos: float = 6.9, leader: WD_TAB_LEADER | None = None) -> None:  # type: ignore[no-untyped-def]
    if leader is None:
        par.paragraph_format.tab_stops.add_tab_stop(Inches(pos), WD_TAB_ALIGNMENT.RIGHT)
    else:
        par.paragraph_format.tab_stops.add_tab_stop(Inches(pos), WD_TAB_ALIGNMENT.RIGHT, leader)


def _bullets(d, items: list[str], style: str = "List Bullet") -> None:  # type: ignore[no-untyped-def]
    for b in items:
        d.add_paragraph(b, style=style)


def caps_rules(p: Person, path: str) -> None:
    """Headings as bold ALL CAPS paragraphs with a bottom border; right-tab dates."""
    d = _doc("Cambria", 10.5)
    h = d.add_paragraph()
    r = h.add_run(f"{p.name}, {p.creds}")
    r.bold, r.font.size = True, Pt(20)
    d.add_paragraph(f"{p.street}, {p.city} {p.zip}  •  {p.phone}  •  {p.email}")

    def head(t: str) -> None:
        par = d.add_paragraph()
        par.paragraph_format.space_before = Pt(10)
        run = par.add_run(t.upper())
        run.bold = True
        _border_bottom(par)

    head("Professional Summary")
    d.add_paragraph(p.summary)
    head("Experience")
    for j in p.jobs:
        par = d.add_paragraph()
        _right_tab(par)
        par.add_run(j.title).bold = True
        par.add_run(f" — {j.employer}, {j.city}\t{span(j, 'mon')}")
        _bullets(d, j.bullets)
    head("License")
    for lc in p.licenses:
        d.add_paragraph(lc.text)
    head("Certifications")
    for c in p.certs:
        d.add_paragraph(c.text)
    head("Education")
    for e in p.edu:
        d.add_paragraph(f"{e.degree}, {e.school}, {e.city} — {e.year}")
    head("Skills")
    d.add_paragraph(", ".join(p.skills) + f". EHR: {p.systems}.")
    d.save(path)


def cert_table(p: Person, path: str) -> None:
    """Certifications in a table with Issued / Expires columns; licences as lines."""
    d = _doc("Calibri", 10.5)
    t = d.add_paragraph()
    r = t.add_run(p.name)
    r.bold, r.font.size, r.font.color.rgb = True, Pt(22), RGBColor(0x7A, 0x1F, 0x5C)
    d.add_paragraph(f"{p.creds} | {p.title}")
    d.add_paragraph(f"{p.street}, {p.city} {p.zip}\n{p.phone}\n{p.email}")
    d.add_heading("Summary", level=2)
    d.add_paragraph(p.summary)
    d.add_heading("Licensure", level=2)
    for lc in p.licenses:
        d.add_paragraph(lc.text, style="List Bullet")
    d.add_heading("Certifications", level=2)
    tb = d.add_table(rows=1, cols=4)
    tb.style = "Light Grid Accent 1"
    for cell, txt in zip(
        tb.rows[0].cells, ("Certification", "Issuer", "Issued", "Expires"), strict=True
    ):
        cell.text = txt
    for c in p.certs:
        row = tb.add_row().cells
        exp = f"{c.expires[5:]}/{c.expires[:4]}" if c.expires else "—"
        for cell, txt in zip(row, (c.name, c.issuer or "", c.issued or "", exp), strict=True):
            cell.text = txt
    d.add_heading("Experience", level=2)
    for j in p.jobs:
        par = d.add_paragraph()
        par.add_run(f"{j.title}").bold = True
        par.add_run(f"\n{j.employer} · {j.city} · {span(j, 'full')}")
        if j.agency:
            par.add_run(f"\nTravel contract via {j.agency}").italic = True
        _bullets(d, j.bullets)
    d.add_heading("Education", level=2)
    for e in p.edu:
        d.add_paragraph(f"{e.degree} — {e.school}, {e.city}, {e.year}")
    d.add_paragraph(f"Charting systems: {p.systems}")
    d.save(path)


def _cols(section, n: int) -> None:  # type: ignore[no-untyped-def]
    sp = section._sectPr
    for old in sp.findall(qn("w:cols")):
        sp.remove(old)
    c = OxmlElement("w:cols")
    c.set(qn("w:num"), str(n))
    c.set(qn("w:space"), "432")
    if n > 1:
        c.set(qn("w:sep"), "1")
    sp.append(c)


def two_col_section(p: Person, path: str) -> None:
    """A continuous section in two Word columns (w:cols) between one-column sections."""
    d = _doc("Georgia", 10)
    par = d.add_paragraph()
    r = par.add_run(p.name.upper())
    r.bold, r.font.size = True, Pt(19)
    d.add_paragraph(f"{p.creds} — {p.title}")
    d.add_paragraph(f"{p.street} · {p.city} {p.zip} · {p.phone} · {p.email}")
    d.add_paragraph(p.summary)
    s2 = d.add_section(WD_SECTION.CONTINUOUS)
    _cols(s2, 2)
    d.add_paragraph().add_run("Licensure & Certification").bold = True
    for lc in p.licenses:
        d.add_paragraph(lc.text)
    for c in p.certs:
        d.add_paragraph(c.text)
    d.add_paragraph().add_run("Skills").bold = True
    _bullets(d, p.skills)
    d.add_paragraph(f"EHR: {p.systems}")
    s3 = d.add_section(WD_SECTION.CONTINUOUS)
    _cols(s3, 1)
    d.add_paragraph().add_run("Professional Experience").bold = True
    for j in p.jobs:
        par = d.add_paragraph()
        _right_tab(par)
        par.add_run(f"{j.employer}, {j.city}").bold = True
        par.add_run(f"\t{span(j, 'mmyyyy')}")
        d.add_paragraph(j.title).runs[0].italic = True
        _bullets(d, j.bullets)
    d.add_paragraph().add_run("Education").bold = True
    for e in p.edu:
        d.add_paragraph(f"{e.degree}, {e.school}, {e.city}, {e.year}")
    d.save(path)


def job_table(p: Person, path: str) -> None:
    """Jobs as a 3-column table (Dates | Employer | Role), bullets nested in the role cell."""
    d = _doc("Arial", 10)
    par = d.add_paragraph()
    par.add_run(f"{p.name}, {p.creds}").bold = True
    par.runs[0].font.size = Pt(18)
    d.add_paragraph(f"{p.street}, {p.city} {p.zip} | {p.phone} | {p.email}")
    d.add_paragraph().add_run("SUMMARY").bold = True
    d.add_paragraph(p.summary)
    d.add_paragraph().add_run("WORK HISTORY").bold = True
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, txt in zip(tb.rows[0].cells, ("Dates", "Employer", "Role and duties"), strict=True):
        cell.text = txt
        cell.paragraphs[0].runs[0].bold = True
    for j in p.jobs:
        a, b, c = tb.add_row().cells
        a.text = span(j, "mmyyyy", " –\n")
        b.text = f"{j.employer}\n{j.city}"
        c.text = j.title
        c.paragraphs[0].runs[0].bold = True
        for bl in j.bullets:
            c.add_paragraph(bl, style="List Bullet")
    for row in tb.rows:
        row.cells[0].width, row.cells[1].width, row.cells[2].width = (
            Inches(1.1),
            Inches(2.0),
            Inches(3.8),
        )
    d.add_paragraph().add_run("LICENSE AND CERTIFICATIONS").bold = True
    for x in [lc.text for lc in p.licenses] + [c.text for c in p.certs]:
        d.add_paragraph(x, style="List Bullet")
    d.add_paragraph().add_run("EDUCATION").bold = True
    for e in p.edu:
        d.add_paragraph(f"{e.degree}, {e.school}, {e.city} ({e.year})")
    d.add_paragraph(f"Documentation: {p.systems}. Skills: {', '.join(p.skills)}.")
    d.save(path)


def header_table(p: Person, path: str) -> None:
    """Contact in a two-cell table at the top of the body (name left, contact right)."""
    d = _doc("Calibri", 11)
    tb = d.add_table(rows=1, cols=2)
    _no_borders(tb)
    left, right = tb.rows[0].cells
    left.text = ""
    r = left.paragraphs[0].add_run(p.name)
    r.bold, r.font.size = True, Pt(20)
    left.add_paragraph(f"{p.creds}\n{p.title}")
    right.text = f"{p.street}\n{p.city} {p.zip}\n{p.phone}\n{p.email}"
    for prg in right.paragraphs:
        prg.alignment = 2
    d.add_paragraph()
    for title, lines in (
        ("Profile", [p.summary]),
        ("License", [lc.text for lc in p.licenses]),
        ("Certifications", [c.text for c in p.certs]),
    ):
        d.add_paragraph().add_run(title).bold = True
        for x in lines:
            d.add_paragraph(x)
    d.add_paragraph().add_run("Experience").bold = True
    for j in p.jobs:
        par = d.add_paragraph()
        par.add_run(f"{j.title}, {j.employer}").bold = True
        d.add_paragraph(f"{j.city}  |  {span(j, 'dot')}")
        _bullets(d, j.bullets)
    d.add_paragraph().add_run("Education").bold = True
    for e in p.edu:
        d.add_paragraph(f"{e.degree}, {e.school} ({e.year})")
    d.add_paragraph().add_run("Skills").bold = True
    d.add_paragraph(", ".join(p.skills))
    d.save(path)


def leaders(p: Person, path: str) -> None:
    """A tab-leader layout: every dated line runs to its date with a middle-dot leader."""
    d = _doc("Garamond", 11)
    par = d.add_paragraph()
    par.alignment = 1
    r = par.add_run(f"{p.name}, {p.creds}")
    r.bold, r.font.size = True, Pt(18)
    c = d.add_paragraph(f"{p.street}, {p.city} {p.zip}\n{p.phone} · {p.email}")
    c.alignment = 1

    def dotted(left: str, right: str, bold: bool = False) -> None:
        q = d.add_paragraph()
        _right_tab(q, 6.9, WD_TAB_LEADER.MIDDLE_DOT)
        q.add_run(left).bold = bold
        q.add_run(f"\t{right}")

    d.add_paragraph().add_run("Summary").bold = True
    d.add_paragraph(p.summary)
    d.add_paragraph().add_run("Experience").bold = True
    for j in p.jobs:
        dotted(f"{j.title}, {j.employer}", span(j, "mmyyyy"), True)
        extra = f"{j.city}" + (f" — travel contract through {j.agency}" if j.agency else "")
        d.add_paragraph(extra).runs[0].italic = True
        _bullets(d, j.bullets)
    d.add_paragraph().add_run("Certifications").bold = True
    for ce in p.certs:
        name, _, rest = ce.text.partition(" — ")
        dotted(name, rest)
    d.add_paragraph().add_run("Education").bold = True
    for e in p.edu:
        dotted(f"{e.degree}, {e.school}", e.year)
    d.add_paragraph(f"Skills: {', '.join(p.skills)}. Charting: {p.systems}.")
    d.save(path)


LAYOUTS = {
    "dx-capsrules": caps_rules,
    "dx-certtable": cert_table,
    "dx-2col": two_col_section,
    "dx-jobtable": job_table,
    "dx-headtable": header_table,
    "dx-leaders": leaders,
}

"""Word resumes for set c: contact in the header or the footer, styled-paragraph headings (never
Word's Heading styles), tab-separated job lines, tables, and a page laid out as a 2-column table."""

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from model import Job, Person, mmyy, shown_ehr, wrapped
from wording import agency_groups, cert_text, lic_prose, lic_sentence, title_line, when, where

INK = RGBColor(0x22, 0x3A, 0x5E)


def _rule_below(par) -> None:
    """A bottom border on a paragraph: how people make a 'heading' without a Heading style."""
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in {"w:val": "single", "w:sz": "8", "w:space": "1", "w:color": "223A5E"}.items():
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)


def heading(container, text: str, rule: bool = True, underline: bool = False) -> None:
    par = container.add_paragraph()
    run = par.add_run(text)
    run.bold = True
    run.font.size = Pt(11.5)
    run.font.color.rgb = INK
    run.underline = underline
    run.font.small_caps = not underline
    par.paragraph_format.space_before = Pt(10)
    par.paragraph_format.space_after = Pt(3)
    if rule:
        _rule_below(par)


def para(container, text: str, bold: bool = False, italic: bool = False, size: float = 10.5):
    par = container.add_paragraph()
    run = par.add_run(text)
    run.bold, run.italic = bold, italic
    run.font.size = Pt(size)
    par.paragraph_format.space_after = Pt(1)
    return par


def dots(container, items: list[str], mark: str = "•") -> None:
    """Bullets typed by hand (a mark and a tab), not Word's list numbering."""
    for x in items:
        par = container.add_paragraph()
        par.paragraph_format.left_indent = Inches(0.3)
        par.paragraph_format.first_line_indent = Inches(-0.18)
        par.paragraph_format.space_after = Pt(0)
        par.add_run(f"{mark}\t{x}").font.size = Pt(10)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def grid(container, head: list[str], rows: list[list[str]], widths: list[float]) -> None:
    t = container.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for cell, text, w in zip(t.rows[0].cells, head, widths, strict=True):
        cell.width = Inches(w)
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(9.5)
    for row in rows:
        for cell, text, w in zip(t.add_row().cells, row, widths, strict=True):
            cell.width = Inches(w)
            lines = text.split("\n")
            cell.paragraphs[0].add_run(lines[0]).font.size = Pt(9.5)
            for more in lines[1:]:
                cell.add_paragraph().add_run(more).font.size = Pt(9.5)


def degree_par(container, p: Person) -> None:
    for e in p.education:
        par = container.add_paragraph()
        par.paragraph_format.space_after = Pt(2)
        lines = wrapped(e)
        for i, line in enumerate(lines):
            run = par.add_run(line)
            run.bold = True
            if i < len(lines) - 1:
                run.add_break()
        par.add_run(
            f"\n{e.school}" + (f", {e.city}" if e.city else "") + (f" — {e.year}" if e.year else "")
        )


def _margins(doc, inches: float = 0.8) -> None:
    s = doc.sections[0]
    s.left_margin = s.right_margin = Inches(inches)
    s.top_margin = s.bottom_margin = Inches(0.7)


def job_paras(container, p: Person, style: str) -> None:
    for agency, jobs in agency_groups(p.jobs):
        if agency:
            para(container, f"Contract assignments through {agency}", bold=True)
        for j in jobs:
            para(container, title_line(j), bold=True)
            para(container, f"{where(j)}  |  {when(j, style)}", italic=True, size=10)
            dots(container, j.bullets)


def hdrbox(p: Person) -> Document:
    doc = Document()
    _margins(doc)
    hdr = doc.sections[0].header
    t = hdr.add_table(rows=1, cols=3, width=Inches(6.9))
    bits = [p.phone, p.email, p.home or ""]
    for cell, text in zip(t.rows[0].cells, bits, strict=True):
        cell.paragraphs[0].add_run(text).font.size = Pt(9)
    par = para(doc, p.name.upper(), bold=True, size=20)
    par.alignment = WD_ALIGN_PARAGRAPH.LEFT
    para(doc, f"{p.creds}  —  {p.title}", size=11)
    heading(doc, "Professional Summary")
    para(doc, p.summary)
    if p.licenses:
        heading(doc, "Licensure")
        grid(
            doc,
            ["Licence", "State", "Number", "Compact", "Expiration"],
            [
                [
                    lic.label or lic.type,
                    lic.state,
                    lic.number,
                    "Multistate"
                    if lic.compact
                    else ("Single-state" if lic.compact is False else ""),
                    mmyy(lic.expires),
                ]
                for lic in p.licenses
            ],
            [1.9, 0.7, 1.4, 1.2, 1.1],
        )
    heading(doc, "Certifications")
    grid(
        doc,
        ["Certification", "Issuing organisation", "Expires"],
        [
            [f"{c.long} ({c.name})" if c.long else c.name, c.issuer or "", mmyy(c.expires) or "—"]
            for c in p.certs
        ],
        [3.2, 2.3, 1.0],
    )
    heading(doc, "Experience")
    job_paras(doc, p, p.datefmt)
    heading(doc, "Education")
    degree_par(doc, p)
    if p.rotations:
        heading(doc, "Clinical Rotations")
        dots(doc, p.rotations)
    _skills(doc, p)
    return doc


def _skills(doc, p: Person) -> None:
    if p.skills:
        heading(doc, "Skills")
        para(doc, ", ".join(p.skills))
    if shown_ehr(p):
        heading(doc, "Electronic Health Records")
        para(doc, ", ".join(shown_ehr(p)))
    for h, lines in p.extra:
        heading(doc, h)
        dots(doc, lines)


def tab_job(container, j: Job, style: str) -> None:
    """'Title<TAB>Facility, City<TAB>dates' on one line with two tab stops."""
    par = container.add_paragraph()
    stops = par.paragraph_format.tab_stops
    stops.add_tab_stop(Inches(2.6))
    stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
    par.paragraph_format.space_before = Pt(5)
    r = par.add_run(title_line(j))
    r.bold = True
    r.font.size = Pt(10)
    par.add_run(f"\t{where(j)}\t{when(j, style, ' - ')}").font.size = Pt(10)


def footer(p: Person) -> Document:
    doc = Document()
    _margins(doc, 0.75)
    foot = doc.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("  ·  ".join(([p.home] if p.home else []) + [p.phone, p.email])).font.size = Pt(
        8.5
    )
    par = para(doc, f"{p.name}, {p.creds}", bold=True, size=18)
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par = para(doc, p.title, italic=True, size=11)
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading(doc, "Summary of Qualifications")
    para(doc, p.summary)
    heading(doc, "Employment History")
    for agency, jobs in agency_groups(p.jobs):
        for j in jobs:
            tab_job(doc, j, p.datefmt)
            if agency:
                para(doc, f"Travel contract — {agency}", italic=True, size=9.5)
            dots(doc, j.bullets, "–")
    heading(doc, "Licenses")
    for lic in p.licenses:
        para(doc, lic_sentence(lic))
    heading(doc, "Certifications")
    for c in p.certs:
        para(doc, cert_text(c, "valid"))
    heading(doc, "Education")
    degree_par(doc, p)
    _skills(doc, p)
    return doc


def twocol(p: Person) -> Document:
    doc = Document()
    _margins(doc, 0.6)
    para(doc, p.name, bold=True, size=22)
    para(doc, f"{p.creds} | {p.title}", size=11)
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    left, right = t.rows[0].cells
    left.width, right.width = Inches(2.3), Inches(5.0)
    left.paragraphs[0].add_run("CONTACT").bold = True
    for x in [p.phone, p.email] + ([p.home] if p.home else []):
        para(left, x, size=9.5)
    heading(left, "LICENSES", rule=False)
    for lic in p.licenses:
        para(left, lic_prose(lic), size=9.5)
    heading(left, "CERTIFICATIONS", rule=False)
    for c in p.certs:
        para(left, cert_text(c, "comma"), size=9.5)
    heading(left, "EDUCATION", rule=False)
    degree_par(left, p)
    if p.skills or shown_ehr(p):
        heading(left, "SKILLS", rule=False)
        for s in p.skills + shown_ehr(p):
            para(left, s, size=9.5)
    right.paragraphs[0].add_run("PROFILE").bold = True
    para(right, p.summary, size=10)
    heading(right, "EXPERIENCE")
    job_paras(right, p, p.datefmt)
    for h, lines in p.extra:
        heading(right, h)
        dots(right, lines)
    return doc


def jobtable(p: Person) -> Document:
    doc = Document()
    _margins(doc, 0.7)
    par = para(doc, p.name, bold=True, size=19)
    par.add_run(f"   {p.creds}").font.size = Pt(11)
    para(doc, "   |   ".join([p.phone, p.email] + ([p.home] if p.home else [])), size=9.5)
    para(doc, p.title, italic=True)
    heading(doc, "Summary")
    para(doc, p.summary)
    heading(doc, "Work History")
    rows = []
    for j in p.jobs:
        who = f"{j.org}\n{j.city}\n{title_line(j)}" + (f"\n(via {j.agency})" if j.agency else "")
        rows.append([when(j, p.datefmt, " –\n"), who, "\n".join(f"• {b}" for b in j.bullets)])
    grid(doc, ["Dates", "Employer / Role", "Responsibilities"], rows, [1.1, 2.2, 3.8])
    heading(doc, "Licenses & Certifications")
    for lic in p.licenses:
        para(doc, lic_sentence(lic))
    for c in p.certs:
        para(doc, cert_text(c, "bracket"))
    heading(doc, "Education")
    degree_par(doc, p)
    _skills(doc, p)
    return doc


def plainword(p: Person) -> Document:
    doc = Document()
    _margins(doc, 1.0)
    para(doc, f"{p.name}, {p.creds}", bold=True, size=16)
    if p.home:
        para(doc, p.home, size=10)
    para(doc, f"{p.phone} • {p.email}", size=10)
    heading(doc, "OBJECTIVE", rule=False, underline=True)
    para(doc, p.summary)
    heading(doc, "PROFESSIONAL EXPERIENCE", rule=False, underline=True)
    for j in p.jobs:
        par = doc.add_paragraph()
        par.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
        par.paragraph_format.space_before = Pt(6)
        par.paragraph_format.space_after = Pt(0)
        r = par.add_run(f"{j.org} — {j.city}")
        r.bold = True
        par.add_run(f"\t{when(j, p.datefmt, '–')}")
        para(doc, title_line(j) + (f", {j.unit}" if j.unit else ""), italic=True)
        dots(doc, j.bullets, "▪")
    heading(doc, "LICENSURE & CERTIFICATION", rule=False, underline=True)
    for lic in p.licenses:
        para(doc, lic_prose(lic))
    for c in p.certs:
        para(doc, cert_text(c, "through"))
    heading(doc, "EDUCATION", rule=False, underline=True)
    degree_par(doc, p)
    _skills(doc, p)
    return doc


def namehdr(p: Person) -> Document:
    doc = Document()
    _margins(doc, 0.9)
    hp = doc.sections[0].header.paragraphs[0]
    r = hp.add_run(f"{p.name}, {p.creds}")
    r.bold = True
    r.font.size = Pt(15)
    hp.add_run(f"\n{p.title}").font.size = Pt(10)
    fp = doc.sections[0].footer.paragraphs[0]
    fp.add_run(" | ".join([p.email, p.phone] + ([p.home] if p.home else []))).font.size = Pt(9)
    heading(doc, "Profile")
    para(doc, p.summary)
    heading(doc, "Licensure")
    para(doc, "; ".join(lic_prose(lic) for lic in p.licenses) + ".")
    heading(doc, "Certifications")
    para(doc, "; ".join(cert_text(c, "valid") for c in p.certs) + ".")
    heading(doc, "Experience")
    for j in p.jobs:
        tab_job(doc, j, p.datefmt)
        if j.agency:
            para(doc, f"Placed by {j.agency}", italic=True, size=9.5)
        dots(doc, j.bullets)
    heading(doc, "Education")
    degree_par(doc, p)
    _skills(doc, p)
    return doc


DESIGNS = {
    "hdrbox": hdrbox,
    "footer": footer,
    "twocol": twocol,
    "jobtable": jobtable,
    "plainword": plainword,
    "namehdr": namehdr,
}


def render(p: Person, path) -> None:
    doc = DESIGNS[p.design](p)
    doc.core_properties.author = ""
    doc.core_properties.title = ""
    doc.save(str(path))

"""Word documents for blind set d (python-docx).

dx-header:    name and contact in the page HEADER, licences in a Word table, title-first jobs
dx-pipes:     job lines 'Facility — City, ST | Title | MM/YYYY–MM/YYYY', then bullets
dx-headings:  real Word styles (Title, Heading 1, Heading 2, List Bullet) — a new grad
dx-twocol:    a two-column section (licences | certifications) as a borderless table,
              travel assignments under the agency
dx-plain:     Normal style only, bold capital headings, dates-first job lines
dx-certtable: certifications as a table, job lines with a right tab stop for the dates
"""

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from model import Person, lic_line, mmyyyy, one_date, span


def new_doc(font: str = "Calibri", size: float = 10.5) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    for s in doc.sections:
        s.left_margin = s.right_margin = Inches(0.8)
        s.top_margin = s.bottom_margin = Inches(0.7)
    return doc


def para(doc, text: str = "", bold=False, italic=False, size=None, align=None, color=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    return p


def bullets(doc, items: list[str], style: str = "List Bullet") -> None:
    for b in items:
        doc.add_paragraph(b, style=style)


def borderless(table) -> None:
    tbl = table._tbl
    pr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    pr.append(borders)


def right_tab(p, inches: float = 6.9) -> None:
    p.paragraph_format.tab_stops.add_tab_stop(Inches(inches), WD_TAB_ALIGNMENT.RIGHT)


def heading(doc, text: str, color="1F4E79") -> None:
    p = para(doc, text.upper(), bold=True, size=11, color=color)
    p.paragraph_format.space_before = Pt(8)


def dx_header(p: Person, path) -> None:
    doc = new_doc("Calibri", 10.5)
    hdr = doc.sections[0].header
    h1 = hdr.paragraphs[0]
    r = h1.add_run(f"{p.name}, {p.creds}")
    r.bold, r.font.size = True, Pt(16)
    h2 = hdr.add_paragraph(" | ".join(x for x in [p.home, p.phone, p.email] if x))
    h2.runs[0].font.size = Pt(9)
    heading(doc, "Summary")
    para(doc, p.summary)
    heading(doc, "Licensure")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for cell, txt in zip(
        t.rows[0].cells, ["State", "Type", "License #", "Expires", "Multistate"], strict=True
    ):
        cell.text = txt
        cell.paragraphs[0].runs[0].bold = True
    for x in p.licenses:
        row = t.add_row().cells
        vals = [x.state, x.type, x.number, mmyyyy(x.expires), "Yes" if x.compact else "No"]
        for cell, txt in zip(row, vals, strict=True):
            cell.text = txt
    heading(doc, "Certifications")
    bullets(doc, [c.text for c in p.certs])
    heading(doc, "Experience")
    for j in p.jobs:
        q = para(doc, j.title, bold=True)
        q.paragraph_format.space_before = Pt(5)
        para(doc, f"{j.org}, {j.city}", italic=True)
        para(doc, span(j, p))
        bullets(doc, j.bullets)
    heading(doc, "Education")
    for ed in p.education:
        para(doc, f"{ed.degree} — {ed.school}, {ed.where} ({ed.year})")
    heading(doc, "Skills")
    para(doc, " • ".join(p.skills))
    doc.save(path)


def dx_pipes(p: Person, path) -> None:
    doc = new_doc("Arial", 10)
    para(doc, p.name.upper(), bold=True, size=18)
    para(doc, f"{p.creds} — {p.headline}", size=11, color="555555")
    para(doc, f"{p.phone}  ·  {p.email}")
    para(doc, "PROFESSIONAL SUMMARY", bold=True)
    para(doc, p.summary)
    para(doc, "LICENSE", bold=True)
    for x in p.licenses:
        para(doc, lic_line(x))
    para(doc, "CERTIFICATIONS", bold=True)
    for c in p.certs:
        para(doc, c.text)
    para(doc, "WORK EXPERIENCE", bold=True)
    for j in p.jobs:
        dates = one_date(j.start, "num", "Present") + "–" + one_date(j.end, "num", "Present")
        q = para(doc, f"{j.org} — {j.city} | {j.title} | {dates}", bold=True)
        q.paragraph_format.space_before = Pt(5)
        for b in j.bullets:
            para(doc, f"- {b}")
    para(doc, "EDUCATION", bold=True)
    for ed in p.education:
        para(doc, f"{ed.degree}, {ed.school} — {ed.year}")
    para(doc, "SKILLS", bold=True)
    para(doc, ", ".join(p.skills))
    doc.save(path)


def dx_headings(p: Person, path) -> None:
    doc = new_doc("Calibri", 11)
    doc.add_paragraph(f"{p.name}, {p.creds}", style="Title")
    para(doc, f"{p.home}\n{p.phone} | {p.email}" if p.home else f"{p.phone} | {p.email}")
    doc.add_heading("Objective", level=1)
    para(doc, p.summary)
    doc.add_heading("Education", level=1)
    for ed in p.education:
        doc.add_heading(ed.degree, level=2)
        para(doc, f"{ed.school} — graduated May {ed.year}")
    doc.add_heading("Licensure", level=1)
    bullets(doc, [lic_line(x) for x in p.licenses])
    doc.add_heading("Certifications", level=1)
    bullets(doc, [c.text for c in p.certs])
    doc.add_heading("Clinical Rotations", level=1)
    for r in p.rotations:
        doc.add_paragraph(r, style="List Bullet")
    doc.add_heading("Work Experience", level=1)
    for j in p.jobs:
        doc.add_heading(f"{j.title} — {j.org}", level=2)
        para(doc, f"{j.city} | {span(j, p)}")
        bullets(doc, j.bullets)
    doc.add_heading("Skills", level=1)
    bullets(doc, p.skills)
    doc.save(path)


def dx_twocol(p: Person, path) -> None:
    doc = new_doc("Cambria", 10.5)
    para(doc, p.name, bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, color="2E4A62")
    para(doc, p.creds + " | " + p.headline, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, f"{p.home}  •  {p.phone}  •  {p.email}", size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    heading(doc, "Profile", "2E4A62")
    para(doc, p.summary)
    t = doc.add_table(rows=2, cols=2)
    borderless(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.cell(0, 0).text = "LICENSES"
    t.cell(0, 1).text = "CERTIFICATIONS"
    for c in (t.cell(0, 0), t.cell(0, 1)):
        c.paragraphs[0].runs[0].bold = True
    t.cell(1, 0).text = "\n".join(lic_line(x) for x in p.licenses)
    t.cell(1, 1).text = "\n".join(c.text for c in p.certs)
    heading(doc, "Experience", "2E4A62")
    agency_done = set()
    for j in p.jobs:
        if j.agency:
            if j.agency not in agency_done:
                agency_done.add(j.agency)
                js = [x for x in p.jobs if x.agency == j.agency]
                first = min(x.start for x in js)
                q = para(doc, f"{j.agency} — Travel Physical Therapist", bold=True)
                q.add_run(f"\t{one_date(first, 'num', 'Present')} – Present")
                right_tab(q)
            para(doc, f"Assignment: {j.org}, {j.city} — {j.title.split(' — ')[-1]} ({span(j, p)})")
            bullets(doc, j.bullets)
        else:
            q = para(doc, f"{j.title}, {j.org}, {j.city}", bold=True)
            q.add_run(f"\t{span(j, p)}")
            right_tab(q)
            bullets(doc, j.bullets)
    heading(doc, "Education", "2E4A62")
    for ed in p.education:
        para(doc, f"{ed.degree}\n{ed.school}, {ed.year}")
    heading(doc, "Skills & Systems", "2E4A62")
    para(doc, "; ".join(p.skills))
    doc.save(path)


def dx_plain(p: Person, path) -> None:
    doc = new_doc("Times New Roman", 11)
    para(doc, f"{p.name}, {p.creds}", bold=True, size=14)
    para(doc, p.home or "")
    para(doc, f"Tel. {p.phone}   E-mail {p.email}")
    for head, body in [
        ("PROFILE", [p.summary]),
        ("LICENSURE", [lic_line(x) for x in p.licenses]),
        ("CERTIFICATES", [c.text for c in p.certs]),
    ]:
        para(doc, "")
        para(doc, head, bold=True)
        for b in body:
            para(doc, b)
    para(doc, "")
    para(doc, "EMPLOYMENT", bold=True)
    for j in p.jobs:
        q = para(doc, f"{span(j, p)}\t{j.title}, {j.org}, {j.city}")
        q.paragraph_format.tab_stops.add_tab_stop(Inches(1.9))
        for b in j.bullets:
            r = para(doc, f"\t• {b}")
            r.paragraph_format.tab_stops.add_tab_stop(Inches(1.9))
    para(doc, "")
    para(doc, "EDUCATION", bold=True)
    for ed in p.education:
        para(doc, f"{ed.year}\t{ed.degree}, {ed.school}")
    para(doc, "")
    para(doc, "SKILLS", bold=True)
    para(doc, ", ".join(p.skills))
    doc.save(path)


def dx_certtable(p: Person, path) -> None:
    doc = new_doc("Calibri", 10.5)
    para(doc, p.name, bold=True, size=18, color="0B5394")
    para(doc, p.creds, size=10, color="0B5394")
    para(doc, f"{p.home} · {p.phone} · {p.email}", size=9.5)
    heading(doc, "Summary", "0B5394")
    para(doc, p.summary)
    heading(doc, "Licensure", "0B5394")
    for x in p.licenses:
        para(doc, f"{x.state} {x.type} License {x.number}, expires {mmyyyy(x.expires)}")
    heading(doc, "Registry & Certifications", "0B5394")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for cell, txt in zip(t.rows[0].cells, ["Certification", "Issuer", "Expires"], strict=True):
        cell.text = txt
    for c in p.certs:
        row = t.add_row().cells
        for cell, txt in zip(row, [c.text, c.issuer or "", mmyyyy(c.expires) or "—"], strict=True):
            cell.text = txt
    heading(doc, "Experience", "0B5394")
    for j in p.jobs:
        q = para(doc, f"{j.title}, {j.org} ({j.city})", bold=True)
        q.add_run(f"\t{span(j, p)}").bold = False
        right_tab(q)
        bullets(doc, j.bullets)
    heading(doc, "Education", "0B5394")
    for ed in p.education:
        para(doc, f"{ed.degree} — {ed.school}, {ed.year}")
    heading(doc, "Skills", "0B5394")
    para(doc, " | ".join(p.skills))
    doc.save(path)


DESIGNS = {
    "dx-header": dx_header,
    "dx-pipes": dx_pipes,
    "dx-headings": dx_headings,
    "dx-twocol": dx_twocol,
    "dx-plain": dx_plain,
    "dx-certtable": dx_certtable,
}


def render(p: Person, path) -> None:
    DESIGNS[p.design](p, str(path))

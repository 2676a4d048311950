"""python-docx layouts for set g: a two-column template table, contact only in the footer, a
licence table with merged cells, tab-stopped job lines, shaded-paragraph headings, and a
whole resume inside one big table."""

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from model import Person, span


def base(font="Calibri", size=10.5) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    for s in doc.sections:
        s.left_margin = s.right_margin = Inches(0.8)
        s.top_margin = s.bottom_margin = Inches(0.7)
    doc.core_properties.author = ""
    return doc


def para(target, text="", bold=False, italic=False, size=None, color=None, align=None, after=None):
    p = target.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def shade(el, fill):
    pr = el._p.get_or_add_pPr() if hasattr(el, "_p") else el._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def no_borders(table):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{side}")
        x.set(qn("w:val"), "nil")
        b.append(x)
    pr.append(b)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)


def bullets(target, items, mark="•"):
    for b in items:
        p = para(target, f"{mark} {b}", after=0)
        p.paragraph_format.left_indent = Inches(0.2)
        p.paragraph_format.first_line_indent = Inches(-0.15)


# ----------------------------------------------------------------------------- layouts
def dx_twocol(p: Person, out):
    doc = base("Calibri", 10)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, p.name.upper(), bold=True, size=22)
    para(top, f"{p.creds} | {p.headline}", size=11, color="7F6000")
    left, right = t.cell(1, 0), t.cell(1, 1)
    left.width, right.width = Inches(2.3), Inches(4.6)
    shade(left, "F2EFE6")
    cell_text(left, "CONTACT", bold=True)
    for v in [p.address, p.phone, p.email]:
        para(left, v, size=9)
    para(left, "LICENSES", bold=True)
    for lic in p.lics:
        para(left, lic.line, size=9)
    para(left, "CERTIFICATIONS", bold=True)
    for c in p.certs:
        para(left, c.line, size=9)
    para(left, "SKILLS", bold=True)
    for s in p.skills:
        para(left, s, size=9, after=0)
    cell_text(right, "PROFILE", bold=True)
    para(right, p.summary)
    para(right, "EXPERIENCE", bold=True)
    last_ag = None
    for j in p.jobs:
        if j.agency and j.agency != last_ag:
            para(right, f"Travel Nurse — {j.agency}", bold=True, color="7F6000")
        last_ag = j.agency
        para(right, f"{j.title}, {j.employer}", bold=not j.agency, after=0)
        para(right, f"{j.city} | {span(j, p)}", italic=True, after=0)
        bullets(right, j.bullets)
    para(right, "EDUCATION", bold=True)
    for x in p.edu:
        para(right, f"{x.degree} — {x.school}, {x.when}")
    para(right, "Charting: " + ", ".join(p.ehr))
    doc.save(out)


def dx_footer(p: Person, out):
    doc = base("Georgia", 10.5)
    f = doc.sections[0].footer.paragraphs[0]
    f.text = f"{p.name}, {p.creds}  ·  {p.address}  ·  {p.phone}  ·  {p.email}"
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in f.runs:
        r.font.size = Pt(8.5)
    para(doc, p.name, bold=True, size=20, after=0)
    para(doc, p.headline, italic=True, size=12)
    para(doc, "Summary", bold=True, size=12, color="1F4E79")
    para(doc, p.summary)
    para(doc, "Work History", bold=True, size=12, color="1F4E79")
    for j in p.jobs:
        para(doc, f"{j.title} — {j.employer}, {j.city}", bold=True, after=0)
        para(doc, span(j, p), italic=True, after=0)
        bullets(doc, j.bullets, "–")
    para(doc, "Licensure", bold=True, size=12, color="1F4E79")
    for lic in p.lics:
        para(doc, lic.line)
    para(doc, "Certifications", bold=True, size=12, color="1F4E79")
    for c in p.certs:
        para(doc, c.line, after=0)
    para(doc, "Education", bold=True, size=12, color="1F4E79")
    for x in p.edu:
        para(doc, f"{x.degree}, {x.school} ({x.when})")
    para(doc, "Skills & Systems", bold=True, size=12, color="1F4E79")
    para(doc, "; ".join(p.skills) + ". EHR: " + ", ".join(p.ehr) + ".")
    doc.save(out)


STATE = {"AZ": "Arizona", "NM": "New Mexico", "NV": "Nevada"}


def dx_mergedlic(p: Person, out):
    doc = base("Arial", 10)
    para(doc, p.name, bold=True, size=18, after=0)
    para(doc, f"{p.headline}", size=10.5, after=0)
    para(doc, f"{p.address}  |  {p.phone}  |  {p.email}", size=9.5)
    para(doc, p.summary)
    n = len(p.lics)
    t = doc.add_table(rows=n + 2, cols=5)
    t.style = "Table Grid"
    h = t.cell(0, 0).merge(t.cell(0, 4))
    cell_text(h, "NURSING LICENSURE", bold=True)
    shade(h, "D9E2F3")
    for i, lab in enumerate(["License", "State", "Number", "Privilege", "Expires"]):
        cell_text(t.cell(1, i), lab, bold=True, size=9)
    typ = t.cell(2, 0).merge(t.cell(n + 1, 0))
    cell_text(typ, "Registered Nurse")
    for k, lic in enumerate(p.lics):
        r = k + 2
        cell_text(t.cell(r, 1), STATE[lic.state])
        cell_text(t.cell(r, 2), lic.number)
        cell_text(t.cell(r, 3), "Multistate" if lic.compact else "Single-state")
        extra = " (renewal submitted)" if "renewal" in lic.line else ""
        cell_text(t.cell(r, 4), f"{lic.expires[5:]}/{lic.expires[:4]}" + extra)
    para(doc, "")
    para(doc, "CERTIFICATIONS", bold=True)
    for c in p.certs:
        para(doc, c.line, after=0)
    para(doc, "")
    para(doc, "PROFESSIONAL EXPERIENCE", bold=True)
    prev = None
    for j in p.jobs:
        if j.employer != prev:
            para(doc, f"{j.employer} — {j.city}", bold=True, after=0)
        prev = j.employer
        para(doc, f"{j.title}    {span(j, p)}", italic=True, after=0)
        bullets(doc, j.bullets)
    para(doc, "")
    para(doc, "EDUCATION", bold=True)
    for x in p.edu:
        para(doc, f"{x.degree}, {x.school}, {x.when}", after=0)
    para(doc, "")
    para(doc, "SKILLS", bold=True)
    para(doc, " • ".join(p.skills))
    para(doc, "Charting systems: " + ", ".join(p.ehr))
    doc.save(out)


def dx_tabjobs(p: Person, out):
    doc = base("Cambria", 10.5)
    para(doc, p.name, bold=True, size=17, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(doc, f"{p.address}  |  {p.phone}  |  {p.email}", size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "PROFILE", bold=True)
    para(doc, p.summary)
    para(doc, "EMPLOYMENT", bold=True)
    for j in p.jobs:
        q = doc.add_paragraph()
        ts = q.paragraph_format.tab_stops
        ts.add_tab_stop(Inches(2.5))
        ts.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
        r = q.add_run(j.title)
        r.bold = True
        q.add_run(f"\t{j.employer}, {j.city}\t{span(j, p, '–')}")
        q.paragraph_format.space_after = Pt(0)
        bullets(doc, j.bullets, "▪")
    para(doc, "LICENSE", bold=True)
    for lic in p.lics:
        para(doc, lic.line)
    para(doc, "CERTIFICATIONS", bold=True)
    for c in p.certs:
        para(doc, c.line, after=0)
    para(doc, "EDUCATION", bold=True)
    for x in p.edu:
        q = doc.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
        q.add_run(f"{x.degree}, {x.school}\t{x.when}")
        q.paragraph_format.space_after = Pt(0)
    para(doc, "SKILLS", bold=True)
    para(doc, ", ".join(p.skills) + ". Documentation: " + ", ".join(p.ehr) + ".")
    doc.save(out)


def dx_shaded(p: Person, out):
    doc = base("Calibri", 11)

    def head(txt):
        q = para(doc, txt.upper(), bold=True, size=11.5)
        shade(q, "D9D9D9")
        q.paragraph_format.space_before = Pt(8)

    para(doc, f"{p.name}, {p.creds}", bold=True, size=18, after=0)
    para(doc, f"{p.address} • {p.phone} • {p.email}", size=10)
    head("Professional Summary")
    para(doc, p.summary)
    head("Licensure & Certification")
    for x in p.lics + p.certs:
        para(doc, x.line, after=0)
    head("Clinical Experience")
    for j in p.jobs:
        para(doc, f"{j.employer}, {j.city}", bold=True, after=0)
        para(doc, f"{j.title} | {span(j, p)}", italic=True, after=0)
        bullets(doc, j.bullets)
    head("Education")
    for x in p.edu:
        para(doc, f"{x.degree}, {x.school}, {x.when}")
    head("Skills")
    para(doc, " | ".join(p.skills))
    doc.save(out)


def dx_onetable(p: Person, out):
    doc = base("Verdana", 9.5)
    rows = [
        "NAME",
        "CONTACT",
        "PROFILE",
        "EXPERIENCE",
        "LICENSE",
        "CERTIFICATIONS",
        "EDUCATION",
        "SKILLS",
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, lab in enumerate(rows):
        cell_text(t.cell(i, 0), lab, bold=True, size=8.5)
        shade(t.cell(i, 0), "E8F0E8")
        t.cell(i, 0).width = Inches(1.4)
        t.cell(i, 1).width = Inches(5.5)
    cell_text(t.cell(0, 1), f"{p.name}, {p.creds}", bold=True, size=15)
    cc = t.cell(1, 1)
    cell_text(cc, p.address)
    para(cc, p.phone, after=0)
    para(cc, p.email, after=0)
    cell_text(t.cell(2, 1), p.summary)
    ex = t.cell(3, 1)
    ex.text = ""
    first = True
    for j in p.jobs:
        q = ex.paragraphs[0] if first else ex.add_paragraph()
        first = False
        r = q.add_run(f"{j.title}, {j.employer}")
        r.bold = True
        para(ex, f"{j.city}  ({span(j, p)})", italic=True, after=0)
        bullets(ex, j.bullets, "-")
    cell_text(t.cell(4, 1), " ; ".join(x.line for x in p.lics))
    cell_text(t.cell(5, 1), p.certs[0].line)
    for c in p.certs[1:]:
        para(t.cell(5, 1), c.line, after=0)
    cell_text(t.cell(6, 1), f"{p.edu[0].degree}\n{p.edu[0].school}, {p.edu[0].when}")
    cell_text(t.cell(7, 1), ", ".join(p.skills) + ". Documentation in " + ", ".join(p.ehr) + ".")
    doc.save(out)


DESIGNS = {"dx-twocol": dx_twocol, "dx-footer": dx_footer, "dx-mergedlic": dx_mergedlic,
           "dx-tabjobs": dx_tabjobs, "dx-shaded": dx_shaded, "dx-onetable": dx_onetable}  # fmt: skip


def render(p: Person, out) -> None:
    DESIGNS[p.design](p, str(out))

"""Word documents for set e (python-docx).

dx-jobtable       work history as a Word table, one row per job (Dates | Employer | Position |
                  Duties); licences as a small table
dx-headertable    name and contact in a two-cell table inside the page header; right-tab dates
dx-liclist        licences as a bulleted list ('List Bullet'); "Title — Facility, City" + dates
dx-headings       real Title / Heading 1 / Heading 2 styles (a new grad with clinical rotations)
dx-titlefacility  each job as "Title, Facility" then "City, ST • Month YYYY – Month YYYY"
"""

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

from model import Person, contact_bits, dates


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


def _para(d, text: str = "", bold=False, italic=False, size=None, style=None, color=None):
    q = d.add_paragraph(style=style)
    if text:
        r = q.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return q


def _heading_run(d, text: str, color="1F4E79"):
    q = _para(d, text.upper(), bold=True, size=11, color=color)
    q.paragraph_format.space_before = Pt(8)
    return q


def _tabbed(d, left: str, right: str, bold=True):
    q = d.add_paragraph()
    q.paragraph_format.tab_stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
    r = q.add_run(left)
    r.bold = bold
    q.add_run("\t" + right)
    return q


def _bul(d, items: list[str]) -> None:
    for b in items:
        d.add_paragraph(b, style="List Bullet")


def _table(d, head: list[str], rows: list[list[str]], widths: list[float] | None = None):
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, head, strict=True):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row, strict=True):
            c.text = v
    if widths:
        for row in t.rows:
            for c, w in zip(row.cells, widths, strict=True):
                c.width = Inches(w)
    return t


def _edu_lines(d, p: Person) -> None:
    for s in p.edu:
        _para(d, s.degree, bold=True)
        _para(d, f"{s.school}{', ' + s.place if s.place else ''}, {s.year}")


def jobtable(p: Person, out) -> None:
    d = _doc("Arial", 10)
    _para(d, f"{p.name}, {p.creds}", bold=True, size=18)
    _para(d, " | ".join(contact_bits(p)))
    _heading_run(d, "Summary")
    _para(d, p.summary)
    _heading_run(d, "Nursing Licenses")
    _table(
        d,
        ["State", "Type", "License #", "Multistate", "Expiration"],
        [
            [
                x.state,
                x.type,
                x.number,
                "Yes" if x.compact else "No",
                f"{x.expires[5:]}/{x.expires[:4]}",
            ]
            for x in p.lics
        ],
    )
    _heading_run(d, "Certifications")
    _bul(d, [c.line for c in p.certs])
    _heading_run(d, "Work History")
    rows = [[dates(j, p), f"{j.org}\n{j.city}", j.title, "; ".join(j.bullets)] for j in p.jobs]
    _table(d, ["Dates", "Employer / Location", "Position", "Duties"], rows, [1.2, 1.9, 1.5, 2.3])
    _heading_run(d, "Education")
    _edu_lines(d, p)
    _heading_run(d, "Skills")
    _para(d, ", ".join(p.skills))
    _para(d, "Charting systems: " + ", ".join(p.ehr))
    d.save(out)


def headertable(p: Person, out) -> None:
    d = _doc("Cambria", 10.5)
    hdr = d.sections[0].header
    hdr.paragraphs[0].text = ""
    t = hdr.add_table(rows=1, cols=2, width=Inches(6.9))
    left, right = t.rows[0].cells
    left.text = ""
    r = left.paragraphs[0].add_run(f"{p.name}, {p.creds}")
    r.bold, r.font.size = True, Pt(16)
    left.add_paragraph(p.headline)
    right.text = ""
    for i, bit in enumerate(contact_bits(p)):
        q = right.paragraphs[0] if i == 0 else right.add_paragraph()
        q.add_run(bit).font.size = Pt(9)
    _heading_run(d, "Profile", "385723")
    _para(d, p.summary)
    _heading_run(d, "Licensure", "385723")
    for x in p.lics:
        _para(d, x.line)
    _heading_run(d, "Certifications", "385723")
    for c in p.certs:
        _para(d, c.line)
    _heading_run(d, "Experience", "385723")
    for j in p.jobs:
        _tabbed(d, j.title, dates(j, p))
        _para(d, f"{j.org}, {j.city}", italic=True)
        _bul(d, j.bullets)
    _heading_run(d, "Education", "385723")
    for s in p.edu:
        _tabbed(d, s.degree, s.year)
        _para(d, s.school, italic=True)
    _heading_run(d, "Skills & Systems", "385723")
    _para(d, " • ".join(p.skills))
    _para(d, "EHR: " + ", ".join(p.ehr))
    d.save(out)


def liclist(p: Person, out) -> None:
    d = _doc("Calibri", 11)
    _para(d, p.name, bold=True, size=20)
    _para(d, p.creds + " — " + p.headline, italic=True)
    for bit in contact_bits(p):
        _para(d, bit)
    _heading_run(d, "Professional Summary", "7A2E2E")
    _para(d, p.summary)
    _heading_run(d, "Licenses", "7A2E2E")
    _bul(d, [x.line for x in p.lics])
    _heading_run(d, "Certifications", "7A2E2E")
    _bul(d, [c.line for c in p.certs])
    _heading_run(d, "Experience", "7A2E2E")
    for j in p.jobs:
        _para(d, f"{j.title} — {j.org}, {j.city}", bold=True)
        _para(d, dates(j, p), italic=True)
        _bul(d, j.bullets)
    _heading_run(d, "Education", "7A2E2E")
    _edu_lines(d, p)
    _heading_run(d, "Skills", "7A2E2E")
    _para(d, ", ".join(p.skills) + ". EHR: " + ", ".join(p.ehr) + ".")
    d.save(out)


def headings(p: Person, out) -> None:
    d = _doc("Calibri", 11)
    d.add_heading(f"{p.name}, {p.creds}", level=0)
    _para(d, " · ".join(contact_bits(p)))
    d.add_heading("Objective", level=1)
    _para(d, p.summary)
    d.add_heading("Licensure & Certifications", level=1)
    d.add_heading("License", level=2)
    for x in p.lics:
        _para(d, x.line)
    d.add_heading("Certifications", level=2)
    _bul(d, [c.line for c in p.certs])
    d.add_heading("Education", level=1)
    for s in p.edu:
        d.add_heading(s.degree, level=2)
        _para(d, f"{s.school} — graduated May {s.year}")
    d.add_heading("Clinical Rotations", level=1)
    _bul(d, p.rotations)
    d.add_heading("Work Experience", level=1)
    for j in p.jobs:
        d.add_heading(f"{j.title}, {j.org}", level=2)
        _para(d, f"{j.city} | {dates(j, p)}", italic=True)
        _bul(d, j.bullets)
    d.add_heading("Skills", level=1)
    _para(d, ", ".join(p.skills) + " — EHR: " + ", ".join(p.ehr))
    d.save(out)


def titlefacility(p: Person, out) -> None:
    d = _doc("Georgia", 10.5)
    _para(d, p.name.upper(), bold=True, size=17)
    _para(d, f"{p.creds} | {p.headline}")
    _para(d, " • ".join(contact_bits(p)))
    _heading_run(d, "Summary", "444444")
    _para(d, p.summary)
    _heading_run(d, "Credentials", "444444")
    _bul(d, [c.line for c in p.certs])
    _heading_run(d, "Professional Experience", "444444")
    for j in p.jobs:
        _para(d, f"{j.title}, {j.org}", bold=True)
        _para(d, f"{j.city} • {dates(j, p)}", italic=True)
        _bul(d, j.bullets)
    _heading_run(d, "Education", "444444")
    for s in p.edu:
        _para(d, f"{s.degree}, {s.school}, {s.year}")
    _heading_run(d, "Skills", "444444")
    _para(d, " | ".join(p.skills))
    _para(d, "EHR/Reporting: " + ", ".join(p.ehr))
    d.save(out)


DESIGNS = {
    "dx-jobtable": jobtable,
    "dx-headertable": headertable,
    "dx-liclist": liclist,
    "dx-headings": headings,
    "dx-titlefacility": titlefacility,
}


def render(p: Person, out) -> None:
    DESIGNS[p.design](p, str(out))

"""python-docx layouts for set i."""

from __future__ import annotations

from docx import Document
from docx.document import Document as Doc
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor
from docx.text.paragraph import Paragraph

from model import Person, span


def _new(font: str, size: float) -> Doc:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.left_margin = s.right_margin = Inches(0.8)
        s.top_margin = s.bottom_margin = Inches(0.7)
    return d


def _head(d: Doc, text: str, color: str = "1F3864", size: float = 12) -> None:
    para = d.add_paragraph()
    para.paragraph_format.space_before = Pt(9)
    r = para.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor.from_string(color)


def _bullet(d: Doc, text: str, mark: str = "•") -> None:
    para = d.add_paragraph(f"{mark}\t{text}")
    pf = para.paragraph_format
    pf.left_indent = Inches(0.3)
    pf.first_line_indent = Inches(-0.2)
    pf.tab_stops.add_tab_stop(Inches(0.3))


def _hyperlink(para: Paragraph, url: str, text: str) -> None:
    rid = para.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), "0563C1")
    rpr.append(u)
    rpr.append(c)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    h.append(r)
    para._p.append(h)


def _home(p: Person) -> str:
    if p.street and p.city:
        return f"{p.street}, {p.city}"
    return p.city or ""


def _common_tail(d: Doc, p: Person, label: dict[str, str]) -> None:
    _head(d, label["lic"])
    for x in p.licenses:
        _bullet(d, x.text)
    _head(d, label["cert"])
    for c in p.certs:
        _bullet(d, c.text)
    _head(d, label["edu"])
    for ed in p.education:
        d.add_paragraph(f"{ed.degree}\n{ed.school}, {ed.when}")
    _head(d, label["skills"])
    d.add_paragraph(", ".join(p.skills))


def hyperlink(p: Person) -> Doc:
    """Centred name; contact in one paragraph with soft line breaks and a mailto: hyperlink."""
    d = _new("Cambria", 10.5)
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(p.name)
    r.font.size = Pt(20)
    t.add_run(f"\n{p.creds}").italic = True
    c = d.add_paragraph()
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    home = _home(p)
    c.add_run(f"{home}\n{p.phone}  ·  " if home else f"{p.phone}  ·  ")
    _hyperlink(c, f"mailto:{p.email}", p.email)
    _head(d, "Profile")
    d.add_paragraph(p.summary)
    _head(d, "Clinical Experience")
    for j in p.jobs:
        para = d.add_paragraph()
        para.add_run(j.employer).bold = True
        para.add_run(f" | {j.city}")
        para.add_run().add_break(WD_BREAK.LINE)
        para.add_run(f"{j.title}, {span(j, p.datefmt)}").italic = True
        for b in j.bullets:
            _bullet(d, b, "–")
    _common_tail(
        d, p, {"lic": "Licensure", "cert": "Certifications", "edu": "Education", "skills": "Skills"}
    )
    return d


def leaders(p: Person) -> Doc:
    """Job lines with dot leaders to a right tab; agency on its own line."""
    d = _new("Calibri", 10.5)
    n = d.add_paragraph()
    r = n.add_run(p.name.upper())
    r.bold = True
    r.font.size = Pt(18)
    n.add_run(f"   {p.creds}")
    d.add_paragraph(" | ".join(x for x in [_home(p), p.phone, p.email] if x))
    _head(d, "SUMMARY", "7B2C2C")
    d.add_paragraph(p.summary)
    _head(d, "LICENSES & CERTIFICATIONS", "7B2C2C")
    for x in p.licenses:
        _bullet(d, x.text)
    for c in p.certs:
        _bullet(d, c.text)
    _head(d, "EXPERIENCE", "7B2C2C")
    for j in p.jobs:
        para = d.add_paragraph()
        para.paragraph_format.tab_stops.add_tab_stop(
            Inches(6.9), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        para.add_run(f"{j.title}, {j.employer}").bold = True
        para.add_run(f"\t{span(j, 'num', ' - ')}")
        sub = d.add_paragraph(j.city + (f" — assignment through {j.agency}" if j.agency else ""))
        sub.runs[0].italic = True
        for b in j.bullets:
            _bullet(d, b)
    _head(d, "EDUCATION", "7B2C2C")
    for ed in p.education:
        para = d.add_paragraph()
        para.paragraph_format.tab_stops.add_tab_stop(
            Inches(6.9), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        para.add_run(f"{ed.degree}, {ed.school}\t{ed.when}")
    _head(d, "SKILLS & SYSTEMS", "7B2C2C")
    d.add_paragraph(" • ".join(p.skills))
    return d


def cover(p: Person) -> Doc:
    """Cover letter on page 1, the resume after a page break."""
    d = _new("Georgia", 10.5)
    d.add_paragraph(p.name).runs[0].bold = True
    d.add_paragraph(f"{p.street}\n{p.city}\n{p.phone}\n{p.email}")
    for text in p.cover:
        d.add_paragraph(text).paragraph_format.space_after = Pt(10)
    d.add_page_break()
    t = d.add_paragraph()
    r = t.add_run(f"{p.name}, {p.creds}")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph(f"{_home(p)} • {p.phone} • {p.email}")
    _head(d, "Professional Summary", "385623")
    d.add_paragraph(p.summary)
    _head(d, "Work History", "385623")
    for j in p.jobs:
        para = d.add_paragraph()
        para.paragraph_format.tab_stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
        para.add_run(j.title).bold = True
        para.add_run(f"\t{span(j, 'long')}")
        d.add_paragraph(f"{j.employer} — {j.city}")
        for b in j.bullets:
            _bullet(d, b, "◦")
    _common_tail(
        d,
        p,
        {
            "lic": "License",
            "cert": "Certifications",
            "edu": "Education",
            "skills": "Computer Skills",
        },
    )
    return d


def refs(p: Person) -> Doc:
    """New-grad resume: clinical rotations table, work, references table."""
    d = _new("Aptos", 10.5)
    d.styles["Normal"].font.name = "Carlito"
    t = d.add_paragraph()
    r = t.add_run(p.name)
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor.from_string("0F4C81")
    d.add_paragraph(f"{p.creds}  |  {_home(p)}  |  {p.phone}  |  {p.email}")
    _head(d, "Objective", "0F4C81")
    d.add_paragraph(p.summary)
    _head(d, "Licensure & Certifications", "0F4C81")
    for x in p.licenses:
        _bullet(d, x.text)
    for c in p.certs:
        _bullet(d, c.text)
    _head(d, "Education", "0F4C81")
    for ed in p.education:
        d.add_paragraph(f"{ed.degree} — {ed.school} — {ed.when}")
    _head(d, "Clinical Rotations", "0F4C81")
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for i, h in enumerate(["Rotation", "Facility", "Term"]):
        tb.rows[0].cells[i].text = h
    for rot, site, term in p.rotations:
        cells = tb.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = rot, site, term
    _head(d, "Work Experience", "0F4C81")
    for j in p.jobs:
        para = d.add_paragraph()
        para.add_run(f"{j.title} — {j.employer}, {j.city}").bold = True
        para.add_run(f" ({span(j, 'mon')})")
        for b in j.bullets:
            _bullet(d, b)
    _head(d, "Skills", "0F4C81")
    d.add_paragraph(", ".join(p.skills))
    _head(d, "References", "0F4C81")
    rt = d.add_table(rows=1, cols=len(p.references))
    for i, (n, role, ph, em) in enumerate(p.references):
        rt.rows[0].cells[i].text = f"{n}\n{role}\n{ph}\n{em}"
    return d


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]


def numbered(p: Person) -> Doc:
    """Roman-numbered section headings, dates first on each job line."""
    d = _new("Liberation Sans", 10)
    t = d.add_paragraph()
    r = t.add_run(p.name)
    r.bold = True
    r.font.size = Pt(17)
    d.add_paragraph(f"{p.creds}\n{_home(p)}\nTel. {p.phone}   E-mail: {p.email}")
    secs = ["Professional Profile", "Employment", "Credentials", "Education", "Technical Skills"]
    _head(d, f"{ROMAN[0]}. {secs[0]}")
    d.add_paragraph(p.summary)
    _head(d, f"{ROMAN[1]}. {secs[1]}")
    for j in p.jobs:
        para = d.add_paragraph()
        para.paragraph_format.tab_stops.add_tab_stop(Inches(1.6))
        para.paragraph_format.left_indent = Inches(1.6)
        para.paragraph_format.first_line_indent = Inches(-1.6)
        para.add_run(f"{span(j, 'num', '–')}\t")
        para.add_run(j.title).bold = True
        para.add_run(f"\n{j.employer}, {j.city}")
        for b in j.bullets:
            para.add_run(f"\n– {b}")
    _head(d, f"{ROMAN[2]}. {secs[2]}")
    for x in p.licenses:
        _bullet(d, x.text, "▪")
    for c in p.certs:
        _bullet(d, c.text, "▪")
    _head(d, f"{ROMAN[3]}. {secs[3]}")
    for ed in p.education:
        d.add_paragraph(f"{ed.when}\t{ed.degree}, {ed.school}")
    _head(d, f"{ROMAN[4]}. {secs[4]}")
    d.add_paragraph("; ".join(p.skills))
    return d


def _frame(para: Paragraph) -> None:
    fp = OxmlElement("w:framePr")
    for k, v in {
        "w:w": "3300",
        "w:hSpace": "240",
        "w:wrap": "around",
        "w:vAnchor": "text",
        "w:hAnchor": "margin",
        "w:xAlign": "right",
        "w:y": "1",
    }.items():
        fp.set(qn(k), v)
    ppr = para._p.get_or_add_pPr()
    ppr.insert(0, fp)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "EDEDED")
    ppr.append(shd)


def frame(p: Person) -> Doc:
    """Contact, licences and certifications in a Word frame (w:framePr) right of the body."""
    d = _new("Carlito", 10.5)
    lines = [p.phone, p.email] + ([p.street] if p.street else []) + ([p.city] if p.city else [])
    lines += (
        ["", "LICENSE"]
        + [x.text for x in p.licenses]
        + ["", "CERTIFICATIONS"]
        + [c.text for c in p.certs]
    )
    for ln in lines:
        para = d.add_paragraph(ln)
        para.paragraph_format.space_after = Pt(1)
        if ln.isupper():
            para.runs[0].bold = True
        _frame(para)
    t = d.add_paragraph()
    r = t.add_run(p.name)
    r.font.size = Pt(20)
    r.bold = True
    d.add_paragraph(f"{p.creds} — {p.headline}")
    _head(d, "About", "5B3A29")
    d.add_paragraph(p.summary)
    _head(d, "Experience", "5B3A29")
    for j in p.jobs:
        para = d.add_paragraph()
        para.add_run(f"{span(j, 'mon')}  ")
        para.add_run(j.employer).bold = True
        d.add_paragraph(f"{j.title} · {j.city}")
        for b in j.bullets:
            _bullet(d, b)
    _head(d, "Education", "5B3A29")
    for ed in p.education:
        d.add_paragraph(f"{ed.degree}, {ed.school} ({ed.when})")
    _head(d, "Skills", "5B3A29")
    d.add_paragraph(", ".join(p.skills))
    return d


LAYOUTS = {
    "dx-hyperlink": hyperlink,
    "dx-leaders": leaders,
    "dx-cover": cover,
    "dx-refs": refs,
    "dx-numbered": numbered,
    "dx-frame": frame,
}

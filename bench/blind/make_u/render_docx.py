"""python-docx pages.

Designs: `footer` (the name in the body, phone/e-mail/address ONLY in the page footer), `lictable`
(licences and certifications in bordered Word tables, jobs with right tab dates), `jobtable` (work
history as a Dates | Employer | Role | Unit grid), `plain` (no styles, bold runs, dates after an
en dash in the same line), `header` (name and contact in the page header, body starts with the
summary).
"""

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor


def _rule(p, color="444444"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", color)):
        b.set(qn(k), v)
    bdr.append(b)
    ppr.append(bdr)


def _para(doc_or_cell, text="", bold=False, italic=False, size=None, color=None, space_after=2):
    p = doc_or_cell.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    return p


def _job(doc, j, o):
    p = _para(doc, space_after=0)
    p.paragraph_format.tab_stops.add_tab_stop(
        Inches(6.9 if o.get("narrow") is None else 6.4), WD_TAB_ALIGNMENT.RIGHT
    )
    first, second = (
        (j["employer"], j["title"]) if o.get("emp_first") else (j["title"], j["employer"])
    )
    if o.get("plain"):
        r = p.add_run(first)
        r.bold = True
        p.add_run(f" \u2013 {j['dates']}")
    else:
        r = p.add_run(first)
        r.bold = True
        p.add_run("\t" + j["dates"])
    _para(doc, second + (f", {j['loc']}" if j["loc"] else ""), italic=True, space_after=1)
    for s in j["sub"]:
        sp = _para(doc, s, space_after=0)
        sp.paragraph_format.left_indent = Inches(0.25)
    for b in j["bullets"]:
        bp = doc.add_paragraph(b, style="List Bullet")
        bp.paragraph_format.space_after = Pt(0)
    _para(doc, space_after=2)


def _table(doc, hdr, rows):
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, hdr, strict=True):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row, strict=True):
            c.text = v
    _para(doc, space_after=2)


def _items(doc, items, o):
    for it in items:
        if isinstance(it, dict):
            _job(doc, it, o)
        elif isinstance(it, list):
            for b in it:
                bp = doc.add_paragraph(b, style="List Bullet")
                bp.paragraph_format.space_after = Pt(0)
        elif isinstance(it, tuple):
            _table(doc, *it)
        else:
            _para(doc, it)


def render(r, path):
    d = r["render"].split(":")[1]
    o = r.get("opts", {})
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    normal = doc.styles["Normal"]
    normal.font.name = o.get("font", "Calibri")
    normal.font.size = Pt(o.get("size", 10.5))
    name = r["name"] + (f", {r['creds']}" if r.get("creds") else "")
    accent = o.get("accent", "1F3864")
    if d == "header":
        hp = sec.header.paragraphs[0]
        hr = hp.add_run(name)
        hr.bold = True
        hr.font.size = Pt(16)
        sec.header.add_paragraph("  \u2022  ".join(r["contact"]))
        _rule(sec.header.paragraphs[-1])
        _para(doc, r["headline"], bold=True, size=12, color=accent)
    else:
        _para(doc, name, bold=True, size=20, color=accent, space_after=0)
        _para(doc, r["headline"], italic=True, size=11.5, space_after=2)
        if d == "footer":
            fp = sec.footer.paragraphs[0]
            fp.add_run("  |  ".join(r["contact"])).font.size = Pt(9)
        else:
            _para(doc, "   ".join(r["contact"]), size=9.5)
    plain = d == "plain"
    o = dict(o, plain=plain)
    for title, items in r["main"] + r.get("side", []):
        if plain:
            _para(doc, title.upper() + ":", bold=True, space_after=1)
        else:
            h = _para(doc, title.upper(), bold=True, size=11.5, color=accent, space_after=2)
            h.paragraph_format.space_before = Pt(8)
            _rule(h, accent)
        _items(doc, items, o)
    doc.core_properties.author = ""
    doc.core_properties.title = ""
    doc.save(path)

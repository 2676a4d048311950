"""python-docx files: contact details in a HEADER table (licences in a FOOTER table), contact in a
FOOTER table, and a VML TEXT BOX holding licences and certifications beside the body."""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.shared import Inches, Pt, RGBColor

from model import STATES, Person, span

ACCENT = RGBColor(0x5A, 0x2D, 0x82)


def _base(font: str = "Liberation Sans", size: float = 10) -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(1)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.75)
    sec.top_margin, sec.bottom_margin = Inches(0.9), Inches(0.8)
    sec.header_distance = sec.footer_distance = Inches(0.3)
    return d


def _head(d, text: str) -> None:
    para = d.add_paragraph()
    para.paragraph_format.space_before = Pt(7)
    para.paragraph_format.space_after = Pt(2)
    r = para.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(10.5)
    r.font.color.rgb = ACCENT


def _jobs(d, p: Person, width_in: float) -> None:
    for j in p.jobs:
        para = d.add_paragraph()
        para.paragraph_format.space_before = Pt(4)
        para.paragraph_format.tab_stops.add_tab_stop(Inches(width_in), WD_TAB_ALIGNMENT.RIGHT)
        r = para.add_run(j.title)
        r.bold = True
        para.add_run(f"\t{span(j, 'mm/yyyy', ' to ', 'Present')}")
        line = f"{j.employer} | {j.city}"
        if j.agency:
            line += f" | travel assignment via {j.agency}"
        d.add_paragraph().add_run(line).italic = True
        for b in j.bullets:
            d.add_paragraph(b, style="List Bullet")


def _edu_ehr(d, p: Person) -> None:
    _head(d, "Education")
    for e in p.edu:
        para = d.add_paragraph()
        for i, ln in enumerate(e.lines):
            if i:
                para.add_run().add_break()
            para.add_run(ln).bold = True
        d.add_paragraph(f"{e.school}, {e.year}")
    _head(d, "EHR / Charting")
    d.add_paragraph(p.ehr_line)


def _cell_text(cell, lines: list[tuple[str, bool, float]]) -> None:
    cell.paragraphs[0].text = ""
    for i, (txt, bold, size) in enumerate(lines):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        r = para.add_run(txt)
        r.bold = bold
        r.font.size = Pt(size)


def _page_field(para) -> None:
    para.add_run("Page ")
    para._p.append(
        parse_xml(
            '<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )


def header_table(p: Person, path: str, licences_in_footer: bool = True) -> None:
    d = _base()
    sec = d.sections[0]
    t = sec.header.add_table(1, 2, Inches(7.0))
    _cell_text(t.cell(0, 0), [(p.name, True, 18), (p.creds, False, 10), (p.title, False, 9)])
    right = [(p.phone, False, 9), (p.email, False, 9)]
    if p.street:
        right = [(p.street, False, 9), (f"{p.city}, {p.state} {p.zip}", False, 9), *right]
    _cell_text(t.cell(0, 1), right)
    for para in t.cell(0, 1).paragraphs:
        para.alignment = 2
    if licences_in_footer:
        ft = sec.footer.add_table(1, 2, Inches(7.0))
        lic = "Licensure: " + " · ".join(
            f"{c.state} {c.printed} #{c.number} ({c.cword}), {c.wording}"
            if c.cword
            else f"{c.state} {c.printed} #{c.number}, {c.wording}"
            for c in p.licenses
        )
        _cell_text(ft.cell(0, 0), [(lic, False, 8)])
        ft.cell(0, 1).paragraphs[0].alignment = 2
        _page_field(ft.cell(0, 1).paragraphs[0])
        ft.columns[0].width = ft.cell(0, 0).width = Inches(6.2)
        ft.columns[1].width = ft.cell(0, 1).width = Inches(0.8)
    _head(d, "Summary")
    d.add_paragraph(p.summary)
    if not licences_in_footer:
        _head(d, "Licenses")
        for c in p.licenses:
            d.add_paragraph(
                f"{STATES[c.state]} {c.printed} ({c.cword}) #{c.number}, {c.wording}",
                style="List Bullet",
            )
    _head(d, "Certifications")
    for c in p.certs:
        d.add_paragraph(
            (f"{c.long} ({c.acr})" if c.long else c.acr)
            + f" — {c.issuer}"
            + (f" — {c.wording}" if c.wording else ""),
            style="List Bullet",
        )
    _head(d, "Experience")
    _jobs(d, p, 7.0)
    _edu_ehr(d, p)
    if p.extra.get("reference"):
        _head(d, "References")
        d.add_paragraph(p.extra["reference"])
    d.save(path)


def footer_table(p: Person, path: str) -> None:
    d = _base("Carlito", 10.5)
    sec = d.sections[0]
    ft = sec.footer.add_table(1, 3, Inches(7.0))
    _cell_text(ft.cell(0, 0), [(f"{p.street}, {p.city}, {p.state} {p.zip}", False, 9)])
    _cell_text(ft.cell(0, 1), [(p.phone, False, 9)])
    _cell_text(ft.cell(0, 2), [(p.email, False, 9)])
    para = d.add_paragraph()
    r = para.add_run(f"{p.name}, {p.creds}")
    r.bold = True
    r.font.size = Pt(20)
    d.add_paragraph(p.title)
    _head(d, "Profile")
    d.add_paragraph(p.summary)
    _head(d, "Licenses")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["State", "License", "Number", "Expires"]):
        t.rows[0].cells[i].text = h
    for c in p.licenses:
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text, row[3].text = (
            STATES[c.state],
            c.printed,
            c.number,
            c.wording,
        )
    _head(d, "Certifications")
    for c in p.certs:
        d.add_paragraph(
            f"{c.acr} ({c.long}), {c.issuer}; {c.wording}"
            if c.wording
            else f"{c.acr} ({c.long}), {c.issuer}",
            style="List Bullet",
        )
    _head(d, "Experience")
    _jobs(d, p, 7.0)
    _edu_ehr(d, p)
    d.save(path)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _tb_para(text: str, bold: bool = False, size: int = 17, color: str = "000000") -> str:
    b = "<w:b/>" if bold else ""
    return f'<w:p><w:pPr><w:spacing w:after="30"/></w:pPr><w:r><w:rPr>{b}<w:color w:val="{color}"/><w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def textbox(p: Person, path: str) -> None:
    d = _base("Liberation Sans", 9.5)
    sec = d.sections[0]
    sec.right_margin = Inches(2.85)
    sec.left_margin = Inches(0.6)
    box: list[str] = [_tb_para("LICENSES", True, 19, "5A2D82")]
    for c in p.licenses:
        box.append(_tb_para(f"{STATES[c.state]} — {c.printed}", True))
        if c.cword:
            box.append(_tb_para(c.cword))
        box.append(_tb_para(f"#{c.number} · {c.wording}"))
    box.append(_tb_para(" "))
    box.append(_tb_para("CERTIFICATIONS", True, 19, "5A2D82"))
    for c in p.certs:
        box.append(_tb_para(c.acr + (f" — {c.long}" if c.long else ""), True))
        box.append(_tb_para(c.issuer + (f", {c.wording}" if c.wording else "")))
    box.append(_tb_para(" "))
    box.append(_tb_para("CONTACT", True, 19, "5A2D82"))
    box += [_tb_para(x) for x in (p.street or "", f"{p.city}, {p.state} {p.zip}", p.phone, p.email)]
    vml = (
        f'<w:r xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="LicBox" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:438pt;margin-top:52pt;width:162pt;height:640pt;z-index:1;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" fillcolor="#F1ECF6" strokecolor="#5A2D82" strokeweight="0.75pt">'
        '<v:textbox inset="6pt,6pt,6pt,6pt"><w:txbxContent>'
        + "".join(box)
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    para = d.add_paragraph()
    para._p.append(parse_xml(vml))
    r = para.add_run(p.name)
    r.bold = True
    r.font.size = Pt(20)
    d.add_paragraph(f"{p.creds} — {p.title}")
    _head(d, "Summary")
    d.add_paragraph(p.summary)
    _head(d, "Experience")
    _jobs(d, p, 5.05)
    _edu_ehr(d, p)
    if p.skills:
        _head(d, "Skills")
        d.add_paragraph(", ".join(p.skills))
    d.save(path)

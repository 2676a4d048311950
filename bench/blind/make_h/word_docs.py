"""python-docx layouts for set h: a floating VML text box holding contact and credentials, a
body set in two newspaper columns after a continuous section break, year-only dates at a left
tab, a two-page document with a different first-page header and a page-2 header repeating the
name, licences written as a sentence, and a skills-first (functional) resume."""

from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from record import Clinician, between


def new(font="Calibri", size=10.5, margin=0.75) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    for s in doc.sections:
        s.left_margin = s.right_margin = Inches(margin)
        s.top_margin = s.bottom_margin = Inches(0.6)
    doc.core_properties.author = ""
    return doc


def line(
    target,
    text="",
    bold=False,
    italic=False,
    size=None,
    color=None,
    align=None,
    after=None,
    before=None,
):
    p = target.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def heading(doc, text, color="1F4E79"):
    p = line(doc, text.upper(), bold=True, size=11, color=color, before=8, after=2)
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", color)):
        b.set(qn(k), v)
    bdr.append(b)
    p._p.get_or_add_pPr().append(bdr)
    return p


def bullet(doc, text):
    p = line(doc, "• " + text)
    p.paragraph_format.left_indent = Inches(0.25)
    p.paragraph_format.first_line_indent = Inches(-0.15)
    return p


# ------------------------------------------------------------------------------- text box
def _xp(text, bold=False, size=19):
    b = "<w:b/>" if bold else ""
    return (f"<w:p><w:pPr><w:spacing w:after='40'/></w:pPr><w:r><w:rPr>{b}<w:sz w:val='{size}'/></w:rPr>"
            f"<w:t xml:space='preserve'>{escape(text)}</w:t></w:r></w:p>")  # fmt: skip


def textbox(c: Clinician, dest) -> None:
    doc = new("Calibri", 10.5)
    box = (
        [
            _xp("CONTACT", True, 20),
            _xp(c.street),
            _xp(c.phone),
            _xp(c.email),
            _xp(""),
            _xp("LICENSES", True, 20),
        ]
        + [_xp(x.said) for x in c.licences]
        + [_xp(""), _xp("CERTIFICATIONS", True, 20)]
    )
    box += [_xp(k.said) for k in c.cards] + [_xp(""), _xp("SYSTEMS", True, 20), _xp(", ".join(c.ehr))]  # fmt: skip
    pict = parse_xml(
        "<w:r xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
        "xmlns:v='urn:schemas-microsoft-com:vml' xmlns:o='urn:schemas-microsoft-com:office:office'>"
        "<w:pict><v:shapetype id='_x0000_t202' coordsize='21600,21600' o:spt='202' path='m,l,21600r21600,l21600,xe'>"
        "<v:stroke joinstyle='miter'/><v:path gradientshapeok='t' o:connecttype='rect'/></v:shapetype>"
        "<v:shape id='TextBox1' o:spid='_x0000_s1026' type='#_x0000_t202' "
        "style='position:absolute;margin-left:318pt;margin-top:4pt;width:190pt;height:330pt;z-index:251659264;"
        "mso-position-horizontal-relative:margin;mso-position-vertical-relative:text' fillcolor='#EAF1F7' stroked='f'>"
        "<v:textbox><w:txbxContent>" + "".join(box) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )  # fmt: skip
    p = line(doc, c.name, bold=True, size=22, color="1F4E79", after=0)
    p._p.append(pict)
    line(doc, c.post_nominals + " — " + c.headline, italic=True, size=11, after=8)
    for t, body in (("Summary", [c.profile]), ("Clinical skills", [", ".join(c.skills)])):
        heading(doc, t)
        for b in body:
            line(doc, b)
    heading(doc, "Experience")
    for j in c.posts:
        p = line(doc, "", before=4)
        p.add_run(j.title).bold = True
        p.add_run(f", {j.employer}")
        line(doc, between(j, c.dates), size=9.5, after=0)
        sub = f"{j.city}" + (f" — travel assignment through {j.agency}" if j.agency else "")
        line(doc, sub, italic=True)
        for b in j.duties:
            bullet(doc, b)
    heading(doc, "Education")
    for s in c.schools:
        line(doc, f"{s.degree}, {s.school} ({s.year})")
    for q in doc.paragraphs[1:]:
        q.paragraph_format.right_indent = Inches(2.85)  # the body runs beside the box
    doc.save(dest)


# -------------------------------------------------------------------------- two columns
def sections2col(c: Clinician, dest) -> None:
    doc = new("Cambria", 10)
    line(
        doc,
        c.name.upper(),
        bold=True,
        size=20,
        color="7A1F5C",
        align=WD_ALIGN_PARAGRAPH.CENTER,
        after=0,
    )
    line(doc, c.post_nominals, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    line(
        doc,
        f"{c.street}  ·  {c.phone}  ·  {c.email}",
        size=9.5,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        after=6,
    )
    line(doc, c.headline, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    line(doc, c.profile, after=4)
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sec._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "360")
    cols.set(qn("w:sep"), "1")
    heading(doc, "Experience", "7A1F5C")
    for j in c.posts:
        line(doc, j.title, bold=True, before=4, after=0)
        line(doc, f"{j.employer}, {j.city}", after=0)
        line(doc, between(j, c.dates, " – "), italic=True, size=9, after=1)
        if j.agency:
            line(doc, f"Contract through {j.agency}", size=9, after=1)
        for b in j.duties:
            bullet(doc, b)
    heading(doc, "License", "7A1F5C")
    for x in c.licences:
        line(doc, x.said)
    heading(doc, "Certifications", "7A1F5C")
    for k in c.cards:
        bullet(doc, k.said)
    heading(doc, "Education", "7A1F5C")
    for s in c.schools:
        line(doc, f"{s.degree} — {s.school}, {s.year}")
    heading(doc, "Skills", "7A1F5C")
    for s in c.skills:
        bullet(doc, s)
    line(doc, "EHR: " + ", ".join(c.ehr))
    doc.save(dest)


# ------------------------------------------------------------------------ years on the left
def yearsleft(c: Clinician, dest) -> None:
    doc = new("Garamond", 11)

    def row(left, right, bold=False):
        p = line(doc, "", after=1)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(1.35))
        p.paragraph_format.left_indent = Inches(1.35)
        p.paragraph_format.first_line_indent = Inches(-1.35)
        p.add_run(left + "\t")
        r = p.add_run(right)
        r.bold = bold
        return p

    line(doc, c.name, bold=True, size=18, after=0)
    line(doc, f"{c.post_nominals} | {c.street} | {c.phone} | {c.email}", size=9.5, after=6)
    line(doc, c.profile, after=6)
    heading(doc, "Experience", "404040")
    for j in c.posts:
        row(
            f"{j.start[:4]} – {j.end[:4] if j.end else 'Present'}",
            f"{j.title}, {j.employer}, {j.city}",
            True,
        )
        for b in j.duties:
            row("", b)
    heading(doc, "Licences", "404040")
    for x in c.licences:
        row("", x.said)
    heading(doc, "Certifications", "404040")
    for k in c.cards:
        row("", k.said)
    heading(doc, "Education", "404040")
    for s in c.schools:
        row(s.year, f"{s.degree}, {s.school}")
    heading(doc, "Skills", "404040")
    row("", "; ".join(c.skills) + f"; {', '.join(c.ehr)}")
    doc.save(dest)


# --------------------------------------------------------------------------- two pages
def twopage(c: Clinician, dest) -> None:
    doc = new("Calibri", 11)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    fp = sec.first_page_header.paragraphs[0]
    fp.text = ""
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(7.0), WD_TAB_ALIGNMENT.RIGHT)
    hp.add_run(f"{c.name}, {c.post_nominals}").bold = True
    hp.add_run("\tPage 2")
    line(doc, c.name, bold=True, size=24, color="2E5E4E", after=0)
    line(doc, c.post_nominals, size=12, color="2E5E4E", after=2)
    line(doc, c.street, size=10, after=0)
    line(doc, f"{c.phone}  |  {c.email}", size=10, after=8)
    heading(doc, "Professional Profile", "2E5E4E")
    line(doc, c.profile)
    heading(doc, "Clinical Experience", "2E5E4E")
    for j in c.posts:
        p = line(doc, "", before=6, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(7.0), WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(j.employer).bold = True
        p.add_run(f"\t{between(j, c.dates)}")
        line(doc, f"{j.title} — {j.city}", italic=True, after=1)
        for b in j.duties:
            bullet(doc, b)
        bullet(doc, "Member of the unit practice council; chemotherapy double-check champion.")
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    heading(doc, "Licensure", "2E5E4E")
    for x in c.licences:
        bullet(doc, x.said)
    heading(doc, "Certifications", "2E5E4E")
    for k in c.cards:
        bullet(doc, k.said)
    heading(doc, "Education", "2E5E4E")
    for s in c.schools:
        line(doc, f"{s.degree}", bold=True, after=0)
        line(doc, f"{s.school}, {s.year}")
    heading(doc, "Professional Activities", "2E5E4E")
    for t in ["Oncology Nursing Society, Portland chapter — secretary 2022–2024",
              "Poster: 'Nurse-led CRS grading at the bedside', regional oncology nursing conference, 2022",
              "Hospice volunteer, 2019–present"]:  # fmt: skip
        bullet(doc, t)
    heading(doc, "Skills & Systems", "2E5E4E")
    line(doc, ", ".join(c.skills) + ". EHR: " + ", ".join(c.ehr) + ".")
    doc.save(dest)


# ---------------------------------------------------------------------- licence sentence
def licsentence(c: Clinician, dest) -> None:
    doc = new("Arial", 10)
    line(doc, f"{c.name}, {c.post_nominals}", bold=True, size=17, after=0)
    line(doc, f"{c.street} • {c.phone} • {c.email}", size=9.5, after=8)
    heading(doc, "Summary", "333333")
    line(doc, c.profile + " " + c.more["licence_sentence"])
    heading(doc, "Certifications", "333333")
    for k in c.cards:
        line(doc, k.said, after=0)
    heading(doc, "Experience", "333333")
    for j in c.posts:
        p = line(doc, "", before=5, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(7.0), WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(f"{j.employer} | {j.city}").bold = True
        p.add_run(f"\t{between(j, c.dates, ' – ')}")
        t = j.title + (f" (contract through {j.agency})" if j.agency else "")
        line(doc, t, italic=True, after=0)
        for b in j.duties:
            bullet(doc, b)
    heading(doc, "Education", "333333")
    for s in c.schools:
        line(doc, f"{s.degree} — {s.school}, {s.year}", after=0)
    heading(doc, "Skills", "333333")
    line(doc, " • ".join(c.skills))
    doc.save(dest)


# ---------------------------------------------------------------------------- functional
def functional(c: Clinician, dest) -> None:
    doc = new("Calibri", 11)
    line(doc, c.name, bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    line(
        doc,
        f"{c.post_nominals}  |  {c.street}  |  {c.phone}  |  {c.email}",
        size=9.5,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        after=8,
    )
    heading(doc, "Professional Summary", "375623")
    line(doc, c.profile)
    heading(doc, "Core Competencies", "375623")
    blocks = {
        "Rehabilitation & Treatment": ["Gait training, transfer training and fall prevention for residents after hip and knee surgery",
                                       "Therapeutic exercise and balance programs written from the PT plan of care", "Modalities: e-stim, ultrasound, diathermy"],
        "Dementia-Capable Care": ["Adapted cueing and routines for residents with dementia", "Family and caregiver training"],
        "Documentation & Compliance": ["Daily notes and progress reports in Net Health and PointClickCare", "Medicare Part A/B minutes and productivity 88%"],
    }  # fmt: skip
    for t, items in blocks.items():
        line(doc, t, bold=True, before=4, after=0)
        for b in items:
            bullet(doc, b)
    heading(doc, "Licensure & Certifications", "375623")
    for x in c.licences:
        bullet(doc, x.said)
    for k in c.cards:
        bullet(doc, k.said)
    heading(doc, "Education", "375623")
    for s in c.schools:
        line(doc, f"{s.degree}, {s.school}, {s.year}")
    heading(doc, "Employment", "375623")
    for j in c.posts:
        line(doc, f"{j.title}, {j.employer}, {j.city} ({between(j, c.dates)})", after=0)
    doc.save(dest)


DESIGNS = {"dx-textbox": textbox, "dx-sections2col": sections2col, "dx-yearsleft": yearsleft,
           "dx-twopage": twopage, "dx-licsentence": licsentence, "dx-functional": functional}  # fmt: skip

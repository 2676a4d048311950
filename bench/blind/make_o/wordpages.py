"""Word documents made with python-docx (some are then exported to PDF by LibreOffice)."""

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from htmlpages import addr, cert_line, lic_line
from model import Person, span

NAVY = RGBColor(0x1F, 0x3A, 0x5F)


def base(font: str = "Calibri", size: float = 10.5, margins: float = 0.7) -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(1)
    for s in d.sections:
        s.left_margin = s.right_margin = Inches(margins)
        s.top_margin = s.bottom_margin = Inches(0.6)
    return d


def para(
    d,
    text: str = "",
    bold: bool = False,
    size: float | None = None,
    color=None,
    italic: bool = False,
    align=None,
    after: float | None = None,
):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def heading(d, text: str, style: bool = True):
    if style:
        h = d.add_heading(text, level=2)
        h.paragraph_format.space_before = Pt(8)
        h.paragraph_format.space_after = Pt(2)
        for r in h.runs:
            r.font.color.rgb = NAVY
            r.font.size = Pt(12)
        return h
    return para(d, text, bold=True, size=11.5, after=2)


def bottom_border(p):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "1F3A5F")):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)


def tab_line(d, left: str, right: str, bold: bool = True, width: float = 7.1):
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Inches(width), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(left)
    r.bold = bold
    p.add_run("\t" + right)
    p.paragraph_format.space_before = Pt(5)
    return p


def bullets(d, items):
    for b in items:
        p = d.add_paragraph(b, style="List Bullet")
        p.paragraph_format.space_after = Pt(0)


def grid(d, head, rows, widths=None):
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(9.5)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            cells[i].paragraphs[0].add_run(v).font.size = Pt(9.5)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Inches(w)
    return t


def page_field(p):
    r = p.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)


def lic_table_rows(p: Person, compact_col: bool):
    if compact_col:
        return ["State", "Type", "Number", "Compact", "Expires"], [
            [
                x.state_name,
                x.printed,
                x.number,
                x.compact_text.replace("Compact: ", "") or "—",
                x.exp_text,
            ]
            for x in p.lics
        ]
    return ["State", "Type", "Number", "Expires"], [
        [
            x.state_name + (f" ({x.compact_text})" if x.compact_text else ""),
            x.printed,
            x.number,
            x.exp_text,
        ]
        for x in p.lics
    ]


def word_tabs(p: Person, out: str, compact_col: bool = False, font: str = "Calibri") -> None:
    """Word-like resume: contact in the header, name in the body, dates on a right tab stop, a licence
    table, a footer with the page number."""
    d = base(font)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{addr(p)}  |  {p.phone}  |  {p.email}"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in hp.runs:
        r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.add_run(f"{p.name} — Resume — page ")
    page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, f"{p.name}, {p.creds}", bold=True, size=20, color=NAVY, after=0)
    bottom_border(para(d, p.headline, size=11.5, italic=True, after=4))
    heading(d, "Professional Summary")
    para(d, p.summary)
    heading(d, "Experience")
    for j in p.jobs:
        tab_line(d, j.title, span(j, "MM/YYYY", " – "), width=7.0)
        para(
            d,
            f"{j.employer}, {j.city}"
            + (f" — travel assignment via {j.agency}" if j.agency else ""),
            italic=True,
            after=1,
        )
        bullets(d, j.bullets)
    heading(d, "Licensure")
    head, rows = lic_table_rows(p, compact_col)
    grid(d, head, rows)
    heading(d, "Certifications")
    bullets(d, [cert_line(c, "a") for c in p.certs])
    heading(d, "Education")
    for ed in p.edu:
        tab_line(d, ed.degree, ed.year, bold=True, width=7.0)
        para(d, ed.school, after=1)
    heading(d, "EHR / Charting Systems")
    para(d, ", ".join(p.ehr_text))
    d.core_properties.author = p.name
    d.save(out)


def set_cols(section, n: int, space: float = 0.3):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), str(int(space * 1440)))


def word_twocol(p: Person, out: str) -> None:
    """One-column top, then a continuous section break and a two-column section for licences,
    certifications, education and systems."""
    from docx.enum.section import WD_SECTION

    d = base("Cambria", 10.5)
    para(d, p.name.upper(), bold=True, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(d, p.creds + " · " + p.headline, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    bottom_border(
        para(
            d,
            f"{addr(p)} · {p.phone} · {p.email}",
            size=9.5,
            align=WD_ALIGN_PARAGRAPH.CENTER,
            after=6,
        )
    )
    heading(d, "Summary")
    para(d, p.summary)
    heading(d, "Clinical Experience")
    for j in p.jobs:
        tab_line(d, f"{j.title}, {j.employer}", span(j, "Mon YYYY", " – "), width=7.1)
        para(
            d,
            j.city + (f" · contract through {j.agency}" if j.agency else ""),
            italic=True,
            after=1,
        )
        bullets(d, j.bullets)
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2)
    heading(d, "Licenses")
    for x in p.lics:
        para(d, lic_line(x, "b"), size=9.5)
    heading(d, "Certifications")
    for c in p.certs:
        para(d, cert_line(c, "b"), size=9.5)
    heading(d, "Education")
    for ed in p.edu:
        para(d, f"{ed.degree} — {ed.school} ({ed.year})", size=9.5)
    heading(d, "Documentation Systems")
    para(d, ", ".join(p.ehr_text), size=9.5)
    d.save(out)


def docx_header_contact(p: Person, out: str) -> None:
    """Name and contact only in the page header; licence and certification tables; tab-separated jobs."""
    d = base("Arial", 10)
    hdr = d.sections[0].header
    h0 = hdr.paragraphs[0]
    r = h0.add_run(f"{p.name}, {p.creds}")
    r.bold = True
    r.font.size = Pt(16)
    hdr.add_paragraph(f"{p.street} · {p.city}, {p.st} {p.zip}")
    hdr.add_paragraph(f"Cell {p.phone} · {p.email}")
    para(d, p.headline.upper(), bold=True, size=12, color=NAVY)
    para(d, p.summary, after=4)
    heading(d, "Work History")
    for j in p.jobs:
        tab_line(d, f"{j.title}", span(j, "MM/YYYY", " - "), width=6.8)
        para(d, f"{j.employer} — {j.city}", italic=True, after=0)
        bullets(d, j.bullets)
    heading(d, "License")
    grid(
        d,
        ["State", "Type", "Number", "Status", "Expires"],
        [[x.state, x.printed, x.number, x.compact_text, x.exp_text] for x in p.lics],
    )
    heading(d, "Certifications")
    grid(
        d,
        ["Certification", "Issuing organization", "Expires"],
        [
            [f"{c.long} ({c.name})", c.issuer, c.exp_text if c.expires else "does not expire"]
            for c in p.certs
        ],
    )
    heading(d, "Education")
    for ed in p.edu:
        para(d, f"{ed.degree}, {ed.school}, {ed.year}")
    heading(d, "Computer Skills")
    para(d, "Electronic records: " + ", ".join(p.ehr_text))
    d.save(out)


def docx_gdocs(p: Person, out: str) -> None:
    """Google-Docs-like export: no Heading styles, bold paragraphs as headings, text split into many runs."""
    d = base("Arial", 11, 1.0)

    def runs(text: str, bold: bool = False, size: float = 11, color=None):
        pp = d.add_paragraph()
        words = text.split(" ")
        for i in range(0, len(words), 3):
            rr = pp.add_run(" ".join(words[i : i + 3]) + (" " if i + 3 < len(words) else ""))
            rr.bold = bold
            rr.font.size = Pt(size)
            rr.font.name = "Arial"
            if color is not None:
                rr.font.color.rgb = color
        pp.paragraph_format.space_after = Pt(2)
        return pp

    runs(p.name, True, 20)
    runs(f"{p.street}, {p.city}, {p.st} {p.zip} | {p.phone} | {p.email}", size=10)
    runs(p.creds, True, 11, RGBColor(0x3C, 0x78, 0xD8))
    runs("")
    runs("OBJECTIVE", True, 12, RGBColor(0x3C, 0x78, 0xD8))
    runs(p.summary)
    runs("LICENSURE & CERTIFICATIONS", True, 12, RGBColor(0x3C, 0x78, 0xD8))
    for x in p.lics:
        runs(f"● {x.printed} – {x.state_name}, {x.compact_text} license #{x.number}, {x.exp_text}")
    for c in p.certs:
        runs(f"● {c.name} ({c.long}), {c.issuer} – {c.exp_text}")
    runs("EDUCATION", True, 12, RGBColor(0x3C, 0x78, 0xD8))
    for ed in p.edu:
        runs(f"{ed.degree}", True)
        runs(f"{ed.school} – Graduated May {ed.year} – GPA 3.7, Dean's List")
    runs("CLINICAL ROTATIONS", True, 12, RGBColor(0x3C, 0x78, 0xD8))
    rot = [
        ("Pediatrics", 90),
        ("Behavioral Health", 72),
        ("Medical-Surgical", 120),
        ("Capstone practicum, Surgical ICU", 144),
    ]
    for site, (area, hrs) in zip(p.rotations, rot, strict=True):
        runs(f"{area} – {site} ({hrs} clinical hours)")
    runs("WORK EXPERIENCE", True, 12, RGBColor(0x3C, 0x78, 0xD8))
    for j in p.jobs:
        runs(f"{j.title} – {j.employer}, {j.city}", True)
        runs(span(j, "Month YYYY", " – "))
        for b in j.bullets:
            runs("● " + b)
    runs("SKILLS", True, 12, RGBColor(0x3C, 0x78, 0xD8))
    runs(
        "EHR: "
        + ", ".join(p.ehr_text)
        + "; bilingual English/Spanish; IV insertion; telemetry monitoring"
    )
    d.save(out)


def no_borders(t):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def shade(cell, hexcolor: str):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), hexcolor)
    tcPr.append(s)


def docx_twocol_table(p: Person, out: str) -> None:
    """The page as one borderless two-column table: a shaded left column with contact, licences and
    certifications, the right with the name, summary, experience and education."""
    d = base("Calibri", 10, 0.5)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    left, right = t.rows[0].cells
    left.width, right.width = Inches(2.4), Inches(5.1)
    shade(left, "E4EEF3")

    def cp(cell, text, bold=False, size=9.5, color=None, first=False):
        pp = cell.paragraphs[0] if first else cell.add_paragraph()
        r = pp.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
        pp.paragraph_format.space_after = Pt(2)
        return pp

    cp(left, "CONTACT", True, 11, NAVY, first=True)
    for s in (p.street, f"{p.city}, {p.st} {p.zip}", p.phone, p.email):
        cp(left, s)
    cp(left, "LICENSES", True, 11, NAVY)
    for x in p.lics:
        cp(left, f"{x.state_name} {x.printed}", True)
        cp(left, f"#{x.number} — {x.exp_text}")
    cp(left, "CERTIFICATIONS", True, 11, NAVY)
    for c in p.certs:
        cp(left, f"{c.name} — {c.long} ({c.issuer})" + (f"; {c.exp_text}" if c.expires else ""))
    cp(left, "CHARTING", True, 11, NAVY)
    cp(left, ", ".join(p.ehr_text))
    cp(right, p.name, True, 22, NAVY, first=True)
    cp(right, f"{p.creds} | {p.headline}", False, 11)
    cp(right, "PROFILE", True, 11, NAVY)
    cp(right, p.summary, size=10)
    cp(right, "EXPERIENCE", True, 11, NAVY)
    for j in p.jobs:
        cp(right, f"{j.title} | {span(j, 'Mon YYYY', ' – ')}", True, 10)
        cp(right, f"{j.employer}, {j.city}", False, 10)
        for b in j.bullets:
            cp(right, "• " + b, False, 9.5)
    cp(right, "EDUCATION", True, 11, NAVY)
    for ed in p.edu:
        cp(right, f"{ed.degree}, {ed.school} ({ed.year})", False, 10)
    d.save(out)


def docx_tabbed(p: Person, out: str) -> None:
    """Jobs as 'Title<TAB>dates' on the default tab stops, certifications in a table."""
    d = base("Georgia", 10.5)
    para(d, p.name, bold=True, size=18, after=0)
    para(d, f"{p.creds}\t{p.phone}\t{p.email}", after=0)
    para(d, addr(p), after=6)
    heading(d, "Summary of Qualifications", style=False)
    para(d, p.summary)
    heading(d, "Employment", style=False)
    for j in p.jobs:
        para(d, f"{j.title}\t{span(j, 'Mon YYYY', ' – ')}", bold=True, after=0)
        para(
            d,
            f"{j.employer}\t{j.city}" + (f"\t(contract via {j.agency})" if j.agency else ""),
            after=0,
        )
        bullets(d, j.bullets)
    heading(d, "State Licensure", style=False)
    for x in p.lics:
        para(d, f"{x.state_name}\t{x.printed}\tLicense {x.number}\t{x.exp_text}")
    heading(d, "Certifications", style=False)
    grid(
        d,
        ["Credential", "Issuer", "Expiration"],
        [[f"{c.name} – {c.long}", c.issuer, c.exp_text] for c in p.certs],
    )
    heading(d, "Education", style=False)
    for ed in p.edu:
        para(d, f"{ed.degree}\t{ed.school}\t{ed.year}")
    heading(d, "Documentation", style=False)
    para(d, " | ".join(p.ehr_text))
    d.save(out)

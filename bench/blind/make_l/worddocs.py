"""python-docx designs of set l: three 'Word-exported' PDF designs (wx-*) and five .docx designs (dx-*)."""

from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for symmetry with page setup)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from model import STATES, Person, cert_text, contact_line, degree_lines, span, ym


# ---------------------------------------------------------------- helpers
def shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bottom_rule(par, color: str = "444444", size: int = 8) -> None:
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def no_borders(table) -> None:
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def col_widths(table, widths) -> None:
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Inches(w)


def base_doc(font: str, size: float, margins: float = 0.75) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(1)
    st.paragraph_format.space_before = Pt(0)
    for sec in doc.sections:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
        sec.left_margin = sec.right_margin = Inches(margins)
        sec.top_margin = sec.bottom_margin = Inches(margins)
    return doc


def para(
    container,
    text: str = "",
    bold=False,
    size=None,
    color=None,
    italic=False,
    align=None,
    after=None,
    before=None,
    font=None,
):
    p = container.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color, italic=italic, font=font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def run(p, text, bold=False, size=None, color=None, italic=False, font=None, caps=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if caps:
        r.font.all_caps = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return r


def cell_text(cell, text, bold=False, size=None, color=None, align=None):
    p = cell.paragraphs[0]
    run(p, text, bold=bold, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def agency_phrase(job, style: str) -> str:
    if not job.agency:
        return ""
    return {
        "via": f" (via {job.agency})",
        "through": f", travel contract through {job.agency}",
        "dash": f" — assignment through {job.agency}",
        "agency": f" [Agency: {job.agency}]",
    }[style]


def lic_state_name(lic) -> str:
    return STATES[lic.state]


def compact_word(lic) -> str:
    if lic.compact is True:
        return "Compact / multistate"
    if lic.compact is False:
        return "Single-state"
    return ""


def heading_rule(doc, text, color="1F3864", size=11.5, caps=True, font=None):
    p = para(doc, before=8, after=3)
    run(p, text.upper() if caps else text, bold=True, size=size, color=color, font=font)
    bottom_rule(p, color=color)
    return p


def bullets(doc_or_cell, items, size=None):
    for b in items:
        p = doc_or_cell.add_paragraph(style="List Bullet")
        run(p, b, size=size)
        p.paragraph_format.space_after = Pt(0)


# ---------------------------------------------------------------- wx-banner
def wx_banner(p: Person, path) -> None:
    """Full-width dark header band (a one-cell table), icon contact row, licence table, cert list."""
    doc = base_doc("Carlito", 10.5, 0.6)
    band = doc.add_table(rows=1, cols=1)
    band.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = band.rows[0].cells[0]
    shade(c, "1F3A5F")
    cp = c.paragraphs[0]
    run(cp, p.name, bold=True, size=24, color="FFFFFF")
    q = c.add_paragraph()
    run(q, p.creds, size=12, color="BFD7EA", bold=True)
    q2 = c.add_paragraph()
    run(q2, p.headline, size=11, color="FFFFFF", italic=True)
    ct = para(doc, before=6, after=6)
    ct.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(ct, "☎ ", color="1F3A5F")
    run(ct, p.phone + "    ")
    run(ct, "✉ ", color="1F3A5F")
    run(ct, p.email + "    ")
    if p.location:
        run(ct, "⌂ ", color="1F3A5F")
        run(ct, contact_line(p))
    heading_rule(doc, "Profile", "1F3A5F")
    para(doc, p.summary)
    heading_rule(doc, "Licensure", "1F3A5F")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["State", "Type", "Number", "Expires"]):
        shade(t.rows[0].cells[i], "DCE6F0")
        cell_text(t.rows[0].cells[i], h, bold=True)
    for lic in p.licenses:
        r = t.add_row().cells
        cell_text(r[0], lic_state_name(lic))
        ty = lic.printed + (" — Multistate (Compact)" if lic.compact else "")
        cell_text(r[1], ty)
        cell_text(r[2], lic.number)
        cell_text(r[3], lic.exp_text)
    col_widths(t, [1.5, 2.9, 1.4, 1.3])
    heading_rule(doc, "Certifications", "1F3A5F")
    for ce in p.certs:
        bp = doc.add_paragraph(style="List Bullet")
        run(bp, ce.name, bold=True)
        rest = (
            cert_text(ce, "dash")[len(ce.name) :]
            if not ce.long
            else " — " + ce.long + " — " + ce.issuer + (f" — {ce.exp_text}" if ce.exp_text else "")
        )
        run(bp, rest)
        bp.paragraph_format.space_after = Pt(0)
    heading_rule(doc, "Clinical Experience", "1F3A5F")
    for j in p.jobs:
        jp = para(doc, before=4)
        jp.paragraph_format.tab_stops.add_tab_stop(Inches(7.3), WD_TAB_ALIGNMENT.RIGHT)
        run(jp, j.title, bold=True)
        run(jp, "\t" + span(j, "mon"), italic=True)
        ep = para(doc)
        run(ep, f"{j.employer}, {j.city}, {j.st}", color="1F3A5F")
        if j.agency:
            run(ep, agency_phrase(j, "dash"), italic=True)
        bullets(doc, j.bullets)
    heading_rule(doc, "Education", "1F3A5F")
    for e in p.education:
        ep = para(doc)
        run(ep, e.degree, bold=True)
        run(ep, f" — {e.school}, {e.city} ({e.year})")
    if p.skills or p.ehr_printed:
        heading_rule(doc, "Skills & Systems", "1F3A5F")
        if p.skills:
            para(doc, "Clinical: " + " · ".join(p.skills))
        para(doc, "EHR: " + ", ".join(p.ehr_printed))
    doc.save(path)


# ---------------------------------------------------------------- wx-twocol
def wx_twocol(p: Person, path) -> None:
    """A two-column Word table: shaded narrow left column (contact, licences, certs, systems)."""
    doc = base_doc("Lato", 9.5, 0.5)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    col_widths(t, [2.45, 5.05])
    left, right = t.rows[0].cells
    shade(left, "E8EEF1")

    def lh(text):
        q = left.add_paragraph()
        q.paragraph_format.space_before = Pt(9)
        run(q, text.upper(), bold=True, size=9.5, color="2E5E6E")
        bottom_rule(q, "2E5E6E", 6)

    lp = left.paragraphs[0]
    run(lp, "CONTACT", bold=True, size=9.5, color="2E5E6E")
    bottom_rule(lp, "2E5E6E", 6)
    if p.street:
        para(left, p.street, size=9)
        para(left, f"{p.city}, {p.st} {p.zip}", size=9)
    para(left, p.phone, size=9)
    para(left, p.email, size=9)
    lh("Licenses")
    for lic in p.licenses:
        q = para(left, size=9)
        run(q, f"{lic_state_name(lic)} {lic.printed}", bold=True, size=9)
        q2 = para(left)
        run(q2, f"No. {lic.number}", size=9)
        q3 = para(left)
        exp = lic.exp_text if lic.exp_text.lower().startswith("exp") else f"Exp. {lic.exp_text}"
        run(
            q3,
            exp
            + (" · Multistate" if lic.compact and "multistate" not in lic.printed.lower() else ""),
            size=9,
        )
    if not p.licenses:
        para(left, "No state licence required in Nevada; ARRT-registered.", size=9, italic=True)
    lh("Certifications")
    for ce in p.certs:
        q = para(left)
        run(q, ce.name, bold=True, size=9)
        if ce.long:
            run(q, f" ({ce.long})", size=9)
        q2 = para(left)
        run(
            q2,
            f"{ce.issuer}" + (f" · {ce.exp_text}" if ce.exp_text else ""),
            size=8.5,
            color="555555",
        )
    lh("Systems")
    for e in p.ehr_printed:
        para(left, e, size=9)
    if p.skills:
        lh("Clinical skills")
        for s in p.skills:
            para(left, "▪ " + s, size=9)
    rp = right.paragraphs[0]
    run(
        rp,
        p.name.upper(),
        bold=True,
        size=20 if len(p.name) <= 16 else (17 if len(p.name) <= 22 else 15.5),
        color="1D3B45",
    )
    para(right, p.creds, bold=True, size=11, color="2E5E6E")
    para(right, p.headline, size=10.5, italic=True, after=6)

    def rh(text):
        q = right.add_paragraph()
        q.paragraph_format.space_before = Pt(10)
        run(q, text, bold=True, size=12, color="1D3B45")
        bottom_rule(q, "1D3B45", 8)

    rh("Summary")
    para(right, p.summary)
    rh("Experience")
    for j in p.jobs:
        q = para(right, before=5)
        run(q, j.title, bold=True)
        q2 = para(right)
        run(q2, j.employer, italic=True)
        run(q2, f" | {j.city}, {j.st} | {span(j, 'num', ' – ', 'Current')}", color="555555")
        if j.agency:
            para(right, f"Travel assignment via {j.agency}", size=9, italic=True)
        for b in j.bullets:
            para(right, "• " + b, size=9.5)
    rh("Education")
    for e in p.education:
        para(right, e.degree, bold=True)
        para(right, f"{e.school} — {e.city}, {e.year}")
    doc.save(path)


# ---------------------------------------------------------------- wx-serif
def wx_serif(p: Person, path) -> None:
    """Cambria-like serif, centred name with the credentials on their own line, small-caps headings,
    tab-aligned dates, licences as lines, a 3-column certification grid, degree wrapped over two lines."""
    doc = base_doc("Caladea", 10.5, 0.8)
    para(doc, p.name, bold=True, size=20, align="center", after=0)
    para(doc, p.creds, size=11.5, align="center", after=2, color="5A4A2F")
    bits = [contact_line(p), p.phone, p.email] if p.location else [p.phone, p.email]
    para(doc, "  •  ".join(b for b in bits if b), size=9.5, align="center", after=6)

    def h(text):
        q = para(doc, before=9, after=2)
        r = run(q, text, bold=True, size=12, color="5A4A2F")
        r.font.small_caps = True
        bottom_rule(q, "5A4A2F", 4)

    h("Professional Summary")
    para(doc, p.summary)
    h("Experience")
    for j in p.jobs:
        q = para(doc, before=4)
        q.paragraph_format.tab_stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
        run(q, j.employer, bold=True)
        run(q, f", {j.city}, {j.st}")
        run(q, "\t" + span(j, "month", " to ", "present"))
        q2 = para(doc)
        run(q2, j.title, italic=True)
        if j.agency:
            run(q2, agency_phrase(j, "via"), italic=True)
        for b in j.bullets:
            bp = doc.add_paragraph(style="List Bullet")
            run(bp, b)
    h("Licensure")
    for lic in p.licenses:
        line = f"{lic.printed}, {lic_state_name(lic)} — License {lic.number} — {lic.exp_text}"
        if lic.compact:
            line += " (multistate)"
        bp = doc.add_paragraph(style="List Bullet")
        run(bp, line)
    h("Certifications")
    n = len(p.certs)
    cols = 3
    rows = (n + cols - 1) // cols
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    for i, ce in enumerate(p.certs):
        cell = t.rows[i // cols].cells[i % cols]
        cell_text(cell, ce.name, bold=True, size=11)
        if ce.long:
            para(cell, ce.long, size=8.5, italic=True)
        para(cell, f"({ce.issuer})", size=8.5)
        if ce.exp_text:
            para(cell, ce.exp_text, size=8.5)
    h("Education")
    for e in p.education:
        lines = degree_lines(e)
        q = para(doc, before=2)
        q.paragraph_format.tab_stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
        run(q, lines[0], bold=True)
        run(q, "\t" + e.year)
        for extra in lines[1:]:
            para(doc, extra, bold=True)
        para(doc, f"{e.school}, {e.city}")
    h("Systems")
    para(doc, "Electronic records and tools: " + "; ".join(p.ehr_printed))
    if p.skills:
        para(doc, "Clinical strengths: " + "; ".join(p.skills))
    doc.save(path)


# ---------------------------------------------------------------- dx-headercontact
def dx_headercontact(p: Person, path) -> None:
    """Name, credentials and contact only in the page header; tab-separated job lines; licence table."""
    doc = base_doc("Liberation Sans", 10, 0.7)
    sec = doc.sections[0]
    sec.header_distance = Inches(0.3)
    hp = sec.header.paragraphs[0]
    run(hp, p.name, bold=True, size=16)
    run(hp, ", " + p.creds, size=11)
    hp2 = sec.header.add_paragraph()
    run(hp2, f"{contact_line(p)}  ·  {p.phone}  ·  {p.email}", size=9)
    bottom_rule(hp2, "000000", 6)
    para(doc, p.headline, bold=True, size=12, after=4)
    para(doc, p.summary, after=6)

    def h(text):
        q = para(doc, before=8, after=2)
        run(q, text, bold=True, size=11, caps=True)
        return q

    h("Work History")
    q = para(doc)
    q.paragraph_format.tab_stops.add_tab_stop(Inches(2.75))
    q.paragraph_format.tab_stops.add_tab_stop(Inches(5.55))
    run(q, "Position\tEmployer\tDates", bold=True, size=9, color="666666")
    for j in p.jobs:
        q = para(doc, before=3)
        q.paragraph_format.tab_stops.add_tab_stop(Inches(2.75))
        q.paragraph_format.tab_stops.add_tab_stop(Inches(5.55))
        run(q, f"{j.title}\t{j.employer}\t{span(j, 'num', ' – ')}", bold=False, size=9.5)
        para(doc, f"{j.city}, {j.st}", italic=True, size=9)
        for b in j.bullets:
            bp = doc.add_paragraph(style="List Bullet")
            run(bp, b, size=9.5)
    h("Licenses")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Light Grid Accent 1"
    for i, hh in enumerate(["State", "Type", "Number", "Expires"]):
        cell_text(t.rows[0].cells[i], hh, bold=True)
    for lic in p.licenses:
        r = t.add_row().cells
        cell_text(r[0], lic.state)
        cell_text(r[1], lic.printed)
        cell_text(r[2], lic.number)
        cell_text(r[3], lic.exp_text)
    h("Certifications")
    for ce in p.certs:
        bp = doc.add_paragraph(style="List Bullet")
        run(bp, cert_text(ce, "paren"))
    h("Education")
    for e in p.education:
        q = para(doc)
        run(q, f"{e.degree}\t{e.school}, {e.city}\t{e.year}")
    h("Charting systems")
    para(doc, ", ".join(p.ehr_printed))
    doc.save(path)


# ---------------------------------------------------------------- dx-histtable
def dx_histtable(p: Person, path) -> None:
    """Work history as a Word table (Dates | Facility | Role | Setting); licences as a table."""
    doc = base_doc("Carlito", 10.5, 0.75)
    para(doc, p.name, bold=True, size=18, after=0)
    para(doc, f"{p.creds} — {p.headline}", size=11, color="2F5496", after=2)
    para(doc, f"{contact_line(p)}  |  {p.phone}  |  {p.email}", size=9.5, after=6)

    def h(text):
        q = para(doc, before=10, after=3)
        run(q, text, bold=True, size=12, color="2F5496")
        bottom_rule(q, "2F5496", 6)

    h("Summary")
    para(doc, p.summary)
    h("Work History")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, hh in enumerate(["Dates", "Facility", "Role", "Setting"]):
        shade(t.rows[0].cells[i], "D9E2F3")
        cell_text(t.rows[0].cells[i], hh, bold=True)
    for j in p.jobs:
        r = t.add_row().cells
        cell_text(r[0], span(j, "num", "–"))
        cell_text(r[1], f"{j.employer}\n{j.city}, {j.st}")
        role = j.title + (f"\nTravel contract through {j.agency}" if j.agency else "")
        cell_text(r[2], role)
        cell_text(r[3], j.unit or j.kind)
    col_widths(t, [1.35, 2.6, 2.0, 1.05])
    h("State Licenses")
    t2 = doc.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for i, hh in enumerate(["State", "License type", "Number", "Expiration"]):
        shade(t2.rows[0].cells[i], "D9E2F3")
        cell_text(t2.rows[0].cells[i], hh, bold=True)
    for lic in p.licenses:
        r = t2.add_row().cells
        cell_text(r[0], lic_state_name(lic))
        cell_text(r[1], lic.printed)
        cell_text(r[2], lic.number)
        cell_text(r[3], lic.exp_text)
    h("Certifications")
    for ce in p.certs:
        bp = doc.add_paragraph(style="List Bullet")
        run(bp, cert_text(ce, "brackets"))
    h("Education")
    for e in p.education:
        q = para(doc)
        run(q, e.degree, bold=True)
        run(q, f", {e.school}, {e.city}, {e.year}")
    h("Documentation systems")
    para(doc, " • ".join(p.ehr_printed))
    doc.save(path)


# ---------------------------------------------------------------- dx-twocol
def dx_twocol(p: Person, path) -> None:
    """Label column | content column, as one borderless Word table; dates in the label column."""
    doc = base_doc("DejaVu Sans", 9.5, 0.7)
    para(doc, p.name, bold=True, size=19, color="7A1F3D", after=0)
    para(doc, p.creds, size=11, color="7A1F3D", after=0)
    para(doc, f"{p.street} · {p.city}, {p.st} {p.zip} · {p.phone} · {p.email}", size=8.5, after=8)
    t = doc.add_table(rows=0, cols=2)
    no_borders(t)

    def row(label, fill=None):
        r = t.add_row().cells
        cell_text(r[0], label, bold=True, size=9, color="7A1F3D")
        if fill:
            shade(r[0], fill)
        return r[1]

    c = row("PROFILE")
    cell_text(c, p.summary)
    for idx, j in enumerate(p.jobs):
        r = t.add_row().cells
        if idx == 0:
            cell_text(r[0], "EXPERIENCE", bold=True, size=9, color="7A1F3D")
            para(r[0], span(j, "mon", " – "), size=8.5)
        else:
            cell_text(r[0], span(j, "mon", " – "), size=8.5)
        cell_text(r[1], j.title, bold=True)
        para(r[1], f"{j.employer} · {j.city}, {j.st}", italic=True)
        for b in j.bullets:
            para(r[1], "– " + b, size=9)
    c = row("LICENSURE")
    first = True
    for lic in p.licenses:
        q = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        run(q, f"{lic.printed} — {lic_state_name(lic)} — #{lic.number} — {lic.exp_text}")
    c = row("CERTIFICATION")
    first = True
    for ce in p.certs:
        q = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        run(q, cert_text(ce, "comma"))
    c = row("EDUCATION")
    first = True
    for e in p.education:
        q = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        run(q, e.degree, bold=True)
        para(c, f"{e.school}, {e.city} — {e.year}")
    c = row("EMR")
    cell_text(c, " / ".join(p.ehr_printed))
    col_widths(t, [1.45, 5.6])
    doc.save(path)


# ---------------------------------------------------------------- dx-profileform
def dx_profileform(p: Person, path) -> None:
    """An agency's 'Travel Nurse Profile' form: label | value tables filled in by a recruiter."""
    doc = base_doc("Liberation Sans", 9.5, 0.6)
    rec_name, rec_phone, rec_mail = p.extra["recruiter"]
    agency = p.jobs[0].agency
    q = para(doc, after=0)
    run(q, agency.upper(), bold=True, size=14, color="0B6E4F")
    para(doc, "TRAVEL NURSE PROFILE — submitted for client review", bold=True, size=11, after=2)
    para(
        doc,
        f"Prepared by: {rec_name}, Clinical Recruiter · {rec_phone} · {rec_mail}",
        size=8.5,
        color="555555",
        after=8,
    )

    def section(title, rows):
        q = para(doc, before=6, after=2)
        run(q, title, bold=True, size=10.5, color="FFFFFF")
        pPr = q._p.get_or_add_pPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "0B6E4F")
        pPr.append(shd)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            r = t.add_row().cells
            shade(r[0], "EEF5F1")
            cell_text(r[0], k, bold=True)
            cell_text(r[1], v)
        col_widths(t, [2.1, 5.2])

    section(
        "Candidate",
        [
            ("Candidate name", f"{p.name}, {p.creds}"),
            ("Discipline / specialty", "Registered Nurse — Labor & Delivery"),
            ("Home address", contact_line(p)),
            ("Cell phone", p.phone),
            ("E-mail", p.email),
            ("Years of L&D experience", "8+ (plus 2 years mother/baby)"),
            ("Charting systems", ", ".join(p.ehr_printed)),
        ],
    )
    section(
        "Licensure",
        [
            (
                f"License {i + 1}",
                f"{lic_state_name(lic)} {lic.printed} #{lic.number}, expires {lic.exp_text}",
            )
            for i, lic in enumerate(p.licenses)
        ],
    )
    section(
        "Certifications (copies on file)",
        [
            (
                ce.name,
                f"{ce.long + ' — ' if ce.long else ''}{ce.issuer}"
                + (f" — exp {ce.exp_text}" if ce.exp_text else " — no expiration listed"),
            )
            for ce in p.certs
        ],
    )
    hist = []
    for j in p.jobs:
        v = f"{j.employer}, {j.city}, {j.st} — {j.title}"
        if j.agency:
            v += f" (agency: {j.agency})"
        hist.append((span(j, "num", " – "), v))
    section("Work history (most recent first)", hist)
    section("Education", [(e.year, f"{e.degree}, {e.school}") for e in p.education])
    section(
        "Recruiter notes",
        [
            ("Availability", "Open to 13-week contracts starting January 2027"),
            ("Preferred shift", "Nights, 3x12"),
            ("References", "Two charge-nurse references on file"),
        ],
    )
    doc.save(path)


# ---------------------------------------------------------------- dx-tabbed
def dx_tabbed(p: Person, path) -> None:
    """Plain Word document aligned with tab stops (title TAB employer TAB dates; cert TAB issuer TAB expiry)."""
    doc = base_doc("Liberation Serif", 11, 0.85)
    para(doc, p.name.upper(), bold=True, size=15, align="center", after=0)
    para(doc, p.creds, size=11, align="center", after=0)
    para(doc, contact_line(p), size=10, align="center", after=0)
    para(doc, f"{p.phone}   {p.email}", size=10, align="center", after=8)

    def h(text):
        q = para(doc, before=10, after=3)
        r = run(q, text, bold=True, size=11)
        r.underline = True

    def tabline(parts, stops, bold=False, size=None):
        q = para(doc)
        for s in stops:
            q.paragraph_format.tab_stops.add_tab_stop(Inches(s))
        run(q, "\t".join(parts), bold=bold, size=size)
        return q

    h("OBJECTIVE")
    para(doc, p.summary)
    h("LICENSE")
    for lic in p.licenses:
        tabline(
            [f"{lic_state_name(lic)} {lic.printed}", f"No. {lic.number}", lic.exp_text], [3.0, 4.6]
        )
    h("EXPERIENCE")
    for j in p.jobs:
        tabline([j.title, j.employer, span(j, "mon", " - ", "present")], [2.35, 5.3], size=10)
        para(doc, f"{j.city}, {j.st}", italic=True)
    h("CERTIFICATIONS")
    for ce in p.certs:
        tabline(
            [ce.name + (f" ({ce.long})" if ce.long else ""), ce.issuer, ce.exp_text or "—"],
            [2.9, 5.7],
        )
    h("EDUCATION")
    for e in p.education:
        tabline([e.degree, e.school, e.year], [2.2, 5.6])
    h("COMPUTER")
    para(doc, "EHR: " + ", ".join(p.ehr_printed))
    doc.save(path)


WORD = {
    "wx-banner": wx_banner,
    "wx-twocol": wx_twocol,
    "wx-serif": wx_serif,
    "dx-headercontact": dx_headercontact,
    "dx-histtable": dx_histtable,
    "dx-twocol": dx_twocol,
    "dx-profileform": dx_profileform,
    "dx-tabbed": dx_tabbed,
}

__all__ = ["WORD", "ym"]

"""fpdf2 pages: two columns with a sidebar, a header band with a licence table, an agency profile
sheet, a one-column classic page, and narrow web-profile pages for screenshots."""

from fpdf import FPDF

from model import Person

FONTS = {
    "lato": "/usr/share/fonts/truetype/lato/Lato-{}.ttf",
    "carlito": "/usr/share/fonts/truetype/crosextra/Carlito-{}.ttf",
}
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif{}.ttf"


def _pdf(fmt="Letter", family="lato") -> FPDF:
    pdf = FPDF(format=fmt, unit="pt")
    if family == "serif":
        pdf.add_font("f", "", SERIF.format(""))
        pdf.add_font("f", "B", SERIF.format("-Bold"))
        pdf.add_font("f", "I", SERIF.format("-Italic"))
    else:
        pat = FONTS[family]
        pdf.add_font("f", "", pat.format("Regular"))
        pdf.add_font("f", "B", pat.format("Bold"))
        pdf.add_font("f", "I", pat.format("Italic"))
    pdf.set_auto_page_break(True, 40)
    return pdf


def _para(pdf, x, w, text, size=9.5, style="", lh=1.3, color=(30, 30, 30), align="L"):
    pdf.set_font("f", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(x)
    pdf.multi_cell(w, size * lh, text, new_x="LEFT", new_y="NEXT", align=align)


def _job(pdf, x, w, j, size=9.5, accent=(30, 30, 30), employer_first=False):
    y = pdf.get_y()
    pdf.set_font("f", "B", size + 0.5)
    pdf.set_text_color(*accent)
    pdf.set_xy(x, y)
    first = j.employer if employer_first else j.title
    pdf.cell(w * 0.68, size * 1.35, first)
    pdf.set_font("f", "I", size - 0.5)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(x + w * 0.6, y)
    pdf.cell(w * 0.4, size * 1.35, j.dates, align="R")
    pdf.set_xy(x, y + size * 1.4)
    second = j.title if employer_first else j.employer
    if j.agency:
        second = f"{second} (via {j.agency})"
    _para(
        pdf, x, w, f"{second} · {j.city}" if j.city else second, size - 0.5, "I", color=(70, 70, 70)
    )
    for b in j.bullets:
        _para(pdf, x, w, f"•  {b}", size - 0.5)
    pdf.set_y(pdf.get_y() + 4)


def _heading(pdf, x, w, text, color=(20, 60, 110), size=10.5, rule=True):
    pdf.set_y(pdf.get_y() + 5)
    _para(pdf, x, w, text.upper(), size, "B", color=color)
    if rule:
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.7)
        y = pdf.get_y() + 1
        pdf.line(x, y, x + w, y)
        pdf.set_y(y + 4)


def _extra(pdf, x, w, p, size=9.5, color=(20, 60, 110)):
    for head, lines in p.extra:
        if head.startswith("__"):
            continue
        _heading(pdf, x, w, head, color)
        for ln in lines:
            _para(pdf, x, w, ln, size - 0.5)


def twocol(p: Person, out: str) -> None:
    pdf = _pdf(family="carlito")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    sw = 190
    pdf.set_fill_color(236, 239, 243)
    pdf.rect(0, 0, sw, 792, "F")
    x, w = 20, sw - 34
    pdf.set_y(36)
    _para(pdf, x, w, "CONTACT", 10, "B", color=(40, 80, 120))
    for ln in [p.addr, p.city, p.phone, p.email]:
        if ln:
            _para(pdf, x, w, ln, 9)
    _heading(pdf, x, w, "Licensure", (40, 80, 120), 10)
    for ln in p.lic:
        _para(pdf, x, w, ln, 8.8)
        pdf.set_y(pdf.get_y() + 2)
    _heading(pdf, x, w, "Certifications", (40, 80, 120), 10)
    for ln in p.certs:
        _para(pdf, x, w, ln, 8.8)
        pdf.set_y(pdf.get_y() + 2)
    _heading(pdf, x, w, "Skills & Systems", (40, 80, 120), 10)
    for ln in p.skills:
        _para(pdf, x, w, ln, 8.8)
    mx, mw = sw + 22, 612 - sw - 44
    pdf.set_y(34)
    _para(pdf, mx, mw, p.name.upper(), 22, "B", color=(25, 45, 70))
    _para(
        pdf,
        mx,
        mw,
        f"{p.creds} — {p.headline}" if p.creds else p.headline,
        11,
        "",
        color=(40, 80, 120),
    )
    _heading(pdf, mx, mw, "Profile", (25, 45, 70))
    _para(pdf, mx, mw, p.summary)
    _heading(pdf, mx, mw, "Experience", (25, 45, 70))
    for j in p.jobs:
        _job(pdf, mx, mw, j, 9.5, (25, 45, 70))
    _heading(pdf, mx, mw, "Education", (25, 45, 70))
    for ln in p.edu:
        _para(pdf, mx, mw, ln, 9.5)
    _extra(pdf, mx, mw, p, 9.5, (25, 45, 70))
    assert pdf.get_y() < 770, (p.id, pdf.get_y())
    pdf.output(out)


def band(p: Person, out: str) -> None:
    pdf = _pdf(family="lato")
    pdf.add_page()
    pdf.set_fill_color(18, 94, 98)
    pdf.rect(0, 0, 612, 92, "F")
    pdf.set_y(22)
    _para(
        pdf, 40, 532, f"{p.name}, {p.creds}" if p.creds else p.name, 21, "B", color=(255, 255, 255)
    )
    _para(pdf, 40, 532, p.headline, 10.5, "I", color=(210, 236, 236))
    bits = [b for b in (p.contact_line, p.phone, p.email) if b]
    _para(pdf, 40, 532, "   |   ".join(bits), 9, color=(255, 255, 255))
    pdf.set_y(104)
    x, w = 40, 532
    acc = (18, 94, 98)
    _heading(pdf, x, w, "Summary", acc)
    _para(pdf, x, w, p.summary)
    _heading(pdf, x, w, "Licenses", acc)
    rows = [r.split(" | ") for r in p.lic]
    head = ["State", "License", "Number", "Multistate", "Expires"]
    widths = [60, 150, 120, 100, 102]
    pdf.set_font("f", "B", 9)
    pdf.set_fill_color(220, 238, 238)
    pdf.set_text_color(20, 20, 20)
    pdf.set_x(x)
    for h, cw in zip(head, widths, strict=True):
        pdf.cell(cw, 15, h, border=1, fill=True)
    pdf.ln(15)
    pdf.set_font("f", "", 9)
    for r in rows:
        pdf.set_x(x)
        for v, cw in zip(r, widths, strict=True):
            pdf.cell(cw, 15, v, border=1)
        pdf.ln(15)
    _heading(pdf, x, w, "Certifications", acc)
    for ln in p.certs:
        _para(pdf, x, w, f"•  {ln}", 9.5)
    _heading(pdf, x, w, "Professional Experience", acc)
    for j in p.jobs:
        _job(pdf, x, w, j, 9.5, acc, employer_first=True)
    _heading(pdf, x, w, "Education", acc)
    for ln in p.edu:
        _para(pdf, x, w, ln)
    if p.skills:
        _heading(pdf, x, w, "Clinical Systems", acc)
        _para(pdf, x, w, " · ".join(p.skills))
    _extra(pdf, x, w, p, 9.5, acc)
    pdf.output(out)


def agency(p: Person, out: str) -> None:
    info = dict(p.extra)["__agency__"]
    pdf = _pdf(family="carlito")
    pdf.add_page()
    pdf.set_y(30)
    _para(pdf, 40, 532, info[0], 15, "B", color=(120, 40, 40))
    _para(
        pdf,
        40,
        532,
        "CLINICIAN PROFILE — submitted for client review",
        9,
        "I",
        color=(110, 110, 110),
    )
    _para(pdf, 40, 532, info[1], 8.5, color=(110, 110, 110))
    pdf.set_draw_color(120, 40, 40)
    pdf.line(40, pdf.get_y() + 3, 572, pdf.get_y() + 3)
    pdf.set_y(pdf.get_y() + 10)
    grid = [
        ("Candidate", p.name + (f", {p.creds}" if p.creds else "")),
        ("Discipline / Specialty", p.headline),
        ("Home address", p.contact_line or "—"),
        ("Mobile", p.phone),
        ("E-mail", p.email),
    ]
    for k, v in grid:
        y = pdf.get_y()
        pdf.set_font("f", "B", 9)
        pdf.set_text_color(60, 60, 60)
        pdf.set_xy(40, y)
        pdf.cell(130, 14, k + ":")
        pdf.set_font("f", "", 9.5)
        pdf.set_text_color(20, 20, 20)
        pdf.cell(400, 14, v)
        pdf.ln(14)
    x, w, acc = 40, 532, (120, 40, 40)
    _heading(pdf, x, w, "Recruiter summary", acc)
    _para(pdf, x, w, p.summary)
    for head, lines in (("Licenses", p.lic), ("Certifications", p.certs)):
        _heading(pdf, x, w, head, acc)
        for ln in lines:
            _para(pdf, x, w, ln, 9.5)
    _heading(pdf, x, w, "Work history (most recent first)", acc)
    for j in p.jobs:
        _job(pdf, x, w, j, 9.5, acc, employer_first=True)
    _heading(pdf, x, w, "Education", acc)
    for ln in p.edu:
        _para(pdf, x, w, ln)
    _heading(pdf, x, w, "Systems / equipment", acc)
    _para(pdf, x, w, ", ".join(p.skills))
    _extra(pdf, x, w, p, 9.5, acc)
    pdf.set_y(pdf.get_y() + 8)
    _para(
        pdf,
        x,
        w,
        "References available on request. Profile prepared by the agency from the candidate's application.",
        8,
        "I",
        color=(120, 120, 120),
    )
    pdf.output(out)


def classic(p: Person, out: str) -> None:
    pdf = _pdf(family="serif")
    pdf.add_page()
    pdf.set_y(40)
    _para(pdf, 50, 512, p.name + (f", {p.creds}" if p.creds else ""), 17, "B", align="C")
    bits = [b for b in (p.contact_line, p.phone, p.email) if b]
    _para(pdf, 50, 512, " • ".join(bits), 8.5, align="C")
    x, w, acc = 50, 512, (0, 0, 0)
    _heading(pdf, x, w, p.headline, acc, 10)
    _para(pdf, x, w, p.summary, 9)
    _heading(pdf, x, w, "Experience", acc, 10)
    for j in p.jobs:
        _job(pdf, x, w, j, 9, acc)
    _heading(pdf, x, w, "Licensure & Certification", acc, 10)
    for ln in p.lic + p.certs:
        _para(pdf, x, w, ln, 9)
    _heading(pdf, x, w, "Education", acc, 10)
    for ln in p.edu:
        _para(pdf, x, w, ln, 9)
    if p.skills:
        _heading(pdf, x, w, "Skills", acc, 10)
        _para(pdf, x, w, "; ".join(p.skills), 9)
    _extra(pdf, x, w, p, 9, acc)
    pdf.output(out)


def web(p: Person, out: str, style: str) -> None:
    """A narrow, tall page that looks like a job-site profile screen (rasterised to PNG)."""
    pdf = FPDF(format=(430, 1500), unit="pt")
    for st, nm in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
        pdf.add_font("f", st, FONTS["lato"].format(nm))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    bg, acc = (
        ((243, 242, 239), (10, 102, 194)) if style == "li" else ((250, 250, 250), (37, 87, 167))
    )
    pdf.set_fill_color(*bg)
    pdf.rect(0, 0, 430, 1500, "F")
    pdf.set_fill_color(*acc)
    pdf.rect(0, 0, 430, 34, "F")
    pdf.set_y(10)
    _para(
        pdf,
        14,
        400,
        "jobfeed  ·  Profile" if style == "li" else "HireBoard — Resume",
        10,
        "B",
        color=(255, 255, 255),
    )
    y = 46

    def card(title, lines, y):
        pdf.set_y(y + 10)
        pdf.set_fill_color(255, 255, 255)
        start = pdf.get_y()
        pdf.set_x(24)
        if title:
            _para(pdf, 24, 382, title, 11.5, "B", color=(20, 20, 20))
        for ln, st, sz in lines:
            _para(pdf, 24, 382, ln, sz, st, color=(40, 40, 40) if st != "I" else (100, 100, 100))
        end = pdf.get_y() + 8
        return start - 10, end

    blocks = []
    head = [(p.name, "B", 16), (p.headline, "", 10)]
    if p.city:
        head.append((p.city, "I", 9))
    head += [(f"Phone: {p.phone}", "", 9), (f"Email: {p.email}", "", 9)]
    blocks.append(("", head))
    blocks.append(("About", [(p.summary, "", 9)]))
    exp = []
    for j in p.jobs:
        exp.append((j.title, "B", 9.5))
        comp = j.agency if (j.agency and style == "li") else j.employer
        exp.append((comp + (f" · {j.city}" if j.city else ""), "", 9))
        exp.append((j.dates, "I", 8.5))
        if j.agency and style == "li":
            exp.append((f"Assignment at {j.employer}.", "", 8.5))
        for b in j.bullets:
            exp.append((b, "", 8.5))
    blocks.append(("Experience", exp))
    blocks.append(("Licenses & certifications", [(x, "", 9) for x in p.lic + p.certs]))
    blocks.append(("Education", [(x, "", 9) for x in p.edu]))
    blocks.append(("Skills", [(" · ".join(p.skills), "", 9)]))
    for h, lines in p.extra:
        if not h.startswith("__"):
            blocks.append((h, [(x, "", 9) for x in lines]))
    # draw each card twice: once to measure, then the white box, then the text on top
    for title, lines in blocks:
        top, bottom = card(title, lines, y)
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(12, top + 8, 406, bottom - top - 4, "F")
        card(title, lines, y)
        y = bottom
    pdf.output(out)
    with open(out + ".height", "w") as fh:
        fh.write(str(int(y + 16)))

"""Reportlab pages for set f (a generator other than Chromium).

rl-landscape  landscape Letter, a header across the top and the body flowing through THREE
              newspaper columns (platypus frames)
rl-sidename   A4; the name drawn rotated 90 degrees up a tinted band on the left edge, headings
              hanging in a margin column, contact only in a footer block; every line placed by hand
rl-booklet    half-letter (5.5 x 8.5 in) pages, several of them, with a running header on every
              page after the first
"""

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from cv import CV, span

FONTS = {
    "Lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "Lato-Bold": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "Lato-Italic": "/usr/share/fonts/truetype/lato/Lato-Italic.ttf",
    "Caladea": "/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf",
    "Caladea-Bold": "/usr/share/fonts/truetype/crosextra/Caladea-Bold.ttf",
    "Caladea-Italic": "/usr/share/fonts/truetype/crosextra/Caladea-Italic.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Carlito-Italic": "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
for _f in ("Lato", "Caladea", "Carlito"):
    pdfmetrics.registerFontFamily(
        _f, normal=_f, bold=f"{_f}-Bold", italic=f"{_f}-Italic", boldItalic=f"{_f}-Bold"
    )


def x(s: str) -> str:
    """Escape for platypus mini-markup."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _meta(c, cv: CV, creator: str) -> None:
    c.setAuthor(cv.name)
    c.setTitle(f"{cv.name} resume")
    c.setCreator(creator)


# ---------------------------------------------------------------- rl-landscape
def landscape3(cv: CV, out: str) -> None:
    W, H = landscape(letter)
    m, gap, head = 0.45 * inch, 0.28 * inch, 1.25 * inch
    ink = colors.HexColor("#24465c")
    colw = (W - 2 * m - 2 * gap) / 3

    def cols(top: float) -> list[Frame]:
        return [
            Frame(
                m + i * (colw + gap),
                m,
                colw,
                top - m,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            for i in range(3)
        ]

    def first(c, _doc):
        _meta(c, cv, "Microsoft® Publisher 2019")
        c.setFont("Lato-Bold", 24)
        c.setFillColor(ink)
        c.drawString(m, H - m - 20, cv.name)
        c.setFont("Lato", 11)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(m, H - m - 38, f"{cv.creds}  ·  {cv.headline}")
        c.setFont("Lato", 9.5)
        c.setFillColor(colors.black)
        for i, v in enumerate(x for x in (cv.address, cv.phone, cv.email) if x):
            c.drawRightString(W - m, H - m - 12 - i * 13, v)
        c.setStrokeColor(ink)
        c.setLineWidth(1.6)
        c.line(m, H - head + 10, W - m, H - head + 10)
        # hairline rules between the columns
        c.setLineWidth(0.4)
        c.setStrokeColor(colors.HexColor("#aab6bf"))
        for i in (1, 2):
            xx = m + i * (colw + gap) - gap / 2
            c.line(xx, m, xx, H - head)

    def later(c, doc):
        c.setLineWidth(0.4)
        c.setStrokeColor(colors.HexColor("#aab6bf"))
        for i in (1, 2):
            xx = m + i * (colw + gap) - gap / 2
            c.line(xx, m, xx, H - m)

    doc = BaseDocTemplate(
        out, pagesize=(W, H), leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "first", frames=cols(H - head), onPage=first, autoNextPageTemplate="later"
            ),
            PageTemplate("later", frames=cols(H - m), onPage=later),
        ]
    )
    hd = ParagraphStyle(
        "hd",
        fontName="Lato-Bold",
        fontSize=10.5,
        textColor=ink,
        spaceBefore=7,
        spaceAfter=3,
        leading=13,
    )
    bd = ParagraphStyle("bd", fontName="Lato", fontSize=8.9, leading=11.4, spaceAfter=2)
    it = ParagraphStyle("it", parent=bd, fontName="Lato-Italic", spaceAfter=0)
    bu = ParagraphStyle("bu", parent=bd, leftIndent=9, bulletIndent=0, spaceAfter=1)
    flow: list = [
        Paragraph("PROFILE", hd),
        Paragraph(x(cv.summary), bd),
        Paragraph(x(cv.exp_heading).upper(), hd),
    ]
    for r in cv.roles:
        block = [
            Paragraph(f"<font name='Lato-Bold'>{x(r.employer)}</font>, {x(r.place)}", bd),
            Paragraph(f"{x(r.title)} · {x(span(r, cv))}", it),
        ]
        block += [Paragraph(x(p), bu, bulletText="•") for p in r.points]
        block.append(Spacer(1, 4))
        flow.append(KeepTogether(block))
    flow.append(Paragraph("LICENSURE", hd))
    flow += [Paragraph(x(v.text), bu, bulletText="•") for v in cv.licences]
    flow.append(Paragraph("CERTIFICATIONS", hd))
    flow += [Paragraph(x(c.text), bu, bulletText="•") for c in cv.cards]
    flow.append(Paragraph("EDUCATION", hd))
    flow += [
        Paragraph(f"{x(s.degree)}<br/>{x(s.school)}, {x(s.where)} — {x(s.year)}", bd)
        for s in cv.studies
    ]
    flow.append(Paragraph("SKILLS", hd))
    flow.append(Paragraph(x(", ".join(cv.skills)), bd))
    flow.append(Paragraph(f"<font name='Lato-Bold'>Documentation:</font> {x(cv.systems_line)}", bd))
    doc.build(flow)


# ---------------------------------------------------------------- rl-sidename
def sidename(cv: CV, out: str) -> None:
    W, H = A4
    band = 0.95 * inch
    xh, xt, right = 1.2 * inch, 2.45 * inch, W - 0.7 * inch
    tw = right - xt
    c = canvas.Canvas(out, pagesize=A4)
    _meta(c, cv, "Microsoft® Word for Microsoft 365")
    c.setFillColor(colors.HexColor("#e4e9ef"))
    c.rect(0, 0, band, H, stroke=0, fill=1)
    c.saveState()
    c.translate(band * 0.66, 0.75 * inch)
    c.rotate(90)
    c.setFillColor(colors.HexColor("#2c3e57"))
    c.setFont("Caladea-Bold", 31)
    c.drawString(0, 0, cv.name)
    nw = pdfmetrics.stringWidth(cv.name, "Caladea-Bold", 31)
    c.setFont("Caladea", 16)
    c.setFillColor(colors.HexColor("#6a7b90"))
    c.drawString(nw + 12, 0, cv.creds)
    c.restoreState()

    y = H - 0.75 * inch
    c.setFillColor(colors.black)

    def lines(
        text: str, font: str, size: float, lead: float, indent: float = 0.0, bullet: str = ""
    ) -> None:
        nonlocal y
        parts = simpleSplit(text, font, size, tw - indent)
        c.setFont(font, size)
        for k, ln in enumerate(parts):
            if bullet and k == 0:
                c.drawString(xt + indent - 9, y, bullet)
            c.drawString(xt + indent, y, ln)
            y -= lead

    def heading(title: str) -> None:
        nonlocal y
        y -= 6
        c.setFont("Caladea-Bold", 9.6)
        c.setFillColor(colors.HexColor("#2c3e57"))
        c.drawString(xh, y, title.upper())
        c.setStrokeColor(colors.HexColor("#c3ccd6"))
        c.setLineWidth(0.5)
        c.line(xh, y - 4, xh + 1.0 * inch, y - 4)
        c.setFillColor(colors.black)

    c.setFont("Caladea-Italic", 15)
    c.drawString(xt, y, cv.headline)
    y -= 26
    heading("Profile")
    lines(cv.summary, "Caladea", 10.5, 13.4)
    y -= 4
    heading(cv.exp_heading)
    for r in cv.roles:
        c.setFont("Caladea-Bold", 10.8)
        c.drawString(xt, y, r.employer)
        c.setFont("Caladea", 10)
        c.drawRightString(right, y, span(r, cv))
        y -= 13
        lines(f"{r.title} — {r.place}", "Caladea-Italic", 10.3, 13)
        for p in r.points:
            lines(p, "Caladea", 10.2, 12.8, indent=10, bullet="–")
        y -= 5
    heading("Certifications")
    for cd in cv.cards:
        lines(cd.text, "Caladea", 10.3, 13.2)
    y -= 4
    heading("Education")
    for s in cv.studies:
        lines(f"{s.degree}, {s.school}, {s.where} ({s.year})", "Caladea", 10.3, 13.2)
    y -= 4
    heading("Skills")
    lines(" / ".join(cv.skills), "Caladea", 10.3, 13.2)
    y -= 4
    heading("Systems")
    lines(cv.systems_line, "Caladea", 10.3, 13.2)

    # contact only in the footer block
    fy = 0.62 * inch
    c.setStrokeColor(colors.HexColor("#2c3e57"))
    c.setLineWidth(0.8)
    c.line(xh, fy + 16, right, fy + 16)
    c.setFont("Caladea", 9.6)
    c.drawString(xh, fy, cv.address or "")
    c.drawRightString(right, fy, f"{cv.phone}   |   {cv.email}")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- rl-booklet
def booklet(cv: CV, out: str) -> None:
    W, H = 5.5 * inch, 8.5 * inch
    ink = colors.HexColor("#5a3d6e")

    def first(c, doc):
        _meta(c, cv, "Pages")

    def later(c, doc):
        c.setFont("Carlito", 8)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(0.55 * inch, H - 0.4 * inch, f"{cv.name} · Résumé")
        c.drawRightString(W - 0.55 * inch, H - 0.4 * inch, f"page {doc.page}")
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        c.setLineWidth(0.4)
        c.line(0.55 * inch, H - 0.46 * inch, W - 0.55 * inch, H - 0.46 * inch)

    doc = SimpleDocTemplate(
        out,
        pagesize=(W, H),
        leftMargin=0.55 * inch,
        rightMargin=0.55 * inch,
        topMargin=0.62 * inch,
        bottomMargin=0.55 * inch,
        title=f"{cv.name} resume",
        author=cv.name,
    )
    nm = ParagraphStyle(
        "nm", fontName="Carlito-Bold", fontSize=18, leading=21, alignment=TA_CENTER, textColor=ink
    )
    ce = ParagraphStyle("ce", fontName="Carlito", fontSize=9.5, leading=12, alignment=TA_CENTER)
    hd = ParagraphStyle(
        "hd",
        fontName="Carlito-Bold",
        fontSize=11,
        leading=14,
        textColor=ink,
        spaceBefore=9,
        spaceAfter=3,
    )
    bd = ParagraphStyle("bd", fontName="Carlito", fontSize=9.8, leading=12.4, spaceAfter=2)
    it = ParagraphStyle("it", parent=bd, fontName="Carlito-Italic")
    bu = ParagraphStyle("bu", parent=bd, leftIndent=11, bulletIndent=2, spaceAfter=1)
    flow: list = [
        Paragraph(x(cv.name), nm),
        Paragraph(x(cv.creds), ce),
        Spacer(1, 3),
        Paragraph(x(cv.address or ""), ce),
        Paragraph(f"{x(cv.phone)}  ·  {x(cv.email)}", ce),
        Spacer(1, 4),
        Paragraph("Summary", hd),
        Paragraph(x(cv.summary), bd),
        Paragraph("Licensure", hd),
    ]
    flow += [Paragraph(x(v.text), bd) for v in cv.licences]
    flow.append(Paragraph("Certifications", hd))
    flow += [Paragraph(x(cd.text), bu, bulletText="•") for cd in cv.cards]
    flow.append(Paragraph(x(cv.exp_heading), hd))
    gap = cv.extra.get("gap")
    for i, r in enumerate(cv.roles):
        if gap and gap[2] == i:
            flow.append(Paragraph(f"<i>{x(gap[0])}: {x(gap[1])}</i>", bd))
            flow.append(Spacer(1, 4))
        block = [
            Paragraph(f"<b>{x(r.title)}</b>", bd),
            Paragraph(f"{x(r.employer)}, {x(r.place)}", bd),
            Paragraph(x(span(r, cv)), it),
        ]
        block += [Paragraph(x(p), bu, bulletText="•") for p in r.points]
        block.append(Spacer(1, 5))
        flow.append(KeepTogether(block))
    flow.append(Paragraph("Education", hd))
    flow += [
        Paragraph(f"{x(s.degree)}<br/>{x(s.school)}, {x(s.where)}, {x(s.year)}", bd)
        for s in cv.studies
    ]
    flow.append(Paragraph("Skills", hd))
    flow.append(Paragraph(x(", ".join(cv.skills)), bd))
    flow.append(Paragraph(x(cv.systems_line), bd))
    doc.build(flow, onFirstPage=first, onLaterPages=later)


DESIGNS = {"rl-landscape": landscape3, "rl-sidename": sidename, "rl-booklet": booklet}


def render(cv: CV, out: str) -> None:
    DESIGNS[cv.design](cv, out)

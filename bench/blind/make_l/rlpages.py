"""reportlab designs of set l: rl-band (header band, licence table, certification grid, three-column
skills), rl-classic (centred serif page) and rl-mono (typewriter page in a monospaced font)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from model import STATES, Person, contact_line, span

FONTS = {
    "Lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "Lato-Bold": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "Lato-Italic": "/usr/share/fonts/truetype/lato/Lato-Italic.ttf",
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "Serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "Serif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "Serif-Italic": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "Mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "Mono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
_registered = False


def register() -> None:
    global _registered
    if _registered:
        return
    for name, path in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily

    registerFontFamily(
        "Lato", normal="Lato", bold="Lato-Bold", italic="Lato-Italic", boldItalic="Lato-Bold"
    )
    registerFontFamily(
        "Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-Bold"
    )
    registerFontFamily(
        "Mono", normal="Mono", bold="Mono-Bold", italic="Mono", boldItalic="Mono-Bold"
    )
    _registered = True


def e(text: str) -> str:
    return escape(text)


BAND = colors.HexColor("#0F5257")
ACCENT = colors.HexColor("#E07A5F")


# ---------------------------------------------------------------- rl-band
def rl_band(p: Person, out_pdf) -> None:
    register()
    W, H = letter
    band_h = 1.35 * inch

    def first_page(c, doc):
        c.saveState()
        c.setFillColor(BAND)
        c.rect(0, H - band_h, W, band_h, stroke=0, fill=1)
        c.setFillColor(ACCENT)
        c.rect(0, H - band_h - 5, W, 5, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Lato-Bold", 24)
        c.drawString(0.6 * inch, H - 0.62 * inch, p.name)
        c.setFont("Lato", 11.5)
        c.drawString(0.6 * inch, H - 0.9 * inch, f"{p.creds}  |  {p.headline}")
        c.setFont("DejaVu", 9)
        x = 0.6 * inch
        items = [("☎", p.phone), ("✉", p.email)]
        if p.location:
            items.append(("⌂", contact_line(p)))
        for icon, txt in items:
            c.drawString(x, H - 1.17 * inch, icon)
            c.setFont("Lato", 9)
            c.drawString(x + 13, H - 1.17 * inch, txt)
            x += 13 + c.stringWidth(txt, "Lato", 9) + 22
            c.setFont("DejaVu", 9)
        c.restoreState()

    st = ParagraphStyle("b", fontName="Lato", fontSize=9.4, leading=12)
    small = ParagraphStyle("s", parent=st, fontSize=8.4, leading=10.2)
    h = ParagraphStyle(
        "h",
        parent=st,
        fontName="Lato-Bold",
        fontSize=11.5,
        textColor=BAND,
        spaceBefore=9,
        spaceAfter=3,
    )
    story = [Paragraph(e(p.summary), st)]

    def heading(t):
        story.append(Paragraph(e(t.upper()), h))
        tb = Table([[""]], colWidths=[7.3 * inch], rowHeights=[2])
        tb.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 1.2, ACCENT)]))
        story.append(tb)

    heading("Experience")
    for j in p.jobs:
        t = Table(
            [
                [
                    Paragraph(f"<b>{e(j.title)}</b>", st),
                    Paragraph(
                        e(span(j, "dot", " – ", "now")), ParagraphStyle("r", parent=st, alignment=2)
                    ),
                ]
            ],
            colWidths=[5.6 * inch, 1.7 * inch],
        )
        t.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story.append(t)
        line = f"{e(j.employer)}, {e(j.city)}, {e(j.st)}"
        if j.agency:
            line += f" <i>— travel contract, {e(j.agency)}</i>"
        story.append(Paragraph(line, st))
        for b in j.bullets:
            story.append(Paragraph(e(b), st, bulletText="•"))
    heading("Licenses")
    rows = [["State", "Type", "Number", "Expires"]]
    for lic in p.licenses:
        rows.append([STATES[lic.state], lic.printed, lic.number, lic.exp_text])
    t = Table(
        [[Paragraph(e(c), small) for c in r] for r in rows],
        colWidths=[1.4 * inch, 3.3 * inch, 1.3 * inch, 1.3 * inch],
    )
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D7E8E6")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7A9E9F")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story.append(t)
    heading("Certifications")
    cells = []
    for ce in p.certs:
        txt = f"<b>{e(ce.name)}</b><br/>{e(ce.long) + '<br/>' if ce.long else ''}{e(ce.issuer)}"
        if ce.exp_text:
            txt += f"<br/>{e(ce.exp_text)}"
        cells.append(Paragraph(txt, small))
    cols = 3
    while len(cells) % cols:
        cells.append("")
    grid = [cells[i : i + cols] for i in range(0, len(cells), cols)]
    t = Table(grid, colWidths=[7.3 * inch / cols] * cols)
    t.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, BAND),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9DB9B8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(t)
    heading("Education")
    for ed in p.education:
        story.append(
            Paragraph(f"<b>{e(ed.degree)}</b> — {e(ed.school)}, {e(ed.city)}, {e(ed.year)}", st)
        )
    if p.skills:
        heading("Skills")
        sk = [
            Paragraph("▪ " + e(x), ParagraphStyle("k", parent=small, fontName="Lato"))
            for x in p.skills
        ]
        while len(sk) % 3:
            sk.append("")
        t = Table([sk[i : i + 3] for i in range(0, len(sk), 3)], colWidths=[7.3 * inch / 3] * 3)
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(t)
    story.append(
        Paragraph(
            f"<b>EHR / systems:</b> {e(', '.join(p.ehr_printed))}",
            ParagraphStyle("x", parent=st, spaceBefore=6),
        )
    )
    doc = SimpleDocTemplate(
        str(out_pdf),
        pagesize=letter,
        leftMargin=0.6 * inch,
        rightMargin=0.6 * inch,
        topMargin=band_h + 0.25 * inch,
        bottomMargin=0.5 * inch,
        title=f"{p.name} resume",
        author=p.name,
    )
    doc.build(story, onFirstPage=first_page, onLaterPages=lambda c, d: None)


# ---------------------------------------------------------------- rl-classic / rl-mono
def rl_classic(p: Person, out_pdf, mono: bool = False) -> None:
    register()
    base = "Mono" if mono else "Serif"
    bold = "Mono-Bold" if mono else "Serif-Bold"
    size = 9.6 if mono else 11
    st = ParagraphStyle("b", fontName=base, fontSize=size, leading=size * 1.28)
    ctr = ParagraphStyle("c", parent=st, alignment=TA_CENTER)
    h = ParagraphStyle(
        "h", parent=st, fontName=bold, fontSize=size + 1, spaceBefore=10, spaceAfter=3
    )
    story = []
    if mono:
        story.append(
            Paragraph(
                f"<b>{e(p.name.upper())}</b>, {e(p.creds)}",
                ParagraphStyle("n", parent=ctr, fontSize=13, leading=16),
            )
        )
    else:
        story.append(
            Paragraph(
                f"<b>{e(p.name)}</b>",
                ParagraphStyle("n", parent=ctr, fontName=bold, fontSize=22, leading=26),
            )
        )
        story.append(
            Paragraph(e(p.creds), ParagraphStyle("cr", parent=ctr, fontSize=12, leading=15))
        )
    story.append(Paragraph(e(contact_line(p)), ctr))
    story.append(Paragraph(f"{e(p.phone)} &nbsp;&nbsp; {e(p.email)}", ctr))
    story.append(Spacer(1, 6))

    def heading(t):
        if mono:
            story.append(Paragraph(e(t.upper()) + "<br/>" + "-" * len(t), h))
        else:
            story.append(Paragraph(e(t.upper()), h))
            tb = Table([[""]], colWidths=[6.8 * inch], rowHeights=[2])
            tb.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.8, colors.black)]))
            story.append(tb)

    heading("Summary")
    story.append(Paragraph(e(p.summary), st))
    if p.new_grad:
        heading("Clinical Rotations")
        for r in p.rotations:
            story.append(Paragraph(f"<b>{e(r.area)}</b> — {e(r.site)} ({e(r.term)})", st))
    heading("Experience" if not p.new_grad else "Work Experience")
    for j in p.jobs:
        dates = span(j, "num" if mono else "mon", " - " if mono else " – ", "Present")
        if mono:
            story.append(Paragraph(f"{e(dates)}&nbsp;&nbsp;<b>{e(j.title)}</b>", st))
            story.append(Paragraph(f"{'&nbsp;' * 19}{e(j.employer)}, {e(j.city)}, {e(j.st)}", st))
        else:
            story.append(
                Paragraph(
                    f"<b>{e(j.title)}</b>, {e(j.employer)} — {e(j.city)}, {e(j.st)} &nbsp;<i>({e(dates)})</i>",
                    st,
                )
            )
        for b in j.bullets:
            story.append(Paragraph(e(b), st, bulletText="-" if mono else "•"))
    heading("Licensure")
    for lic in p.licenses:
        story.append(
            Paragraph(
                f"{e(STATES[lic.state])} {e(lic.printed)}, No. {e(lic.number)}, {e(lic.exp_text)}",
                st,
            )
        )
    heading("Certifications")
    for ce in p.certs:
        txt = f"{e(ce.name)}" + (f" ({e(ce.long)})" if ce.long else "") + f" - {e(ce.issuer)}"
        if ce.exp_text:
            txt += f", {e(ce.exp_text)}"
        story.append(Paragraph(txt, st, bulletText="*" if mono else "•"))
    heading("Education")
    for ed in p.education:
        story.append(
            Paragraph(f"<b>{e(ed.degree)}</b>, {e(ed.school)}, {e(ed.city)} - {e(ed.year)}", st)
        )
    heading("Charting Systems")
    story.append(Paragraph(e(", ".join(p.ehr_printed)), st))
    doc = SimpleDocTemplate(
        str(out_pdf),
        pagesize=letter,
        leftMargin=0.85 * inch,
        rightMargin=0.85 * inch,
        topMargin=0.75 * inch,
        bottomMargin=0.7 * inch,
        title=f"{p.name} resume",
        author=p.name,
    )
    doc.build(story)


RL = {
    "rl-band": rl_band,
    "rl-classic": rl_classic,
    "rl-mono": lambda p, out: rl_classic(p, out, mono=True),
}

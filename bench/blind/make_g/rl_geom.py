"""Reportlab pages with unusual geometry for set g: a square page with rotated margin headings,
US Legal with a wide credentials band, and a landscape trifold brochure whose cover panel (name,
contact) is the right-hand panel and therefore last in the text stream."""

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import landscape, legal, letter
from reportlab.lib.units import inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from model import Person, span

INK = HexColor("#202326")


class Col:
    """A text column: draws wrapped lines down from y, starting a new page when it runs out."""

    def __init__(self, c: Canvas, x: float, top: float, width: float, bottom: float, on_new=None):
        self.c, self.x, self.top, self.w, self.bottom, self.y, self.on_new = (
            c,
            x,
            top,
            width,
            bottom,
            top,
            on_new,
        )

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            if self.on_new:
                self.on_new()
            self.y = self.top

    def text(self, s, font="Helvetica", size=8.5, lead=None, indent=0, color=INK, gap=0):
        lead = lead or size * 1.28
        lines = simpleSplit(s, font, size, self.w - indent)
        for ln in lines:
            self.need(lead)
            self.y -= lead
            self.c.setFont(font, size)
            self.c.setFillColor(color)
            self.c.drawString(self.x + indent, self.y, ln)
        self.y -= gap

    def bullet(self, s, size=8.3):
        self.need(size * 1.3)
        self.c.setFont("Helvetica", size)
        self.c.drawString(self.x + 4, self.y - size * 1.28, "•")
        self.text(s, size=size, indent=12)


def rl_square(p: Person, out: str) -> None:
    W = H = 8 * inch
    c = Canvas(out, pagesize=(W, H))
    c.setTitle(p.name)
    teal = HexColor("#2c7a6b")
    c.setFillColor(teal)
    c.rect(0, H - 1.05 * inch, W, 1.05 * inch, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(0.75 * inch, H - 0.55 * inch, p.name)
    c.setFont("Helvetica", 9.5)
    c.drawString(0.75 * inch, H - 0.8 * inch, f"{p.creds} · {p.headline}")
    c.drawRightString(W - 0.4 * inch, H - 0.5 * inch, p.home)
    c.drawRightString(W - 0.4 * inch, H - 0.66 * inch, p.phone)
    c.drawRightString(W - 0.4 * inch, H - 0.82 * inch, p.email)
    col = Col(c, 0.75 * inch, H - 1.2 * inch, W - 0.75 * inch - 1.35 * inch, 0.35 * inch)

    floor = [H]

    def heading(label):
        col.need(30)
        col.y = min(col.y - 8, floor[0])
        floor[0] = col.y - c.stringWidth(label.upper(), "Helvetica-Bold", 8) - 14
        c.saveState()
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 8)
        c.translate(0.5 * inch, col.y)
        c.rotate(90)
        c.drawRightString(0, 0, label.upper())
        c.restoreState()
        c.setStrokeColor(teal)
        c.line(0.62 * inch, col.y, 0.62 * inch, col.y - 40)

    heading("Profile")
    col.text(p.summary, size=8.6, gap=2)
    heading("Experience")
    for j in p.jobs:
        col.need(30)
        c.setFont("Helvetica", 7.6)
        c.setFillColor(teal)
        c.drawRightString(W - 0.4 * inch, col.y - 10, span(j, p, " – "))
        col.text(j.title, font="Helvetica-Bold", size=9)
        col.text(f"{j.employer} | {j.city}", font="Helvetica-Oblique", size=8.4)
        for b in j.bullets:
            col.bullet(b)
        col.y -= 4
    heading("Licensure")
    for lic in p.lics:
        col.text(lic.line)
    heading("Certs")
    for cert in p.certs:
        col.text(cert.line)
    heading("Education")
    for x in p.edu:
        col.text(f"{x.degree} — {x.school}, {x.when}")
    heading("Skills")
    col.text(" / ".join(p.skills) + ". Documentation: " + ", ".join(p.ehr) + ".")
    c.save()


def rl_legal(p: Person, out: str) -> None:
    W, H = legal
    c = Canvas(out, pagesize=legal)
    c.setTitle(f"{p.name} resume")
    band = 2.45 * inch
    c.setFillColor(HexColor("#eef0e4"))
    c.rect(0, 0, band, H, stroke=0, fill=1)
    side = Col(c, 0.3 * inch, H - 0.55 * inch, band - 0.5 * inch, 0.4 * inch)
    olive = HexColor("#5a6b1f")

    def sh(label):
        side.y -= 10
        side.text(label.upper(), font="Helvetica-Bold", size=8.5, color=olive, gap=2)

    sh("Contact")
    for v in [p.address, p.phone, p.email]:
        side.text(v, size=8.2)
    sh("Licenses")
    for lic in p.lics:
        side.text(lic.line, size=8, gap=3)
    sh("Certifications")
    for cert in p.certs:
        side.text(cert.line, size=8, gap=2)
    sh("Education")
    for x in p.edu:
        side.text(x.degree, font="Helvetica-Bold", size=8)
        side.text(f"{x.school}, {x.when}", size=8, gap=3)
    sh("Equipment & systems")
    for s in p.skills:
        side.text(s, size=8)
    side.text("Charting: " + ", ".join(p.ehr), size=8)
    main = Col(c, band + 0.35 * inch, H - 0.55 * inch, W - band - 0.75 * inch, 0.5 * inch)
    main.text(p.name, font="Times-Bold", size=24, lead=26)
    main.text(p.creds + " — " + p.headline, font="Times-Italic", size=11.5, gap=10)
    main.text(p.summary, font="Times-Roman", size=10.5, gap=8)
    main.text("RELEVANT EXPERIENCE", font="Helvetica-Bold", size=9.5, color=olive, gap=4)
    for j in p.jobs:
        main.text(f"{j.employer} — {j.city}", font="Times-Bold", size=10.5)
        via = f" (contract through {j.agency})" if j.agency else ""
        main.text(f"{j.title}{via}, {span(j, p)}", font="Times-Italic", size=10)
        for b in j.bullets:
            main.text("– " + b, font="Times-Roman", size=10, indent=8)
        main.y -= 8
    c.setFont("Helvetica", 7)
    c.setFillColor(HexColor("#777777"))
    c.drawRightString(
        W - 0.4 * inch, 0.3 * inch, "Printed on legal paper at the candidate's request"
    )
    c.save()


def rl_panels(p: Person, out: str) -> None:
    W, H = landscape(letter)
    c = Canvas(out, pagesize=(W, H))
    c.setTitle("Brochure resume")
    pw = W / 3
    c.setStrokeColor(HexColor("#cccccc"))
    c.setDash(3, 3)
    c.line(pw, 0.2 * inch, pw, H - 0.2 * inch)
    c.line(2 * pw, 0.2 * inch, 2 * pw, H - 0.2 * inch)
    c.setDash()
    navy = HexColor("#24305e")
    m = 0.32 * inch
    left = Col(c, m, H - 0.45 * inch, pw - 2 * m, 0.4 * inch)
    left.text("WHERE I'VE WORKED", font="Helvetica-Bold", size=10, color=navy, gap=6)
    for j in p.jobs[:2]:
        tgt = left
        tgt.text(j.title, font="Helvetica-Bold", size=9.5)
        tgt.text(j.employer, size=9)
        tgt.text(f"{j.city} · {span(j, p)}", font="Helvetica-Oblique", size=8.5)
        for b in j.bullets:
            tgt.bullet(b, size=8.5)
        tgt.y -= 8
    mid = Col(c, pw + m, H - 0.45 * inch, pw - 2 * m, 0.4 * inch)
    for j in p.jobs[2:]:
        mid.text(j.title, font="Helvetica-Bold", size=9.5)
        mid.text(j.employer, size=9)
        mid.text(f"{j.city} · {span(j, p)}", font="Helvetica-Oblique", size=8.5)
        for b in j.bullets:
            mid.bullet(b, size=8.5)
        mid.y -= 8
    mid.text("EDUCATION", font="Helvetica-Bold", size=10, color=navy, gap=4)
    for x in p.edu:
        mid.text(x.degree, font="Helvetica-Bold", size=9)
        mid.text(f"{x.school}, {x.when}", size=9, gap=5)
    mid.text("SCANNERS & SYSTEMS", font="Helvetica-Bold", size=10, color=navy, gap=4)
    mid.text(", ".join(p.skills) + "; " + ", ".join(p.ehr), size=9)
    # cover panel on the right
    c.setFillColor(navy)
    c.rect(2 * pw, H - 2.6 * inch, pw, 2.6 * inch, stroke=0, fill=1)
    cov = Col(c, 2 * pw + m, H - 0.6 * inch, pw - 2 * m, 0.4 * inch)
    first, last = p.name.split(" ", 1)
    cov.text(first, font="Helvetica", size=22, lead=25, color=white)
    cov.text(last, font="Helvetica-Bold", size=22, lead=25, color=white)
    cov.text(p.creds, size=10, color=white, gap=4)
    cov.text(p.headline, font="Helvetica-Oblique", size=11, color=white)
    cov.y = H - 2.85 * inch
    for v in [p.address, p.phone, p.email]:
        cov.text(v, size=9.2)
    cov.y -= 8
    cov.text(p.summary, font="Helvetica-Oblique", size=9, gap=8)
    cov.text("CREDENTIALS", font="Helvetica-Bold", size=10, color=navy, gap=3)
    for cert in p.certs:
        cov.text(cert.line, size=8.8)
    cov.y -= 4
    cov.text(
        "No state license required for MRI technologists in Wisconsin.",
        font="Helvetica-Oblique",
        size=8,
    )
    c.save()


DESIGNS = {"rl-square": rl_square, "rl-legal": rl_legal, "rl-panels": rl_panels}


def render(p: Person, out: str) -> None:
    DESIGNS[p.design](p, out)

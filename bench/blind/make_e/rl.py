"""reportlab pages for set e: every line placed at an absolute position, dates drawn flush right,
section headings in small caps made by hand.

rl-a  Carlito-like sans: name left with a coloured rule, headings as a big initial + smaller
      capitals (two strings, so the text layer splits), "Title ........ dates" then the
      facility and city in italics, licences as a drawn grid.
rl-b  serif: centred name and contact, letter-spaced capital headings between two rules,
      "Facility, City    dates" then the title, licences and certifications as lists.
"""

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from model import Person, contact_bits, dates, groups

LIB = "/usr/share/fonts/truetype/liberation"
for alias, fname in [
    ("S", "LiberationSans-Regular.ttf"),
    ("S-B", "LiberationSans-Bold.ttf"),
    ("S-I", "LiberationSans-Italic.ttf"),
    ("R", "LiberationSerif-Regular.ttf"),
    ("R-B", "LiberationSerif-Bold.ttf"),
    ("R-I", "LiberationSerif-Italic.ttf"),
]:
    pdfmetrics.registerFont(TTFont(alias, f"{LIB}/{fname}"))

PW, PH = letter
X0, X1 = 58, PW - 58
ACCENT = HexColor("#1e4d7a")


class Sheet:
    def __init__(self, path: str, p: Person, serif: bool):
        self.c = canvas.Canvas(path, pagesize=letter, pageCompression=1)
        self.c.setTitle(f"{p.name} resume")
        self.c.setCreator("Microsoft Word")
        self.f = "R" if serif else "S"
        self.y = PH - 54

    def room(self, h: float) -> None:
        if self.y - h < 50:
            self.c.showPage()
            self.y = PH - 54

    def para(self, s: str, size=10, font=None, x=X0, right=X1, lead=None) -> None:
        font = font or self.f
        lead = lead or size * 1.25
        for ln in simpleSplit(s, font, size, right - x):
            self.room(lead)
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, ln)
            self.y -= lead

    def bullet(self, s: str, size=9.6) -> None:
        self.room(size * 1.25)
        self.c.setFont(self.f, size)
        self.c.drawString(X0 + 10, self.y, "•")
        self.para(s, size, x=X0 + 22)

    def tab(self, left: str, right: str, lfont: str, size=10.2) -> None:
        self.room(size * 1.3)
        self.c.setFont(self.f, size)
        self.c.drawRightString(X1, self.y, right)
        room = X1 - X0 - pdfmetrics.stringWidth(right, self.f, size) - 16
        lines = simpleSplit(left, lfont, size, room)
        for ln in lines:
            self.c.setFont(lfont, size)
            self.c.drawString(X0, self.y, ln)
            self.y -= size * 1.28

    def caps_a(self, title: str) -> None:
        """A big capital then smaller capitals, word by word, and a short rule."""
        self.y -= 6
        self.room(30)
        x = X0
        for word in title.split():
            self.c.setFillColor(ACCENT)
            self.c.setFont("S-B", 12.5)
            self.c.drawString(x, self.y, word[0])
            x += pdfmetrics.stringWidth(word[0], "S-B", 12.5)
            self.c.setFont("S-B", 9.6)
            self.c.drawString(x, self.y, word[1:].upper())
            x += pdfmetrics.stringWidth(word[1:].upper(), "S-B", 9.6) + 5
        self.c.setFillColor(HexColor("#000000"))
        self.c.setStrokeColor(ACCENT)
        self.c.setLineWidth(0.8)
        self.c.line(X0, self.y - 4, X0 + 60, self.y - 4)
        self.y -= 18

    def caps_b(self, title: str) -> None:
        """Letter-spaced capitals between two hairlines."""
        self.y -= 6
        self.room(30)
        self.c.setLineWidth(0.4)
        self.c.line(X0, self.y + 12, X1, self.y + 12)
        t = self.c.beginText(X0, self.y)
        t.setFont("R-B", 10)
        t.setCharSpace(2.2)
        t.textLine(title.upper())
        t.setCharSpace(0)
        self.c.drawText(t)
        self.c.line(X0, self.y - 5, X1, self.y - 5)
        self.y -= 20

    def save(self) -> None:
        self.c.save()


def _lic_grid(s: Sheet, p: Person) -> None:
    cols = [X0, X0 + 50, X0 + 220, X0 + 340, X0 + 420]
    heads = ["State", "License", "Number", "Multistate", "Expires"]
    rows = [
        [
            x.state,
            x.type,
            x.number,
            "Yes" if x.compact else "No" if x.compact is False else "—",
            f"{x.expires[5:]}/{x.expires[:4]}" if x.expires else "—",
        ]
        for x in p.lics
    ]
    for i, row in enumerate([heads, *rows]):
        s.room(14)
        s.c.setFont("S-B" if i == 0 else "S", 9.4)
        for x, cell in zip(cols, row, strict=True):
            s.c.drawString(x + 3, s.y, cell)
        s.c.setLineWidth(0.3)
        s.c.line(X0, s.y - 4, X1, s.y - 4)
        s.y -= 14
    s.y -= 4


def rl_a(p: Person, path: str) -> None:
    s = Sheet(path, p, serif=False)
    s.c.setFont("S-B", 22)
    s.c.setFillColor(ACCENT)
    s.c.drawString(X0, s.y, p.name)
    s.c.setFillColor(HexColor("#000000"))
    s.c.setFont("S", 11)
    s.c.drawString(X0 + pdfmetrics.stringWidth(p.name, "S-B", 22) + 8, s.y, p.creds)
    s.y -= 17
    s.para(p.headline, 11, "S-I")
    s.para("   |   ".join(contact_bits(p)), 9.4)
    s.c.setStrokeColor(ACCENT)
    s.c.setLineWidth(2)
    s.c.line(X0, s.y + 2, X1, s.y + 2)
    s.y -= 8
    s.caps_a("Professional Summary")
    s.para(p.summary, 10)
    s.caps_a("Licensure")
    _lic_grid(s, p)
    s.caps_a("Certifications")
    for c in p.certs:
        s.bullet(c.line)
    s.caps_a("Clinical Experience")
    for agency, js in groups(p):
        if agency:
            s.para(f"{agency} (travel agency)", 10, "S-B")
        for j in js:
            s.tab(j.title, dates(j, p), "S-B")
            s.para(f"{j.org}, {j.city}", 9.8, "S-I")
            for b in j.bullets:
                s.bullet(b)
            s.y -= 3
    s.caps_a("Education")
    for ed in p.edu:
        s.tab(ed.degree, ed.year, "S-B")
        s.para(ed.school, 9.8, "S-I")
    s.caps_a("Skills")
    s.para(", ".join(p.skills), 9.8)
    if p.ehr:
        s.para("Electronic records: " + ", ".join(p.ehr), 9.8)
    s.save()


def rl_b(p: Person, path: str) -> None:
    s = Sheet(path, p, serif=True)
    s.c.setFont("R-B", 20)
    s.c.drawCentredString(PW / 2, s.y, f"{p.name}, {p.creds}")
    s.y -= 16
    s.c.setFont("R", 10)
    s.c.drawCentredString(PW / 2, s.y, "  ·  ".join(contact_bits(p)))
    s.y -= 13
    s.c.setFont("R-I", 10.5)
    s.c.drawCentredString(PW / 2, s.y, p.headline)
    s.y -= 12
    s.caps_b("Summary")
    s.para(p.summary, 10.4)
    s.caps_b("Licenses")
    for x in p.lics:
        s.bullet(x.line, 10)
    s.caps_b("Certifications")
    for c in p.certs:
        s.bullet(c.line, 10)
    s.caps_b("Experience")
    for j in p.jobs:
        s.tab(f"{j.org}, {j.city}", dates(j, p), "R-B", 10.4)
        s.para(j.title + (f" — contract through {j.agency}" if j.agency else ""), 10.2, "R-I")
        for b in j.bullets:
            s.bullet(b, 10)
        s.y -= 4
    if p.courses:
        s.caps_b("Continuing Education")
        for x in p.courses:
            s.bullet(x, 10)
    s.caps_b("Education")
    for ed in p.edu:
        s.tab(f"{ed.degree}, {ed.school}", ed.year, "R", 10.4)
    s.caps_b("Skills")
    s.para("; ".join(p.skills), 10.2)
    if p.ehr:
        s.para("EHR: " + ", ".join(p.ehr), 10.2)
    s.save()


DESIGNS = {"rl-a": rl_a, "rl-b": rl_b}


def render(p: Person, path: str) -> None:
    DESIGNS[p.design](p, path)

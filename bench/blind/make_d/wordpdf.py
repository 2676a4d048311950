"""'Exported from Word' PDFs drawn with reportlab: every line absolutely positioned, dates set
against the right margin as a right tab would, headings in small caps, bullets drawn as a
separate glyph before an indented line (as Word's PDF export does).

wordexport:  name top-left, contact under a thin rule, small-caps headings, title / dates
             on one line and the facility in italics under it.
wordexport2: centred name and contact, headings with a rule beneath, facility / dates on one
             line and the title under it, licences and certifications as two tab columns.
"""

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from model import Person, lic_line, span

FONTS = "/usr/share/fonts/truetype/liberation"
for name, file in [
    ("Serif", "LiberationSerif-Regular.ttf"),
    ("Serif-B", "LiberationSerif-Bold.ttf"),
    ("Serif-I", "LiberationSerif-Italic.ttf"),
    ("Sans", "LiberationSans-Regular.ttf"),
    ("Sans-B", "LiberationSans-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, f"{FONTS}/{file}"))

W, H = letter
LEFT, RIGHT, TOP, BOTTOM = 72, W - 72, H - 60, 60


class Page:
    def __init__(self, path: str, title: str):
        self.c = canvas.Canvas(path, pagesize=letter)
        self.c.setTitle(title)
        self.c.setAuthor("Microsoft Word")
        self.c.setCreator("Microsoft® Word for Microsoft 365")
        self.y = TOP

    def need(self, h: float) -> None:
        if self.y - h < BOTTOM:
            self.c.showPage()
            self.y = TOP

    def text(self, s: str, font="Serif", size=10.5, x=LEFT, lead=None, width=None) -> None:
        lead = lead or size * 1.22
        for line in simpleSplit(s, font, size, width or (RIGHT - x)) or [""]:
            self.need(lead)
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, line)
            self.y -= lead

    def tabbed(self, left: str, right: str, font="Serif-B", size=10.5, rfont="Serif") -> None:
        self.need(size * 1.3)
        self.c.setFont(rfont, size)
        self.c.drawRightString(RIGHT, self.y, right)
        rw = pdfmetrics.stringWidth(right, rfont, size)
        lines = simpleSplit(left, font, size, RIGHT - LEFT - rw - 14)
        for line in lines:
            self.c.setFont(font, size)
            self.c.drawString(LEFT, self.y, line)
            self.y -= size * 1.25

    def bullet(self, s: str, size=10.5) -> None:
        self.need(size * 1.25)
        self.c.setFont("Sans", size - 1)
        self.c.drawString(LEFT + 12, self.y, "•")
        self.text(s, "Serif", size, x=LEFT + 26)

    def smallcaps(self, s: str, size=12.0, x=LEFT, centre=False) -> None:
        """Word's small caps: a full-size capital, then the rest as smaller capitals."""
        self.need(size * 2.4)
        self.y -= size * 0.7
        parts = []
        for word in s.split():
            parts += [(word[0].upper(), size), (word[1:].upper() + " ", size * 0.78)]
        total = sum(pdfmetrics.stringWidth(t, "Serif-B", z) for t, z in parts)
        cx = (W - total) / 2 if centre else x
        for t, z in parts:
            self.c.setFont("Serif-B", z)
            self.c.drawString(cx, self.y, t)
            cx += pdfmetrics.stringWidth(t, "Serif-B", z)
        self.y -= size * 1.35

    def rule(self, gap=6.0) -> None:
        self.c.setLineWidth(0.6)
        self.c.line(LEFT, self.y + gap, RIGHT, self.y + gap)
        self.y -= 4

    def save(self) -> None:
        self.c.save()


def wordexport(p: Person, path: str) -> None:
    pg = Page(path, f"{p.name} Resume")
    pg.text(f"{p.name}, {p.creds}", "Serif-B", 20, lead=24)
    contact = "  |  ".join(x for x in [p.home, p.phone, p.email] if x)
    pg.text(contact, "Serif", 10)
    pg.rule(gap=7)
    pg.smallcaps("Professional Summary")
    pg.text(p.summary)
    pg.smallcaps("Licensure")
    for x in p.licenses:
        pg.bullet(lic_line(x))
    pg.smallcaps("Certifications")
    for c in p.certs:
        pg.bullet(c.text)
    pg.smallcaps("Professional Experience")
    for j in p.jobs:
        pg.y -= 3
        pg.tabbed(j.title, span(j, p))
        where = f"{j.org}, {j.city}" + (f" (assignment through {j.agency})" if j.agency else "")
        pg.text(where, "Serif-I", 10.5)
        for b in j.bullets:
            pg.bullet(b)
    pg.smallcaps("Education")
    for ed in p.education:
        pg.tabbed(ed.degree, ed.year)
        pg.text(ed.school + (f", {ed.where}" if ed.where else ""), "Serif-I", 10.5)
    pg.smallcaps("Skills")
    pg.text(" • ".join(p.skills))
    if p.extra.get("long"):
        pg.smallcaps("Residency Rotations (PGY1)")
        for s in LONG_ROTATIONS:
            pg.bullet(s)
        pg.smallcaps("Presentations and Committees")
        for s in LONG_EXTRA:
            pg.bullet(s)
    pg.save()


LONG_EXTRA = [
    "Pharmacy & Therapeutics Committee, voting member (2022–present)",
    "Critical Care Medication Safety Subcommittee, co-chair (2023–present)",
    "'Sedation holidays in the MICU: a pharmacist-driven protocol' — state society poster, 2024",
    "'Four-factor PCC reversal outcomes' — grand rounds, 2023",
    "Precepted 30+ APPE students and 6 PGY1 residents",
    "Antimicrobial stewardship program, ICU liaison",
    "Vancomycin AUC dosing rollout: wrote the nursing and pharmacy education modules",
    "Code blue and rapid response pharmacist, weekday days",
    "Heparin nomogram revision working group (2022)",
    "Continuing education: 30 hours per year, ACPE-accredited",
    "Member: ACCP, SCCM, state society of health-system pharmacists",
    "Volunteer: free clinic medication reconciliation, monthly",
]
LONG_ROTATIONS = [
    "Internal Medicine (core) — 6 weeks",
    "Medical ICU (core) — 6 weeks",
    "Infectious Diseases / Antimicrobial Stewardship — 5 weeks",
    "Hematology/Oncology — 5 weeks",
    "Emergency Medicine — 5 weeks",
    "Surgical/Trauma ICU (elective) — 5 weeks",
    "Cardiology — 5 weeks",
    "Pharmacy Administration (longitudinal)",
    "Drug Information and Medication Safety (longitudinal)",
    "Staffing: every third weekend, central and decentral",
]


def wordexport2(p: Person, path: str) -> None:
    pg = Page(path, "Resume")
    pg.c.setFont("Sans-B", 18)
    pg.c.drawCentredString(W / 2, pg.y, f"{p.name.upper()}, {p.creds}")
    pg.y -= 18
    pg.c.setFont("Sans", 9.5)
    for line in [p.home or "", f"{p.phone}  ·  {p.email}"]:
        if line:
            pg.c.drawCentredString(W / 2, pg.y, line)
            pg.y -= 12
    for head, fn in [
        ("Summary", lambda: pg.text(p.summary, "Sans", 10)),
        ("Licensure & Certifications", lambda: creds2(pg, p)),
        ("Experience", lambda: jobs2(pg, p)),
        (
            "Education",
            lambda: [
                pg.tabbed(f"{ed.degree}, {ed.school}", ed.year, "Sans-B", 10, "Sans")
                for ed in p.education
            ],
        ),
        ("Skills", lambda: pg.text(", ".join(p.skills), "Sans", 10)),
    ]:
        pg.smallcaps(head, 11.5, centre=True)
        pg.rule(gap=11)
        fn()

    pg.save()


def creds2(pg: Page, p: Person) -> None:
    left = [lic_line(x) for x in p.licenses]
    right = [c.text for c in p.certs]
    for i in range(max(len(left), len(right))):
        pg.need(13)
        pg.c.setFont("Sans", 9.5)
        if i < len(left):
            pg.c.drawString(LEFT, pg.y, left[i])
        if i < len(right):
            pg.c.drawString(LEFT + 255, pg.y, right[i])
        pg.y -= 13


def jobs2(pg: Page, p: Person) -> None:
    for j in p.jobs:
        pg.y -= 2
        pg.tabbed(f"{j.org} — {j.city}", span(j, p), "Sans-B", 10, "Sans")
        pg.text(j.title, "Sans", 10)
        for b in j.bullets:
            pg.bullet(b, 10)


DESIGNS = {"wordexport": wordexport, "wordexport2": wordexport2}


def render(p: Person, path: str) -> None:
    DESIGNS[p.design](p, path)

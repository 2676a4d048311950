"""fpdf2: an agency's candidate-profile form with drawn boxes and cells (labelled fields, tables
for licences, certifications and work history, a charting-system checkbox list and a skills
checklist with proficiency boxes)."""

from __future__ import annotations

from fpdf import FPDF
from fpdf.fonts import FontFace

from model import STATES, Person, date

FONT_DIR = "/usr/share/fonts/truetype/liberation/"
EHR_BOXES = [
    "Epic",
    "Cerner",
    "MEDITECH",
    "PointClickCare",
    "MatrixCare",
    "WebPT",
    "Net Health",
    "CorEMR",
    "Athena",
]


def _field(pdf: FPDF, x: float, y: float, w: float, label: str, value: str, h: float = 9.5) -> None:
    pdf.set_draw_color(90, 90, 90)
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1, y + 0.6)
    pdf.set_font("LS", "", 5.8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(w - 2, 2.6, label.upper())
    pdf.set_xy(x + 1.2, y + 3.6)
    pdf.set_font("LS", "", 9)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(w - 2.4, 5, value)


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(2.5)
    pdf.set_fill_color(38, 70, 120)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("LS", "B", 9)
    pdf.cell(0, 5.5, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    pdf.ln(1)


def _table(pdf: FPDF, widths: tuple[int, ...], header: list[str], rows: list[list[str]]) -> None:
    pdf.set_font("LS", "", 8)
    head = FontFace(emphasis="BOLD", fill_color=(225, 230, 240))
    with pdf.table(
        col_widths=widths,
        headings_style=head,
        line_height=4.2,
        padding=0.8,
        first_row_as_headings=True,
        text_align="LEFT",
    ) as t:
        for r in [header, *rows]:
            row = t.row()
            for c in r:
                row.cell(c)


def agency_form(p: Person, path: str) -> None:
    ex = p.extra
    pdf = FPDF(format="letter", unit="mm")
    pdf.set_margins(12, 10, 12)
    pdf.set_auto_page_break(False)
    pdf.add_font("LS", "", FONT_DIR + "LiberationSans-Regular.ttf")
    pdf.add_font("LS", "B", FONT_DIR + "LiberationSans-Bold.ttf")
    pdf.add_page()
    pdf.set_font("LS", "B", 15)
    pdf.cell(0, 7, ex["agency"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 10)
    pdf.cell(0, 5, "CANDIDATE PROFILE & SKILLS CHECKLIST", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 7.5)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(
        0,
        4,
        f"Recruiter: {ex['recruiter']}   |   {ex['rphone']}   |   {ex['remail']}   |   Submitted 11/18/2026",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    _heading(pdf, "1. CANDIDATE INFORMATION")
    parts = p.name.split()
    first, last = parts[0], parts[-1]
    mi = parts[1] if len(parts) == 3 else ""
    y = pdf.get_y()
    x0, W = 12, 191.9
    _field(pdf, x0, y, 70, "Last name", last)
    _field(pdf, x0 + 70, y, 70, "First name", first)
    _field(pdf, x0 + 140, y, 14, "M.I.", mi)
    _field(pdf, x0 + 154, y, W - 154, "Credentials", p.creds)
    y += 9.5
    _field(pdf, x0, y, 80, "Street address", p.street or "")
    _field(pdf, x0 + 80, y, 55, "City", p.city)
    _field(pdf, x0 + 135, y, 22, "State", p.state)
    _field(pdf, x0 + 157, y, W - 157, "ZIP", p.zip)
    y += 9.5
    _field(pdf, x0, y, 45, "Cell phone", p.phone)
    _field(pdf, x0 + 45, y, 75, "E-mail", p.email)
    _field(pdf, x0 + 120, y, 40, "Discipline", p.title if len(p.title) < 24 else p.discipline)
    _field(pdf, x0 + 160, y, W - 160, "Years of experience", str(int(p.years or 0)))
    y += 9.5
    _field(pdf, x0, y, W, "Specialty / setting", ex["specialty_line"])
    pdf.set_y(y + 10)
    _heading(pdf, "2. LICENSURE")
    _table(
        pdf,
        (30, 70, 50, 42),
        ["State", "License type", "License #", "Expiration"],
        [[STATES[c.state], c.printed, c.number, c.wording] for c in p.licenses],
    )
    _heading(pdf, "3. CERTIFICATIONS")
    _table(
        pdf,
        (80, 72, 40),
        ["Certification", "Issuing body", "Expires"],
        [
            [f"{c.long} ({c.acr})" if c.long else c.acr, c.issuer, c.wording or "n/a"]
            for c in p.certs
        ],
    )
    _heading(pdf, "4. WORK HISTORY (most recent first)")
    _table(
        pdf,
        (52, 30, 48, 16, 16, 30),
        ["Facility", "City, ST", "Position / unit", "From", "To", "Agency (if travel)"],
        [
            [
                j.employer,
                j.city,
                j.title,
                date(j.start, "mm/yyyy"),
                date(j.end, "mm/yyyy"),
                j.agency or "",
            ]
            for j in p.jobs
        ],
    )
    _heading(pdf, "5. EDUCATION")
    _table(
        pdf,
        (92, 80, 20),
        ["Degree", "School", "Year"],
        [[" ".join(e.lines), e.school, e.year] for e in p.edu],
    )
    _heading(pdf, "6. CHARTING SYSTEMS (mark all you have used)")
    pdf.set_font("LS", "", 8.5)
    x, y = 14.0, pdf.get_y() + 1
    used = {e.lower() for e in p.ehr}
    for name in EHR_BOXES:
        pdf.rect(x, y + 0.6, 3.2, 3.2)
        if name.lower() in used:
            pdf.line(x, y + 0.6, x + 3.2, y + 3.8)
            pdf.line(x, y + 3.8, x + 3.2, y + 0.6)
        pdf.set_xy(x + 4, y)
        pdf.cell(16, 4.4, name)
        x += 4 + pdf.get_string_width(name) + 5
    others = [e for e in p.ehr if e not in EHR_BOXES]
    pdf.set_xy(14, y + 5.5)
    pdf.cell(
        0,
        4.4,
        "Other: " + (", ".join(others) if others else "________________"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    _heading(
        pdf, "7. SKILLS CHECKLIST   (1 = no experience, 2 = limited, 3 = competent, 4 = expert)"
    )
    pdf.set_font("LS", "", 8)
    y = pdf.get_y()
    for i, (skill, level) in enumerate(ex["checklist"]):
        col, row = i % 2, i // 2
        sx, sy = 14 + col * 96, y + row * 5.2
        pdf.set_xy(sx, sy)
        pdf.cell(62, 4.4, skill)
        for k in range(4):
            bx = sx + 62 + k * 7
            pdf.rect(bx, sy + 0.5, 3.4, 3.4)
            pdf.set_xy(bx + 3.5, sy)
            pdf.set_font("LS", "", 6)
            pdf.cell(3, 4.4, str(k + 1))
            pdf.set_font("LS", "", 8)
            if k + 1 == level:
                pdf.line(bx, sy + 0.5, bx + 3.4, sy + 3.9)
                pdf.line(bx, sy + 3.9, bx + 3.4, sy + 0.5)
    pdf.set_y(y + ((len(ex["checklist"]) + 1) // 2) * 5.2 + 3)
    pdf.set_font("LS", "", 8)
    pdf.cell(
        0,
        5,
        "I attest that the information above is accurate.   Candidate signature: ____________________________   Date: 11/18/2026",
    )
    pdf.output(path)

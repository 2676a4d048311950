"""Reportlab pages for set h: a government-style employment application form with numbered
boxes and checkboxes, a 'Modern' template with the name at the top right beside an accent rule,
and a downloadable-template look with shaded heading bars and a two-column skills table."""

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from record import Clinician, between

W, H = letter


def wrap(cv: Canvas, text: str, font: str, size: float, width: float) -> list[str]:
    out, line = [], ""
    for word in text.split():
        t = f"{line} {word}".strip()
        if cv.stringWidth(t, font, size) > width and line:
            out.append(line)
            line = word
        else:
            line = t
    return out + ([line] if line else [])


def govform(c: Clinician, path: str) -> None:
    cv = Canvas(path, pagesize=letter)
    cv.setTitle("Application")
    m = 40
    cv.setFont("Helvetica-Bold", 12)
    cv.drawCentredString(
        W / 2, H - 44, "COMMONWEALTH HEALTH CAREERS — SUPPLEMENTAL CLINICAL APPLICATION"
    )
    cv.setFont("Helvetica", 7.5)
    cv.drawCentredString(
        W / 2,
        H - 56,
        "Form HC-211 (rev. 03/2025)  ·  Type or print clearly  ·  Attach additional sheets if needed",
    )
    y = H - 70

    def box(x, y, w, hgt, label, value, size=9.5):
        cv.setLineWidth(0.6)
        cv.rect(x, y - hgt, w, hgt)
        cv.setFont("Helvetica", 6.5)
        cv.drawString(x + 3, y - 8, label)
        while size > 6 and len(wrap(cv, value, "Courier", size, w - 8)) * (size + 1.5) > hgt - 10:
            size -= 0.5  # a typist would squeeze a long entry into its box
        cv.setFont("Courier", size)
        for i, ln in enumerate(wrap(cv, value, "Courier", size, w - 8)):
            cv.drawString(x + 4, y - 19 - i * (size + 1.5), ln)

    def section(y, title):
        cv.setFillColor(black)
        cv.rect(m, y - 13, W - 2 * m, 13, fill=1)
        cv.setFillColor(white)
        cv.setFont("Helvetica-Bold", 8.5)
        cv.drawString(m + 4, y - 10, title)
        cv.setFillColor(black)
        return y - 13

    fw = W - 2 * m
    y = section(y, "SECTION A — APPLICANT")
    box(m, y, fw * 0.6, 26, "1. Full legal name (first, middle, last)", c.name)
    box(m + fw * 0.6, y, fw * 0.4, 26, "2. Position applied for", c.headline)
    y -= 26
    box(m, y, fw * 0.6, 26, "3. Home address (street, city, state, ZIP)", c.street)
    box(m + fw * 0.6, y, fw * 0.4, 26, "4. Telephone", c.phone)
    y -= 26
    box(m, y, fw, 24, "5. E-mail address", c.email)
    y -= 30
    y = section(y, "SECTION B — LICENSURE")
    lic = c.licences[0]
    cv.setFont("Helvetica", 8)
    cv.drawString(m + 4, y - 12, "6. Licence type:")
    for i, t in enumerate(["RN", "LPN/LVN", "APRN", "Other"]):
        x = m + 80 + i * 70
        cv.rect(x, y - 14, 8, 8)
        if t == "LPN/LVN":
            cv.line(x, y - 14, x + 8, y - 6)
            cv.line(x, y - 6, x + 8, y - 14)
        cv.drawString(x + 12, y - 13, t)
    cv.drawString(m + 370, y - 12, "Multistate (NLC):")
    cv.rect(m + 440, y - 14, 8, 8)
    cv.line(m + 440, y - 14, m + 448, y - 6)
    cv.line(m + 440, y - 6, m + 448, y - 14)
    cv.drawString(m + 452, y - 13, "Yes")
    cv.rect(m + 476, y - 14, 8, 8)
    cv.drawString(m + 488, y - 13, "No")
    y -= 20
    box(m, y, fw * 0.25, 26, "7. Issuing state", "Kentucky")
    box(m + fw * 0.25, y, fw * 0.35, 26, "8. Licence number", lic.number)
    box(m + fw * 0.6, y, fw * 0.4, 26, "9. Expiration date (MM/DD/YYYY)", "10/31/2027")
    y -= 32
    y = section(y, "SECTION C — CERTIFICATIONS")
    box(m, y, fw * 0.5, 26, "10. CPR/BLS provider and issuing body", "BLS — American Red Cross")
    box(m + fw * 0.5, y, fw * 0.5, 26, "11. BLS expiration (MM/YYYY)", "02/2027")
    y -= 26
    box(m, y, fw, 26, "12. Other certifications", "IV Therapy (KBN-approved course, 2018)")
    y -= 32
    y = section(y, "SECTION D — EMPLOYMENT HISTORY (most recent first)")
    for i, p in enumerate(c.posts):
        n = 13 + i * 4
        box(m, y, fw * 0.45, 26, f"{n}. Employer", p.employer)
        box(m + fw * 0.45, y, fw * 0.3, 26, f"{n + 1}. City, state", p.city)
        box(
            m + fw * 0.75,
            y,
            fw * 0.25,
            26,
            f"{n + 2}. From – To (MM/YYYY)",
            between(p, "mm", " – "),
        )
        y -= 26
        box(m, y, fw, 34, f"{n + 3}. Title and duties", f"{p.title}. " + " ".join(p.duties))
        y -= 38
    y = section(y, "SECTION E — EDUCATION")
    s = c.schools[0]
    box(m, y, fw * 0.45, 26, "25. Program / credential", s.degree)
    box(m + fw * 0.45, y, fw * 0.4, 26, "26. School", s.school)
    box(m + fw * 0.85, y, fw * 0.15, 26, "27. Year", s.year)
    y -= 32
    y = section(y, "SECTION F — ELECTRONIC RECORDS USED")
    box(m, y, fw, 24, "28. Systems", ", ".join(c.ehr))
    y -= 40
    cv.setFont("Helvetica", 7.5)
    cv.drawString(m, y, "I certify that the information on this form is true and complete.")
    cv.drawString(m, y - 22, "Signature: ______________________________      Date: 11/20/2026")
    cv.save()


def modern(c: Clinician, path: str) -> None:
    cv = Canvas(path, pagesize=letter)
    cv.setTitle(c.name)
    accent = HexColor("#c0392b")
    cv.setFillColor(accent)
    cv.rect(W - 250, H - 112, 3, 70, fill=1, stroke=0)
    cv.setFillColor(black)
    cv.setFont("Helvetica-Bold", 22)
    first, last = c.name.split(" ", 1)
    cv.drawString(W - 238, H - 66, first)
    cv.drawString(W - 238, H - 90, last)
    cv.setFont("Helvetica", 9)
    cv.drawString(W - 238, H - 106, f"{c.post_nominals} · {c.headline}")
    cv.setFont("Helvetica", 8.6)
    for i, t in enumerate([c.street, c.phone, c.email]):
        cv.drawRightString(W - 270, H - 60 - i * 13, t)
    y = H - 150
    lx, cx, cw = 48, 160, W - 160 - 48

    def label(y, t):
        cv.setFillColor(accent)
        cv.setFont("Helvetica-Bold", 9.5)
        cv.drawString(lx, y, t.upper())
        cv.setFillColor(black)

    def para(y, t, font="Helvetica", size=9.3):
        cv.setFont(font, size)
        for ln in wrap(cv, t, font, size, cw):
            cv.drawString(cx, y, ln)
            y -= size + 3
        return y

    label(y, "Profile")
    y = para(y, c.profile) - 10
    label(y, "Experience")
    for p in c.posts:
        cv.setFont("Helvetica-Bold", 9.8)
        cv.drawString(cx, y, p.title)
        cv.setFont("Helvetica", 8.8)
        cv.drawRightString(W - 48, y, between(p, c.dates, " – "))
        y -= 12
        ag = f"  (travel contract — {p.agency})" if p.agency else ""
        y = para(y, f"{p.employer}, {p.city}{ag}", "Helvetica-Oblique", 9)
        for d in p.duties:
            y = para(y, f"•  {d}")
        y -= 8
    label(y, "Certification")
    for k in c.cards:
        y = para(y, k.said)
    y -= 8
    label(y, "Licensure")
    y = (
        para(y, "Tennessee does not license surgical technologists; national certification above.")
        - 8
    )
    label(y, "Education")
    for s in c.schools:
        y = para(y, f"{s.degree} — {s.school}, {s.year}")
    y -= 8
    label(y, "Skills")
    y = para(y, " · ".join(c.skills) + f". Charting: {', '.join(c.ehr)}.")
    cv.save()


def shaded(c: Clinician, path: str) -> None:
    cv = Canvas(path, pagesize=letter)
    cv.setTitle("Resume")
    m = 54
    cv.setFont("Times-Bold", 20)
    cv.drawString(m, H - 60, c.name)
    cv.setFont("Times-Roman", 11)
    cv.drawString(m + cv.stringWidth(c.name, "Times-Bold", 20) + 8, H - 60, c.post_nominals)
    cv.setFont("Times-Roman", 10)
    cv.drawString(m, H - 76, f"{c.street}   |   {c.phone}   |   {c.email}")
    y = H - 100

    def bar(y, t):
        cv.setFillColor(HexColor("#d9d9d9"))
        cv.rect(m, y - 4, W - 2 * m, 15, fill=1, stroke=0)
        cv.setFillColor(black)
        cv.setFont("Times-Bold", 11)
        cv.drawString(m + 5, y, t)
        return y - 18

    def text(y, t, font="Times-Roman", size=10.2, indent=0):
        cv.setFont(font, size)
        for ln in wrap(cv, t, font, size, W - 2 * m - indent - 6):
            cv.drawString(m + 6 + indent, y, ln)
            y -= size + 2.6
        return y

    y = bar(y, "SUMMARY OF QUALIFICATIONS")
    y = text(y, c.profile) - 6
    y = bar(y, "TECHNICAL SKILLS")
    half = (len(c.skills) + 1) // 2
    for i in range(half):
        cv.setFont("Times-Roman", 10.2)
        cv.drawString(m + 6, y, "- " + c.skills[i])
        if i + half < len(c.skills):
            cv.drawString(W / 2, y, "- " + c.skills[i + half])
        y -= 13
    y -= 4
    y = bar(y, "PROFESSIONAL EXPERIENCE")
    for p in c.posts:
        cv.setFont("Times-Bold", 10.5)
        cv.drawString(m + 6, y, f"{p.employer} — {p.city}")
        cv.setFont("Times-Roman", 10)
        cv.drawRightString(W - m, y, between(p, c.dates, " – "))
        y -= 13
        y = text(y, p.title, "Times-Italic")
        for d in p.duties:
            y = text(y, "– " + d, indent=10)
        y -= 5
    y = bar(y, "LICENSURE & CERTIFICATION")
    for x in c.licences:
        y = text(y, x.said)
    for k in c.cards:
        y = text(y, k.said)
    y -= 5
    y = bar(y, "EDUCATION")
    for s in c.schools:
        y = text(y, f"{s.degree}, {s.school}, {s.year}")
    y -= 5
    y = bar(y, "LABORATORY INFORMATION SYSTEMS")
    text(y, "Cerner PathNet (Millennium), Sunquest; middleware: Data Innovations")
    cv.save()


DESIGNS = {"rl-govform": govform, "rl-modern": modern, "rl-shaded": shaded}

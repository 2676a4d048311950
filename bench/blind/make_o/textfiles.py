"""Plain-text resumes as candidates paste them: an Indeed-style profile, a LinkedIn copy, an e-mail."""

from model import MONTHS, Person, span, ym


def indeed(p: Person) -> str:
    L = [
        p.name,
        p.headline,
        f"{p.city}, {p.st} {p.zip}",
        p.email,
        p.phone,
        "",
        "Authorized to work in the US for any employer",
        "",
        "Work Experience",
        "",
    ]
    for j in p.jobs:
        L += [j.title, j.employer + " - " + j.city, span(j, "Month YYYY", " to ")]
        L += ["* " + b for b in j.bullets] + [""]
    L += ["Education", ""]
    for ed in p.edu:
        L += [ed.degree, ed.school + " - " + ed.city if ed.city else ed.school, f"{ed.year}", ""]
    L += ["Skills", ""]
    L += [
        "* " + s
        for s in [
            "Therapeutic exercise (8 years)",
            "Gait training (8 years)",
            "Manual therapy",
            "Documentation: " + ", ".join(p.ehr_text),
        ]
    ] + [""]
    L += ["Certifications and Licenses", ""]
    for x in p.lics:
        L += [f"{x.printed} ({x.state_name})", f"License number {x.number}", x.exp_text, ""]
    for c in p.certs:
        L += [f"{c.long} ({c.name})", c.issuer, c.exp_text, ""]
    L += ["Additional Information", "", p.summary, ""]
    return "\n".join(L)


def dur(j) -> str:
    y, m = map(int, j.start.split("-"))
    ey, em = map(int, j.end.split("-")) if j.end else (2026, 12)
    n = (ey - y) * 12 + em - m + 1
    a, b = divmod(n, 12)
    parts = ([f"{a} yr" + ("s" if a > 1 else "")] if a else []) + (
        [f"{b} mo" + ("s" if b > 1 else "")] if b else []
    )
    return " ".join(parts)


def linkedin(p: Person) -> str:
    L = [
        p.name,
        "",
        f"{p.name} · {p.creds}",
        p.headline,
        f"{p.city}, {'Arizona' if p.st == 'AZ' else p.st}, United States · Contact info",
        "500+ connections",
        "",
        "About",
        "",
        "Progressive care and telemetry nurse (7+ years), now traveling. Comfortable with drips, BiPAP, post-TAVR and post-PCI patients; charge experience on nights. Epic and Cerner.",
        f"Reach me at {p.email} or {p.phone}.",
        "",
        "Experience",
        "",
    ]
    for j in p.jobs:
        L += [
            j.title,
            (j.agency or j.employer) + (" · Contract" if j.agency else " · Full-time"),
            f"{ym(j.start, 'Mon YYYY')} - {ym(j.end, 'Mon YYYY')} · {dur(j)}",
            j.city.replace("MT", "Montana").replace("NE", "Nebraska").replace("AZ", "Arizona")
            + ", United States",
        ]
        if j.agency:
            L += [f"Assignment at {j.employer}. " + " ".join(j.bullets)]
        else:
            L += [f"{j.employer}. " + " ".join(j.bullets)]
        L += [""]
    L += ["Education", ""]
    for ed in p.edu:
        L += [ed.school, ed.degree, f"2015 - {ed.year}", ""]
    L += ["Licenses & certifications", ""]
    for x in p.lics:
        L += [
            f"{x.printed} - {x.state_name} ({x.compact_text})",
            "Arizona State Board of Nursing",
            f"Issued Aug 2019 · {x.exp_text}",
            f"Credential ID {x.number}",
            "",
        ]
    for c in p.certs:
        L += [
            f"{c.long} ({c.name})",
            c.issuer,
            f"Issued {MONTHS[int(c.expires[5:]) - 1][:3]} {int(c.expires[:4]) - 2} · {c.exp_text}",
            "",
        ]
    L += ["Skills", "", "Telemetry · Cardiac Care · Epic Systems · Cerner · Critical Care", ""]
    return "\n".join(L)


def email(p: Person) -> str:
    a, b = p.lics
    L = [
        f"From: {p.name} <{p.email}>",
        "To: Deshawn Mercer <dmercer@keystonerxstaffing.example.org>",
        "Subject: RE: Per diem pharmacist openings - Columbus area",
        "Date: Mon, 23 Nov 2026 21:14:07 -0500",
        "",
        "Hi Deshawn,",
        "",
        "Thanks for reaching out. Pasting my resume below since the upload on your portal kept timing out.",
        "",
        "-----",
        p.name.upper() + ", " + p.creds,
        f"{p.street}, {p.city}, {p.st} {p.zip}",
        f"{p.phone} | {p.email}",
        "",
        "PROFILE",
        p.summary,
        "",
        "EXPERIENCE",
    ]
    for j in p.jobs:
        L += [f"{j.title}, {j.employer} ({j.city})  {span(j, 'M/YYYY', ' - ')}"] + [
            "  - " + x for x in j.bullets
        ]
    L += [
        "",
        "LICENSURE",
        f"  {a.state_name} {a.printed} #{a.number} ({a.exp_text})",
        f"  {b.state_name} {b.printed} #{b.number} ({b.exp_text})",
        "",
        "CERTIFICATES",
    ]
    for c in p.certs:
        L += [f"  {c.long} ({c.name}) - {c.issuer}" + (f", {c.exp_text}" if c.expires else "")]
    L += (
        [
            "",
            "EDUCATION",
        ]
        + [f"  {ed.degree}, {ed.school}, {ed.year}" for ed in p.edu]
        + [
            "",
            "SYSTEMS",
            "  " + ", ".join(p.ehr_text),
            "-----",
            "",
            "I'm available Saturdays and two weekday evenings. Talk soon,",
            p.name.split()[0],
            "",
            "On Fri, Nov 20, 2026 at 10:02 AM Deshawn Mercer <dmercer@keystonerxstaffing.example.org> wrote:",
            f"> Hi {p.name.split()[0]}, this is Deshawn with Keystone Rx Staffing. We have per diem",
            "> retail and hospital pharmacist shifts around Columbus. Could you send me an updated",
            "> resume? You can reach me at (614) 555-0198.",
            "> Deshawn Mercer | Senior Recruiter | Keystone Rx Staffing",
            "",
        ]
    )
    return "\n".join(L)

"""Plain-text resumes for set c: a job-board profile paste, an e-mail body, a 72-column page."""

import textwrap

from model import Person, fmt_date, shown_ehr, wrapped
from wording import STATES, cert_text, lic_sentence, lic_short, title_line, when


def jobboard(p: Person) -> str:
    out = [
        "Candidate Profile",
        "",
        f"Name: {p.name}",
        f"Credentials: {p.creds}",
        f"Desired Position: {p.title}",
    ]
    if p.home:
        out.append(f"Location: {p.home}")
    out += [f"Phone: {p.phone}", f"Email: {p.email}", "", "Summary:", p.summary, ""]
    out += ["Work Experience", "---------------"]
    for j in p.jobs:
        out += [
            f"Employer: {j.org}",
            f"Job Title: {title_line(j)}",
            f"Location: {j.city}",
            f"Dates: {fmt_date(j.start, 'num')} to {fmt_date(j.end, 'num')}",
        ]
        if j.agency:
            out.append(f"Staffing Agency: {j.agency}")
        if j.bullets:
            out.append("Duties: " + " ".join(b.rstrip(".") + "." for b in j.bullets))
        out.append("")
    out += ["Licenses/Certifications", "-----------------------"]
    out += [lic_short(lic) for lic in p.licenses]
    out += [cert_text(c, "comma") for c in p.certs]
    out += ["", "Education", "---------"]
    for e in p.education:
        out.append(
            f"School: {e.school}   Degree: {e.degree}" + (f"   Year: {e.year}" if e.year else "")
        )
    if p.skills or shown_ehr(p):
        out += ["", "Skills: " + ", ".join(p.skills + shown_ehr(p))]
    for h, lines in p.extra:
        out += ["", f"{h}:"] + [f"  {x}" for x in lines]
    return "\n".join(out) + "\n"


def email(p: Person) -> str:
    first = p.name.split()[0]
    out = [
        f"Subject: Application - {p.title} - {p.name}",
        "",
        "Hello,",
        "",
        textwrap.fill(
            f"I'd like to be considered for the {p.title} opening. The upload form would not "
            "take my file, so my resume is pasted below. I'm available for a phone screen "
            "most weekdays after 3.",
            76,
        ),
        "",
        "Thank you,",
        first,
        "",
        "----- resume -----",
        "",
        f"{p.name}, {p.creds}",
    ]
    if p.home:
        out.append(p.home)
    out += ["", "SUMMARY", textwrap.fill(p.summary, 76), "", "WORK EXPERIENCE"]
    for j in p.jobs:
        via = f" (agency: {j.agency})" if j.agency else ""
        out += [f"{title_line(j)} | {j.org}, {j.city}{via} | {when(j, p.datefmt, ' to ')}"]
        out += [f"  * {b}" for b in j.bullets]
        out.append("")
    out.append("LICENSE & CERTIFICATIONS")
    out += [f"  * {lic_sentence(lic)}" for lic in p.licenses]
    out += [f"  * {cert_text(c, 'through')}" for c in p.certs]
    out += ["", "EDUCATION"]
    for e in p.education:
        out.append(f"  {e.degree}, {e.school}" + (f" ({e.year})" if e.year else ""))
    if p.skills or shown_ehr(p):
        out += ["", "SKILLS", "  " + "; ".join(p.skills + shown_ehr(p))]
    out += ["", "--", p.name, p.phone, p.email, "", "Sent from my phone"]
    return "\n".join(out) + "\n"


def ascii_page(p: Person) -> str:
    def section(title: str) -> list[str]:
        return ["", title.upper(), "=" * len(title)]

    out = [p.name.upper() + ", " + p.creds, p.title]
    out += [x for x in [p.home] if x] + [f"Tel {p.phone}   E-mail {p.email}"]
    out += section("Profile") + textwrap.wrap(p.summary, 72)
    out += section("Experience")
    for j in p.jobs:
        out += [f"{when(j, p.datefmt, ' - ')}", f"  {title_line(j)}", f"  {j.org}, {j.city}"]
        if j.agency:
            out.append(f"  (travel contract, {j.agency})")
        for b in j.bullets:
            out += textwrap.wrap(b, 72, initial_indent="  - ", subsequent_indent="    ")
        out.append("")
    out += section("Licensure")
    for lic in p.licenses:
        words = lic.label or lic.type
        out.append(
            f"{STATES[lic.state]} {words} No. {lic.number}"
            + (f", exp. {fmt_date(lic.expires, 'num')}" if lic.expires else "")
        )
    out += section("Certifications")
    out += [cert_text(c, "dash") for c in p.certs]
    out += section("Education")
    for e in p.education:
        out += wrapped(e) + [f"  {e.school}" + (f", {e.year}" if e.year else "")]
    if p.skills or shown_ehr(p):
        out += section("Skills") + textwrap.wrap(", ".join(p.skills + shown_ehr(p)), 72)
    for h, lines in p.extra:
        out += section(h) + lines
    return "\n".join(out) + "\n"


DESIGNS = {"jobboard": jobboard, "email": email, "ascii": ascii_page}


def render(p: Person) -> str:
    return DESIGNS[p.design](p)

"""Plain-text resumes for blind set d.

formpaste: a resume pasted into an application form's free-text box (labels, '*' bullets,
           pipes between the job fields)
indeed:    an Indeed-style 'download resume' export (headline, 'Work Experience', 'to Present',
           skills with years of use, 'Certifications and Licenses' at the end)
markdown:  a markdown-ish resume with '#'/'##' headings, '-' bullets and *italic* dates
"""

from model import Person, lic_line, span


def formpaste(p: Person) -> str:
    out = [
        f"{p.name.upper()}, {p.creds}",
        f"Address: {p.home}",
        f"Phone: {p.phone}    Email: {p.email}",
        "",
        "OBJECTIVE",
        p.summary,
        "",
        "LICENSE",
        *[lic_line(x) for x in p.licenses],
        "",
        "CERTIFICATIONS",
        *[c.text for c in p.certs],
        "",
        "EXPERIENCE",
    ]
    for j in p.jobs:
        out.append(f"{j.title} | {j.org}, {j.city} | {span(j, p).replace('-', ' to ')}")
        out += [f"* {b}" for b in j.bullets]
        out.append("")
    out += ["EDUCATION"]
    out += [f"{ed.degree} - {ed.school}, {ed.year}" for ed in p.education]
    out += ["", "SKILLS", ", ".join(p.skills), ""]
    return "\n".join(out)


def indeed(p: Person) -> str:
    out = [
        p.name,
        p.headline,
        p.home or "",
        p.email,
        p.phone,
        "",
        p.summary,
        "",
        "Work Experience",
        "",
    ]
    for j in p.jobs:
        out += [j.title, f"{j.org} - {j.city}", span(j, p, " to ").replace(" – ", " to "), ""]
        out += [f"• {b}" for b in j.bullets]
        out.append("")
    out += ["Education", ""]
    for ed in p.education:
        out += [ed.degree, f"{ed.school} - {ed.where}" if ed.where else ed.school, ed.year, ""]
    out += ["Skills", ""]
    years = {
        "Epic": "4 years",
        "Patient education": "6 years",
        "Wound care": "6 years",
        "IV therapy": "6 years",
        "Telemetry": "4 years",
    }
    out += [f"• {s} ({years.get(s, '3 years')})" for s in p.skills]
    out += ["", "Certifications and Licenses", ""]
    for x in p.licenses:
        out += [lic_line(x), ""]
    for c in p.certs:
        out += [c.text, ""]
    return "\n".join(out)


def markdown(p: Person) -> str:
    out = [
        f"# {p.name}, {p.creds}",
        "",
        f"{p.headline} · {p.phone} · {p.email}",
        "",
        "## Summary",
        "",
        p.summary,
        "",
        "## Licensure & Certification",
        "",
    ]
    out += [f"- {lic_line(x)}" for x in p.licenses] + [f"- {c.text}" for c in p.certs]
    out += ["", "## Experience", ""]
    for j in p.jobs:
        out += [f"### {j.title} — {j.org} ({j.city})", "", f"*{span(j, p)}*", ""]
        out += [f"- {b}" for b in j.bullets]
        out.append("")
    out += ["## Education", ""]
    out += [f"- **{ed.degree}**, {ed.school} ({ed.year})" for ed in p.education]
    out += ["", "## Skills", "", ", ".join(p.skills), ""]
    return "\n".join(out)


DESIGNS = {"formpaste": formpaste, "indeed": indeed, "markdown": markdown}


def render(p: Person) -> str:
    return DESIGNS[p.design](p)

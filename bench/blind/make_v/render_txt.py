"""Plain-text resumes: a LinkedIn-like paste, an Indeed-like paste, an e-mail body, a plain page."""

from model import Person


def linkedin(p: Person) -> str:
    out = [
        p.name,
        p.headline,
        p.city or "",
        "",
        "Contact info",
        p.phone,
        p.email,
        "",
        "About",
        p.summary,
        "",
        "Experience",
    ]
    for j in p.jobs:
        out += ["", j.title, (j.agency or j.employer) + " · Full-time", j.dates, j.city]
        if j.agency:
            out.append(f"Contract at {j.employer}.")
        out += j.bullets
    out += ["", "Education"]
    for e in p.edu:
        out += [e]
    out += ["", "Licenses & certifications"]
    for c in p.lic + p.certs:
        out += [c]
    out += ["", "Skills"] + p.skills
    for h, lines in p.extra:
        out += ["", h] + lines
    return "\n".join(out) + "\n"


def indeed(p: Person) -> str:
    out = [
        p.name,
        p.headline,
        p.city or "",
        p.email,
        p.phone,
        "",
        p.summary,
        "",
        "Work Experience",
        "",
    ]
    for j in p.jobs:
        out += [j.title, j.employer + (f" - {j.city}" if j.city else ""), j.dates]
        out += [f"- {b}" for b in j.bullets] + [""]
    out += ["Education", ""]
    for e in p.edu:
        out += [e, ""]
    out += ["Skills", ""] + [f"- {s}" for s in p.skills] + ["", "Certifications and Licenses", ""]
    for c in p.lic + p.certs:
        out += [c, ""]
    for h, lines in p.extra:
        out += [h, ""] + lines + [""]
    return "\n".join(out).rstrip() + "\n"


def email(p: Person) -> str:
    head = dict(p.extra)["__mail__"]
    out = head + [
        "",
        p.summary,
        "",
        f"{p.name}, {p.creds}",
        p.contact_line,
        p.phone,
        p.email,
        "",
        "EXPERIENCE",
    ]
    for j in p.jobs:
        out += [f"{j.dates}: {j.title}, {j.employer}" + (f" ({j.city})" if j.city else "")]
        out += [f"   {b}" for b in j.bullets]
    out += ["", "LICENSE / CERTS"] + p.lic + p.certs + ["", "SCHOOL"] + p.edu
    if p.skills:
        out += ["", "SYSTEMS: " + ", ".join(p.skills)]
    for h, lines in p.extra:
        if not h.startswith("__"):
            out += ["", h.upper()] + lines
    out += ["", "Thanks so much,", p.name.split()[0], "", "Sent from my iPhone"]
    return "\n".join(out) + "\n"


def plain(p: Person) -> str:
    bar = "-" * 60
    out = [
        p.name.upper() + (f", {p.creds}" if p.creds else ""),
        p.contact_line,
        f"{p.phone} / {p.email}",
        "",
        p.headline,
        bar,
        p.summary,
        "",
        "WORK HISTORY",
        bar,
    ]
    for j in p.jobs:
        out += [f"{j.employer}, {j.city}" if j.city else j.employer, f"  {j.title}    {j.dates}"]
        out += [f"  * {b}" for b in j.bullets] + [""]
    out += (
        ["LICENSURE", bar]
        + p.lic
        + ["", "CERTIFICATIONS", bar]
        + p.certs
        + ["", "EDUCATION", bar]
        + p.edu
    )
    out += ["", "SOFTWARE", bar, ", ".join(p.skills)]
    for h, lines in p.extra:
        out += ["", h.upper(), bar] + lines
    return "\n".join(out) + "\n"

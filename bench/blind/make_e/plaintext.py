"""Plain-text resumes for set e: an ATS export with labelled fields, and an e-mail body."""

from model import Person, dates


def ats(p: Person) -> str:
    out = [
        "CANDIDATE RECORD - exported 11/28/2026",
        "-" * 48,
        f"Name: {p.name}",
        f"Credentials: {p.creds}",
        f"Address: {p.home or ''}",
        f"Phone: {p.phone}",
        f"Email: {p.email}",
        f"Desired Position: {p.headline}",
        "",
        "Summary:",
        p.summary,
        "",
        "LICENSES",
    ]
    for x in p.lics:
        out += [
            f"License Type: {x.type}",
            f"State: {x.state}",
            f"License Number: {x.number}",
            f"Expiration: {x.expires[5:]}/{x.expires[:4]}" if x.expires else "Expiration:",
            "",
        ]
    out.append("CERTIFICATIONS")
    out += [f"Certification: {c.line}" for c in p.certs]
    out += ["", "WORK HISTORY"]
    for j in p.jobs:
        start, _, end = dates(j, p, " - ").partition(" - ")
        out += [
            f"Employer: {j.org}",
            f"Location: {j.city}",
            f"Position: {j.title}",
            f"From: {start}",
            f"To: {end}",
            "Description: " + " ".join(b.rstrip(".") + "." for b in j.bullets),
            "",
        ]
    out.append("EDUCATION")
    for s in p.edu:
        out += [f"School: {s.school}", f"Degree: {s.degree}", f"Graduation: {s.year}", ""]
    out += ["SKILLS", ", ".join(p.skills), f"EMR Systems: {', '.join(p.ehr)}", ""]
    return "\n".join(out)


def email(p: Person) -> str:
    first = p.name.split()[0]
    out = [
        f"From: {p.name} <{p.email}>",
        "To: recruiting@example.org",
        "Date: Mon, 23 Nov 2026 21:14:05 -0800",
        f"Subject: Resume - {p.headline}",
        "",
        "Hi Dana,",
        "",
        "Thanks for the call today. My resume is pasted below since the upload page kept timing",
        "out on my phone. I'm open to 13-week contracts on the West Coast starting in January.",
        "",
        "----- resume -----",
        "",
        f"{p.name.upper()}, {p.creds}",
        f"{p.phone} | {p.email}",
        "",
        "SUMMARY",
        p.summary,
        "",
        "LICENSES",
    ]
    out += [f"  {x.line}" for x in p.lics]
    out += ["", "CERTIFICATIONS"]
    out += [f"  {c.line}" for c in p.certs]
    out += ["", "EXPERIENCE", ""]
    for j in p.jobs:
        if j is p.jobs[2]:
            out += ["(4/21-8/22: family caregiving leave)", ""]
        out += [f"{j.title}", f"{j.org} - {j.city}   {dates(j, p)}"]
        out += [f"  * {b}" for b in j.bullets]
        out.append("")
    out.append("EDUCATION")
    out += [f"  {s.degree} - {s.school}, {s.year}" for s in p.edu]
    out += ["", "SKILLS", "  " + "; ".join(p.skills), "  EHR: " + ", ".join(p.ehr), ""]
    out += ["----- end -----", "", "Best,", first, p.phone, "", "Sent from my iPhone", ""]
    return "\n".join(out)


def render(p: Person) -> str:
    return {"ats": ats, "email": email}[p.design](p)

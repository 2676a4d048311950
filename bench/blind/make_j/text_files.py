"""Set j's plain-text resumes: a job-board export, a quoted e-mail reply, a terse note."""

from __future__ import annotations

from model import Person, span


def indeed(p: Person) -> str:
    """A job-board 'download as text' export."""
    out = [
        p.name,
        f"{p.city} {p.zip}".strip(),
        p.email,
        p.phone,
        "",
        p.summary,
        "",
        "Work Experience",
        "",
    ]
    for j in p.jobs:
        out += [j.title, f"{j.employer} - {j.city}", span(j, "full", " to "), ""]
        out += [f"- {b}" for b in j.bullets] + [""]
    out += ["Education", ""]
    for e in p.edu:
        out += [e.degree, f"{e.school} - {e.city}", f"August 2013 to {'May'} {e.year}", ""]
    out += ["Skills", ""] + [f"• {s}" for s in p.skills] + [""]
    out += ["Certifications and Licenses", ""]
    out += [
        "Licensed Practical Nurse (LPN)",
        "October 2025 to October 2027",
        p.licenses[0].text,
        "",
    ]
    out += ["BLS Certification", "March 2025 to March 2027", "American Heart Association", ""]
    out += [p.certs[1].text, "", ""]
    return "\n".join(out)


def quoted_reply(p: Person) -> str:
    """A recruiter's reply on top, the candidate's message and resume quoted below with '> '."""
    lic, *_ = p.licenses
    resume = (
        [
            "Hi Marguerite,",
            "",
            "Thanks for the call today. My resume is below (pasting it because the",
            "attachment keeps bouncing). Open to Seattle/Tacoma day shift or a local contract.",
            "",
            "Yusuf",
            "",
            "----------",
            f"{p.name.upper()}, {p.creds}",
            f"{p.street}, {p.city} {p.zip}",
            f"{p.phone} | {p.email}",
            "",
            "SUMMARY",
            p.summary,
            "",
            "LICENSE",
            lic.text,
            "",
            "CERTIFICATIONS",
        ]
        + [c.text for c in p.certs]
        + ["", "EXPERIENCE"]
    )
    for j in p.jobs:
        resume += [f"{j.title}", f"{j.employer} -- {j.city} -- {span(j, 'mmyyyy', ' - ')}"]
        resume += [f"  * {b}" for b in j.bullets] + [""]
    resume += ["EDUCATION"] + [f"{e.degree}, {e.school}, {e.city}, {e.year}" for e in p.edu]
    resume += ["", "SKILLS", ", ".join(p.skills) + f"; {p.systems}"]
    head = [
        "From: Marguerite Oyelowo <m.oyelowo@example.com>",
        f"To: {p.name} <{p.email}>",
        "Date: Wed, 25 Nov 2026 08:03:11 -0800",
        "Subject: Re: Oncology RN - resume",
        "",
        "Hi Yusuf,",
        "",
        "Got it, thank you! I'll send this over to the infusion manager today and",
        "call you Friday. Please send a copy of your OCN card when you can.",
        "",
        "Marguerite Oyelowo | Senior Recruiter",
        "Cedarline Staffing Partners",
        "(206) 555-0199",
        "",
        f"On Tue, Nov 24, 2026 at 9:12 PM {p.name} <{p.email}> wrote:",
    ]
    return "\n".join(head + [("> " + line).rstrip() for line in resume]) + "\n"


def terse(p: Person) -> str:
    """A very terse resume, typed quickly."""
    j1, j2 = p.jobs
    out = [
        f"{p.name}, {p.creds}",
        f"{p.city} | {p.phone} | {p.email}",
        "",
        f"{p.licenses[0].text}. {p.certs[0].text}.",
        "",
        f"{span(j1, 'year')} {j1.title}, {j1.employer}, {j1.city} (skilled nursing rehab)",
        f"{span(j2, 'year')} {j2.title}, {j2.employer}, {j2.city} (outpt peds)",
        "",
        f"{p.edu[0].degree}, {p.edu[0].school} {p.edu[0].year}",
        f"PCC: {p.systems}",
    ]
    return "\n".join(out) + "\n"

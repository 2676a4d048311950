"""Plain-text files for set k."""

from __future__ import annotations

from model import MONTHS, Person, fmt_month, ym


def _span(start: str, end: str | None) -> str:
    sy, sm = ym(start)
    ey, em = ym(end)
    n = (ey - sy) * 12 + (em - sm) + 1
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} yr" + ("s" if y > 1 else ""))
    if m:
        parts.append(f"{m} mo" + ("s" if m > 1 else ""))
    return " ".join(parts)


def _mon(s: str | None) -> str:
    if s is None:
        return "Present"
    y, m = ym(s)
    return f"{MONTHS[m - 1]} {y}"


# ---------------------------------------------------------------- txt-emailbody (k14)
def emailbody(p: Person) -> str:
    x = p.extra
    L = p.lics[0]
    lines = [
        f"From: {p.name} <{p.email}>",
        f"To: {x['recruiter']} <{x['recruiter_email']}>",
        "Date: Sun, 29 Nov 2026 21:14:07 -0500",
        "Subject: my info for the COTA openings",
        "",
        f"Hi {x['recruiter'].split()[0]},",
        "",
        "Here's everything you asked for in one place, my laptop died so I'm typing it from my phone. Let me know if you need the actual resume file and I'll send it when I'm back at work.",
        "",
        f"License: {L.state_name} OTA license #{L.number}, good through {fmt_month(L.expires, 'mmyyyy')}",
        f"NBCOT: certified COTA, {p.certs[0].exp_text}",
        f"BLS (AHA) {p.certs[1].exp_text}",
        "",
        "Where I've worked:",
    ]
    for j in p.jobs:
        lines.append(f"{j.dates('mmyyyy', 'now', '-')}  {j.title} at {j.employer} ({j.city})")
        for b in j.bullets:
            lines.append(f"   {b}")
    ed = p.edu[0]
    lines += [
        "",
        f"School: {ed.degree}, {ed.school}, {ed.year}",
        f"Charting I've used: {', '.join(p.ehr_printed)}",
        "",
        "I'd prefer SNF or outpatient peds, within an hour of home. Can do a phone interview any day after 4.",
        "",
        "Thanks so much!",
        p.name.split()[0],
        p.phone,
        "",
        "Sent from my phone",
    ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- txt-linkedin (k15)
def linkedin(p: Person) -> str:
    out = [
        p.name,
        p.headline,
        "Spokane, Washington, United States",
        "",
        "Contact info",
        f"Email: {p.email}",
        f"Phone: {p.phone} (Mobile)",
        "",
        "About",
        p.summary,
        "",
        "Experience",
        "",
    ]
    jobs = p.jobs
    # first two roles grouped under one hospital
    g = jobs[:2]
    out += [
        g[0].employer,
        f"Full-time · {_span(g[1].start, g[0].end)}",
        "Spokane, Washington, United States",
        "",
    ]
    for j in g:
        out += [
            j.title,
            "Full-time",
            f"{_mon(j.start)} - {_mon(j.end)} · {_span(j.start, j.end)}",
            "On-site",
            "",
        ]
    t = jobs[2]
    out += [
        t.title,
        f"{t.agency} · Contract",
        f"{_mon(t.start)} - {_mon(t.end)} · {_span(t.start, t.end)}",
        f"{t.city}, United States",
        f"Assignment: {t.employer}, adult inpatient behavioral health and med-surg overflow.",
        "",
    ]
    for j in jobs[3:]:
        kind = "Part-time" if not j.licensed else "Full-time"
        out += [
            j.title,
            f"{j.employer} · {kind}",
            f"{_mon(j.start)} - {_mon(j.end)} · {_span(j.start, j.end)}",
            f"{j.city}, United States",
            "",
        ]
    ed = p.edu[0]
    L = p.lics[0]
    out += [
        "Education",
        "",
        ed.school,
        ed.degree,
        "2013 - 2017",
        "",
        "Licenses & certifications",
        "",
        L.shown_type,
        "Washington State Department of Health",
        f"Issued Jun 2017 · Expires {_mon(L.expires)}",
        f"Credential ID {L.number}",
        "",
    ]
    for c in p.certs:
        out += [
            "Psychiatric-Mental Health Nursing Certification (PMH-BC)"
            if c.name == "PMH-BC"
            else c.name,
            c.issuer,
            f"Issued {_mon(str(int(c.expires[:4]) - 2) + c.expires[4:])} · Expires {_mon(c.expires)}",
            "",
        ]
    out += ["Skills", ""] + [f"{s}" for s in p.skills] + [""]
    return "\n".join(out)


# ---------------------------------------------------------------- txt-atscaps (k16)
def atscaps(p: Person) -> str:
    L = p.lics[0]
    out = [
        "CANDIDATE PROFILE - EXPORTED 11/30/2026",
        "=" * 48,
        f"CANDIDATE NAME: {p.name}",
        f"CREDENTIALS: {p.creds}",
        f"HOME ADDRESS: {p.street}, {p.city} {p.zipcode}",
        f"PRIMARY PHONE: {p.phone}",
        f"EMAIL: {p.email}",
        f"PROFESSION: {p.headline}",
        "",
        "SUMMARY:",
        p.summary,
        "",
        "WORK HISTORY",
        "-" * 48,
    ]
    for j in p.jobs:
        out += [
            f"EMPLOYER: {j.employer}",
            f"LOCATION: {j.city}",
            f"JOB TITLE: {j.title}",
            f"START DATE: {fmt_month(j.start, 'mmyyyy')}",
            f"END DATE: {'CURRENT' if j.end is None else fmt_month(j.end, 'mmyyyy')}",
            f"DUTIES: {' '.join(j.bullets)}",
            "",
        ]
    out += [
        "LICENSES",
        "-" * 48,
        f"LICENSE TYPE: {L.shown_type}",
        f"STATE: {L.state_name}",
        f"LICENSE NUMBER: {L.number}",
        f"EXPIRATION: {fmt_month(L.expires, 'mmyyyy')}",
        "",
        "CERTIFICATIONS",
        "-" * 48,
        f"CERTIFICATION: ARRT Registered Technologist (R)(CT) | ISSUER: ARRT | EXPIRATION: {p.certs[0].exp_text}",
        f"CERTIFICATION: BLS | ISSUER: {p.certs[2].issuer} | EXPIRATION: {p.certs[2].exp_text}",
        "",
        "EDUCATION",
        "-" * 48,
        f"SCHOOL: {p.edu[0].school}",
        f"DEGREE: {p.edu[0].degree}",
        f"GRADUATION: {p.edu[0].year}",
        "",
        f"SKILLS: {', '.join(p.skills)}",
        f"EMR/EHR: {', '.join(p.ehr_printed)}",
        "",
        "RECRUITER NOTES: (none)",
    ]
    return "\n".join(out) + "\n"


LAYOUTS = {"txt-emailbody": emailbody, "txt-linkedin": linkedin, "txt-atscaps": atscaps}

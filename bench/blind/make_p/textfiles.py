"""Plain-text resumes: markdown saved as .txt, an ATS plain-text export, a message typed on a phone."""

from __future__ import annotations

from htmlpages import cert_line, lic_line
from model import Person, fmt, span


def markdown(p: Person) -> str:
    L = [
        f"# {p.name}, {p.creds}",
        "",
        f"**{p.headline}**  ",
        f"{p.address_line()} · {p.phone} · {p.email}",
        "",
        "## Summary",
        "",
        p.summary,
        "",
    ]
    L += (
        ["## Licensure", ""]
        + [
            f"- **{x.state_name} {x.printed_type}** — #{x.number} ({x.compact_word}) — {x.exp_phrase}"
            for x in p.lics
        ]
        + [""]
    )
    L += (
        ["## Certifications", ""]
        + [f"- **{c.name}** – {c.long} [{c.issuer}], {c.exp_phrase}" for c in p.certs]
        + [""]
    )
    L += (
        ["## Education", ""]
        + [f"- **{e.degree}**, {e.school} — {fmt(e.year + '-05', 'month')}" for e in p.edu]
        + [""]
    )
    if p.clinical_sites:
        L += (
            ["## Clinical Rotations", ""]
            + [f"- *{u}* — {s} ({h})" for s, u, h in p.clinical_sites]
            + [""]
        )
    L += ["## Work Experience", ""]
    for j in p.jobs:
        L += (
            [f"### {j.title} — {j.employer}", f"*{j.city} | {span(j, 'month', ' – ')}*", ""]
            + [f"- {b}" for b in j.bullets]
            + [""]
        )
    L += ["## EHR", "", "- " + "\n- ".join(p.ehr_printed), ""]
    return "\n".join(L)


def ats(p: Person) -> str:
    L = [
        p.name.upper(),
        f"{p.street}    {p.city},  {p.state}   {p.zip}",
        f"Phone:   {p.phone}      Email:  {p.email}",
        "",
        "",
        "PROFESSIONAL SUMMARY",
        "   " + p.summary,
        "",
        "WORK  EXPERIENCE",
        "",
    ]
    for j in p.jobs:
        L += (
            [
                f"{j.title}      {span(j, 'mdy', '  -  ', 'Current')}",
                f"   {j.employer}        {j.city}",
            ]
            + [f"   *  {b}" for b in j.bullets]
            + [""]
        )
    L += ["", "LICENSES", ""] + [
        f"   {x.printed_type}  -  {x.state_name}     License #:  {x.number}      Status:  {x.exp_phrase}"
        for x in p.lics
    ]
    L += ["", "CERTIFICATIONS", ""] + [f"   {cert_line(c, 'b')}" for c in p.certs]
    L += ["", "EDUCATION", ""] + [f"   {e.degree}       {e.school}        {e.year}" for e in p.edu]
    L += [
        "",
        "SKILLS",
        "   Pharmacy systems:  " + " ,  ".join(p.ehr_printed),
        "   Immunizations  ,  MTM  ,  Non-sterile compounding",
        "",
    ]
    return "\r\n".join(L)


def phone_message(p: Person) -> str:
    j0, j1 = p.jobs
    x = p.lics[0]
    L = [
        "Hi this is Marisela B, I talked w/ your recruiter",
        "about the COTA job. here is my info",
        "",
        f"{p.name} {p.creds}",
        f"{p.phone}",
        f"{p.email}",
        f"{p.street}",
        f"{p.city} {p.state} {p.zip}",
        "",
        "exp:",
        f"{j0.employer} ({j0.city.split(',')[0]})",
        f"COTA snf rehab {fmt(j0.start, 'mdy')}-now",
        "",
        f"before that school contract w/ {j1.agency}",
        f"at {j1.employer}",
        f"{fmt(j1.start, 'mdy')} to {fmt(j1.end, 'mdy')} k-5 fine motor/sensory",
        "",
        f"lic# {x.number} NM COTA {x.exp_phrase}",
        f"COTA cert (NBCOT) {p.certs[0].exp_phrase}",
        f"BLS (AHA) {p.certs[1].exp_phrase}",
        "",
        "school: AAS OTA, Central New Mexico",
        "Community College 2019",
        "",
        "i use PointClickCare + Net Health",
        "",
        "thx!! can start jan",
    ]
    return "\n".join(L)


__all__ = ["markdown", "ats", "phone_message", "lic_line"]

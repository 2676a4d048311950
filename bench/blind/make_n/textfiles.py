"""Plain-text resumes: text copied out of a PDF viewer (hard line breaks, words hyphenated at line
ends, the running page header and footer mid-text, bullets as U+2022 and U+F0B7), an e-mail body
with a signature and a quoted recruiter message, and a job-board paste with tab-indented lines."""

from __future__ import annotations

import textwrap

from model import STATES, Person, span

PUA_BULLET = "\uf0b7"


def _hyph_wrap(text: str, width: int) -> list[str]:
    """Wrap like a justified PDF line copied out: long plain words split with a hyphen."""
    lines: list[str] = []
    cur = ""
    for w in text.split():
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            room = width - len(cur) - 2
            if w.isalpha() and w.islower() and len(w) >= 9 and room >= 4:
                cut = min(room, len(w) - 3)
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
            else:
                lines.append(cur)
                cur = w
    if cur:
        lines.append(cur)
    return lines


def viewer_copy(p: Person) -> str:
    W = 64
    body: list[str] = []
    body += [p.name.upper(), p.creds + " | " + p.title]
    body.append(f"{p.street}, {p.city}, {p.state} {p.zip} |")
    body.append(f"{p.phone} | {p.email}")
    body += ["", "PROFESSIONAL SUMMARY"]
    body += _hyph_wrap(p.summary, W)
    body += ["", "LICENSURE"]
    for c in p.licenses:
        body.append(f"• {STATES[c.state]} {c.printed} ({c.cword}) #{c.number}, {c.wording}")
    body += ["", "CERTIFICATIONS"]
    for c in p.certs:
        body += _hyph_wrap(f"• {c.long} ({c.acr}), {c.issuer}, {c.wording}", W)
    body += ["", "EXPERIENCE"]
    for j in p.jobs:
        body.append(f"{j.title}    {span(j, 'mon', ' - ')}")
        body.append(f"{j.employer}, {j.city}")
        if j.agency:
            body.append(f"Travel contract - {j.agency}")
        for b in j.bullets:
            for i, ln in enumerate(_hyph_wrap(b, W - 2)):
                body.append((PUA_BULLET + " " if i == 0 else "  ") + ln)
    body += ["", "EDUCATION"]
    for e in p.edu:
        body.append(f"{' '.join(e.lines)}, {e.school}, {e.year}")
    body += ["", "CLINICAL SYSTEMS"]
    body += _hyph_wrap(p.ehr_line, W)
    body += ["", "CLINICAL SKILLS"]
    body += [PUA_BULLET + " " + s for s in p.skills]
    # page break inside the experience section: footer of page 1, header of page 2
    cut = body.index("EXPERIENCE") + 9
    footer = [f"{p.name} - Resume", "Page 1 of 2", ""]
    header = [f"{p.name.upper()}  |  {p.title}  |  page 2"]
    body = body[:cut] + footer + header + body[cut:] + ["", "Page 2 of 2"]
    return "\n".join(body) + "\n"


def email_body(p: Person) -> str:
    ex = p.extra
    co, wy = p.licenses
    jobs = "\n".join(
        f"- {j.title} at {j.employer} ({j.city}), {span(j, 'm/yyyy', ' - ', 'present')}"
        + (f" -- travel contract through {j.agency}" if j.agency else "")
        for j in p.jobs
    )
    certs = p.certs
    return f"""From: {p.name} <{p.email}>
To: {ex["recruiter"]} <{ex["remail"]}>
Subject: Re: PT travel contracts - my info
Date: Tue, 17 Nov 2026 08:42:11 -0700

Hi {ex["recruiter"].split()[0]},

Thanks for the call yesterday! Please find my info below so you can start my profile. I'll send the PDF copy of my licenses tonight.

{p.summary} I'd like a 13-week contract starting in February, ideally in CO, WY or UT.

Licenses: I'm licensed in {STATES[co.state]} ({co.printed}, #{co.number}, {co.wording}) and {STATES[wy.state]} ({wy.printed} license #{wy.number}, {wy.wording}).

Certs: {certs[0].acr} ({certs[0].long}) through {certs[0].issuer}, {certs[0].wording}; {certs[1].acr} with the {certs[1].issuer}, {certs[1].wording}.

Work history:
{jobs}

School: {p.edu[0].lines[0]}, {p.edu[0].school} ({p.edu[0].year}); {p.edu[1].lines[0]}, {p.edu[1].school} ({p.edu[1].year}).

Charting: {p.ehr_line}.

Let me know what else you need!

Thanks,
{p.name}, {p.creds}
{p.street}, {p.city}, {p.state} {p.zip}
{p.phone} | {p.email}

> On Mon, Nov 16, 2026 at 4:10 PM {ex["recruiter"]} <{ex["remail"]}> wrote:
> Hi Oswin, great talking with you today. Could you reply with your work
> history, licenses, certs and the EHRs you've used? I'll get your profile
> built and submit you for the Grand Junction and Casper openings.
>
> {ex["recruiter"]} | Senior Recruiter, {ex["agency"]}
> {ex["rphone"]} | {ex["remail"]}
"""


def job_board(p: Person) -> str:
    out = [
        p.name,
        p.creds,
        f"{p.street}",
        f"{p.city}, {p.state} {p.zip}",
        f"Phone: {p.phone}",
        f"Email: {p.email}",
        "",
    ]
    out += ["OBJECTIVE", "=========", *textwrap.wrap(p.summary, 78), ""]
    out += [
        "CREDENTIALS",
        "===========",
        "State license: not required in Alabama for cardiovascular technologists",
    ]
    for c in p.certs:
        out.append(f"\t{c.acr}\t{c.long}, {c.issuer}\t{c.wording}")
    out += ["", "EXPERIENCE", "=========="]
    for j in p.jobs:
        out.append(f"{span(j, 'mm/yyyy', ' - ')}\t{j.title}")
        out.append(
            f"\t{j.employer} - {j.city}" + (f" (contract via {j.agency})" if j.agency else "")
        )
    out += ["", "EDUCATION", "========="]
    for e in p.edu:
        out.append(f"{e.year}\t{' '.join(e.lines)}\t{e.school}")
    out += ["", "SYSTEMS", "=======", p.ehr_line, ""]
    return "\n".join(out)

"""HTML/CSS pages for set k (printed by Chromium, or screenshotted for the PNGs)."""

from __future__ import annotations

from html import escape as e

from model import MONTH_NAMES, MONTHS, Cert, Job, Lic, Person, fmt_month, ym

BASE_CSS = """
@page { size: Letter; margin: 0.55in 0.6in; }
* { box-sizing: border-box; }
body { margin: 0; color: #1d1f24; }
ul { margin: 2px 0 0 0; padding-left: 16px; }
li { margin: 1px 0; }
h2 { margin: 12px 0 4px 0; }
p { margin: 3px 0; }
"""


def page(css: str, body: str, title: str = "Resume") -> str:
    return f"<!doctype html><html><head><meta charset='utf-8'><title>{e(title)}</title><style>{BASE_CSS}{css}</style></head><body>{body}</body></html>"


def compact_word(lic: Lic, yes: str, no: str = "single-state") -> str:
    if lic.compact is True:
        return yes
    if lic.compact is False:
        return no
    return ""


def lic_exp(lic: Lic, style: str = "mmyyyy") -> str:
    return fmt_month(lic.expires, style) if lic.expires else ""


def cert_issuer(c: Cert, style: str) -> str:
    if not c.issuer:
        return ""
    return {
        "bracket": f" [{c.issuer}]",
        "paren": f" ({c.issuer})",
        "dash": f" — {c.issuer}",
        "comma": f", {c.issuer}",
    }[style]


def cert_line(c: Cert, style: str = "bracket", sep: str = " · ") -> str:
    s = c.printed + cert_issuer(c, style)
    if c.exp_text:
        s += sep + c.exp_text
    return s


def bullets(j: Job) -> str:
    if not j.bullets:
        return ""
    return "<ul>" + "".join(f"<li>{e(b)}</li>" for b in j.bullets) + "</ul>"


def skills_line(p: Person) -> str:
    return ", ".join(p.skills)


def ehr_line(p: Person) -> str:
    return ", ".join(p.ehr_printed)


def edu_line(ed, sep=" — ") -> str:
    s = f"{ed.degree}{sep}{ed.school}"
    if ed.city:
        s += f", {ed.city}"
    if ed.year:
        s += f" ({ed.year})"
    return s


def edu_comma(p: Person) -> str:
    return "".join("<p>" + e(edu_line(x, ", ")) + "</p>" for x in p.edu)


def contact_bits(p: Person) -> list[str]:
    bits = []
    if p.city:
        bits.append(p.full_address if p.street else p.city)
    bits += [p.phone, p.email]
    return bits


# ---------------------------------------------------------------- rightname (k01, k20)
def rightname(p: Person) -> str:
    css = """
body { font-family: 'Inter'; font-size: 10pt; line-height: 1.38; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #0f5e63; padding-bottom: 10px; }
.contact { font-size: 9pt; color: #333; line-height: 1.5; }
.who { text-align: right; }
.who h1 { margin: 0; font-size: 25pt; font-weight: 800; color: #0f5e63; }
.who .cr { font-size: 11pt; font-weight: 600; color: #555; }
.who .hl { font-size: 10pt; color: #333; }
h2 { font-size: 10pt; text-transform: uppercase; letter-spacing: 2px; color: #0f5e63; border-bottom: 1px solid #cfdfe0; }
.job { margin: 6px 0 7px 0; }
.jt { display: flex; justify-content: space-between; font-weight: 700; }
.jt span:last-child { font-weight: 500; color: #444; }
.emp { font-style: italic; color: #333; }
dl.lic { display: grid; grid-template-columns: 120px 1fr; margin: 2px 0; }
dl.lic dt { font-weight: 700; } dl.lic dd { margin: 0; }
"""
    contact = "<br>".join(
        e(x) for x in ([p.street, f"{p.city} {p.zipcode}"] if p.city else []) + [p.phone, p.email]
    )
    jobs = "".join(
        f"<div class='job'><div class='jt'><span>{e(j.title)}</span><span>{e(j.dates('mon', 'Current'))}</span></div>"
        f"<div class='emp'>{e(j.employer)}, {e(j.city)}</div>{bullets(j)}</div>"
        for j in p.jobs
    )
    lics = "".join(
        f"<dt>Licence</dt><dd>{e(x.shown_type)} — {e(x.state_name)}{' (' + compact_word(x, 'Compact') + ')' if x.compact is not None else ''} — #{e(x.number)} — Exp {lic_exp(x)}</dd>"
        for x in p.lics
    )
    certs = "".join(f"<li>{e(cert_line(c, 'bracket', ' — '))}</li>" for c in p.certs)
    edu = "".join(f"<p>{e(edu_line(x))}</p>" for x in p.edu)
    body = f"""
<div class='top'><div class='contact'>{contact}</div>
<div class='who'><h1>{e(p.name)}</h1><div class='cr'>{e(p.creds)}</div><div class='hl'>{e(p.headline)}</div></div></div>
<h2>Profile</h2><p>{e(p.summary)}</p>
<h2>Experience</h2>{jobs}
<h2>Licensure</h2><dl class='lic'>{lics}</dl>
<h2>Certifications</h2><ul>{certs}</ul>
<h2>Education</h2>{edu}
<h2>Skills &amp; Systems</h2><p>{e(skills_line(p))}{"; " if p.skills else ""}charting: {e(ehr_line(p))}</p>
"""
    return page(css, body, p.name)


# ---------------------------------------------------------------- assignments (k02), two pages
def assignments(p: Person) -> str:
    css = f"""
@page {{ margin: 0.7in 0.6in 0.6in 0.6in; @top-right {{ content: "{p.name} — Resume, page " counter(page); font-family: 'Open Sans'; font-size: 8pt; color: #777; }} }}
@page :first {{ @top-right {{ content: none; }} }}
body {{ font-family: 'Open Sans'; font-size: 9.6pt; line-height: 1.4; }}
h1 {{ font-size: 24pt; margin: 0; font-weight: 300; }} h1 b {{ font-weight: 700; }}
.hl {{ color: #7a3e00; font-weight: 600; }}
.ct {{ font-size: 9pt; margin-top: 3px; }}
h2 {{ font-size: 11pt; color: #7a3e00; border-bottom: 2px solid #f0c79a; }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.6pt; }}
th {{ background: #7a3e00; color: #fff; text-align: left; padding: 3px 4px; }}
td {{ border-bottom: 1px solid #e3d3c0; padding: 3px 4px; vertical-align: top; }}
.job {{ margin: 4px 0 8px 0; }} .d {{ float: right; color: #555; }}
.p2 {{ break-before: page; }}
"""
    first, _, last = p.name.rpartition(" ")
    travel = [j for j in p.jobs if j.agency]
    staff = [j for j in p.jobs if not j.agency]
    lic = "".join(
        f"<tr><td>{e(x.state_name)}</td><td>{e(x.shown_type)}</td><td>{e(x.number)}</td><td>{'Compact / multistate' if x.compact else 'Single-state'}</td><td>{lic_exp(x)}</td></tr>"
        for x in p.lics
    )
    certs = "".join(
        f"<tr><td>{e(c.printed)}</td><td>{e(c.issuer)}</td><td>{e(c.exp_text)}</td></tr>"
        for c in p.certs
    )
    rows = "".join(
        f"<tr><td>{e(j.dates('mmyyyy', 'Present', '–'))}</td><td>{e(j.employer)}</td><td>{e(j.unit)}</td><td>{e(j.city)}</td><td>{e(j.weeks)}</td><td>{e(j.agency or '')}</td></tr>"
        for j in travel
    )
    staffh = "".join(
        f"<div class='job'><b>{e(j.title)}</b><span class='d'>{e(j.dates('mmyyyy'))}</span><br>{e(j.employer)} · {e(j.city)}{bullets(j)}</div>"
        for j in staff
    )
    body = f"""
<h1>{e(first)} <b>{e(last)}</b>, {e(p.creds)}</h1>
<div class='hl'>{e(p.headline)}</div>
<div class='ct'>{e(p.full_address)} &nbsp;|&nbsp; {e(p.phone)} &nbsp;|&nbsp; {e(p.email)}</div>
<h2>Summary</h2><p>{e(p.summary)}</p>
<h2>Licences</h2><table><tr><th>State</th><th>Type</th><th>Number</th><th>Status</th><th>Expires</th></tr>{lic}</table>
<h2>Certifications</h2><table><tr><th>Certification</th><th>Issuer</th><th>Expiration</th></tr>{certs}</table>
<h2>Staff Experience</h2>{staffh}
<div class='p2'>
<h2>Travel Assignments (since 01/2024)</h2>
<p>All contracts are 13-week assignments unless noted; booked through the agencies shown.</p>
<table><tr><th>Dates</th><th>Facility</th><th>Unit</th><th>City, ST</th><th>Length</th><th>Agency</th></tr>{rows}</table>
<h2>Clinical Skills</h2><p>{e(skills_line(p))}</p>
<h2>EHR Experience</h2><p>{e(ehr_line(p))}</p>
<h2>Education</h2>{"".join(f"<p>{e(edu_line(x))}</p>" for x in p.edu)}
</div>
"""
    return page(css, body, p.name)


# ---------------------------------------------------------------- datesabove (k03): 8.5 pt
def datesabove(p: Person) -> str:
    css = """
@page { margin: 0.5in 0.55in; }
body { font-family: 'Roboto'; font-size: 8.5pt; line-height: 1.35; }
.hd { display: grid; grid-template-columns: 1.3fr 1fr; gap: 12px; border-bottom: 1px solid #222; padding-bottom: 6px; }
h1 { font-family: 'Roboto Condensed'; font-size: 22pt; margin: 0; font-weight: 700; }
.sub { font-size: 9.5pt; color: #444; }
.ct { text-align: right; font-size: 8.5pt; }
h2 { font-family: 'Roboto Condensed'; font-size: 10pt; font-weight: 700; margin: 9px 0 3px 0; color: #9b1d20; }
.dt { font-size: 7.8pt; color: #9b1d20; font-weight: 500; letter-spacing: 0.5px; margin-top: 6px; }
.tt { font-weight: 700; font-size: 9pt; }
.em { font-weight: 500; letter-spacing: 0.3px; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
"""
    jobs = "".join(
        f"<div class='dt'>{e(j.dates('dot', 'present'))}</div><div class='tt'>{e(j.title)}</div>"
        f"<div class='em'>{e(j.employer.upper())} — {e(j.city)}</div>{bullets(j)}"
        for j in p.jobs
    )
    lics = "".join(
        f"<p>{e(x.state_name)} {e(x.shown_type)} licence #{e(x.number)}, exp. {lic_exp(x)}</p>"
        for x in p.lics
    )
    certs = "".join(f"<p>{e(cert_line(c, 'paren', ', '))}</p>" for c in p.certs)
    edu = "".join(
        f"<p><b>{e(x.degree)}</b><br>{e(x.school.upper())}, {e(x.city)} · {e(x.year)}</p>"
        for x in p.edu
    )
    body = f"""
<div class='hd'><div><h1>{e(p.name)}, {e(p.creds)}</h1><div class='sub'>{e(p.headline)}</div></div>
<div class='ct'>{e(p.street)}<br>{e(p.city)} {e(p.zipcode)}<br>{e(p.phone)} · {e(p.email)}</div></div>
<h2>Summary</h2><p>{e(p.summary)}</p>
<h2>Experience</h2>{jobs}
<div class='cols'><div><h2>Licensure</h2>{lics}<h2>Certifications</h2>{certs}</div>
<div><h2>Education</h2>{edu}<h2>Skills</h2><p>{e(skills_line(p))}</p><h2>Documentation</h2><p>{e(ehr_line(p))}</p></div></div>
"""
    return page(css, body, p.name)


# ---------------------------------------------------------------- chips (k04, k27): right sidebar
def chips(p: Person) -> str:
    css = """
@page { margin: 0; }
body { font-family: 'Cantarell'; font-size: 9.6pt; line-height: 1.4; }
.wrap { display: grid; grid-template-columns: 1fr 2.35in; min-height: 11in; }
.main { padding: 0.55in 0.35in 0.4in 0.6in; }
.side { background: #eef1f7; padding: 0.6in 0.35in 0.4in 0.3in; border-left: 4px solid #3c4f8f; font-size: 8.8pt; }
h1 { font-size: 26pt; margin: 0; color: #3c4f8f; font-weight: 800; line-height: 1.05; }
.cr { color: #666; font-size: 10pt; margin-bottom: 4px; }
h2 { font-size: 10.5pt; color: #3c4f8f; text-transform: uppercase; letter-spacing: 1.2px; }
.side h2 { font-size: 9pt; }
.job { margin-bottom: 7px; } .jd { color: #666; font-size: 8.6pt; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px; }
.chip { border: 1.2px solid #3c4f8f; border-radius: 9px; padding: 4px 6px; font-size: 8pt; line-height: 1.3; background: #f7f8fc; }
.chip b { display: block; font-size: 9.5pt; color: #3c4f8f; }
.side p { margin: 2px 0 6px 0; }
"""
    jobs = "".join(
        f"<div class='job'><b>{e(j.title)}</b><br>{e(j.employer)}, {e(j.city)}<div class='jd'>{e(j.dates('month'))}{' · through ' + e(j.agency) if j.agency else ''}</div>{bullets(j)}</div>"
        for j in p.jobs
    )
    chip = "".join(
        f"<div class='chip'><b>{e(c.name)}</b>{e(c.long) + '<br>' if c.long else ''}{e(c.issuer)}{'<br>' + e(c.exp_text) if c.exp_text else ''}</div>"
        for c in p.certs
    )
    lics = "".join(
        f"<p><b>{e(x.state_name)}</b> — {e(x.shown_type)}{', ' + compact_word(x, 'multistate') if x.compact is not None else ''}<br>No. {e(x.number)}<br>expires {fmt_month(x.expires, 'mon')}</p>"
        for x in p.lics
    )
    edu = "".join(f"<p><b>{e(x.degree)}</b><br>{e(x.school)} · {e(x.year)}</p>" for x in p.edu)
    body = f"""
<div class='wrap'><div class='main'>
<h1>{e(p.name)}</h1><div class='cr'>{e(p.creds)} · {e(p.headline)}</div>
<p>{e(p.summary)}</p>
<h2>Work History</h2>{jobs}
<h2>Certifications</h2><div class='grid'>{chip}</div>
<h2>Education</h2>{edu}
</div><div class='side'>
<h2>Contact</h2><p>{e(p.street)}<br>{e(p.city)} {e(p.zipcode)}</p><p>{e(p.phone)}</p><p>{e(p.email)}</p>
<h2>Licence</h2>{lics}
<h2>Strengths</h2><p>{"<br>".join(e(s) for s in p.skills)}</p>
<h2>EHR</h2><p>{"<br>".join(e(s) for s in p.ehr_printed)}</p>
</div></div>
"""
    return page(css, body, p.name)


# ---------------------------------------------------------------- coverfirst (k05, k29)
def coverfirst(p: Person) -> str:
    css = """
body { font-family: 'P052'; font-size: 10.2pt; line-height: 1.36; }
.letter { font-size: 10pt; border-bottom: 1px solid #999; padding-bottom: 8px; margin-bottom: 10px; }
h1 { text-align: center; font-size: 20pt; margin: 0; letter-spacing: 1px; }
.ct { text-align: center; font-size: 9.5pt; margin-bottom: 4px; }
h2 { font-size: 11pt; font-variant: small-caps; letter-spacing: 1px; border-bottom: 0.8px solid #444; }
.job { margin: 3px 0 6px 0; } .d { float: right; }
"""
    to, org = p.extra["cover_to"], p.extra["cover_org"]
    yrs = p.years()
    letter = f"""<div class='letter'><p>Dear {e(to.split(",")[0])},</p>
<p>Thank you for the call last week. As promised, my résumé follows below. I am a {e(p.headline.lower())} with {int(yrs or 0)} years of licensed experience,
and I would welcome a conversation about the openings you described at {e(org)} or its partner hospitals. My references are available on request.</p>
<p>Sincerely,<br>{e(p.name.split()[0])}</p></div>"""
    jobs = "".join(
        f"<div class='job'><b>{e(j.employer)}</b>, {e(j.city)}<span class='d'>{e(j.dates('mmyyyy', 'Current'))}</span><br><i>{e(j.title)}</i>{bullets(j)}</div>"
        for j in p.jobs
    )
    lics = "".join(
        f"<li>{e(x.state_name)} {e(x.shown_type)}{' (' + compact_word(x, 'multistate compact') + ')' if x.compact is not None else ''}, license no. {e(x.number)}, expires {fmt_month(x.expires, 'month')}</li>"
        for x in p.lics
    )
    certs = "".join(f"<li>{e(cert_line(c, 'comma', ' — '))}</li>" for c in p.certs)
    body = f"""{letter}
<h1>{e(p.name.upper())}</h1>
<div class='ct'>{e(p.full_address)} · {e(p.phone)} · {e(p.email)}</div>
<h2>Profile</h2><p>{e(p.summary)}</p>
<h2>Professional Experience</h2>{jobs}
<h2>Licensure</h2><ul>{lics}</ul>
<h2>Certifications</h2><ul>{certs}</ul>
<h2>Education</h2>{edu_comma(p)}
<h2>Systems</h2><p>{e(ehr_line(p))}</p>
"""
    return page(css, body, p.name)


# ---------------------------------------------------------------- newgrad (k06)
def newgrad(p: Person) -> str:
    css = """
body { font-family: 'Noto Sans'; font-size: 9.8pt; line-height: 1.42; }
.band { background: #2b6e4f; color: #fff; padding: 14px 18px; border-radius: 4px; }
h1 { margin: 0; font-size: 23pt; font-weight: 700; }
.band .ct { font-size: 9pt; opacity: 0.95; }
h2 { font-size: 10.5pt; color: #2b6e4f; margin-top: 12px; border-left: 4px solid #2b6e4f; padding-left: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
td, th { border: 1px solid #b9d3c4; padding: 3px 5px; text-align: left; } th { background: #e7f1eb; }
.job b { display: inline-block; min-width: 60%; }
"""
    lic = p.lics[0]
    rot = "".join(
        f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>" for a, b, c in p.rotations
    )
    jobs = "".join(
        f"<div class='job'><b>{e(j.title)}</b> {e(j.dates('mon', 'to date'))}<br>{e(j.employer)} — {e(j.city)}{bullets(j)}</div>"
        for j in p.jobs
    )
    certs = "".join(f"<li>{e(cert_line(c, 'paren', ' — '))}</li>" for c in p.certs)
    body = f"""
<div class='band'><h1>{e(p.name)}, {e(p.creds)}</h1><div class='ct'>{e(p.full_address)} · {e(p.phone)} · {e(p.email)}</div></div>
<h2>Objective</h2><p>{e(p.summary)}</p>
<h2>Licensure</h2><p>Registered Nurse, State of {e(lic.state_name)} — License {e(lic.number)}, issued August 2026, expires {fmt_month(lic.expires, "mmyyyy")}</p>
<h2>Education</h2><p><b>{e(p.edu[0].degree)}</b>, {e(p.edu[0].school)}, {e(p.edu[0].city)} — April 2026 · Dean's List, Sigma Theta Tau</p>
<h2>Clinical Rotations</h2><table><tr><th>Rotation</th><th>Clinical site</th><th>Term</th></tr>{rot}</table>
<h2>Work Experience</h2>{jobs}
<h2>Certifications</h2><ul>{certs}</ul>
<h2>Skills</h2><p>{e(skills_line(p))} · EHR: {e(ehr_line(p))}</p>
"""
    return page(css, body, p.name)


# ---------------------------------------------------------------- statbox (k07, k21)
def statbox(p: Person) -> str:
    css = """
body { font-family: 'Nimbus Sans'; font-size: 9.8pt; line-height: 1.38; }
h1 { font-size: 24pt; margin: 0; }
.hl { font-size: 11pt; color: #5b2a86; font-weight: bold; }
.ct { font-size: 9pt; color: #333; margin: 3px 0 8px 0; }
.stats { display: flex; gap: 8px; margin: 6px 0 4px 0; }
.stat { flex: 1; border: 1.5px solid #5b2a86; border-radius: 6px; text-align: center; padding: 4px; }
.stat .n { font-size: 17pt; font-weight: bold; color: #5b2a86; display: block; }
.stat .l { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.8px; }
h2 { font-size: 10.5pt; color: #fff; background: #5b2a86; padding: 2px 6px; }
.job { margin: 4px 0 7px 0; } .d { color: #5b2a86; font-weight: bold; }
"""
    stats = "".join(
        f"<div class='stat'><span class='n'>{e(n)}</span><span class='l'>{e(lab)}</span></div>"
        for n, lab in p.extra["stats"]
    )
    jobs = "".join(
        f"<div class='job'><span class='d'>{e(j.dates('myyyy', 'now'))}</span> &nbsp; <b>{e(j.title)}</b><br>{e(j.employer)}, {e(j.city)}"
        f"{' — travel contract, ' + e(j.agency) if j.agency else ''}{bullets(j)}</div>"
        for j in p.jobs
    )
    lics = "".join(
        f"<li>{e(x.state)} · {e(x.shown_type)}{' · ' + compact_word(x, 'Multistate (NLC)') if x.compact is not None else ''} · {e(x.number)} · exp {lic_exp(x)}</li>"
        for x in p.lics
    )
    certs = "".join(f"<li>{e(cert_line(c, 'paren', ', '))}</li>" for c in p.certs)
    body = f"""
<h1>{e(p.name)} <span style='font-size:13pt;color:#666'>{e(p.creds)}</span></h1>
<div class='hl'>{e(p.headline)}</div>
<div class='ct'>{e(p.full_address)} | {e(p.phone)} | {e(p.email)}</div>
<div class='stats'>{stats}</div>
<h2>About</h2><p>{e(p.summary)}</p>
<h2>Experience</h2>{jobs}
<h2>Licenses</h2><ul>{lics}</ul>
<h2>Credentials</h2><ul>{certs}</ul>
<h2>Education</h2>{"".join(f"<p>{e(edu_line(x))}</p>" for x in p.edu)}
<h2>Clinical Skills &amp; Charting</h2><p>{e(skills_line(p))}. Charting: {e(ehr_line(p))}.</p>
"""
    return page(css, body, p.name)


# ---------------------------------------------------------------- dlcard (k08, k22)
def dlcard(p: Person) -> str:
    css = """
body { font-family: 'Noto Serif'; font-size: 9.8pt; line-height: 1.4; }
.card { border: 1px solid #999; padding: 10px 14px; margin-bottom: 8px; }
h1 { font-size: 21pt; margin: 0 0 2px 0; font-weight: 700; }
h2 { font-family: 'Noto Sans'; font-size: 9.5pt; letter-spacing: 2px; text-transform: uppercase; color: #8a5a00; margin: 10px 0 4px 0; }
dl { display: grid; grid-template-columns: 1.35in 1fr; margin: 0; row-gap: 3px; }
dt { font-family: 'Noto Sans'; font-size: 8.6pt; color: #555; }
dd { margin: 0; }
"""
    contact = "".join(
        f"<dt>{k}</dt><dd>{e(v)}</dd>"
        for k, v in [("Address", p.full_address), ("Mobile", p.phone), ("E-mail", p.email)]
        if v
    )
    jobs = "".join(
        f"<dt>{e(j.dates('month'))}</dt><dd><b>{e(j.title)}</b><br>{e(j.employer)}, {e(j.city)}{bullets(j)}</dd>"
        for j in p.jobs
    )
    certs = "".join(
        f"<dt>{e(c.name)}</dt><dd>{e(c.long or c.name)} — {e(c.issuer)}{', ' + e(c.exp_text) if c.exp_text else ''}</dd>"
        for c in p.certs
    )
    edu = "".join(
        f"<dt>{e(x.year)}</dt><dd>{e(x.degree)}<br>{e(x.school)}, {e(x.city)}</dd>" for x in p.edu
    )
    lics = "".join(
        f"<dt>Licence</dt><dd>{e(x.state_name)} {e(x.shown_type)} {e(x.number)}, exp. {lic_exp(x)}</dd>"
        for x in p.lics
    )
    body = f"""
<div class='card'><h1>{e(p.name)}, {e(p.creds)}</h1><div>{e(p.headline)}</div></div>
<dl>{contact}</dl>
<h2>Profile</h2><p>{e(p.summary)}</p>
<h2>Registry &amp; credentials</h2><dl>{lics}{certs}</dl>
<h2>Employment</h2><dl>{jobs}</dl>
<h2>Education</h2><dl>{edu}</dl>
<h2>Skills</h2><dl><dt>Modalities</dt><dd>{e(skills_line(p))}</dd><dt>Systems</dt><dd>{e(ehr_line(p))}</dd></dl>
"""
    return page(css, body, p.name)


# ---------------------------------------------------------------- classic (k17) and classic2 (k26, two pages)
def classic(p: Person, two_pages: bool = False) -> str:
    css = """
body { font-family: 'C059'; font-size: 10.5pt; line-height: 1.36; }
h1 { text-align: center; font-size: 21pt; margin: 0; font-weight: normal; letter-spacing: 2px; }
.ct { text-align: center; font-size: 9.6pt; border-bottom: 2px double #333; padding-bottom: 6px; }
h2 { font-size: 10.5pt; text-transform: uppercase; letter-spacing: 3px; text-align: center; margin-top: 12px; }
.job { margin: 4px 0 6px 0; } .d { float: right; font-style: italic; }
.p2 { break-before: page; } .rh { font-size: 9pt; border-bottom: 1px solid #555; margin-bottom: 8px; }
"""
    jobs = "".join(
        f"<div class='job'><b>{e(j.title)}</b><span class='d'>{e(j.dates('month'))}</span><br>{e(j.employer)} — {e(j.city)}{bullets(j)}</div>"
        for j in p.jobs
    )
    lics = "".join(
        f"<li>{e(x.shown_type)}, {e(x.state_name)}{', ' + compact_word(x, 'multistate') if x.compact is not None else ''} — {e(x.number)} — renews {lic_exp(x)}</li>"
        for x in p.lics
    )
    certs = "".join(f"<li>{e(cert_line(c, 'paren', ', '))}</li>" for c in p.certs)
    edu = "".join(f"<li>{e(edu_line(x, ', '))}</li>" for x in p.edu)
    page2 = ""
    if two_pages:
        page2 = f"""<div class='p2'><div class='rh'>{e(p.name)} — page 2</div>
<h2>Continuing Education</h2><ul><li>Vestibular Rehabilitation: A Competency-Based Course (2023)</li><li>LSVT-style amplitude training workshop, 16 contact hours (2022)</li>
<li>Clinical Practice Guideline update: stroke locomotor training (2021)</li><li>Home health OASIS accuracy, 8 contact hours (2020)</li></ul>
<h2>Presentations</h2><ul><li>"Walking after stroke: getting the dose right at home." Regional home care conference, Syracuse, 2024.</li>
<li>"Balance screening in the community." Senior center lecture series, Rochester, 2019.</li></ul>
<h2>Professional Memberships</h2><ul><li>American Physical Therapy Association — Academy of Neurologic Physical Therapy</li><li>New York Physical Therapy Association</li></ul>
<h2>Systems</h2><p style='text-align:center'>{e(ehr_line(p))}</p></div>"""
    systems = (
        ""
        if two_pages
        else f"<h2>Systems</h2><p style='text-align:center'>{e(ehr_line(p))} · {e(skills_line(p))}</p>"
    )
    body = f"""
<h1>{e(p.name)}, {e(p.creds)}</h1>
<div class='ct'>{e(p.full_address)} &nbsp;◆&nbsp; {e(p.phone)} &nbsp;◆&nbsp; {e(p.email)}</div>
<p style='text-align:center;font-style:italic;margin-top:6px'>{e(p.summary)}</p>
<h2>Experience</h2>{jobs}
<h2>Licensure</h2><ul>{lics}</ul>
<h2>Certifications</h2><ul>{certs}</ul>
<h2>Education</h2><ul>{edu}</ul>
{systems}{page2}
"""
    return page(css, body, p.name)


def classic2(p: Person) -> str:
    return classic(p, two_pages=True)


# ---------------------------------------------------------------- smallprint (k18): 9 pt
def smallprint(p: Person) -> str:
    css = """
@page { margin: 0.45in 0.5in; }
body { font-family: 'Liberation Sans Narrow'; font-size: 9pt; line-height: 1.3; }
h1 { font-size: 17pt; margin: 0; }
.ct { font-size: 9pt; }
h2 { font-size: 9.5pt; text-transform: uppercase; border-bottom: 1.5px solid #000; margin: 8px 0 3px 0; }
table { width: 100%; border-collapse: collapse; } td { vertical-align: top; padding: 1px 3px; }
td.d { width: 1.35in; white-space: nowrap; }
"""
    rows = "".join(
        f"<tr><td class='d'>{e(j.dates('mmyyyy'))}</td><td><b>{e(j.title)}</b>, {e(j.employer)}, {e(j.city)}{bullets(j)}</td></tr>"
        for j in p.jobs
    )
    lics = "".join(
        f"<tr><td class='d'>{e(x.state_name)}</td><td>{e(x.shown_type)} license {e(x.number)} — exp. {lic_exp(x)}</td></tr>"
        for x in p.lics
    )
    certs = "".join(
        f"<tr><td class='d'>{e(c.name)}</td><td>{e(c.long + ' — ' if c.long else '')}{e(c.issuer)}{' — ' + e(c.exp_text) if c.exp_text else ''}</td></tr>"
        for c in p.certs
    )
    edu = "".join(
        f"<tr><td class='d'>{e(x.year)}</td><td>{e(x.degree)}, {e(x.school)}, {e(x.city)}</td></tr>"
        for x in p.edu
    )
    body = f"""
<h1>{e(p.name)}, {e(p.creds)}</h1>
<div class='ct'>{e(p.full_address)} · {e(p.phone)} · {e(p.email)}</div>
<p>{e(p.summary)}</p>
<h2>Experience</h2><table>{rows}</table>
<h2>Licensure</h2><table>{lics}</table>
<h2>Certifications</h2><table>{certs}</table>
<h2>Education</h2><table>{edu}</table>
<h2>Skills</h2><p>{e(skills_line(p))}. Systems: {e(ehr_line(p))}.</p>
"""
    return page(css, body, p.name)


# ---------------------------------------------------------------- twocolumn (k19, k28)
def twocolumn(p: Person) -> str:
    css = """
body { font-family: 'Noto Sans'; font-size: 9.8pt; line-height: 1.38; }
.hd { border-bottom: 3px solid #b0413e; padding-bottom: 6px; margin-bottom: 6px; }
h1 { font-size: 24pt; margin: 0; color: #b0413e; }
.cols { column-count: 2; column-gap: 0.3in; column-rule: 1px solid #ccc; }
h2 { font-size: 10pt; color: #b0413e; text-transform: uppercase; margin: 8px 0 3px 0; break-after: avoid; }
.job { break-inside: avoid; margin-bottom: 6px; } .d { font-size: 8.6pt; color: #555; }
"""
    jobs = "".join(
        f"<div class='job'><b>{e(j.title)}</b><br>{e(j.employer)}<br>{e(j.city)}<div class='d'>{e(j.dates('mon', 'Current'))}</div>{bullets(j)}</div>"
        for j in p.jobs
    )
    lics = "".join(
        f"<p>{e(x.state_name)} — {e(x.shown_type)}<br>#{e(x.number)}, exp. {lic_exp(x)}</p>"
        for x in p.lics
    )
    certs = "".join(f"<p>{e(cert_line(c, 'bracket', ' — '))}</p>" for c in p.certs)
    body = f"""
<div class='hd'><h1>{e(p.name)}</h1><div>{e(p.creds)} · {e(p.headline)}</div>
<div>{e(p.full_address)} · {e(p.phone)} · {e(p.email)}</div></div>
<div class='cols'>
<h2>Summary</h2><p>{e(p.summary)}</p>
<h2>Experience</h2>{jobs}
<h2>Licensure</h2>{lics}
<h2>Certifications</h2>{certs}
<h2>Education</h2>{"".join(f"<p>{e(x.degree)}<br>{e(x.school)} ({e(x.year)})</p>" for x in p.edu)}
<h2>Skills</h2><p>{e(skills_line(p))}</p>
<h2>EMR</h2><p>{e(ehr_line(p))}</p>
</div>
"""
    return page(css, body, p.name)


# ---------------------------------------------------------------- monotype (k25)
def monotype(p: Person) -> str:
    css = """
@page { margin: 0.7in 0.8in; }
body { font-family: 'Nimbus Mono PS'; font-size: 10.5pt; line-height: 1.3; }
h1 { font-size: 14pt; text-align: center; margin: 0; }
.c { text-align: center; }
h2 { font-size: 10.5pt; margin: 12px 0 2px 0; text-decoration: underline; }
ul { list-style: none; padding-left: 18px; } li:before { content: "- "; }
"""
    jobs = "".join(
        f"<p><b>{e(j.dates('mmyyyy', 'present'))}</b> &nbsp; {e(j.title)}<br>&nbsp;&nbsp;{e(j.employer)}, {e(j.city)}</p>{bullets(j)}"
        for j in p.jobs
    )
    lics = "".join(
        f"<p>{e(x.shown_type)}, State of {e(x.state_name)}, No. {e(x.number)}, expires {lic_exp(x)}</p>"
        for x in p.lics
    )
    certs = "".join(f"<p>{e(cert_line(c, 'paren', ' - '))}</p>" for c in p.certs)
    body = f"""
<h1>{e(p.name.upper())}, {e(p.creds)}</h1>
<div class='c'>{e(p.street)}<br>{e(p.city)} {e(p.zipcode)}<br>Tel. {e(p.phone)}<br>{e(p.email)}</div>
<h2>OBJECTIVE</h2><p>{e(p.headline)}. {e(p.summary)}</p>
<h2>EMPLOYMENT</h2>{jobs}
<h2>LICENSE</h2>{lics}
<h2>CERTIFICATIONS</h2>{certs}
<h2>EDUCATION</h2>{edu_comma(p)}
<h2>COMPUTER</h2><p>{e(ehr_line(p))}</p>
"""
    return page(css, body, p.name)


# ---------------------------------------------------------------- plainword (k30)
def plainword(p: Person) -> str:
    css = """
@page { margin: 1in; }
body { font-family: 'Liberation Serif'; font-size: 11.5pt; line-height: 1.25; }
h1 { font-size: 16pt; margin: 0; }
h2 { font-size: 11.5pt; text-decoration: underline; margin: 10px 0 2px 0; }
ul { padding-left: 28px; }
"""
    jobs = "".join(
        f"<p><b>{e(j.employer)}</b>, {e(j.city)} &nbsp;&nbsp; {e(j.dates('mon'))}<br>{e(j.title)}</p>{bullets(j)}"
        for j in p.jobs
    )
    lics = "".join(
        f"<li>{e(x.state_name)} {e(x.shown_type)} License {e(x.number)} ({compact_word(x, 'Compact/Multistate')}), expires {lic_exp(x)}</li>"
        for x in p.lics
    )
    certs = "".join(f"<li>{e(cert_line(c, 'paren', ', '))}</li>" for c in p.certs)
    body = f"""
<h1>{e(p.name)}, {e(p.creds)}</h1>
<p>{e(p.full_address)}<br>{e(p.phone)}<br>{e(p.email)}</p>
<h2>Summary</h2><p>{e(p.summary)}</p>
<h2>Experience</h2>{jobs}
<h2>Licensure</h2><ul>{lics}</ul>
<h2>Certifications</h2><ul>{certs}</ul>
<h2>Education</h2>{edu_comma(p)}
<h2>Computer Skills</h2><p>{e(ehr_line(p))}</p>
"""
    return page(css, body, p.name)


# ---------------------------------------------------------------- emailapp (k23): phone screenshot
def emailapp(p: Person) -> str:
    css = """
@page { size: 430px 2400px; margin: 0; }
body { font-family: 'Roboto'; font-size: 15px; line-height: 1.42; width: 430px; background: #fff; }
.status { height: 44px; display: flex; justify-content: space-between; align-items: center; padding: 0 22px; font-weight: 600; font-size: 15px; }
.bar { display: flex; align-items: center; gap: 14px; padding: 8px 14px; border-bottom: 1px solid #e4e4e4; color: #1a73e8; font-size: 16px; }
.subj { font-size: 21px; font-weight: 500; padding: 12px 16px 4px 16px; }
.tag { display: inline-block; font-size: 11px; background: #eee; border-radius: 4px; padding: 1px 6px; color: #555; margin-left: 6px; vertical-align: middle; }
.from { display: flex; gap: 10px; padding: 8px 16px; align-items: center; }
.av { width: 40px; height: 40px; border-radius: 50%; background: #8e44ad; color: #fff; font-weight: 700; display: flex; align-items: center; justify-content: center; }
.meta { font-size: 13px; color: #5f6368; }
.body { padding: 6px 16px 20px 16px; }
.body h3 { font-size: 15px; margin: 12px 0 2px 0; text-transform: uppercase; letter-spacing: 0.5px; }
.body p { margin: 2px 0; }
.att { margin: 10px 16px; border: 1px solid #ddd; border-radius: 8px; padding: 8px 10px; font-size: 13px; }
.foot { display: flex; justify-content: space-around; padding: 12px 0 28px 0; border-top: 1px solid #e4e4e4; color: #1a73e8; }
"""
    L = p.lics[0]
    jobs = "".join(
        f"<p><b>{e(j.title)}</b> — {e(j.employer)}, {e(j.city)}<br>{e(j.dates('mmyyyy', 'present', ' - '))}</p>"
        f"{''.join('<p>• ' + e(b) + '</p>' for b in j.bullets)}"
        for j in p.jobs
    )
    certs = "".join(f"<p>{e(cert_line(c, 'paren', ' '))}</p>" for c in p.certs)
    body = f"""
<div class='status'><span>9:41</span><span>▂▄▆ 5G ▮▮▮▯</span></div>
<div class='bar'><span>‹ Inbox</span><span style='flex:1'></span><span>🗑</span><span>✉</span><span>⋯</span></div>
<div class='subj'>Resume – PACU RN – {e(p.name)}<span class='tag'>Inbox</span></div>
<div class='from'><div class='av'>SK</div><div><b>{e(p.name)}</b> &lt;{e(p.email)}&gt;<div class='meta'>to Dana Whitlock &lt;dwhitlock@example.org&gt; · Nov 28</div></div></div>
<div class='body'>
<p>Hi Dana,</p>
<p>Nice talking with you Tuesday. Pasting my resume below since the attachment keeps bouncing from my phone. I'm open to local PACU or Phase II work, days preferred.</p>
<p>Thanks! — Sabine</p>
<p>--------------------------------</p>
<p><b>{e(p.name.upper())}, {e(p.creds)}</b><br>{e(p.city)}<br>{e(p.phone)} | {e(p.email)}</p>
<h3>Experience</h3>{jobs}
<h3>License</h3><p>{e(L.state_name)} RN #{e(L.number)}, exp {lic_exp(L)}</p>
<h3>Certifications</h3>{certs}
<h3>Education</h3><p>{e(p.edu[0].degree)}, {e(p.edu[0].school)}, {e(p.edu[0].year)}</p>
<h3>Systems</h3><p>{e(ehr_line(p))}</p>
</div>
<div class='meta' style='padding:0 16px'>Dana Whitlock · Senior Recruiter, Keystone Bridge Staffing · (412) 555-0199</div>
<div class='foot'><span>↩ Reply</span><span>↪ Forward</span></div>
"""
    return page(css, body, p.name)


# ---------------------------------------------------------------- profile (k24): desktop network profile
def profile(p: Person) -> str:
    viewer = p.extra["viewer"]
    css = """
@page { size: 1280px 2300px; margin: 0; }
body { font-family: 'Open Sans'; font-size: 14px; background: #f3f2ef; width: 1280px; }
.nav { background: #fff; height: 52px; border-bottom: 1px solid #ddd; display: flex; align-items: center; padding: 0 60px; gap: 26px; color: #555; font-size: 12px; }
.logo { background: #0b66c2; color: #fff; font-weight: 800; padding: 2px 7px; border-radius: 4px; font-size: 20px; }
.search { background: #edf3f8; border-radius: 4px; padding: 7px 12px; width: 260px; color: #666; }
.grid { display: grid; grid-template-columns: 800px 300px; gap: 24px; padding: 22px 60px; }
.card { background: #fff; border-radius: 8px; border: 1px solid #ddd; padding: 18px 24px; margin-bottom: 10px; }
.cover { height: 130px; background: linear-gradient(90deg, #7aa7c7, #c7d9e8); border-radius: 8px 8px 0 0; margin: -18px -24px 0 -24px; }
.pic { width: 120px; height: 120px; border-radius: 50%; border: 4px solid #fff; background: #a98; margin-top: -70px; }
h1 { font-size: 24px; margin: 8px 0 2px 0; font-weight: 600; }
h2 { font-size: 19px; margin: 0 0 10px 0; font-weight: 600; }
.muted { color: #666; font-size: 13px; }
.ex { display: flex; gap: 12px; border-bottom: 1px solid #eee; padding: 10px 0; }
.lg { width: 44px; height: 44px; background: #dfe6ec; flex: none; }
.btn { display: inline-block; border-radius: 16px; padding: 5px 14px; font-weight: 600; margin-right: 6px; }
.pri { background: #0b66c2; color: #fff; } .sec { border: 1px solid #0b66c2; color: #0b66c2; }
"""
    exp = "".join(
        f"<div class='ex'><div class='lg'></div><div><b>{e(j.title)}</b><br>{e(j.employer)} · {'Part-time' if j.start == '2021-08' else 'Full-time'}"
        f"<div class='muted'>{e(j.dates('mon', 'Present', ' - '))}</div><div class='muted'>{e(j.city)}</div>"
        f"<div>{e(' '.join(j.bullets))}</div></div></div>"
        for j in p.jobs
    )
    lic = p.lics[0]
    certs = "".join(
        f"<div class='ex'><div class='lg'></div><div><b>{e(c.printed)}</b><br>{e(c.issuer)}<div class='muted'>{'Expires ' + fmt_month(c.expires, 'mon') if c.expires else 'No expiration date'}</div></div></div>"
        for c in p.certs
    )
    certs += f"<div class='ex'><div class='lg'></div><div><b>{e(lic.shown_type)} License</b><br>North Carolina Board of Examiners for Speech and Language Pathologists and Audiologists<div class='muted'>Expires {fmt_month(lic.expires, 'mon')} · Credential ID {e(lic.number)}</div></div></div>"
    edu = "".join(
        f"<div class='ex'><div class='lg'></div><div><b>{e(x.school)}</b><br>{e(x.degree)}<div class='muted'>{int(x.year) - 2} – {e(x.year)}</div></div></div>"
        for x in p.edu
    )
    body = f"""
<div class='nav'><span class='logo'>in</span><span class='search'>🔍 Search</span><span style='flex:1'></span><span>Home</span><span>My Network</span><span>Jobs</span><span>Messaging</span><span>Notifications</span><span>Me ▾<br>{e(viewer)}</span><span>Recruiter</span></div>
<div class='grid'><div>
<div class='card'><div class='cover'></div><div class='pic'></div>
<h1>{e(p.name)} <span class='muted'>(She/Her) · 2nd</span></h1>
<div>{e(p.headline)}</div>
<div class='muted'>{e(p.city.split(",")[0])}, North Carolina, United States · <span style='color:#0b66c2;font-weight:600'>Contact info</span></div>
<div class='muted' style='margin:6px 0'>500+ connections</div>
<span class='btn pri'>Message</span><span class='btn sec'>More</span>
<div style='margin-top:12px;border-top:1px solid #eee;padding-top:8px'><b>Contact info</b><br>Email: {e(p.email)}<br>Phone: {e(p.phone)} (Mobile)</div>
</div>
<div class='card'><h2>About</h2><p>{e(p.summary)}</p></div>
<div class='card'><h2>Experience</h2>{exp}</div>
<div class='card'><h2>Education</h2>{edu}</div>
<div class='card'><h2>Licenses &amp; certifications</h2>{certs}</div>
<div class='card'><h2>Skills</h2><p>{" · ".join(e(s) for s in p.skills)}</p></div>
</div><div>
<div class='card'><b>Viewing as {e(viewer)}</b><div class='muted'>Talent Acquisition · Piedmont Allied Search</div></div>
<div class='card'><h2 style='font-size:16px'>People also viewed</h2>
<p><b>Harrison Pell</b><br><span class='muted'>SLP at a school district</span></p><p><b>Mirela Dobrescu</b><br><span class='muted'>Occupational Therapist</span></p><p><b>Jonah Whitcomb</b><br><span class='muted'>Physical Therapist, DPT</span></p></div>
</div></div>
"""
    return page(css, body, p.name)


DESIGNS = {
    "rightname": rightname,
    "assignments": assignments,
    "datesabove": datesabove,
    "chips": chips,
    "coverfirst": coverfirst,
    "newgrad": newgrad,
    "statbox": statbox,
    "dlcard": dlcard,
    "classic": classic,
    "classic2": classic2,
    "smallprint": smallprint,
    "twocolumn": twocolumn,
    "monotype": monotype,
    "plainword": plainword,
    "emailapp": emailapp,
    "profile": profile,
}

__all__ = ["DESIGNS", "MONTHS", "MONTH_NAMES", "ym"]

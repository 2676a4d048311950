"""Set j's HTML/CSS pages (printed by headless Chromium). Each design is one function."""

from __future__ import annotations

from html import escape as esc

from model import Job, Person, home, span

BASE_CSS = "@page { size: Letter; margin: 0.6in 0.65in; } * { box-sizing: border-box; } body { margin: 0; color: #1d1d1f; } ul { margin: 2px 0 6px 0; padding-left: 16px; } li { margin: 1px 0; }"


def page(css: str, body: str) -> str:
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{BASE_CSS}{css}</style></head><body>{body}</body></html>"


def ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def contact_bits(p: Person) -> list[str]:
    bits = [home(p)] if p.city else []
    return bits + [p.phone, p.email]


def edu_lines(p: Person, sep: str = " — ") -> list[str]:
    return [
        f"{e.degree}{sep}{e.school}, {e.city}" + (f" ({e.year})" if e.year else "") for e in p.edu
    ]


def where(j: Job) -> str:
    return f"{j.employer}, {j.city}"


# 1 ---------------------------------------------------------------- gdocs
def gdocs(p: Person, style: str = "mon") -> str:
    """A Google-Docs-like template: small-caps headings, title/employer left and dates right on one line."""
    css = """
body { font-family: 'Carlito', 'Lato', sans-serif; font-size: 10.5pt; line-height: 1.3; }
h1 { font-family: 'Caladea', serif; font-weight: normal; font-size: 26pt; margin: 0; letter-spacing: .5px; }
.sub { color: #555; margin: 2px 0 10px; }
h2 { font-variant: small-caps; font-size: 13pt; color: #2b5797; border-bottom: 1px solid #c8d3e6; margin: 12px 0 4px; letter-spacing: 1px; font-weight: 600; }
.row { display: flex; justify-content: space-between; margin-top: 6px; }
.row .d { white-space: nowrap; padding-left: 12px; }
.loc { color: #666; font-style: italic; }
"""
    jobs = ""
    for j in p.jobs:
        jobs += f"<div class='row'><div><b>{esc(j.employer)}</b>, {esc(j.city)} — <i>{esc(j.title)}</i></div><div class='d'>{esc(span(j, style))}</div></div>"
        if j.agency:
            jobs += f"<div class='loc'>Contract through {esc(j.agency)}</div>"
        jobs += ul(j.bullets)
    body = f"<h1>{esc(p.name)}{', ' + esc(p.creds) if p.creds else ''}</h1><div class='sub'>{' · '.join(esc(b) for b in contact_bits(p))}</div>"
    if p.summary:
        body += f"<h2>Summary</h2><div>{esc(p.summary)}</div>"
    body += f"<h2>Experience</h2>{jobs}"
    body += "<h2>Education</h2>" + "".join(
        f"<div class='row'><div><b>{esc(e.school)}</b>, {esc(e.city)} — {esc(e.degree)}</div><div class='d'>{esc(e.year)}</div></div>"
        for e in p.edu
    )
    if p.licenses:
        body += "<h2>Licensure</h2>" + ul([lc.text for lc in p.licenses])
    body += "<h2>Certifications</h2>" + ul([c.text for c in p.certs])
    skills = p.skills + ([f"Systems: {p.systems}"] if p.systems else [])
    body += "<h2>Skills</h2><div>" + esc(" • ".join(skills)) + "</div>"
    return page(css, body)


# 2 ---------------------------------------------------------------- travel table, two pages
def traveltable(p: Person) -> str:
    css = """
body { font-family: 'Lato', sans-serif; font-size: 10pt; line-height: 1.35; }
.top { border-left: 8px solid #0f766e; padding-left: 14px; margin-bottom: 10px; }
h1 { margin: 0; font-size: 24pt; font-weight: 900; color: #0f3d3a; }
.t { font-size: 12pt; color: #0f766e; margin: 2px 0 4px; }
h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 2px; color: #0f766e; margin: 14px 0 5px; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th { background: #0f766e; color: #fff; text-align: left; padding: 4px 5px; font-weight: 700; }
td { border-bottom: 1px solid #cfe3e1; padding: 4px 5px; vertical-align: top; }
tr:nth-child(even) td { background: #f1f8f7; }
.pb { break-before: page; }
.small { color: #555; font-size: 9pt; }
"""
    staff = [j for j in p.jobs if not j.agency]
    travel = [j for j in p.jobs if j.agency]
    body = f"<div class='top'><h1>{esc(p.name)}, {esc(p.creds)}</h1><div class='t'>{esc(p.title)}</div><div>{esc(home(p))} &nbsp;|&nbsp; {esc(p.phone)} &nbsp;|&nbsp; {esc(p.email)}</div></div>"
    body += f"<h2>Profile</h2><div>{esc(p.summary)}</div>"
    body += "<h2>Licenses</h2>" + ul([lc.text for lc in p.licenses])
    body += "<h2>Certifications</h2>" + ul([c.text for c in p.certs])
    body += "<h2>Clinical Skills</h2><div>" + esc(" · ".join(p.skills)) + "</div>"
    body += "<h2>Staff Experience</h2>"
    for j in staff:
        body += (
            f"<div><b>{esc(j.title)}</b> — {esc(j.employer)}, {esc(j.city)} <span class='small'>({esc(span(j, 'mmyyyy'))})</span></div>"
            + ul(j.bullets)
        )
    body += "<h2>Education</h2>" + ul(edu_lines(p))
    agencies: list[str] = []
    for j in reversed(travel):
        if j.agency and j.agency not in agencies:
            agencies.append(j.agency)
    body += "<div class='pb'></div><div class='small'>" + esc(p.name) + " — page 2</div>"
    body += (
        "<h2>Travel Assignments</h2><div class='small'>13-week contracts, extensions included. Staffing agencies: "
        + esc("; ".join(agencies))
        + ".</div>"
    )
    body += "<table><tr><th>Facility</th><th>Unit</th><th>City/State</th><th>Dates</th><th>Charting</th></tr>"
    for j in travel:
        body += f"<tr><td>{esc(j.employer)}</td><td>{esc(j.unit)}</td><td>{esc(j.city)}</td><td style='white-space:nowrap'>{esc(span(j, 'mmyy', '–', 'now'))}</td><td>{esc(j.charting)}</td></tr>"
    body += "</table>"
    body += "<h2>Assignment Notes</h2>" + ul(
        [
            "Oriented in two shifts or fewer on every contract",
            "Floated within critical care and progressive care as needed",
            "Charge relief on three contracts",
        ]
    )
    body += "<h2>References</h2><div>Available on request.</div>"
    return page(css, body)


# 3 ---------------------------------------------------------------- functional
def functional(p: Person) -> str:
    css = """
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.35; }
.hd { text-align: center; border-bottom: 3px double #333; padding-bottom: 8px; }
h1 { margin: 0; font-size: 22pt; letter-spacing: 1px; }
h2 { background: #e9e9e9; padding: 3px 8px; font-size: 11pt; margin: 12px 0 5px; }
h3 { font-size: 10.5pt; margin: 8px 0 2px; color: #333; }
.jobs div { display: grid; grid-template-columns: 1.1in 1fr; }
"""
    body = f"<div class='hd'><h1>{esc(p.name)}, {esc(p.creds)}</h1><div>{esc(' | '.join(contact_bits(p)))}</div></div>"
    body += f"<h2>Professional Summary</h2><div>{esc(p.summary)}</div>"
    body += "<h2>Areas of Expertise</h2>"
    body += f"<h3>Clinical expertise</h3>{ul(p.skills)}"
    pool = [b for j in p.jobs for b in j.bullets]
    body += f"<h3>Patient care and teaching</h3>{ul(pool[:3])}"
    body += f"<h3>Leadership and quality</h3>{ul(pool[3:6] or pool[:2])}"
    if p.systems:
        body += f"<h3>Documentation systems</h3><div>{esc(p.systems)}</div>"
    body += "<h2>Licensure &amp; Certification</h2>" + ul(
        [lc.text for lc in p.licenses] + [c.text for c in p.certs]
    )
    body += (
        "<h2>Employment</h2><div class='jobs'>"
        + "".join(
            f"<div><span>{esc(span(j, 'year'))}</span><span>{esc(j.title)}, {esc(where(j))}</span></div>"
            for j in p.jobs
        )
        + "</div>"
    )
    body += "<h2>Education</h2>" + ul(edu_lines(p, ", "))
    return page(css, body)


# 4 ---------------------------------------------------------------- academic 9-pt CV
def academic(p: Person, break_before: str = "") -> str:
    css = """
@page { margin: 0.5in 0.6in; }
body { font-family: 'EB Garamond', 'Caladea', serif; font-size: 9pt; line-height: 1.22; }
h1 { font-size: 15pt; margin: 0; font-weight: 600; }
.c { font-size: 8.5pt; margin-bottom: 6px; }
h2 { font-size: 9.5pt; text-transform: uppercase; letter-spacing: .8px; border-bottom: .6pt solid #000; margin: 8px 0 3px; }
.e { display: grid; grid-template-columns: 1.15in 1fr; column-gap: 8px; margin: 1px 0; }
.e ul { margin: 0; }
ol { margin: 0; padding-left: 16px; }
.pb { break-before: page; }
.rh { font-size: 8pt; color: #444; text-align: right; }
"""

    def entries(rows: list[tuple[str, str]]) -> str:
        return "".join(f"<div class='e'><div>{esc(a)}</div><div>{b}</div></div>" for a, b in rows)

    body = f"<h1>{esc(p.name)}, {esc(p.creds)}</h1><div class='c'>{esc(home(p))} · {esc(p.phone)} · {esc(p.email)}</div>"
    body += f"<div>{esc(p.summary)}</div>"
    body += "<h2>Education and Training</h2>" + entries(
        [(e.year, f"<b>{esc(e.degree)}</b>, {esc(e.school)}, {esc(e.city)}") for e in p.edu]
    )
    body += "<h2>Professional Experience</h2>" + entries(
        [
            (
                span(j, "mmyyyy", "–", "present"),
                f"<b>{esc(j.title)}</b>, {esc(where(j))}{ul(j.bullets)}",
            )
            for j in p.jobs
        ]
    )
    body += "<h2>Licensure</h2>" + entries([(lc.state, esc(lc.text)) for lc in p.licenses])
    body += "<h2>Certification</h2>" + entries([(c.name, esc(c.text)) for c in p.certs])
    body += f"<h2>Clinical Systems</h2><div>{esc(p.systems)}</div>"
    for title, items in p.extra.items():
        if title == break_before:
            body += f"<div class='pb'></div><div class='rh'>{esc(p.name)} — Curriculum Vitae, page 2</div>"
        body += (
            f"<h2>{esc(title)}</h2><ol>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ol>"
        )
    return page(css, body)


# 5 ---------------------------------------------------------------- vertical name + footer band
def verticalname(p: Person) -> str:
    css = """
@page { margin: 0; }
body { font-family: 'Lato', sans-serif; font-size: 10pt; line-height: 1.35; }
.side { position: fixed; left: 0; top: 0; bottom: 0; width: 1.15in; background: #f3e8dc; }
.vn { position: fixed; left: 0.22in; top: 0.5in; writing-mode: vertical-rl; transform: rotate(180deg); font-size: 46pt; font-weight: 900; color: #8a4b2a; letter-spacing: 3px; height: 9.2in; text-align: right; white-space: nowrap; }
.main { margin: 0.55in 0.6in 1.2in 1.5in; }
.foot { position: fixed; left: 0; right: 0; bottom: 0; height: 0.85in; background: #8a4b2a; color: #fff; padding: 12px 0.6in 0 1.5in; font-size: 9.5pt; }
.foot b { font-size: 11pt; }
h2 { color: #8a4b2a; font-size: 11pt; margin: 12px 0 4px; letter-spacing: 1px; }
.job { margin-top: 6px; } .dt { color: #8a4b2a; font-weight: 700; }
"""
    body = f"<div class='side'></div><div class='vn'>{esc(p.name)}</div><div class='main'>"
    body += f"<div style='font-size:14pt;font-weight:700'>{esc(p.title)}</div><div>{esc(p.summary)}</div>"
    body += "<h2>EXPERIENCE</h2>"
    for j in p.jobs:
        body += (
            f"<div class='job'><span class='dt'>{esc(span(j, 'dot'))}</span><br><b>{esc(j.title)}</b> · {esc(where(j))}</div>"
            + ul(j.bullets)
        )
    body += "<h2>LICENSURE</h2>" + ul([lc.text for lc in p.licenses])
    body += "<h2>CERTIFICATIONS</h2>" + ul([c.text for c in p.certs])
    body += "<h2>EDUCATION</h2>" + ul(edu_lines(p))
    body += f"<h2>SKILLS &amp; SYSTEMS</h2><div>{esc(', '.join(p.skills))}. Systems: {esc(p.systems)}</div></div>"
    body += f"<div class='foot'><b>{esc(p.name)}, {esc(p.creds)}</b><br>{esc(home(p))} &nbsp;•&nbsp; {esc(p.phone)} &nbsp;•&nbsp; {esc(p.email)}</div>"
    return page(css, body)


# 6 ---------------------------------------------------------------- licences in prose
def prose(p: Person) -> str:
    css = """
body { font-family: 'Caladea', serif; font-size: 11pt; line-height: 1.4; }
h1 { font-size: 20pt; text-align: center; margin: 0; font-weight: 400; letter-spacing: 2px; text-transform: uppercase; }
.c { text-align: center; font-size: 10pt; margin: 4px 0 12px; }
h2 { font-size: 11pt; margin: 14px 0 4px; font-weight: 700; }
.j { display: flex; justify-content: space-between; margin-top: 6px; }
"""
    body = f"<h1>{esc(p.name)}</h1><div class='c'>{esc(home(p))}<br>{esc(p.phone)} &nbsp; {esc(p.email)}</div>"
    body += f"<h2>Summary</h2><p>{esc(p.summary)}</p>"
    body += "<h2>Experience</h2>"
    for j in p.jobs:
        body += (
            f"<div class='j'><span><b>{esc(j.title)}</b></span><span>{esc(span(j, 'year'))}</span></div><div><i>{esc(where(j))}</i></div>"
            + ul(j.bullets)
        )
    body += "<h2>Education</h2>" + "".join(
        f"<div class='j'><span>{esc(e.degree)}, {esc(e.school)}</span><span>{esc(e.year)}</span></div>"
        for e in p.edu
    )
    body += f"<h2>Skills</h2><p>{esc(', '.join(p.skills))}. Charting in {esc(p.systems)}.</p>"
    return page(css, body)


# 7 ---------------------------------------------------------------- new grad, seasons
def newgrad(p: Person) -> str:
    css = """
body { font-family: 'Lato', sans-serif; font-size: 10.5pt; line-height: 1.35; }
h1 { font-size: 25pt; margin: 0; font-weight: 300; } h1 b { font-weight: 900; }
.c { color: #444; margin-bottom: 10px; }
h2 { font-size: 10.5pt; letter-spacing: 3px; color: #6b21a8; margin: 14px 0 5px; border-top: 2px solid #6b21a8; padding-top: 4px; }
table { width: 100%; border-collapse: collapse; }
td, th { padding: 3px 6px; text-align: left; border-bottom: 1px solid #ddd; font-size: 10pt; }
th { color: #6b21a8; }
"""
    first, _, last = p.name.partition(" ")
    body = f"<h1>{esc(first)} <b>{esc(last)}</b>, {esc(p.creds)}</h1><div class='c'>{esc(home(p))} · {esc(p.phone)} · {esc(p.email)}</div>"
    body += f"<h2>OBJECTIVE</h2><div>{esc(p.summary)}</div>"
    body += "<h2>LICENSURE &amp; CERTIFICATIONS</h2>" + ul(
        [lc.text for lc in p.licenses] + [c.text for c in p.certs]
    )
    body += "<h2>EDUCATION</h2>" + "".join(
        f"<div><b>{esc(e.degree)}</b> — {esc(e.school)}, {esc(e.city)}<br>{esc(e.year)} · Dean's List (five terms)</div>"
        for e in p.edu
    )
    body += "<h2>CLINICAL ROTATIONS</h2><table><tr><th>Term</th><th>Rotation</th><th>Clinical site</th></tr>"
    body += (
        "".join(
            f"<tr><td>{esc(t)}</td><td>{esc(r)}</td><td>{esc(s)}</td></tr>"
            for r, s, t in p.rotations
        )
        + "</table>"
    )
    body += "<h2>WORK EXPERIENCE</h2>"
    for j in p.jobs:
        body += f"<div><b>{esc(j.title)}</b>, {esc(where(j))} — {esc(span(j, 'mon'))}</div>" + ul(
            j.bullets
        )
    body += f"<h2>SKILLS</h2><div>{esc(' · '.join(p.skills))} · {esc(p.systems)}</div>"
    return page(css, body)


# 8 ---------------------------------------------------------------- ledger with MM.YYYY dates
def ledger(p: Person) -> str:
    css = """
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; line-height: 1.35; }
h1 { font-size: 21pt; margin: 0 0 2px; font-weight: 700; }
.c { border-top: 1px solid #000; border-bottom: 1px solid #000; padding: 3px 0; margin: 4px 0 10px; font-size: 10pt; }
.sec { display: grid; grid-template-columns: 1.35in 1fr; column-gap: 14px; margin-top: 10px; }
.lab { font-weight: 700; text-transform: uppercase; font-size: 9.5pt; letter-spacing: 1px; color: #444; }
.d { font-variant-numeric: tabular-nums; color: #333; }
"""

    def sec(label: str, html: str) -> str:
        return f"<div class='sec'><div class='lab'>{esc(label)}</div><div>{html}</div></div>"

    body = f"<h1>{esc(p.name)}, {esc(p.creds)}</h1><div style='font-size:12pt'>{esc(p.title)}</div><div class='c'>{esc(home(p))} &nbsp;/&nbsp; {esc(p.phone)} &nbsp;/&nbsp; {esc(p.email)}</div>"
    body += sec("Profile", esc(p.summary))
    jobs = "".join(
        f"<div><span class='d'>{esc(span(j, 'num'))}</span><br><b>{esc(j.title)}</b><br>{esc(where(j))}</div>{ul(j.bullets)}"
        for j in p.jobs
    )
    body += sec("Experience", jobs)
    body += sec("Licence", "<br>".join(esc(lc.text) for lc in p.licenses))
    body += sec("Credentials", "<br>".join(esc(c.text) for c in p.certs))
    body += sec("Education", "<br>".join(esc(x) for x in edu_lines(p, ", ")))
    body += sec("Systems", esc(p.systems)) + sec("Skills", esc(", ".join(p.skills)))
    return page(css, body)


# 9 ---------------------------------------------------------------- certifications in one line
def certline(p: Person) -> str:
    css = """
body { font-family: 'Lato', sans-serif; font-size: 10.5pt; line-height: 1.4; }
h1 { font-size: 28pt; margin: 0; color: #b91c1c; font-weight: 900; letter-spacing: -0.5px; }
.t { font-size: 12pt; font-weight: 700; margin-bottom: 2px; }
.c { font-size: 10pt; color: #333; margin-bottom: 10px; }
h2 { font-size: 12pt; color: #b91c1c; margin: 14px 0 3px; }
.j { margin-top: 7px; } .j .d { float: right; color: #555; }
.line { padding: 6px 8px; background: #fdf2f2; border-left: 3px solid #b91c1c; }
"""
    body = f"<h1>{esc(p.name)}</h1><div class='t'>{esc(p.creds)} — {esc(p.title)}</div><div class='c'>{esc(home(p))} • {esc(p.phone)} • {esc(p.email)}</div>"
    body += f"<div>{esc(p.summary)}</div>"
    if p.licenses:
        body += "<h2>License</h2>" + "".join(f"<div>{esc(lc.text)}</div>" for lc in p.licenses)
    body += (
        "<h2>Certifications</h2><div class='line'>Certifications: "
        + esc(", ".join(c.text for c in p.certs))
        + "</div>"
    )
    body += "<h2>Experience</h2>"
    for j in p.jobs:
        body += (
            f"<div class='j'><span class='d'>{esc(span(j, 'full'))}</span><b>{esc(j.title)}</b><br>{esc(where(j))}</div>"
            + ul(j.bullets)
        )
    body += "<h2>Education</h2>" + ul(edu_lines(p))
    body += (
        f"<h2>Skills</h2><div>{esc(', '.join(p.skills))}</div><div>Systems: {esc(p.systems)}</div>"
    )
    return page(css, body)


# 10 --------------------------------------------------------------- colour band, two columns
def band(p: Person) -> str:
    css = """
@page { margin: 0; }
body { font-family: 'Carlito', sans-serif; font-size: 10.5pt; line-height: 1.35; }
.band { background: #1e3a5f; color: #fff; padding: 0.45in 0.6in 0.25in; }
.band h1 { margin: 0; font-size: 27pt; } .band .t { font-size: 13pt; color: #bcd3ee; }
.band .c { margin-top: 6px; font-size: 10pt; }
.cols { display: grid; grid-template-columns: 2.3in 1fr; column-gap: 0.3in; padding: 0.25in 0.6in; }
h2 { font-size: 11pt; color: #1e3a5f; border-bottom: 2px solid #1e3a5f; margin: 10px 0 4px; }
.left div { margin-bottom: 4px; }
"""
    left = "<h2>Licensure</h2>" + "".join(f"<div>{esc(lc.text)}</div>" for lc in p.licenses)
    left += "<h2>Certifications</h2>" + "".join(f"<div>{esc(c.text)}</div>" for c in p.certs)
    left += "<h2>Education</h2>" + "".join(
        f"<div><b>{esc(e.degree)}</b><br>{esc(e.school)}<br>{esc(e.city)} {esc(e.year)}</div>"
        for e in p.edu
    )
    left += f"<h2>Systems</h2><div>{esc(p.systems)}</div>"
    right = f"<h2>Profile</h2><div>{esc(p.summary)}</div><h2>Experience</h2>"
    for j in p.jobs:
        right += (
            f"<div style='margin-top:6px'><b>{esc(j.title)}</b><br>{esc(where(j))} | {esc(span(j, 'mon'))}</div>"
            + ul(j.bullets)
        )
    right += f"<h2>Skills</h2><div>{esc(' · '.join(p.skills))}</div>"
    body = f"<div class='band'><h1>{esc(p.name)}{', ' + esc(p.creds) if p.creds else ''}</h1><div class='t'>{esc(p.title)}</div><div class='c'>{esc(home(p))} &nbsp;|&nbsp; {esc(p.phone)} &nbsp;|&nbsp; {esc(p.email)}</div></div>"
    body += f"<div class='cols'><div class='left'>{left}</div><div>{right}</div></div>"
    return page(css, body)


# 11 --------------------------------------------------------------- plain serif, M/YYYY
def plainserif(p: Person) -> str:
    css = """
body { font-family: 'Liberation Serif', serif; font-size: 11.5pt; line-height: 1.35; }
h1 { text-align: center; font-size: 18pt; margin: 0; }
.c { text-align: center; margin-bottom: 10px; }
h2 { font-size: 12pt; text-decoration: underline; margin: 12px 0 4px; }
"""
    body = f"<h1>{esc(p.name)}, {esc(p.creds)}</h1><div class='c'>{esc(p.street or '')}<br>{esc(p.city or '')} {esc(p.zip)}<br>{esc(p.phone)} - {esc(p.email)}</div>"
    body += f"<h2>OBJECTIVE</h2><div>{esc(p.summary)}</div>"
    body += "<h2>WORK HISTORY</h2>"
    for j in p.jobs:
        body += (
            f"<div style='margin-top:5px'>{esc(span(j, 'slash', ' - ', 'present'))}&nbsp;&nbsp; <b>{esc(j.title)}</b><br>{esc(where(j))}</div>"
            + ul(j.bullets)
        )
    body += "<h2>LICENSE</h2>" + ul([lc.text for lc in p.licenses])
    body += "<h2>CERTIFICATIONS</h2>" + ul([c.text for c in p.certs])
    body += "<h2>EDUCATION</h2>" + ul(edu_lines(p, ", "))
    body += f"<h2>COMPUTER SKILLS</h2><div>{esc(p.systems)}</div>"
    return page(css, body)


# screenshot ------------------------------------------------------- web ATS profile page
def ats(p: Person) -> str:
    css = """
@page { size: 1440px 1500px; margin: 0; }
body { font-family: 'Lato', sans-serif; font-size: 14px; background: #f4f6f9; color: #1f2937; }
.nav { position: fixed; left: 0; top: 0; bottom: 0; width: 210px; background: #111827; color: #9ca3af; padding: 18px; }
.nav b { color: #fff; font-size: 18px; display: block; margin-bottom: 24px; }
.nav div { padding: 8px 0; }
.top { margin-left: 210px; background: #fff; border-bottom: 1px solid #e5e7eb; padding: 12px 28px; color: #6b7280; }
.main { margin-left: 210px; padding: 20px 28px; }
.card { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 16px 20px; margin-bottom: 16px; }
.hd { display: flex; gap: 18px; align-items: center; }
.av { width: 64px; height: 64px; border-radius: 32px; background: #dbeafe; color: #1d4ed8; font-size: 24px; font-weight: 700; display: flex; align-items: center; justify-content: center; }
h1 { margin: 0; font-size: 24px; }
.tabs span { margin-right: 22px; padding-bottom: 6px; } .tabs .on { border-bottom: 3px solid #2563eb; color: #2563eb; font-weight: 700; }
.grid { display: grid; grid-template-columns: 170px 1fr 170px 1fr; row-gap: 8px; }
.k { color: #6b7280; }
table { width: 100%; border-collapse: collapse; } th, td { text-align: left; padding: 7px 8px; border-bottom: 1px solid #eef0f3; } th { color: #6b7280; font-weight: 600; font-size: 12px; text-transform: uppercase; }
.chip { background: #dcfce7; color: #166534; border-radius: 10px; padding: 1px 8px; font-size: 12px; }
h3 { margin: 0 0 10px; font-size: 16px; }
"""
    initials = "".join(w[0] for w in p.name.split()[:2])
    body = "<div class='nav'><b>StaffBoard ATS</b><div>Dashboard</div><div style='color:#fff'>Candidates</div><div>Jobs</div><div>Submittals</div><div>Reports</div></div>"
    body += (
        "<div class='top'>Candidates / Allied / <b style='color:#111'>"
        + esc(p.name)
        + "</b> &nbsp; &nbsp; Owner: Kelsey Marchbank · Last activity Nov 28, 2026</div><div class='main'>"
    )
    body += f"<div class='card'><div class='hd'><div class='av'>{esc(initials)}</div><div><h1>{esc(p.name)}, {esc(p.creds)}</h1><div>{esc(p.title)} · {esc(p.city or '')}</div></div></div>"
    body += "<div class='tabs' style='margin-top:14px'><span class='on'>Profile</span><span>Documents (3)</span><span>Submittals</span><span>Activity</span></div></div>"
    body += f"<div class='card'><h3>Contact &amp; summary</h3><div class='grid'><div class='k'>Email</div><div>{esc(p.email)}</div><div class='k'>Mobile</div><div>{esc(p.phone)}</div><div class='k'>Home location</div><div>{esc(p.city or '')}</div><div class='k'>Discipline</div><div>Respiratory Therapist</div><div class='k'>Systems</div><div>{esc(p.systems)}</div><div class='k'>Source</div><div>Referral</div></div><p>{esc(p.summary)}</p></div>"
    body += "<div class='card'><h3>Work history</h3><table><tr><th>Employer</th><th>Title</th><th>Location</th><th>Start</th><th>End</th></tr>"
    for j in p.jobs:
        body += f"<tr><td>{esc(j.employer)}</td><td>{esc(j.title)}</td><td>{esc(j.city)}</td><td>{esc(j.start[5:] + '/' + j.start[:4])}</td><td>{esc(j.end[5:] + '/' + j.end[:4] if j.end else 'Current')}</td></tr>"
    body += "</table></div>"
    body += "<div class='card'><h3>Licenses &amp; certifications</h3><table><tr><th>Credential</th><th>Status</th></tr>"
    for lc in p.licenses:
        body += f"<tr><td>{esc(lc.text)}</td><td><span class='chip'>Verified</span></td></tr>"
    for c in p.certs:
        body += f"<tr><td>{esc(c.text)}</td><td><span class='chip'>Verified</span></td></tr>"
    body += "</table></div>"
    body += (
        "<div class='card'><h3>Education</h3>"
        + "".join(f"<div>{esc(x)}</div>" for x in edu_lines(p))
        + "</div></div>"
    )
    return page(css, body)


DESIGNS = {
    "gdocs": gdocs,
    "traveltable": traveltable,
    "functional": functional,
    "academic": academic,
    "verticalname": verticalname,
    "prose": prose,
    "newgrad": newgrad,
    "ledger": ledger,
    "certline": certline,
    "band": band,
    "plainserif": plainserif,
    "ats": ats,
}

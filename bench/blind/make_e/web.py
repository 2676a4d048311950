"""HTML/CSS pages for set e, printed by Chromium (pdf, and the sources of photos and scans).

datecol     a narrow right-hand column of dates beside each job, licence TABLE
cards2      jobs as a grid of cards, two per row; licences and certifications as lists
iconcaps    section headings drawn as an SVG icon + small caps, title/dates on one line
oneliner    dense page, each job one line: Facility | City, ST | Title | MM/YY–MM/YY
summarybox  licences and certifications as comma-run prose inside a boxed summary
darkband    a dark header band holding name and contact (used for a phone photo)
typed       a monospace typed-looking page (used for a scan)
portal-*    a job-board candidate profile, desktop and phone (used for PNG screenshots)
"""

from html import escape as e

from model import Person, contact_bits, dates, groups

SCREEN = {"portal-desktop": (1366, 2300), "portal-phone": (414, 2900)}

BASE_CSS = """
@page { size: letter; margin: 0.55in 0.6in; }
* { box-sizing: border-box; }
body { margin: 0; color: #222; }
ul { margin: 2px 0 4px 0; padding-left: 16px; }
li { margin: 1px 0; }
"""


def _page(css: str, body: str, title: str) -> str:
    return f"<!doctype html><html><head><meta charset='utf-8'><title>{e(title)}</title><style>{BASE_CSS}{css}</style></head><body>{body}</body></html>"


def _bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{e(b)}</li>" for b in items) + "</ul>" if items else ""


def _edu(p: Person) -> str:
    return "".join(
        f"<div class='edu'><b>{e(s.degree)}</b><br>{e(s.school)}{', ' + e(s.place) if s.place else ''} — {e(s.year)}</div>"
        for s in p.edu
    )


def _ehr_line(p: Person) -> str:
    return f"<p class='ehr'><b>EHR:</b> {e(', '.join(p.ehr))}</p>" if p.ehr else ""


def _lic_table(p: Person) -> str:
    if not p.lics:
        return ""
    multi = any(x.compact is not None for x in p.lics)
    head = (
        "<tr><th>State</th><th>License</th><th>Number</th>"
        + ("<th>Multistate</th>" if multi else "")
        + "<th>Expires</th></tr>"
    )
    rows = ""
    for x in p.lics:
        ms = f"<td>{'Yes' if x.compact else 'No'}</td>" if multi else ""
        exp = f"{x.expires[5:]}/{x.expires[:4]}" if x.expires else "—"
        rows += f"<tr><td>{x.state}</td><td>{e(x.type)}</td><td>{e(x.number)}</td>{ms}<td>{exp}</td></tr>"
    return f"<table class='lic'>{head}{rows}</table>"


# ---------------------------------------------------------------- datecol
DATECOL_CSS = """
body { font: 10.2pt/1.35 'DejaVu Sans', Arial, sans-serif; }
h1 { font-size: 22pt; margin: 0; letter-spacing: .5px; }
.cred { font-size: 12pt; color: #5a6b7d; font-weight: normal; }
.head { border-bottom: 2px solid #2c5d63; padding-bottom: 6px; margin-bottom: 8px; }
.sub { color: #2c5d63; font-weight: bold; margin-top: 2px; }
.contact { font-size: 9.5pt; color: #444; margin-top: 3px; }
h2 { font-size: 11pt; color: #2c5d63; border-bottom: 1px solid #c9d6d8; margin: 10px 0 4px; padding-bottom: 1px; }
.row { display: flex; gap: 10px; margin: 5px 0 3px; }
.row .main { flex: 1; }
.row .when { width: 1.25in; text-align: right; font-size: 9.2pt; color: #2c5d63; padding-top: 1px; }
.agency { font-weight: bold; margin-top: 6px; font-size: 9.8pt; color: #444; }
.nested { margin-left: 14px; border-left: 2px solid #c9d6d8; padding-left: 8px; }
table.lic { border-collapse: collapse; font-size: 9.3pt; width: 100%; }
table.lic th, table.lic td { border: 1px solid #c9d6d8; padding: 2px 5px; text-align: left; }
table.lic th { background: #e8f0f1; }
.cols { display: flex; gap: 18px; } .cols > div { flex: 1; }
.edu { margin-bottom: 3px; }
"""


def _datecol_job(j, p) -> str:
    return (
        f"<div class='row'><div class='main'><b>{e(j.title)}</b><br>{e(j.org)}, {e(j.city)}"
        f"{_bullets(j.bullets)}</div><div class='when'>{e(dates(j, p))}</div></div>"
    )


def datecol(p: Person) -> str:
    jobs = ""
    for agency, js in groups(p):
        if agency:
            jobs += f"<div class='agency'>Travel contracts through {e(agency)}</div><div class='nested'>"
            jobs += "".join(_datecol_job(j, p) for j in js) + "</div>"
        else:
            jobs += "".join(_datecol_job(j, p) for j in js)
    body = f"""
<div class='head'><h1>{e(p.name)} <span class='cred'>{e(p.creds)}</span></h1>
<div class='sub'>{e(p.headline)}</div>
<div class='contact'>{" &nbsp;|&nbsp; ".join(e(x) for x in contact_bits(p))}</div></div>
<h2>Profile</h2><p>{e(p.summary)}</p>
<h2>Licensure</h2>{_lic_table(p)}
<h2>Certifications</h2>{_bullets([c.line for c in p.certs])}
<h2>Experience</h2>{jobs}
<div class='cols'><div><h2>Education</h2>{_edu(p)}</div>
<div><h2>Skills</h2>{e(" · ".join(p.skills))}{_ehr_line(p)}</div></div>
"""
    return _page(DATECOL_CSS, body, p.name)


# ---------------------------------------------------------------- cards2
CARDS_CSS = """
body { font: 9.8pt/1.32 'Liberation Sans', Arial, sans-serif; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #7b3f61; padding-bottom: 6px; }
h1 { margin: 0; font-size: 21pt; color: #7b3f61; }
.top .r { text-align: right; font-size: 9.2pt; }
.lede { margin: 8px 0; font-style: italic; }
h2 { font-size: 10.5pt; text-transform: uppercase; letter-spacing: 1.5px; color: #7b3f61; margin: 10px 0 5px; }
.two { display: flex; gap: 14px; } .two > div { flex: 1; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.card { border: 1px solid #d8c6cf; border-radius: 6px; padding: 6px 8px; background: #fcf8fa; break-inside: avoid; }
.card .d { font-size: 8.6pt; color: #7b3f61; font-weight: bold; }
.card .t { font-weight: bold; }
.card .via { font-size: 8.6pt; color: #666; }
.chips span { display: inline-block; border: 1px solid #d8c6cf; border-radius: 10px; padding: 0 7px; margin: 2px 3px 2px 0; font-size: 9pt; }
"""


def cards2(p: Person) -> str:
    cards = ""
    for j in p.jobs:
        via = f"<div class='via'>Contract via {e(j.agency)}</div>" if j.agency else ""
        cards += (
            f"<div class='card'><div class='d'>{e(dates(j, p))}</div><div class='t'>{e(j.title)}</div>"
            f"<div>{e(j.org)} · {e(j.city)}</div>{via}{_bullets(j.bullets)}</div>"
        )
    right = "<br>".join(e(x) for x in contact_bits(p))
    body = f"""
<div class='top'><div><h1>{e(p.name)}, {e(p.creds)}</h1><div>{e(p.headline)}</div></div><div class='r'>{right}</div></div>
<p class='lede'>{e(p.summary)}</p>
<div class='two'><div><h2>Licenses</h2>{_bullets([x.line for x in p.lics])}</div>
<div><h2>Certifications</h2>{_bullets([c.line for c in p.certs])}</div></div>
<h2>Work History</h2><div class='grid'>{cards}</div>
<div class='two'><div><h2>Education</h2>{_edu(p)}</div>
<div><h2>Clinical Skills</h2><div class='chips'>{"".join(f"<span>{e(s)}</span>" for s in p.skills)}</div>{_ehr_line(p)}</div></div>
"""
    return _page(CARDS_CSS, body, p.name)


# ---------------------------------------------------------------- iconcaps
ICONS = {
    "person": "<circle cx='8' cy='5' r='3.2'/><path d='M2 15c0-4 3-6 6-6s6 2 6 6z'/>",
    "badge": "<rect x='2' y='3' width='12' height='10' rx='2'/><rect x='4' y='6' width='5' height='1.6' fill='#fff'/>",
    "star": "<path d='M8 1l2.1 4.6 5 .5-3.8 3.3 1.1 4.9L8 11.8 3.6 14.3l1.1-4.9L.9 6.1l5-.5z'/>",
    "case": "<rect x='1' y='5' width='14' height='9' rx='1.5'/><rect x='5' y='2' width='6' height='3' rx='1'/>",
    "cap": "<path d='M8 2L0 6l8 4 8-4z'/><path d='M3 8v4c2 2 8 2 10 0V8L8 10.5z'/>",
    "gear": "<circle cx='8' cy='8' r='5.5'/><circle cx='8' cy='8' r='2.2' fill='#fff'/>",
}
ICON_CSS = """
body { font: 10.1pt/1.36 'Liberation Serif', Georgia, serif; }
.name { font: bold 24pt 'Liberation Sans', Arial, sans-serif; color: #1f3b57; }
.name small { font-size: 11pt; color: #6b7f93; }
.hl { font-variant: small-caps; letter-spacing: 1px; color: #a0522d; font-size: 12pt; }
.ct { font-size: 9.5pt; margin: 3px 0 6px; }
h2 { display: flex; align-items: center; gap: 7px; font: 600 11.5pt 'Liberation Sans', Arial, sans-serif; font-variant: small-caps; letter-spacing: 1.2px; color: #1f3b57; margin: 11px 0 4px; border-bottom: 1px dotted #9fb0c0; }
h2 svg { width: 15px; height: 15px; fill: #a0522d; }
.jl { display: flex; justify-content: space-between; margin-top: 5px; }
.jl b { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.jl span { font-style: italic; white-space: nowrap; padding-left: 10px; }
.fac { color: #444; }
.via { margin: 6px 0 0; font-size: 9.4pt; color: #a0522d; }
.edu { margin-bottom: 3px; }
"""


def _ih(icon: str, text: str) -> str:
    return f"<h2><svg viewBox='0 0 16 16'>{ICONS[icon]}</svg>{e(text)}</h2>"


def iconcaps(p: Person) -> str:
    jobs = ""
    for agency, js in groups(p):
        if agency:
            jobs += f"<div class='via'>{e(agency)} — travel assignments:</div>"
        for j in js:
            jobs += f"<div class='jl'><b>{e(j.title)}</b><span>{e(dates(j, p))}</span></div><div class='fac'>{e(j.org)} — {e(j.city)}</div>{_bullets(j.bullets)}"
    body = f"""
<div class='name'>{e(p.name)} <small>{e(p.creds)}</small></div>
<div class='hl'>{e(p.headline)}</div>
<div class='ct'>{" • ".join(e(x) for x in contact_bits(p))}</div>
{_ih("person", "Summary")}<p>{e(p.summary)}</p>
{_ih("badge", "Licenses")}{_bullets([x.line for x in p.lics])}
{_ih("star", "Certifications")}{_bullets([c.line for c in p.certs])}
{_ih("case", "Professional Experience")}{jobs}
{_ih("cap", "Education")}{_edu(p)}
{_ih("gear", "Skills & Systems")}<p>{e(", ".join(p.skills))}</p>{_ehr_line(p)}
"""
    return _page(ICON_CSS, body, p.name)


# ---------------------------------------------------------------- oneliner
ONE_CSS = """
@page { margin: 0.45in 0.5in; }
body { font: 9.2pt/1.28 'Liberation Sans', Arial, sans-serif; }
h1 { font-size: 16pt; margin: 0; display: inline; }
.c { font-size: 8.8pt; }
h2 { font-size: 9.6pt; background: #e9e9e9; padding: 1px 4px; margin: 8px 0 3px; text-transform: uppercase; }
.j { margin: 3px 0 0; font-weight: bold; }
.jb { margin: 0 0 2px 14px; color: #333; font-size: 8.8pt; }
.via { font-style: italic; margin-top: 4px; }
p { margin: 2px 0; }
"""


def oneliner(p: Person) -> str:
    jobs = ""
    for agency, js in groups(p):
        if agency:
            jobs += f"<div class='via'>Agency: {e(agency)}</div>"
        for j in js:
            jobs += (
                f"<div class='j'>{e(j.org)} | {e(j.city)} | {e(j.title)} | {e(dates(j, p))}</div>"
            )
            if j.bullets:
                jobs += f"<div class='jb'>{e('; '.join(j.bullets))}</div>"
    edu = "".join(f"<p>{e(s.degree)} — {e(s.school)}, {e(s.year)}</p>" for s in p.edu)
    body = f"""
<h1>{e(p.name)}, {e(p.creds)}</h1> <span class='c'>&nbsp; {e(p.headline)}</span>
<div class='c'>{" · ".join(e(x) for x in contact_bits(p))}</div>
<h2>Summary</h2><p>{e(p.summary)}</p>
<h2>Licenses</h2>{"".join(f"<p>{e(x.line)}</p>" for x in p.lics)}
<h2>Certifications</h2><p>{e("; ".join(c.line for c in p.certs))}</p>
<h2>Experience</h2>{jobs}
<h2>Education</h2>{edu}
<h2>Skills</h2><p>{e(", ".join(p.skills))}</p>{_ehr_line(p)}
"""
    return _page(ONE_CSS, body, p.name)


# ---------------------------------------------------------------- summarybox
BOX_CSS = """
body { font: 10.6pt/1.4 'Liberation Serif', 'Times New Roman', serif; }
h1 { text-align: center; font-size: 20pt; margin: 0; font-weight: normal; letter-spacing: 2px; }
.ct { text-align: center; font-size: 9.8pt; margin: 2px 0 10px; }
.box { border: 1.5px solid #444; padding: 7px 10px; background: #f6f6f2; }
.box p { margin: 3px 0; }
h2 { font-size: 11pt; margin: 12px 0 4px; border-bottom: 1px solid #444; text-transform: uppercase; letter-spacing: 1px; }
.t { font-weight: bold; margin-top: 6px; }
"""


def _prose_list(xs: list[str]) -> str:
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


def summarybox(p: Person) -> str:
    lic = _prose_list([x.line for x in p.lics])
    lic_s = f"I hold {lic}." if lic.startswith(("a ", "an ")) else f"Licensure: {lic}."
    cert = ", ".join(c.line for c in p.certs)
    jobs = ""
    for j in p.jobs:
        via = f" (through {e(j.agency)})" if j.agency else ""
        jobs += f"<div class='t'>{e(j.title)}{via}</div><div>{e(j.org)}, {e(j.city)}, {e(dates(j, p))}</div>{_bullets(j.bullets)}"
    body = f"""
<h1>{e(p.name.upper())}, {e(p.creds)}</h1>
<div class='ct'>{" — ".join(e(x) for x in contact_bits(p))}</div>
<div class='box'><p><b>{e(p.headline)}.</b> {e(p.summary)}</p><p>{e(lic_s)} Certifications: {e(cert)}.</p></div>
<h2>Experience</h2>{jobs}
<h2>Education</h2>{"".join(f"<div>{e(s.degree)}, {e(s.school)} ({e(s.year)})</div>" for s in p.edu)}
<h2>Skills</h2><p>{e("; ".join(p.skills))}</p>{_ehr_line(p)}
"""
    return _page(BOX_CSS, body, p.name)


# ---------------------------------------------------------------- darkband
BAND_CSS = """
@page { margin: 0 0 0.5in 0; }
body { font: 10.2pt/1.36 'DejaVu Sans', Arial, sans-serif; }
.band { background: #1d2430; color: #f2f2f2; padding: 26px 0.6in 16px; }
.band h1 { margin: 0; font-size: 23pt; letter-spacing: 1px; }
.band .h { color: #e8b04a; font-size: 11pt; margin-top: 2px; }
.band .c { font-size: 9.4pt; margin-top: 6px; color: #d8d8d8; }
.main { padding: 4px 0.6in 0; }
h2 { font-size: 11pt; color: #1d2430; margin: 11px 0 4px; border-left: 5px solid #e8b04a; padding-left: 6px; }
.j { display: flex; justify-content: space-between; margin-top: 5px; font-weight: bold; }
.j span { font-weight: normal; color: #555; }
.ag { margin-top: 6px; color: #555; }
"""


def darkband(p: Person) -> str:
    jobs = ""
    for agency, js in groups(p):
        if agency:
            jobs += f"<div class='ag'><b>{e(agency)}</b> — travel nursing agency</div>"
        for j in js:
            pad = " style='margin-left:14px'" if agency else ""
            jobs += f"<div{pad}><div class='j'>{e(j.title)}<span>{e(dates(j, p))}</span></div><div>{e(j.org)}, {e(j.city)}</div>{_bullets(j.bullets)}</div>"
    body = f"""
<div class='band'><h1>{e(p.name)}, {e(p.creds)}</h1><div class='h'>{e(p.headline)}</div>
<div class='c'>{" &nbsp;◆&nbsp; ".join(e(x) for x in contact_bits(p))}</div></div>
<div class='main'>
<h2>Summary</h2><p>{e(p.summary)}</p>
<h2>Licensure</h2>{_bullets([x.line for x in p.lics])}
<h2>Certifications</h2>{_bullets([c.line for c in p.certs])}
<h2>Experience</h2>{jobs}
<h2>Education</h2>{_edu(p)}
<h2>Skills</h2><p>{e(" · ".join(p.skills))}</p>{_ehr_line(p)}
</div>"""
    return _page(BAND_CSS, body, p.name)


# ---------------------------------------------------------------- typed
TYPED_CSS = """
@page { margin: 0.7in 0.8in; }
body { font: 10.5pt/1.32 'Liberation Mono', 'Courier New', monospace; }
h1 { font-size: 13pt; margin: 0; font-weight: bold; }
h2 { font-size: 10.5pt; margin: 12px 0 2px; font-weight: bold; text-decoration: underline; }
p, div { margin: 0; }
ul { padding-left: 22px; list-style: '- '; }
"""


def typed(p: Person) -> str:
    jobs = ""
    for j in p.jobs:
        jobs += f"<div><b>{e(j.title)}</b></div><div>{e(j.org)}, {e(j.city)}</div><div>{e(dates(j, p))}</div>{_bullets(j.bullets)}"
    body = f"""
<h1>{e(p.name.upper())}, {e(p.creds)}</h1>
{"".join(f"<div>{e(x)}</div>" for x in contact_bits(p))}
<h2>OBJECTIVE</h2><p>{e(p.summary)}</p>
<h2>LICENSE</h2>{"".join(f"<div>{e(x.line)}</div>" for x in p.lics)}
<h2>CERTIFICATIONS</h2>{"".join(f"<div>{e(c.line)}</div>" for c in p.certs)}
<h2>WORK EXPERIENCE</h2>{jobs}
<h2>EDUCATION</h2>{"".join(f"<div>{e(s.degree)}, {e(s.school)}, {e(s.year)}</div>" for s in p.edu)}
<h2>SKILLS</h2><p>{e(", ".join(p.skills))}</p>{_ehr_line(p)}
"""
    return _page(TYPED_CSS, body, p.name)


# ---------------------------------------------------------------- portal
PORTAL_CSS = """
@page { margin: 0.4in; }
body { background: #eef1f5; font: 14px/1.45 'Liberation Sans', Arial, sans-serif; }
.nav { background: #0f6b5c; color: #fff; padding: 10px 24px; font-weight: bold; font-size: 16px; }
.nav span { float: right; font-weight: normal; font-size: 13px; }
.wrap { max-width: 980px; margin: 16px auto; padding: 0 12px; }
.card { background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.15); padding: 14px 18px; margin-bottom: 12px; }
.card h3 { margin: 0 0 8px; font-size: 15px; color: #0f6b5c; }
.nm { font-size: 24px; font-weight: bold; }
.meta { color: #555; }
.exp { border-top: 1px solid #eee; padding: 7px 0; }
.exp:first-of-type { border-top: 0; }
.exp .d { color: #777; font-size: 13px; }
.tag { display: inline-block; background: #e3f1ee; border-radius: 12px; padding: 2px 9px; margin: 2px 4px 2px 0; font-size: 13px; }
.status { background: #000; color: #fff; font-size: 12px; padding: 4px 14px; }
.phone .wrap { margin: 8px auto; padding: 0 8px; }
.phone .nm { font-size: 21px; }
"""


def portal(p: Person, phone: bool) -> str:
    exp = ""
    for j in p.jobs:
        via = f" · via {e(j.agency)}" if j.agency else ""
        exp += f"<div class='exp'><b>{e(j.title)}</b><br>{e(j.org)} — {e(j.city)}{via}<div class='d'>{e(dates(j, p))}</div>{_bullets(j.bullets)}</div>"
    status = "<div class='status'>9:41 &nbsp; ▂▄▆ LTE &nbsp; 84%</div>" if phone else ""
    nav = "<div class='nav'>TravelCare Jobs<span>Candidate profile · ID 40718</span></div>"
    loc = f"<div class='meta'>Location: {e(p.home)}</div>" if p.home else ""
    body = f"""{status}{nav}<div class='wrap'>
<div class='card'><div class='nm'>{e(p.name)}, {e(p.creds)}</div><div>{e(p.headline)}</div>{loc}
<div class='meta'>✉ {e(p.email)} &nbsp; ☎ {e(p.phone)}</div></div>
<div class='card'><h3>About</h3>{e(p.summary)}</div>
<div class='card'><h3>Licenses</h3>{_bullets([x.line for x in p.lics])}</div>
<div class='card'><h3>Certifications</h3>{_bullets([c.line for c in p.certs])}</div>
<div class='card'><h3>Experience</h3>{exp}</div>
<div class='card'><h3>Education</h3>{_edu(p)}</div>
<div class='card'><h3>Skills</h3>{"".join(f"<span class='tag'>{e(s)}</span>" for s in p.skills)}{_ehr_line(p)}</div>
</div>"""
    return _page(PORTAL_CSS, f"<div class='{'phone' if phone else 'desk'}'>{body}</div>", p.name)


def render(p: Person) -> str:
    if p.design.startswith("portal"):
        return portal(p, p.design == "portal-phone")
    return {
        "datecol": datecol,
        "cards2": cards2,
        "iconcaps": iconcaps,
        "oneliner": oneliner,
        "summarybox": summarybox,
        "darkband": darkband,
        "typed": typed,
    }[p.design](p)

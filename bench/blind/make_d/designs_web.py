"""HTML/CSS pages for blind set d, printed by headless Chromium (or screenshotted).

Designs: sidecard (left sidebar with skills and licences, cards on the right), functional
(skills first, a short work list last), grid (credentials and work history as tables), band
(coloured name band with a photo-placeholder circle), rules (compact page with horizontal
rules and right-aligned dates), prose (written in sentences), profile-desktop / profile-phone
(a job-board profile page for screenshots).
"""

from html import escape

from model import Job, Person, lic_line, mmyyyy, one_date, span

SCREEN = {"profile-desktop": (1366, 2300), "profile-phone": (400, 2050)}


def e(s: str) -> str:
    return escape(s, quote=True)


def groups(p: Person) -> list[tuple[str | None, list[Job]]]:
    """Consecutive jobs under the same staffing agency, so travel assignments nest."""
    out: list[tuple[str | None, list[Job]]] = []
    for j in p.jobs:
        if j.agency and out and out[-1][0] == j.agency:
            out[-1][1].append(j)
        else:
            out.append((j.agency, [j]))
    return out


def agency_span(p: Person, jobs: list[Job]) -> str:
    first = min(j.start for j in jobs)
    last = None if any(j.end is None for j in jobs) else max(j.end for j in jobs if j.end)
    return span(Job("", "", "", first, last), p)


def ul(items: list[str], cls: str = "") -> str:
    if not items:
        return ""
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>"


def page(css: str, body: str, size: str = "Letter") -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Resume</title>'
        f"<style>@page {{ size: {size}; margin: 0; }} * {{ box-sizing: border-box; }} {css}</style>"
        f"</head><body>{body}</body></html>"
    )


def edu_lines(p: Person) -> list[str]:
    out = []
    for ed in p.education:
        tail = f", {ed.year}" if ed.year else ""
        out.append(f"<b>{e(ed.degree)}</b><br>{e(ed.school)}{e(tail)}")
    return out


# --- sidecard -------------------------------------------------------------------------------
SIDECARD_CSS = """
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.4pt; color: #1e2a33; }
.wrap { display: grid; grid-template-columns: 2.7in 1fr; min-height: 11in; }
aside { background: #17485a; color: #eef6f8; padding: 0.45in 0.28in; }
aside h3 { font-size: 8.6pt; letter-spacing: 1.5px; text-transform: uppercase; color: #9fd6e2;
  margin: 16px 0 6px; border-bottom: 1px solid #3d7486; padding-bottom: 3px; }
aside p, aside li { margin: 0 0 5px; line-height: 1.35; font-size: 8.8pt; }
aside ul { padding-left: 13px; margin: 0; }
main { padding: 0.45in 0.42in; background: #f3f6f7; }
h1 { font-size: 21pt; margin: 0; color: #17485a; }
.cred { font-size: 11pt; color: #4c6b77; font-weight: normal; }
.head { font-size: 11pt; margin: 4px 0 14px; color: #2b7d92; }
.card { background: #fff; border-radius: 6px; padding: 10px 13px; margin-bottom: 10px;
  box-shadow: 0 1px 2px rgba(0,0,0,.12); }
.card h2 { font-size: 10.5pt; margin: 0 0 6px; color: #17485a; }
.job { margin-bottom: 8px; } .job b { font-size: 10pt; }
.meta { color: #53707b; font-size: 8.8pt; }
.asg { margin: 5px 0 0 12px; border-left: 2px solid #9fd6e2; padding-left: 8px; }
.card ul { margin: 3px 0 0; padding-left: 15px; }
"""


def sidecard(p: Person) -> str:
    side = [
        "<h3>Contact</h3>",
        f"<p>{e(p.phone)}</p><p>{e(p.email)}</p>",
        f"<p>{e(p.home)}</p>" if p.home else "",
        "<h3>Licenses</h3>",
        ul([lic_line(x) for x in p.licenses]),
        "<h3>Certifications</h3>",
        ul([c.text for c in p.certs]),
        "<h3>Clinical Skills</h3>",
        ul(p.skills),
    ]
    jobs = []
    for agency, js in groups(p):
        if agency:
            inner = "".join(
                f'<div class="asg"><b>{e(j.org)}</b> — {e(j.city)}<br><span class="meta">'
                f"{e(j.title)} · {e(span(j, p))}</span>{ul(j.bullets)}</div>"
                for j in js
            )
            jobs.append(
                f'<div class="job"><b>{e(js[0].title.split(" — ")[0])} — {e(agency)}</b><br>'
                f'<span class="meta">{e(agency_span(p, js))}</span>{inner}</div>'
            )
        else:
            for j in js:
                jobs.append(
                    f'<div class="job"><b>{e(j.title)}</b><br><span class="meta">{e(j.org)}, '
                    f"{e(j.city)} | {e(span(j, p))}</span>{ul(j.bullets)}</div>"
                )
    main = [
        f'<h1>{e(p.name)}, <span class="cred">{e(p.creds)}</span></h1>',
        f'<div class="head">{e(p.headline)}</div>',
        f'<div class="card"><h2>Profile</h2>{e(p.summary)}</div>',
        f'<div class="card"><h2>Experience</h2>{"".join(jobs)}</div>',
        '<div class="card"><h2>Education</h2>' + "<br>".join(edu_lines(p)) + "</div>",
    ]
    return page(
        SIDECARD_CSS,
        f'<div class="wrap"><aside>{"".join(side)}</aside><main>{"".join(main)}</main></div>',
    )


# --- functional ----------------------------------------------------------------------------
FUNCTIONAL_CSS = """
body { margin: 0; padding: 0.55in 0.7in; font-family: 'Liberation Serif', serif; font-size: 10.5pt; color: #222; }
h1 { text-align: center; font-size: 20pt; margin: 0; letter-spacing: 1px; }
.contact { text-align: center; font-size: 9.5pt; margin: 4px 0 12px; }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; letter-spacing: 2px; color: #7a2e1f;
  border-bottom: 2px solid #7a2e1f; margin: 14px 0 6px; padding-bottom: 2px; }
.skills { columns: 3; column-gap: 18px; margin: 0; padding-left: 16px; }
.hl li { margin-bottom: 3px; }
.wl { width: 100%; border-collapse: collapse; }
.wl td { padding: 2px 0; vertical-align: top; } .wl td.d { text-align: right; white-space: nowrap; }
"""


def functional(p: Person) -> str:
    contact = " • ".join(x for x in [p.home, p.phone, p.email] if x)
    highlights = [b for j in p.jobs if j.counts for b in j.bullets]
    work = "".join(
        f"<tr><td><b>{e(j.title)}</b>, {e(j.org)} ({e(j.city)})"
        + (f" — via {e(j.agency)}" if j.agency else "")
        + f'</td><td class="d">{e(span(j, p))}</td></tr>'
        for j in p.jobs
    )
    body = [
        f"<h1>{e(p.name.upper())}, {e(p.creds)}</h1>",
        f'<div class="contact">{e(contact)}</div>',
        f"<p><i>{e(p.headline)}.</i> {e(p.summary)}</p>",
        "<h2>CORE COMPETENCIES</h2>",
        ul(p.skills, "skills"),
        "<h2>SELECTED CLINICAL ACCOMPLISHMENTS</h2>",
        ul(highlights, "hl"),
        "<h2>LICENSURE &amp; CERTIFICATION</h2>",
        ul([lic_line(x) for x in p.licenses] + [c.text for c in p.certs]),
        "<h2>WORK HISTORY</h2>",
        f'<table class="wl">{work}</table>',
        "<h2>EDUCATION</h2>",
        ul(
            [
                f"{ed.degree} — {ed.school}" + (f", {ed.year}" if ed.year else "")
                for ed in p.education
            ]
        ),
    ]
    return page(FUNCTIONAL_CSS, "".join(body))


# --- grid ----------------------------------------------------------------------------------
GRID_CSS = """
body { margin: 0; padding: 0.45in 0.5in; font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #202020; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #5b3f8c; padding-bottom: 6px; }
h1 { margin: 0; font-size: 19pt; color: #5b3f8c; } .sub { font-size: 10pt; color: #555; }
.ct { text-align: right; font-size: 8.8pt; line-height: 1.4; }
h2 { font-size: 9.5pt; text-transform: uppercase; background: #ece6f5; color: #3f2a66; padding: 3px 6px; margin: 12px 0 4px; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-size: 8pt; color: #5b3f8c; border-bottom: 1px solid #b9a8d6; padding: 3px 4px; }
td { border-bottom: 1px solid #e2dcea; padding: 3px 4px; vertical-align: top; }
td ul { margin: 0; padding-left: 13px; }
"""


def grid(p: Person) -> str:
    def row(cells: list[str], tag: str = "td") -> str:
        return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"

    any_compact = any(x.compact for x in p.licenses)
    lic_head = (
        ["State", "License", "Number"] + (["Multistate"] if any_compact else []) + ["Expires"]
    )
    lic_rows = [
        row(
            [e(x.state), e(x.type), e(x.number)]
            + (["Yes" if x.compact else "No"] if any_compact else [])
            + [e(mmyyyy(x.expires))]
        )
        for x in p.licenses
    ]
    cert_rows = [row([e(c.text), e(c.issuer or ""), e(mmyyyy(c.expires) or "—")]) for c in p.certs]
    job_rows = []
    for j in p.jobs:
        org = f"<b>{e(j.org)}</b><br>{e(j.city)}"
        if j.agency:
            org += f"<br><i>through {e(j.agency)}</i>"
        job_rows.append(row([e(span(j, p)), org, e(j.title), ul(j.bullets)]))
    edu_rows = [row([e(ed.degree), e(ed.school), e(ed.year)]) for ed in p.education]
    ct = "<br>".join(e(x) for x in [p.phone, p.email, p.home] if x)
    body = [
        f'<div class="top"><div><h1>{e(p.name)}</h1><div class="sub">{e(p.creds)} · {e(p.headline)}</div></div>'
        f'<div class="ct">{ct}</div></div>',
        f"<p>{e(p.summary)}</p>",
        "<h2>Licensure</h2><table>" + row(lic_head, "th") + "".join(lic_rows) + "</table>",
        "<h2>Certifications</h2><table>"
        + row(["Certification", "Issuing body", "Expires"], "th")
        + "".join(cert_rows)
        + "</table>",
        "<h2>Clinical Experience</h2><table>"
        + row(["Dates", "Facility", "Position", "Highlights"], "th")
        + "".join(job_rows)
        + "</table>",
        "<h2>Education</h2><table>"
        + row(["Degree", "School", "Year"], "th")
        + "".join(edu_rows)
        + "</table>",
        "<h2>Systems &amp; Skills</h2><p>" + e(" | ".join(p.skills)) + "</p>",
    ]
    return page(GRID_CSS, "".join(body))


# --- band ----------------------------------------------------------------------------------
BAND_CSS = """
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.3pt; color: #2a2a2a; }
.band { background: linear-gradient(90deg, #c2410c, #ea8a3a); color: #fff; padding: 0.35in 0.55in; display: flex; align-items: center; gap: 22px; }
.ph { width: 92px; height: 92px; border-radius: 50%; background: #fde7d4; color: #c2410c; font-size: 28pt;
  display: flex; align-items: center; justify-content: center; border: 3px solid #fff; font-weight: bold; }
.band h1 { margin: 0; font-size: 22pt; } .band .t { font-size: 11pt; opacity: .95; }
.row { background: #fff3e8; padding: 6px 0.55in; font-size: 8.8pt; color: #7c2d12; }
.row span { margin-right: 18px; }
.body { padding: 0.2in 0.55in; }
h2 { color: #c2410c; font-size: 11pt; margin: 12px 0 5px; }
.job { margin-bottom: 8px; } .when { float: right; color: #9a3412; font-size: 8.8pt; }
.where { color: #555; } ul { margin: 3px 0; padding-left: 16px; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
"""


def band(p: Person) -> str:
    initials = "".join(w[0] for w in p.name.split()[:2])
    row = [p.phone, p.email] + ([p.home] if p.home else [])
    jobs = "".join(
        f'<div class="job"><span class="when">{e(span(j, p))}</span><b>{e(j.title)}</b><br>'
        f'<span class="where">{e(j.org)} · {e(j.city)}'
        + (f" · placed by {e(j.agency)}" if j.agency else "")
        + f"</span>{ul(j.bullets)}</div>"
        for j in p.jobs
    )
    body = [
        f'<div class="band"><div class="ph">{e(initials)}</div><div><h1>{e(p.name)}</h1>'
        f'<div class="t">{e(p.creds)} | {e(p.headline)}</div></div></div>',
        '<div class="row">' + "".join(f"<span>{e(x)}</span>" for x in row) + "</div>",
        '<div class="body">',
        f"<h2>Profile</h2><p>{e(p.summary)}</p>",
        f"<h2>Experience</h2>{jobs}",
        '<div class="two"><div><h2>Licensure &amp; Certifications</h2>'
        + ul([lic_line(x) for x in p.licenses] + [c.text for c in p.certs])
        + "</div><div><h2>Education</h2>"
        + "<br>".join(edu_lines(p))
        + "<h2>Skills</h2>"
        + ul(p.skills)
        + "</div></div></div>",
    ]
    return page(BAND_CSS, "".join(body))


# --- rules ---------------------------------------------------------------------------------
RULES_CSS = """
body { margin: 0; padding: 0.4in 0.55in; font-family: 'Liberation Sans', sans-serif; font-size: 9.2pt; color: #111; }
h1 { margin: 0; font-size: 17pt; font-weight: bold; } .cr { font-weight: normal; color: #444; }
.c { font-size: 8.8pt; margin: 3px 0 0; }
hr { border: 0; border-top: 1px solid #222; margin: 7px 0 5px; }
h2 { font-size: 9.2pt; margin: 0 0 3px; text-transform: uppercase; letter-spacing: .6px; }
.j { display: flex; justify-content: space-between; margin-top: 4px; } .j .d { white-space: nowrap; padding-left: 12px; }
.o { font-style: italic; } ul { margin: 1px 0 2px; padding-left: 15px; } li { margin: 0; }
p { margin: 2px 0; }
"""


def rules(p: Person) -> str:
    contact = " | ".join(x for x in [p.home, p.phone, p.email] if x)
    jobs = "".join(
        f'<div class="j"><b>{e(j.title)}</b><span class="d">{e(span(j, p))}</span></div>'
        f'<div class="o">{e(j.org)}, {e(j.city)}'
        + (f" (contract through {e(j.agency)})" if j.agency else "")
        + f"</div>{ul(j.bullets)}"
        for j in p.jobs
    )
    edu = "".join(
        f'<div class="j"><span><b>{e(ed.degree)}</b>, {e(ed.school)}</span><span class="d">{e(ed.year)}</span></div>'
        for ed in p.education
    )
    creds = "; ".join([lic_line(x) for x in p.licenses] + [c.text for c in p.certs])
    body = [
        f'<h1>{e(p.name)} <span class="cr">{e(p.creds)}</span></h1><div class="c">{e(contact)}</div>',
        f"<hr><h2>Summary</h2><p>{e(p.summary)}</p>",
        f"<hr><h2>Licenses &amp; Certifications</h2><p>{e(creds)}</p>",
        f"<hr><h2>Experience</h2>{jobs}",
        f"<hr><h2>Education</h2>{edu}",
        f"<hr><h2>Skills</h2><p>{e(', '.join(p.skills))}</p>",
    ]
    return page(RULES_CSS, "".join(body))


# --- prose ---------------------------------------------------------------------------------
PROSE_CSS = """
body { margin: 0; padding: 0.75in 0.9in; font-family: 'DejaVu Serif', serif; font-size: 10.3pt; line-height: 1.5; color: #1d1d1d; }
h1 { font-size: 18pt; margin: 0; font-weight: normal; } .c { font-size: 9pt; color: #555; margin-bottom: 16px; }
h2 { font-size: 11pt; font-style: italic; font-weight: normal; color: #2f4f3a; margin: 16px 0 4px; }
p { margin: 0 0 8px; text-align: justify; }
"""


def prose_date(ym: str | None, p: Person) -> str:
    return one_date(ym, "long", "the present")


def prose(p: Person) -> str:
    paras = []
    for j in p.jobs:
        via = f" on contract through {j.agency}" if j.agency else ""
        if j.end is None:
            lead = f"Since {prose_date(j.start, p)} I have worked as {j.title} at {j.org} in {j.city}{via}."
        else:
            lead = (
                f"From {prose_date(j.start, p)} to {prose_date(j.end, p)} I worked as {j.title} at "
                f"{j.org} in {j.city}{via}."
            )
        paras.append(f"<p>{e(lead)} {e(' '.join(j.bullets))}</p>")
    lic = ". ".join(lic_line(x) for x in p.licenses)
    certs = "; ".join(c.text for c in p.certs)
    edu = " ".join(
        f"I earned my {ed.degree} at {ed.school}" + (f" in {ed.year}." if ed.year else ".")
        for ed in p.education
    )
    contact = " · ".join(x for x in [p.home, p.phone, p.email] if x)
    body = [
        f'<h1>{e(p.name)}, {e(p.creds)}</h1><div class="c">{e(contact)}</div>',
        f"<h2>About me</h2><p>{e(p.summary)}</p>",
        f"<h2>Licensure and certification</h2><p>{e(lic)}. Certifications: {e(certs)}.</p>",
        "<h2>Where I have worked</h2>" + "".join(paras),
        f"<h2>Education</h2><p>{e(edu)}</p>",
        f"<h2>Skills and systems</h2><p>{e(', '.join(p.skills))}.</p>",
    ]
    return page(PROSE_CSS, "".join(body))


# --- profile page (screenshots) ------------------------------------------------------------
PROFILE_CSS = """
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; background: #eef1f5; color: #1f2937; font-size: 15px; }
.bar { background: #0f766e; color: #fff; padding: 14px 28px; font-weight: bold; font-size: 18px; }
.bar span { float: right; font-weight: normal; font-size: 14px; }
.status { background: #000; color: #fff; font-size: 12px; padding: 4px 14px; display: flex; justify-content: space-between; }
.wrap { max-width: 980px; margin: 22px auto; padding: 0 14px; }
.card { background: #fff; border-radius: 10px; padding: 18px 22px; margin-bottom: 14px; box-shadow: 0 1px 3px rgba(0,0,0,.1); }
.hero { display: flex; gap: 18px; align-items: center; }
.av { width: 84px; height: 84px; border-radius: 50%; background: #99f6e4; display: flex; align-items: center; justify-content: center;
  font-size: 30px; color: #115e59; flex: none; }
h1 { margin: 0; font-size: 26px; } .hl { color: #4b5563; margin: 4px 0; }
.kv { color: #374151; font-size: 14px; margin-top: 6px; } .kv div { margin: 2px 0; }
h2 { font-size: 17px; margin: 0 0 10px; }
.item { border-top: 1px solid #e5e7eb; padding: 10px 0; } .item:first-of-type { border-top: 0; }
.muted { color: #6b7280; font-size: 13.5px; }
.tags span { display: inline-block; background: #f0fdfa; border: 1px solid #99f6e4; border-radius: 14px; padding: 3px 10px; margin: 3px; font-size: 13px; }
ul { margin: 4px 0; padding-left: 18px; }
.phone body, .phone { font-size: 14px; }
"""


def profile(p: Person) -> str:
    phone = p.design == "profile-phone"
    initials = "".join(w[0] for w in p.name.split()[:2])
    kv = [
        f"<div>Location: {e(p.home)}</div>" if p.home else "",
        f"<div>Phone: {e(p.phone)}</div>",
        f"<div>Email: {e(p.email)}</div>",
    ]
    exp = "".join(
        f'<div class="item"><b>{e(j.title)}</b><div>{e(j.org)} · {e(j.city)}</div>'
        f'<div class="muted">{e(span(j, p))}</div>{ul(j.bullets)}</div>'
        for j in p.jobs
    )
    lic = "".join(f'<div class="item">{e(lic_line(x))}</div>' for x in p.licenses)
    cert = "".join(f'<div class="item">{e(c.text)}</div>' for c in p.certs)
    edu = "".join(
        f'<div class="item"><b>{e(ed.degree)}</b><div class="muted">{e(ed.school)} · {e(ed.year)}</div></div>'
        for ed in p.education
    )
    top = (
        '<div class="status"><span>9:41</span><span>5G ▮▮▮ 87%</span></div><div class="bar">ShiftHarbor</div>'
        if phone
        else '<div class="bar">ShiftHarbor Jobs <span>Find jobs · Messages · My profile</span></div>'
    )
    body = [
        top,
        '<div class="wrap">',
        f'<div class="card hero"><div class="av">{e(initials)}</div><div><h1>{e(p.name)}, {e(p.creds)}</h1>'
        f'<div class="hl">{e(p.headline)}</div><div class="kv">{"".join(kv)}</div></div></div>',
        f'<div class="card"><h2>About</h2>{e(p.summary)}</div>',
        f'<div class="card"><h2>Work experience</h2>{exp}</div>',
        f'<div class="card"><h2>Licenses</h2>{lic}</div>',
        f'<div class="card"><h2>Certifications</h2>{cert}</div>',
        f'<div class="card"><h2>Education</h2>{edu}</div>',
        '<div class="card"><h2>Skills</h2><div class="tags">'
        + "".join(f"<span>{e(s)}</span>" for s in p.skills)
        + "</div></div></div>",
    ]
    return page(PROFILE_CSS, "".join(body))


DESIGNS = {
    "sidecard": sidecard,
    "functional": functional,
    "grid": grid,
    "band": band,
    "rules": rules,
    "prose": prose,
    "profile-desktop": profile,
    "profile-phone": profile,
}


def render(p: Person) -> str:
    return DESIGNS[p.design](p)

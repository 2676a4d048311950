"""HTML/CSS resume pages in five looks; Chromium prints them to PDF or screenshots them."""

from html import escape as esc

from model import Person, fmt_date
from text_bits import cert_line, job_where, lic_line, mmyy, when

BASE_CSS = """
@page { size: Letter; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 10pt; color: #222; }
h1 { margin: 0; } h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: .08em; margin: 14px 0 6px; }
ul { margin: 3px 0 6px 18px; padding: 0; } li { margin: 1px 0; }
.job { margin-bottom: 9px; } .jt { font-weight: bold; } .jw { font-style: italic; color: #444; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border: 1px solid #bbb; padding: 3px 5px; text-align: left; }
th { background: #e8eef5; }
"""


def bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(b)}</li>" for b in items) + "</ul>" if items else ""


def jobs_block(p: Person, dates_right: bool = True) -> str:
    out = []
    for j in p.jobs:
        d = esc(when(j, p.datefmt))
        head = f"<div class='jt'>{esc(j.title)}" + (
            f"<span style='float:right'>{d}</span>" if dates_right else ""
        )
        head += "</div>"
        sub = f"<div class='jw'>{esc(job_where(j))}</div>" + (
            "" if dates_right else f"<div>{d}</div>"
        )
        out.append(f"<div class='job'>{head}{sub}{bullets(j.bullets)}</div>")
    return "".join(out)


def edu_block(p: Person) -> str:
    rows = [
        f"<div><b>{esc(e.degree)}</b> — {esc(e.school)}"
        + (f", {e.year}" if e.year else "")
        + "</div>"
        for e in p.education
    ]
    if p.rotations:
        rows.append("<h2>Clinical Rotations</h2>" + bullets(p.rotations))
    return "".join(rows)


def lic_table(p: Person) -> str:
    if not p.licenses:
        return ""
    rows = "".join(
        f"<tr><td>{lic.state}</td><td>{esc(lic.type)}{' (multistate)' if lic.compact else ''}</td>"
        f"<td>{esc(lic.number)}</td><td>{mmyy(lic.expires)}</td></tr>"
        for lic in p.licenses
    )
    return (
        "<h2>Licensure</h2><table><tr><th>State</th><th>Type</th><th>Number</th><th>Expires</th></tr>"
        f"{rows}</table>"
    )


def cert_table(p: Person) -> str:
    rows = "".join(
        f"<tr><td>{esc(c.long + ' (' + c.name + ')' if c.long else c.name)}</td>"
        f"<td>{esc(c.issuer or '')}</td><td>{mmyy(c.expires) or '—'}</td></tr>"
        for c in p.certs
    )
    return (
        "<h2>Certifications</h2><table><tr><th>Certification</th><th>Issued by</th><th>Expires</th></tr>"
        f"{rows}</table>"
    )


def extras(p: Person) -> str:
    out = ""
    if p.ehr:
        out += f"<h2>EHR Systems</h2><div>{esc(', '.join(p.ehr))}</div>"
    if p.skills:
        out += f"<h2>Clinical Skills</h2><div>{esc(' · '.join(p.skills))}</div>"
    return out


def page(css: str, body: str) -> str:
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{BASE_CSS}{css}</style></head><body>{body}</body></html>"


def sidebar(p: Person) -> str:
    css = """
    .wrap { display: flex; min-height: 11in; }
    .side { width: 2.6in; background: #1f3b57; color: #f2f2f2; padding: .45in .25in; font-size: 9pt; }
    .side h2 { color: #9fd3ff; font-size: 9.5pt; border-bottom: 1px solid #5a7896; }
    .side div { margin-bottom: 5px; }
    .main { flex: 1; padding: .45in .4in; }
    .main h1 { font-size: 22pt; color: #1f3b57; } .role { font-size: 12pt; color: #3d6f99; margin-bottom: 8px; }
    .main h2 { color: #1f3b57; border-bottom: 2px solid #3d6f99; }
    """
    contact = [f"✉ {esc(p.email)}", f"☎ {esc(p.phone)}"] + (
        [f"⌂ {esc(p.address)}"] if p.address else []
    )
    side = "<h2>Contact</h2>" + "".join(f"<div>{c}</div>" for c in contact)
    if p.licenses:
        side += "<h2>Licenses</h2>" + "".join(
            f"<div>{esc(lic_line(lic))}</div>" for lic in p.licenses
        )
    side += "<h2>Certifications</h2>" + "".join(f"<div>{esc(cert_line(c))}</div>" for c in p.certs)
    if p.ehr:
        side += "<h2>EHR</h2>" + "".join(f"<div>• {esc(e)}</div>" for e in p.ehr)
    if p.skills:
        side += "<h2>Skills</h2>" + "".join(f"<div>• {esc(s)}</div>" for s in p.skills)
    main = (
        f"<h1>{esc(p.name)}, {esc(p.creds)}</h1><div class='role'>{esc(p.title)}</div>"
        f"<h2>Profile</h2><p>{esc(p.summary)}</p><h2>Experience</h2>{jobs_block(p)}"
        f"<h2>Education</h2>{edu_block(p)}"
    )
    return page(
        css, f"<div class='wrap'><div class='side'>{side}</div><div class='main'>{main}</div></div>"
    )


def banner(p: Person) -> str:
    css = """
    .band { background: linear-gradient(90deg, #00796b, #26a69a); color: white; padding: .35in .5in .2in; }
    .band h1 { font-size: 24pt; } .band .role { font-size: 12pt; opacity: .9; }
    .contact { background: #e0f2f1; padding: 6px .5in; font-size: 9.5pt; }
    .body { padding: .1in .5in .4in; } h2 { color: #00695c; border-bottom: 1px solid #80cbc4; }
    """
    bits = [f"✉ {esc(p.email)}", f"☎ {esc(p.phone)}"] + (
        [f"⌂ {esc(p.address)}"] if p.address else []
    )
    head = (
        f"<div class='band'><h1>{esc(p.name)}</h1><div class='role'>{esc(p.creds)} · {esc(p.title)}</div></div>"
        f"<div class='contact'>{' &nbsp;|&nbsp; '.join(bits)}</div>"
    )
    body = (
        f"<h2>Summary</h2><p>{esc(p.summary)}</p>{lic_table(p)}{cert_table(p)}"
        f"<h2>Work History</h2>{jobs_block(p)}<h2>Education</h2>{edu_block(p)}{extras(p)}"
    )
    return page(css, head + f"<div class='body'>{body}</div>")


def timeline(p: Person) -> str:
    css = """
    .top { padding: .45in .5in .1in; border-bottom: 4px solid #8e44ad; }
    .top h1 { font-size: 21pt; color: #4a235a; } .top .c { color: #555; margin-top: 4px; }
    .body { padding: .1in .5in .4in; } h2 { color: #8e44ad; }
    .tl { border-left: 3px solid #d2b4de; margin-left: 1.3in; padding-left: 14px; }
    .ev { position: relative; margin-bottom: 10px; }
    .ev .d { position: absolute; left: -1.45in; width: 1.2in; text-align: right; font-size: 8.5pt; color: #6c3483; }
    .ev:before { content: ''; position: absolute; left: -21px; top: 3px; width: 10px; height: 10px;
                 border-radius: 50%; background: #8e44ad; }
    """
    contact = " • ".join([esc(p.phone), esc(p.email)] + ([esc(p.address)] if p.address else []))
    events = "".join(
        f"<div class='ev'><div class='d'>{esc(fmt_date(j.start, p.datefmt))} –<br>{esc(fmt_date(j.end, p.datefmt))}</div>"
        f"<div class='jt'>{esc(j.title)}</div><div class='jw'>{esc(job_where(j))}</div>{bullets(j.bullets)}</div>"
        for j in p.jobs
    )
    creds = (
        "<h2>Licenses &amp; Certifications</h2><ul>"
        + "".join(f"<li>{esc(lic_line(lic, 'long'))}</li>" for lic in p.licenses)
        + "".join(f"<li>{esc(cert_line(c, 'valid'))}</li>" for c in p.certs)
        + "</ul>"
    )
    body = (
        f"<p>{esc(p.summary)}</p><h2>Career Timeline</h2><div class='tl'>{events}</div>{creds}"
        f"<h2>Education</h2>{edu_block(p)}{extras(p)}"
    )
    head = f"<div class='top'><h1>{esc(p.name)} <small>{esc(p.creds)}</small></h1><div>{esc(p.title)}</div><div class='c'>{contact}</div></div>"
    return page(css, head + f"<div class='body'>{body}</div>")


def classic(p: Person) -> str:
    css = """
    body { font-family: 'DejaVu Serif', 'Liberation Serif', serif; font-size: 10.5pt; }
    .page { padding: .6in .75in; } .hd { text-align: center; } .hd h1 { font-size: 20pt; letter-spacing: .05em; }
    .hd .c { margin-top: 4px; } h2 { border-bottom: 1px solid #000; font-size: 10.5pt; }
    """
    contact = " · ".join(([esc(p.address)] if p.address else []) + [esc(p.phone), esc(p.email)])
    style = "through" if any(c.name == "BCPS" for c in p.certs) else "long"
    body = (
        f"<div class='hd'><h1>{esc(p.name.upper())}, {esc(p.creds)}</h1><div>{esc(p.title)}</div>"
        f"<div class='c'>{contact}</div></div><h2>Professional Summary</h2><p>{esc(p.summary)}</p>"
        f"<h2>Professional Experience</h2>{jobs_block(p)}"
    )
    if p.licenses:
        body += "<h2>Licensure</h2>" + bullets([lic_line(lic, "long") for lic in p.licenses])
    body += "<h2>Certifications</h2>" + bullets([cert_line(c, style) for c in p.certs])
    body += f"<h2>Education</h2>{edu_block(p)}{extras(p)}"
    return page(css, f"<div class='page'>{body}</div>")


def screenshot(p: Person) -> str:
    """A candidate profile as seen in a web browser (job-board style), captured as PNG."""
    css = """
    @page { size: auto; } body { background: #f3f2ef; font-size: 14px; }
    .nav { background: #fff; border-bottom: 1px solid #ddd; padding: 10px 30px; color: #0a66c2; font-weight: bold; }
    .card { background: #fff; margin: 16px auto; width: 900px; border-radius: 8px; padding: 20px 28px; box-shadow: 0 0 0 1px #ddd; }
    h1 { font-size: 26px; } .sub { color: #555; } h2 { text-transform: none; letter-spacing: 0; font-size: 18px; }
    """
    bits = [f"✉ {esc(p.email)}", f"☎ {esc(p.phone)}"] + (
        [f"⌂ {esc(p.address)}"] if p.address else []
    )
    top = (
        f"<div class='card'><h1>{esc(p.name)}, {esc(p.creds)}</h1><div class='sub'>{esc(p.title)}</div>"
        f"<div class='sub'>{' · '.join(bits)}</div><h2>About</h2><p>{esc(p.summary)}</p></div>"
    )
    exp = f"<div class='card'><h2>Experience</h2>{jobs_block(p, dates_right=False)}</div>"
    lic = (
        "<div class='card'><h2>Licenses &amp; certifications</h2>"
        + bullets([lic_line(lic) for lic in p.licenses] + [cert_line(c, "valid") for c in p.certs])
        + "</div>"
    )
    edu = f"<div class='card'><h2>Education</h2>{edu_block(p)}{extras(p)}</div>"
    return page(
        css,
        "<div class='nav'>CareerLink · Profiles · Jobs · Messages</div>" + top + exp + lic + edu,
    )


LAYOUTS = {
    "sidebar": sidebar,
    "banner": banner,
    "timeline": timeline,
    "classic": classic,
    "screenshot": screenshot,
}


def render(p: Person) -> str:
    return LAYOUTS[p.layout](p)

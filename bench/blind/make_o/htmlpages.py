"""HTML designs for set o, each written for the engine that renders it (PyMuPDF Story, xhtml2pdf,
LibreOffice's HTML import, Chromium's mobile layout)."""

from html import escape as e

from model import Person, span, ym


def addr(p: Person) -> str:
    return f"{p.street}, {p.city}, {p.st} {p.zip}" if p.street else f"{p.city}, {p.st}"


def agency_line(j, style: str) -> str:
    if not j.agency:
        return ""
    return {
        "travel": f"Travel contract through {j.agency}",
        "via": f"(assignment via {j.agency})",
        "agency": f"Agency: {j.agency}",
    }[style]


def lic_line(x, style: str) -> str:
    c = f" ({x.compact_text})" if x.compact_text else ""
    if style == "a":
        return f"{x.state_name} {x.printed}{c} — #{x.number}, {x.exp_text}"
    if style == "b":
        return f"{x.printed}, {x.state_name}{c}, License No. {x.number}, {x.exp_text}"
    return f"{x.state} · {x.printed} · {x.number}{c} · {x.exp_text}"


def cert_line(c, style: str) -> str:
    exp = f", {c.exp_text}" if c.expires else ""
    if style == "a":
        return f"{c.name} – {c.long} [{c.issuer}]{exp}"
    if style == "b":
        return f"{c.long} ({c.name}), {c.issuer}{exp}"
    return f"{c.name} ({c.long}) — {c.issuer}{exp}"


# ---------- PyMuPDF Story: a timeline design ----------
def story_timeline(p: Person) -> str:
    rows = []
    for j in p.jobs:
        ag = f"<p class='ag'>{e(agency_line(j, 'travel'))}</p>" if j.agency else ""
        bl = "".join(f"<li>{e(b)}</li>" for b in j.bullets)
        rows.append(
            f"<p class='when'>&#9679;&#160; {e(span(j, 'Mon YYYY'))}</p>"
            f"<div class='what'><p class='t'><b>{e(j.title)}</b></p><p class='emp'>{e(j.employer)} | {e(j.city)}</p>{ag}<ul>{bl}</ul></div>"
        )
    lic = "".join(f"<li>{e(lic_line(x, 'a'))}</li>" for x in p.lics)
    cer = "".join(f"<li>{e(cert_line(c, 'a'))}</li>" for c in p.certs)
    edu = "".join(f"<li><b>{e(d.degree)}</b> — {e(d.school)}, {e(d.year)}</li>" for d in p.edu)
    return f"""
<h1>{e(p.name)}, {e(p.creds)}</h1>
<p class="head">{e(p.headline)}</p>
<p class="contact">{e(addr(p))} &#8226; {e(p.phone)} &#8226; {e(p.email)}</p>
<h2>PROFILE</h2><p>{e(p.summary)}</p>
<h2>CAREER TIMELINE</h2>
{"".join(rows)}
<h2>LICENSURE</h2><ul>{lic}</ul>
<h2>CERTIFICATIONS</h2><ul>{cer}</ul>
<h2>EDUCATION</h2><ul>{edu}</ul>
<h2>EHR EXPERIENCE</h2><p>{e(", ".join(p.ehr_text))}</p>
"""


STORY_TIMELINE_CSS = """
* {font-family: sans-serif; font-size: 9.2pt; color: #1c2833;}
h1 {font-size: 20pt; color: #0b5563; margin: 0;}
p.head {font-size: 11pt; color: #0b5563; margin: 2px 0 2px 0;}
p.contact {font-size: 9pt; margin: 0 0 6px 0;}
h2 {font-size: 10.5pt; color: #ffffff; background-color: #0b5563; padding: 2px 4px; margin: 8px 0 4px 0;}
p.when {font-weight: bold; color: #e07a1f; margin: 6px 0 0 0;}
div.what {margin-left: 16px; padding-left: 6px; border-left: 2px solid #e07a1f;}
p.t {margin: 0;} p.emp {margin: 0; font-style: italic;} p.ag {margin: 0; color: #7a4b12;}
ul {margin: 1px 0 4px 0;} li {margin: 0;}
"""


# ---------- PyMuPDF Story: icon contact rows ----------
def story_icons(p: Person) -> str:
    jobs = []
    for j in p.jobs:
        ag = f" {e(agency_line(j, 'via'))}" if j.agency else ""
        bl = "".join(f"<li>{e(b)}</li>" for b in j.bullets)
        jobs.append(
            f"<p class='job'><b>{e(j.title)}</b> &#8212; {e(j.employer)}, {e(j.city)}{ag}<br/><i>{e(span(j, 'MM/YYYY', ' to '))}</i></p><ul>{bl}</ul>"
        )
    lic = "".join(f"<li>{e(lic_line(x, 'b'))}</li>" for x in p.lics)
    cer = "".join(f"<li>{e(cert_line(c, 'b'))}</li>" for c in p.certs)
    edu = "".join(f"<li>{e(d.degree)}, {e(d.school)} ({e(d.year)})</li>" for d in p.edu)
    icons = (
        f"<p class='ic'>&#9742;&#160;&#160;{e(p.phone)}</p>"
        f"<p class='ic'>&#9993;&#160;&#160;{e(p.email)}</p>"
        f"<p class='ic'>&#8962;&#160;&#160;{e(addr(p))}</p>"
    )
    return f"""
<h1>{e(p.name.upper())}</h1>
<p class="cred">{e(p.creds)} &#124; {e(p.headline)}</p>
{icons}
<h2>&#10070; Summary</h2><p>{e(p.summary)}</p>
<h2>&#10070; Professional Experience</h2>{"".join(jobs)}
<h2>&#10070; Licenses</h2><ul>{lic}</ul>
<h2>&#10070; Certifications</h2><ul>{cer}</ul>
<h2>&#10070; Education</h2><ul>{edu}</ul>
<h2>&#10070; Systems</h2><p>Charting/EHR: {e(" · ".join(p.ehr_text))}</p>
"""


STORY_ICONS_CSS = """
* {font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #222;}
h1 {font-size: 22pt; letter-spacing: 2px; color: #4a235a; margin: 0;}
p.cred {font-size: 10pt; color: #6c3483; margin: 0 0 4px 0;}
p.ic {margin: 0; font-size: 9.5pt;}
h2 {font-size: 11pt; color: #4a235a; border-bottom: 1px solid #b39ddb; margin: 9px 0 3px 0;}
p.job {margin: 4px 0 0 0;} ul {margin: 0 0 2px 0;}
"""


# ---------- xhtml2pdf: classic with a licence table ----------
def x2p_classic(p: Person, big: bool = False) -> str:
    jobs = []
    for j in p.jobs:
        ag = f"<br/><i>{e(agency_line(j, 'agency'))}</i>" if j.agency else ""
        bl = "".join(f"<li>{e(b)}</li>" for b in j.bullets)
        jobs.append(
            f"<table class='job'><tr><td class='l'><b>{e(j.title)}</b><br/>{e(j.employer)} — {e(j.city)}{ag}</td>"
            f"<td class='r'>{e(span(j, 'Month YYYY', ' - '))}</td></tr></table><ul>{bl}</ul>"
        )
    lrows = "".join(
        f"<tr><td>{e(x.state_name)}</td><td>{e(x.printed)}</td><td>{e(x.number)}</td><td>{e(x.compact_text or '—')}</td><td>{e(x.exp_text)}</td></tr>"
        for x in p.lics
    )
    crows = "".join(
        f"<tr><td>{e(c.name)}</td><td>{e(c.long)}</td><td>{e(c.issuer)}</td><td>{e(c.exp_text if c.expires else '—')}</td></tr>"
        for c in p.certs
    )
    edu = "".join(f"<p>{e(d.degree)}<br/>{e(d.school)}, {e(d.year)}</p>" for d in p.edu)
    skills = f"<h2>Clinical Skills</h2><p>{e(', '.join(p.skills))}</p>" if p.skills else ""
    pb = "<pdf:nextpage />" if big else ""
    return f"""<html><head><style>
@page {{ size: letter; margin: 0.6in; }}
body {{ font-family: Times-Roman; font-size: 10.5pt; }}
h1 {{ font-size: 22pt; text-align: center; margin: 0; }}
p.c {{ text-align: center; margin: 0; }}
h2 {{ font-size: 12pt; border-bottom: 1px solid #333; margin-top: 10px; margin-bottom: 2px; text-transform: uppercase; }}
table.job {{ width: 100%; }} td.l {{ width: 72%; vertical-align: top; }} td.r {{ text-align: right; vertical-align: top; }}
table.grid {{ width: 100%; border: 0.5px solid #444; }} table.grid td, table.grid th {{ border: 0.5px solid #444; padding: 2px; font-size: 9.5pt; }}
th {{ background-color: #dddddd; text-align: left; }}
ul {{ margin-top: 0; margin-bottom: 0; }}
</style></head><body>
<h1>{e(p.name)}, {e(p.creds)}</h1>
<p class="c">{e(addr(p))}</p>
<p class="c">Phone: {e(p.phone)} | Email: {e(p.email)}</p>
<h2>Professional Summary</h2><p>{e(p.summary)}</p>
<h2>Work Experience</h2>{"".join(jobs)}
{pb}
<h2>Licensure</h2>
<table class="grid"><tr><th>State</th><th>License</th><th>Number</th><th>Compact</th><th>Expires</th></tr>{lrows}</table>
<h2>Certifications</h2>
<table class="grid"><tr><th>Cert</th><th>Full name</th><th>Issued by</th><th>Expiration</th></tr>{crows}</table>
<h2>Education</h2>{edu}
{skills}
<h2>Electronic Health Records</h2><p>{e(", ".join(p.ehr_text))}</p>
</body></html>"""


# ---------- xhtml2pdf: two columns by a table ----------
def x2p_twocol(p: Person) -> str:
    jobs = []
    for j in p.jobs:
        ag = f" <i>{e(agency_line(j, 'via'))}</i>" if j.agency else ""
        bl = "".join(f"<li>{e(b)}</li>" for b in j.bullets)
        jobs.append(
            f"<p class='jt'><b>{e(j.title.upper())}</b></p><p class='je'>{e(j.employer)}, {e(j.city)}{ag} &#183; {e(span(j, 'MM/YYYY', ' - '))}</p><ul>{bl}</ul>"
        )
    lic = "".join(
        f"<p class='s'><b>{e(x.state_name)}</b><br/>{e(x.printed)}{(' — ' + e(x.compact_text)) if x.compact_text else ''}<br/>No. {e(x.number)}<br/>{e(x.exp_text)}</p>"
        for x in p.lics
    )
    cer = "".join(
        f"<p class='s'><b>{e(c.name)}</b> {e(c.long)}<br/>{e(c.issuer)}{(' · ' + e(c.exp_text)) if c.expires else ''}</p>"
        for c in p.certs
    )
    edu = "".join(f"<p class='s'>{e(d.degree)}<br/>{e(d.school)} · {e(d.year)}</p>" for d in p.edu)
    return f"""<html><head><style>
@page {{ size: letter; margin: 0.5in; }}
body {{ font-family: Helvetica; font-size: 9pt; color: #222; }}
td.side {{ width: 32%; background-color: #e8f1f8; vertical-align: top; padding: 8px; }}
td.main {{ vertical-align: top; padding: 8px 4px 8px 14px; }}
h1 {{ font-size: 20pt; color: #1f4e79; margin: 0; }}
h3 {{ font-size: 10pt; color: #1f4e79; margin-top: 10px; margin-bottom: 2px; border-bottom: 1px solid #1f4e79; }}
p.s {{ margin: 0 0 5px 0; font-size: 8.5pt; }} p.jt {{ margin: 6px 0 0 0; }} p.je {{ margin: 0; color: #555; }}
ul {{ margin: 0; }}
</style></head><body>
<table><tr><td class="side">
<h3>CONTACT</h3><p class="s">{e(p.street or "")}<br/>{e(p.city)}, {e(p.st)} {e(p.zip)}<br/>{e(p.phone)}<br/>{e(p.email)}</p>
<h3>LICENSES</h3>{lic}
<h3>CERTIFICATIONS</h3>{cer}
<h3>EDUCATION</h3>{edu}
<h3>EHR</h3><p class="s">{e(", ".join(p.ehr_text))}</p>
</td><td class="main">
<h1>{e(p.name)}</h1><p>{e(p.creds)} &#8212; {e(p.headline)}</p>
<h3>SUMMARY</h3><p>{e(p.summary)}</p>
<h3>EXPERIENCE</h3>{"".join(jobs)}
</td></tr></table>
</body></html>"""


# ---------- LibreOffice HTML import → DOCX ----------
def lo_html(p: Person, tables: bool) -> str:
    jobs = []
    for j in p.jobs:
        ag = f"<br><i>{e(agency_line(j, 'travel'))}</i>" if j.agency else ""
        bl = "".join(f"<li>{e(b)}</li>" for b in j.bullets)
        jobs.append(
            f"<h3>{e(j.title)} — {e(j.employer)}</h3><p>{e(j.city)} | {e(span(j, 'M/YYYY', ' – '))}{ag}</p><ul>{bl}</ul>"
        )
    if tables:
        lic = (
            "<table border='1' cellpadding='3' width='100%'><tr><th>State</th><th>Type</th><th>License #</th><th>Multistate</th><th>Expires</th></tr>"
            + "".join(
                f"<tr><td>{e(x.state)}</td><td>{e(x.printed)}</td><td>{e(x.number)}</td><td>{e(x.compact_text or 'n/a')}</td><td>{e(x.exp_text)}</td></tr>"
                for x in p.lics
            )
            + "</table>"
        )
        cer = (
            "<table border='1' cellpadding='3' width='100%'><tr><th>Certification</th><th>Issuer</th><th>Expiration</th></tr>"
            + "".join(
                f"<tr><td>{e(c.long)} ({e(c.name)})</td><td>{e(c.issuer)}</td><td>{e(c.exp_text if c.expires else 'no expiration')}</td></tr>"
                for c in p.certs
            )
            + "</table>"
        )
    else:
        lic = (
            "<ul>" + "".join(f"<li>{e(lic_line(x, 'c'))}</li>" for x in p.lics) + "</ul>"
            if p.lics
            else "<p>No state license required (national certification).</p>"
        )
        cer = "<ul>" + "".join(f"<li>{e(cert_line(c, 'c'))}</li>" for c in p.certs) + "</ul>"
    edu = "".join(f"<p><b>{e(d.degree)}</b><br>{e(d.school)}, {e(d.year)}</p>" for d in p.edu)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(p.name)}</title>
<style>body{{font-family:'Liberation Sans';font-size:10pt}} h1{{font-size:20pt;color:#2e4053;margin:0}} h2{{font-size:12pt;color:#2e4053;border-bottom:1px solid #2e4053}} h3{{font-size:10.5pt;margin:6pt 0 0 0}} p{{margin:0 0 3pt 0}}</style></head><body>
<h1>{e(p.name)}</h1>
<p><b>{e(p.creds)}</b> · {e(p.headline)}</p>
<p>{e(addr(p))} · {e(p.phone)} · <a href="mailto:{e(p.email)}">{e(p.email)}</a></p>
<h2>Summary</h2><p>{e(p.summary)}</p>
<h2>Experience</h2>{"".join(jobs)}
<h2>Licensure</h2>{lic}
<h2>Certifications</h2>{cer}
<h2>Education</h2>{edu}
<h2>Electronic Health Records</h2><p>{e(", ".join(p.ehr_text))}</p>
</body></html>"""


# ---------- Chromium, mobile layout ----------
def mobile(p: Person) -> str:
    cards = []
    for j in p.jobs:
        ag = f"<div class='ag'>via {e(j.agency)} (travel contract)</div>" if j.agency else ""
        cards.append(
            f"<div class='card'><div class='t'>{e(j.title)}</div><div class='emp'>{e(j.employer)}</div><div class='meta'>{e(j.city)} · {e(span(j, 'Mon YYYY'))}</div>{ag}<ul>{''.join(f'<li>{e(b)}</li>' for b in j.bullets)}</ul></div>"
        )
    lic = "".join(
        f"<div class='card'><div class='t'>{e(x.state_name)} — {e(x.printed)}</div><div class='meta'>#{e(x.number)} · {e(x.compact_text)} · {e(x.exp_text)}</div></div>"
        for x in p.lics
    )
    cer = "".join(
        f"<div class='chip'><b>{e(c.name)}</b> · {e(c.issuer)}<br><span>{e(c.long)} · {e(c.exp_text)}</span></div>"
        for c in p.certs
    )
    edu = "".join(
        f"<div class='card'><div class='t'>{e(d.degree)}</div><div class='meta'>{e(d.school)} · {e(d.year)}</div></div>"
        for d in p.edu
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{margin:0;font-family:'Open Sans','Liberation Sans',sans-serif;background:#f2f4f7;color:#1d2939}}
.hero{{background:linear-gradient(135deg,#155e75,#0e7490);color:#fff;padding:28px 18px 20px}}
.hero h1{{margin:0;font-size:26px}} .hero .sub{{opacity:.9;font-size:15px;margin-top:4px}} .hero .tag{{font-size:13px;margin-top:8px;opacity:.85}}
.btns{{display:block;padding:12px 14px}} .btn{{margin:0 0 8px 0;background:#fff;border-radius:10px;padding:10px;font-size:13px;text-align:center;box-shadow:0 1px 3px rgba(0,0,0,.12)}}
h2{{font-size:13px;letter-spacing:.08em;color:#667085;margin:18px 16px 6px;text-transform:uppercase}}
.card{{background:#fff;margin:8px 12px;border-radius:12px;padding:12px 14px;box-shadow:0 1px 3px rgba(0,0,0,.1)}}
.t{{font-weight:700;font-size:15px}} .emp{{font-size:14px;color:#155e75}} .meta{{font-size:12.5px;color:#475467;margin-top:2px}} .ag{{font-size:12.5px;color:#b54708;margin-top:2px}}
ul{{padding-left:18px;margin:6px 0 0;font-size:13px}} p{{margin:0 16px;font-size:14px}}
.chip{{background:#e0f2fe;margin:6px 12px;border-radius:10px;padding:8px 12px;font-size:13px}} .chip span{{color:#475467;font-size:12px}}
</style></head><body>
<div class="hero"><h1>{e(p.name)}</h1><div class="sub">{e(p.creds)} · {e(p.headline)}</div><div class="tag">Based in the Lowcountry · open to 13-week contracts</div></div>
<div class="btns"><div class="btn">&#9742; {e(p.phone)}</div><div class="btn">&#9993; {e(p.email)}</div></div>
<h2>About</h2><p>{e(p.summary)}</p>
<h2>Experience</h2>{"".join(cards)}
<h2>Licenses</h2>{lic}
<h2>Certifications</h2>{cer}
<h2>Education</h2>{edu}
<h2>Charting systems</h2><p>{e(" / ".join(p.ehr_text))}</p>
<div style="height:30px"></div>
</body></html>"""


def ym_any(s, style):
    return ym(s, style)

"""HTML/CSS designs rendered by WeasyPrint (set m)."""

from __future__ import annotations

from html import escape as e

from model import Person, cert_line


def _addr(p: Person, sep: str = " · ") -> str:
    parts = []
    if p.street:
        parts.append(e(p.street))
    if p.city:
        parts.append(e(p.city))
    return ", ".join(parts) if parts else ""


def _contact(p: Person, sep: str = " · ") -> str:
    items = [x for x in (_addr(p), e(p.phone), e(p.email)) if x]
    return sep.join(items)


def _bul(items: list[str]) -> str:
    if not items:
        return ""
    return "<ul>" + "".join(f"<li>{e(b)}</li>" for b in items) + "</ul>"


def _edu(p: Person, wrap: bool = False) -> str:
    out = []
    for d in p.education:
        deg = e(d.degree)
        if wrap and d.wrap:
            rest = d.degree[len(d.wrap) :].strip()
            deg = f"{e(d.wrap)}, {e(d.year)}<br>{e(rest)}" if rest else e(d.degree)
            out.append(f"<p class='edu'><b>{deg}</b><br>{e(d.school)} — {e(d.city)}</p>")
        else:
            out.append(
                f"<p class='edu'><b>{deg}</b><br>{e(d.school)}, {e(d.city)} · {e(d.year)}</p>"
            )
    return "".join(out)


BASE = """
@page { size: Letter; margin: 0.55in 0.6in; }
body { font-size: 10pt; line-height: 1.28; color: #1d1d1d; }
ul { margin: 2px 0 4px 0; padding-left: 15px; }
li { margin: 0 0 1px 0; }
p { margin: 0 0 3px 0; }
h2 { font-size: 10.5pt; margin: 9px 0 4px 0; }
"""


def timeline(p: Person) -> str:
    """A left vertical timeline: dates left of a rule with dots, jobs to the right."""
    jobs = []
    for j in p.jobs:
        agency = f"<div class='ag'>Travel contract · via {e(j.agency)}</div>" if j.agency else ""
        unit = f" — {e(j.unit)}" if j.unit else ""
        jobs.append(
            f"<div class='tl'><div class='when'>{e(p.date(j.start))}<br>to {e(p.date(j.end))}</div>"
            f"<div class='what'><span class='dot'></span><b>{e(j.title)}</b><br>"
            f"<span class='emp'>{e(j.employer)}</span> · {e(j.city)}{unit}{agency}{_bul(j.bullets)}</div></div>"
        )
    lic = "".join(
        f"<li><b>{e(x.state_name)}</b> — {e(x.printed)}"
        + (f" ({e(x.compact_text)})" if x.compact_text else "")
        + f"<br>#{e(x.number)}, {e(x.exp_text)}</li>"
        for x in p.licenses
    )
    certs = "".join(f"<li>{e(cert_line(c, 'bracket'))}</li>" for c in p.certs)
    css = (
        BASE
        + """
body { font-family: 'Open Sans'; font-size: 9.4pt; }
.head { border-bottom: 3px solid #2b6f77; padding-bottom: 6px; margin-bottom: 6px; }
.name { font-size: 22pt; font-weight: 700; color: #2b6f77; }
.cred { font-size: 11pt; color: #555; }
.contact { font-size: 9pt; margin-top: 2px; }
h2 { color: #2b6f77; text-transform: uppercase; letter-spacing: 1px; font-size: 9.5pt; }
.tl { display: flex; }
.when { width: 1.05in; text-align: right; padding-right: 12px; font-size: 8.6pt; color: #444; padding-top: 1px; }
.what { border-left: 2px solid #9cc3c7; padding: 0 0 7px 14px; position: relative; flex: 1; }
.dot { position: absolute; left: -6px; top: 3px; width: 9px; height: 9px; border-radius: 5px; background: #2b6f77; }
.emp { font-weight: 600; }
.ag { font-style: italic; color: #555; }
.cols { display: flex; gap: 18px; }
.cols > div { flex: 1; }
.cols ul { padding-left: 13px; }
"""
    )
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<div class='head'><div class='name'>{e(p.name)}</div><div class='cred'>{e(p.creds)} — {e(p.headline)}</div>
<div class='contact'>{_contact(p)}</div></div>
{f"<p>{e(p.summary)}</p>" if p.summary else ""}
<h2>Experience</h2>{"".join(jobs)}
<div class='cols'><div><h2>Licensure</h2><ul>{lic}</ul></div><div><h2>Certifications</h2><ul>{certs}</ul></div></div>
<div class='cols'><div><h2>Education</h2>{_edu(p)}</div><div><h2>Charting systems</h2><p>{e(p.ehr_text)}</p>
<h2>Strengths</h2><p>{e(" · ".join(p.skills))}</p></div></div>
</body></html>"""


def matrix(p: Person) -> str:
    """Chronological history plus a skills matrix (skill, years, level, last used)."""
    jobs = []
    for j in p.jobs:
        extra = f" (through agency {e(j.agency)})" if j.agency else ""
        jobs.append(
            f"<div class='job'><div class='row'><span><b>{e(j.employer)}</b>, {e(j.city)}{extra}</span>"
            f"<span class='d'>{e(p.span(j))}</span></div><i>{e(j.title)}</i>{_bul(j.bullets)}</div>"
        )
    levels = ["●●●●", "●●●○", "●●●●", "●●○○", "●●●○", "●●●●"]
    rows = "".join(
        f"<tr><td>{e(s)}</td><td>{4 + (i * 3) % 6}</td><td class='lv'>{levels[i % 6]}</td><td>{2026 - (i % 2)}</td></tr>"
        for i, s in enumerate(p.skills)
    )
    lic = "".join(
        f"<tr><td>{e(x.state_name)}</td><td>{e(x.printed)}"
        + (f" — {e(x.compact_text)}" if x.compact_text else "")
        + f"</td><td>{e(x.number)}</td><td>{e(x.exp_text)}</td></tr>"
        for x in p.licenses
    )
    certs = "".join(f"<li>{e(cert_line(c, 'paren'))}</li>" for c in p.certs)
    css = (
        BASE
        + """
body { font-family: 'Roboto'; font-size: 9.3pt; }
.name { font-size: 20pt; font-weight: 700; letter-spacing: 0.5px; }
.sub { color: #7a3b12; font-weight: 500; }
.contact { border-top: 1px solid #bbb; border-bottom: 1px solid #bbb; padding: 3px 0; margin: 5px 0 4px 0; font-size: 8.8pt; }
h2 { background: #f3e6dc; color: #7a3b12; padding: 2px 6px; font-size: 9.5pt; }
.row { display: flex; justify-content: space-between; }
.d { white-space: nowrap; padding-left: 10px; }
.job { margin-bottom: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; }
td, th { border: 1px solid #ccc; padding: 2px 5px; text-align: left; }
th { background: #faf5f1; }
.lv { letter-spacing: 2px; color: #7a3b12; }
.two { display: flex; gap: 16px; } .two > div { flex: 1; }
"""
    )
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<div class='name'>{e(p.name)}, {e(p.creds)}</div><div class='sub'>{e(p.headline)}</div>
<div class='contact'>{_contact(p, " | ")}</div>
<h2>Professional experience (most recent first)</h2>{"".join(jobs)}
<div class='two'><div><h2>Skills matrix</h2><table><tr><th>Skill</th><th>Yrs</th><th>Level</th><th>Last used</th></tr>{rows}</table></div>
<div><h2>Certifications</h2><ul>{certs}</ul><h2>Education</h2>{_edu(p)}<h2>EHR</h2><p>{e(p.ehr_text)}</p></div></div>
<h2>State licensure</h2><table><tr><th>State</th><th>License</th><th>Number</th><th>Expiration</th></tr>{lic}</table>
</body></html>"""


def compact(p: Person, small: bool = False) -> str:
    """A compact one-page: header band, then columns for licences, certifications and education."""
    jobs = []
    for j in p.jobs:
        ag = f" <span class='ag'>Agency: {e(j.agency)}</span>" if j.agency else ""
        unit = f", {e(j.unit)}" if j.unit else ""
        jobs.append(
            f"<div class='job'><div class='l1'><span><b>{e(j.title)}</b> | {e(j.employer)}, {e(j.city)}{unit}{ag}</span>"
            f"<span class='d'>{e(p.span(j, ' – '))}</span></div>{_bul(j.bullets)}</div>"
        )
    lic = "".join(
        f"<p><b>{e(x.state)} {e(x.printed)}</b>"
        + (f" · {e(x.compact_text)}" if x.compact_text else "")
        + f"<br>No. {e(x.number)}<br>{e(x.exp_text)}</p>"
        for x in p.licenses
    )
    certs = "".join(
        f"<p><b>{e(c.name)}</b>"
        + (f" {e(c.long)}" if c.long else "")
        + f" — {e(c.issuer)}"
        + (f"<br>{e(c.exp_text)}" if c.exp_text else "")
        + "</p>"
        for c in p.certs
    )
    rot = ""
    if p.rotations:
        rot = "<h2>Clinical rotations</h2>" + _bul(p.rotations)
    size = "9pt" if small else "9.6pt"
    css = (
        BASE
        + f"""
@page {{ margin: 0.45in 0.5in; }}
body {{ font-family: 'Lato'; font-size: {size}; }}
.band {{ background: #2d3a4f; color: white; padding: 9px 12px; }}
.band .n {{ font-size: 19pt; font-weight: 700; }}
.band .c {{ font-size: 9pt; }}
.grid {{ display: flex; gap: 10px; margin-top: 6px; }}
.grid > div {{ flex: 1; border: 1px solid #c9ced8; padding: 5px 7px; }}
.grid h2 {{ margin-top: 0; }}
h2 {{ color: #2d3a4f; border-bottom: 1px solid #2d3a4f; font-size: 9.6pt; }}
.l1 {{ display: flex; }}
.l1 .d {{ margin-left: auto; white-space: nowrap; padding-left: 8px; }}
.ag {{ color: #555; font-style: italic; }}
.job {{ margin-bottom: 3px; }}
"""
    )
    summary = f"<p>{e(p.summary)}</p>" if p.summary else ""
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<div class='band'><div class='n'>{e(p.name)} <span style='font-size:11pt;font-weight:400'>{e(p.creds)}</span></div>
<div class='c'>{e(p.headline)}</div><div class='c'>{_contact(p, "  ·  ")}</div></div>
{summary}
<div class='grid'><div><h2>Licenses</h2>{lic}</div><div><h2>Certifications</h2>{certs}</div>
<div><h2>Education</h2>{_edu(p)}<h2>EHR</h2><p>{e(p.ehr_text)}</p></div></div>
{rot}
<h2>Experience</h2>{"".join(jobs)}
{"<h2>Skills</h2><p>" + e(", ".join(p.skills)) + "</p>" if p.skills else ""}
</body></html>"""


def jobtable(p: Person) -> str:
    """Work history as a table: Dates | Facility | Role | Highlights."""
    rows = []
    for j in p.jobs:
        role = e(j.title)
        if j.agency:
            role += f"<br><i>(travel — {e(j.agency)})</i>"
        unit = f"<br><span class='u'>{e(j.unit)}</span>" if j.unit else ""
        rows.append(
            f"<tr><td class='dt'>{e(p.date(j.start))} –<br>{e(p.date(j.end))}</td><td><b>{e(j.employer)}</b><br>{e(j.city)}{unit}</td>"
            f"<td>{role}</td><td>{e(' '.join(j.bullets))}</td></tr>"
        )
    lic = "".join(
        f"<tr><td>{e(x.state_name)}</td><td>{e(x.printed)}</td><td>{e(x.number)}</td><td>"
        + (e(x.compact_text) if x.compact_text else "—")
        + f"</td><td>{e(x.exp_text)}</td></tr>"
        for x in p.licenses
    )
    certs = "".join(f"<li>{e(cert_line(c, 'dash'))}</li>" for c in p.certs)
    css = (
        BASE
        + """
body { font-family: 'Noto Serif'; font-size: 9.2pt; }
.n { font-size: 21pt; text-align: center; font-variant: small-caps; letter-spacing: 1px; }
.cr { text-align: center; font-size: 10pt; color: #444; }
.ct { text-align: center; font-size: 8.8pt; margin: 2px 0 6px 0; }
h2 { font-family: 'Noto Sans'; font-size: 9.5pt; color: #5b2a86; border-bottom: 2px solid #5b2a86; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; }
td, th { border-bottom: 1px solid #ddd; padding: 3px 4px; vertical-align: top; text-align: left; }
th { font-family: 'Noto Sans'; background: #efe8f5; }
.dt { white-space: nowrap; width: 0.8in; }
.u { color: #555; font-style: italic; }
"""
    )
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<div class='n'>{e(p.name)}</div><div class='cr'>{e(p.creds)} · {e(p.headline)}</div>
<div class='ct'>{_contact(p, " | ")}</div>
<h2>Work history</h2><table><tr><th>Dates</th><th>Facility</th><th>Role</th><th>Highlights</th></tr>{"".join(rows)}</table>
<h2>Licenses</h2><table><tr><th>State</th><th>Type</th><th>Number</th><th>Compact</th><th>Expires</th></tr>{lic}</table>
<h2>Certifications</h2><ul>{certs}</ul>
<h2>Education</h2>{_edu(p)}
<h2>Electronic health records</h2><p>{e(p.ehr_text)}</p>
{"<h2>Clinical skills</h2><p>" + e(" • ".join(p.skills)) + "</p>" if p.skills else ""}
</body></html>"""


def app_profile(p: Person, recruiter: tuple[str, str, str], app: str) -> str:
    """A staffing app's 'My profile' page at phone width."""
    rn, rp, rm = recruiter
    jobs = "".join(
        f"<div class='card'><div class='t'>{e(j.title)}</div><div>{e(j.employer)}</div><div class='m'>{e(j.city)} · {e(p.span(j))}</div>"
        + (f"<div class='pill'>Booked through {e(j.agency)}</div>" if j.agency else "")
        + "</div>"
        for j in p.jobs
    )
    lic = "".join(
        f"<div class='card'><div class='t'>{e(x.state_name)} · {e(x.printed)}</div><div class='m'>#{e(x.number)} · {e(x.exp_text)}</div></div>"
        for x in p.licenses
    )
    certs = "".join(
        f"<div class='li'><b>{e(c.name)}</b> · {e(c.issuer)}"
        + (
            f"<span class='r'>{e(c.exp_text)}</span>"
            if c.exp_text
            else "<span class='r'>No expiry on file</span>"
        )
        + "</div>"
        for c in p.certs
    )
    edu = "".join(
        f"<div class='card'><div class='t'>{e(d.degree)}</div><div class='m'>{e(d.school)} · {e(d.year)}</div></div>"
        for d in p.education
    )
    css = """
@page { size: 390px 2350px; margin: 0; }
body { font-family: 'Roboto'; font-size: 13px; margin: 0; color: #222; background: #f2f4f7; }
.sb { background: #0f5f58; color: white; padding: 8px 16px 4px 16px; font-size: 12px; display: flex; justify-content: space-between; }
.top { background: #0f5f58; color: white; padding: 6px 16px 16px 16px; }
.top .app { font-size: 12px; opacity: 0.8; }
.top .n { font-size: 21px; font-weight: 700; margin-top: 6px; }
.top .h { font-size: 13px; }
.sec { padding: 10px 14px 2px 14px; font-weight: 700; color: #0f5f58; text-transform: uppercase; font-size: 11.5px; letter-spacing: 0.8px; }
.card { background: white; margin: 5px 12px; padding: 8px 10px; border-radius: 8px; box-shadow: 0 1px 2px rgba(0,0,0,0.15); }
.t { font-weight: 700; }
.m { color: #555; font-size: 12px; }
.pill { display: inline-block; background: #e0f2ef; color: #0f5f58; border-radius: 10px; padding: 1px 8px; font-size: 11px; margin-top: 3px; }
.li { background: white; margin: 0 12px; padding: 7px 10px; border-bottom: 1px solid #eee; font-size: 12.5px; }
.r { float: right; color: #555; }
.kv td { padding: 2px 6px 2px 0; vertical-align: top; }
.kv td:first-child { color: #666; width: 74px; }
.rec { background: #fff8e6; margin: 10px 12px; padding: 9px 10px; border-radius: 8px; border: 1px solid #f0d9a0; }
.nav { position: absolute; bottom: 0; left: 0; right: 0; }
"""
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<div class='sb'><span>9:41</span><span>▮▮▮ 5G 87%</span></div>
<div class='top'><div class='app'>{e(app)} · My profile</div><div class='n'>{e(p.name)}</div><div class='h'>{e(p.creds)} · {e(p.headline)}</div></div>
<div class='sec'>Contact</div>
<div class='card'><table class='kv'><tr><td>Phone</td><td>{e(p.phone)}</td></tr><tr><td>Email</td><td>{e(p.email)}</td></tr>
<tr><td>Home base</td><td>{e(p.city)}</td></tr><tr><td>Charting</td><td>{e(p.ehr_text)}</td></tr></table></div>
<div class='rec'><b>Your recruiter</b><br>{e(rn)}<br>{e(rp)} · {e(rm)}</div>
<div class='sec'>Work history</div>{jobs}
<div class='sec'>Licenses</div>{lic}
<div class='sec'>Certifications</div>{certs}
<div class='sec'>Education</div>{edu}
</body></html>"""

"""Chromium (HTML/CSS) designs of set l: ch-checklist (agency skills checklist + profile), ch-timeline
(two pages, photo placeholder, left timeline, running header) and ch-portal (candidate-portal web page
for a PNG screenshot)."""

from __future__ import annotations

from html import escape as h

from model import STATES, Person, contact_line, span, ym


def page(css: str, body: str, title: str) -> str:
    return f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{h(title)}</title><style>{css}</style></head><body>{body}</body></html>'


# ---------------------------------------------------------------- ch-checklist
CHECK_CSS = """
@page { size: letter; margin: 0.45in 0.5in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.3pt; color: #1b1b1b; margin: 0; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #6a2c70; padding-bottom: 4px; }
.agency { font-size: 15pt; font-weight: bold; color: #6a2c70; }
.doc { text-align: right; font-size: 8.5pt; color: #555; }
h2 { font-size: 10.5pt; background: #6a2c70; color: #fff; padding: 3px 6px; margin: 10px 0 0 0; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #b9a6bb; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #efe6f0; font-weight: bold; }
.k { width: 24%; background: #f7f2f7; font-weight: bold; }
.cols { display: flex; gap: 10px; }
.cols > div { flex: 1; }
.lvl { text-align: center; width: 11%; font-family: 'DejaVu Sans', sans-serif; }
.note { font-size: 8pt; color: #555; margin-top: 6px; }
"""

LEVELS = ["No experience", "Some", "Proficient", "Expert"]


def ch_checklist(p: Person) -> str:
    rec_name, rec_phone, rec_mail = p.extra["recruiter"]
    agency = p.extra.get("agency") or next(j.agency for j in p.jobs if j.agency)
    b = [
        f'<div class="top"><div><div class="agency">{h(agency)}</div><div>Candidate Profile &amp; Skills Checklist</div></div>'
        f'<div class="doc">Recruiter: {h(rec_name)}<br>{h(rec_phone)} · {h(rec_mail)}<br>Form SC-{p.discipline}-2026</div></div>'
    ]
    b.append("<h2>1. Candidate profile</h2><table>")
    rows = [
        ("Name", f"{p.name}, {p.creds}"),
        ("Profession", p.headline),
        ("Mailing address", contact_line(p)),
        ("Mobile", p.phone),
        ("Email", p.email),
        ("EMR experience", ", ".join(p.ehr_printed)),
        ("Education", "; ".join(f"{e.degree} — {e.school} ({e.year})" for e in p.education)),
    ]
    for k, v in rows:
        b.append(f'<tr><td class="k">{h(k)}</td><td>{h(v)}</td></tr>')
    b.append("</table>")
    b.append(
        "<h2>2. Licenses</h2><table><tr><th>State</th><th>Type</th><th>Number</th><th>Expires</th><th>Compact?</th></tr>"
    )
    for lic in p.licenses:
        comp = "Yes — multistate" if lic.compact else "No — single state"
        b.append(
            f"<tr><td>{h(lic.state)}</td><td>{h(lic.printed)}</td><td>{h(lic.number)}</td><td>{h(lic.exp_text)}</td><td>{comp}</td></tr>"
        )
    b.append("</table>")
    b.append(
        "<h2>3. Certifications</h2><table><tr><th>Certification</th><th>Issued by</th><th>Expiration</th></tr>"
    )
    for ce in p.certs:
        name = ce.name + (f" — {ce.long}" if ce.long else "")
        b.append(
            f"<tr><td>{h(name)}</td><td>{h(ce.issuer)}</td><td>{h(ce.exp_text or 'n/a (no expiry)')}</td></tr>"
        )
    b.append("</table>")
    b.append(
        "<h2>4. Work history</h2><table><tr><th>From</th><th>To</th><th>Facility / City</th><th>Unit</th><th>Position</th><th>Agency</th></tr>"
    )
    for j in p.jobs:
        b.append(
            f"<tr><td>{ym(j.start, 'num')}</td><td>{ym(j.end, 'num', 'Current')}</td><td>{h(j.employer)}<br>{h(j.city)}, {h(j.st)}</td>"
            f"<td>{h(j.unit)}</td><td>{h(j.title)}</td><td>{h(j.agency or '—')}</td></tr>"
        )
    b.append("</table>")
    b.append(
        "<h2>5. Skills checklist (self-rated)</h2><table><tr><th>Skill</th>"
        + "".join(f'<th class="lvl">{x}</th>' for x in LEVELS)
        + "</tr>"
    )
    for i, sk in enumerate(p.skills):
        lvl = 3 if i % 3 != 2 else 2
        b.append(
            f"<tr><td>{h(sk)}</td>"
            + "".join(f'<td class="lvl">{"☒" if n == lvl else "☐"}</td>' for n in range(4))
            + "</tr>"
        )
    b.append("</table>")
    b.append(
        f'<p class="note">Candidate attests that the information above is accurate. Checklist completed 11/2026. Please direct all questions to the recruiter listed above. {h(p.summary)}</p>'
    )
    return page(CHECK_CSS, "".join(b), f"{p.name} — skills checklist")


# ---------------------------------------------------------------- ch-timeline
TIMELINE_CSS = """
@page { size: letter; margin: 0.7in 0.6in 0.6in 0.6in; }
@page :first { margin-top: 0.5in; }
body { font-family: 'Lato', sans-serif; font-size: 10pt; color: #222; margin: 0; }
.runhead { position: running(rh); }
.hdr { display: flex; gap: 18px; align-items: center; border-bottom: 2px solid #2a7f62; padding-bottom: 10px; }
.photo { width: 1.05in; height: 1.3in; border: 1.5px dashed #2a7f62; display: flex; align-items: center; justify-content: center; color: #2a7f62; font-size: 8pt; text-align: center; }
.name { font-size: 24pt; font-weight: 900; letter-spacing: 0.5px; }
.creds { font-size: 12pt; color: #2a7f62; font-weight: bold; }
.hl { font-size: 10.5pt; font-style: italic; }
.contact { font-size: 9pt; margin-top: 4px; }
h2 { font-size: 12pt; color: #2a7f62; margin: 14px 0 6px 0; text-transform: uppercase; letter-spacing: 1px; }
.tl { border-left: 3px solid #2a7f62; margin-left: 1.1in; padding-left: 16px; }
.item { position: relative; margin-bottom: 12px; break-inside: avoid; }
.item::before { content: ''; position: absolute; left: -23px; top: 3px; width: 11px; height: 11px; border-radius: 50%; background: #2a7f62; }
.when { position: absolute; left: -1.32in; width: 1.0in; text-align: right; font-size: 8.5pt; color: #2a7f62; font-weight: bold; top: 1px; }
.t { font-weight: bold; }
.w { font-style: italic; }
ul { margin: 2px 0 0 16px; padding: 0; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 16px; }
.box { border: 1px solid #cfe3dc; padding: 6px 8px; break-inside: avoid; }
.pagehead { display: flex; justify-content: space-between; font-size: 8.5pt; color: #666; border-bottom: 1px solid #aaa; padding-bottom: 3px; margin-bottom: 12px; }
.pb { break-before: page; }
"""


def ch_timeline(p: Person) -> str:
    b = [
        '<div class="hdr"><div class="photo">PHOTO<br>(on request)</div><div>'
        f'<div class="name">{h(p.name)}</div><div class="creds">{h(p.creds)}</div><div class="hl">{h(p.headline)}</div>'
        f'<div class="contact">{h(contact_line(p))} &nbsp;|&nbsp; {h(p.phone)} &nbsp;|&nbsp; {h(p.email)}</div></div></div>'
    ]
    b.append(f"<h2>About</h2><p>{h(p.summary)}</p>")
    b.append('<h2>Career timeline</h2><div class="tl">')
    for j in p.jobs:
        b.append(
            f'<div class="item"><div class="when">{h(span(j, "mon", " – "))}</div><div class="t">{h(j.title)}</div>'
            f'<div class="w">{h(j.employer)}, {h(j.city)}, {h(j.st)}</div>'
        )
        if j.bullets:
            b.append("<ul>" + "".join(f"<li>{h(x)}</li>" for x in j.bullets) + "</ul>")
        b.append("</div>")
    b.append("</div>")
    short = p.name.split()[0] + " " + p.name.split()[-1]
    b.append(
        f'<div class="pb"></div><div class="pagehead"><span>{h(short)} · {h(p.creds)}</span><span>Curriculum vitae — page 2 of 2</span></div>'
    )
    b.append('<h2>Credentials</h2><div class="grid">')
    for ce in p.certs:
        exp = h(ce.exp_text) if ce.exp_text else "registered (annual renewal)"
        b.append(
            f'<div class="box"><b>{h(ce.name)}</b><br>{h(ce.long)}<br><span style="font-size:8.5pt">{h(ce.issuer)} · {exp}</span></div>'
        )
    b.append("</div>")
    if p.licenses:
        b.append("<h2>Licenses</h2><ul>")
        for lic in p.licenses:
            b.append(
                f"<li>{h(STATES[lic.state])} {h(lic.printed)} {h(lic.number)}, {h(lic.exp_text)}</li>"
            )
        b.append("</ul>")
    else:
        b.append(
            "<h2>Licenses</h2><p>Arizona does not issue a state sonography licence; registered with ARDMS.</p>"
        )
    b.append("<h2>Education</h2>")
    for e in p.education:
        b.append(f"<p><b>{h(e.degree)}</b><br>{h(e.school)}, {h(e.city)} — {h(e.year)}</p>")
    b.append(f"<h2>Systems</h2><p>{h(', '.join(p.ehr_printed))}</p>")
    b.append(
        "<h2>Professional memberships</h2><p>Society of Diagnostic Medical Sonography (SDMS); Society for Vascular Ultrasound (SVU)</p>"
    )
    return page(TIMELINE_CSS, "".join(b), f"{p.name} CV")


# ---------------------------------------------------------------- ch-portal (screenshot)
PORTAL_CSS = """
body { margin: 0; font-family: 'Lato', 'DejaVu Sans', sans-serif; background: #eef1f5; color: #222; font-size: 15px; }
.nav { background: #14365c; color: #fff; padding: 12px 28px; display: flex; justify-content: space-between; align-items: center; }
.brand { font-weight: 900; font-size: 20px; }
.navlinks span { margin-left: 22px; opacity: 0.9; }
.wrap { display: grid; grid-template-columns: 1fr 300px; gap: 22px; padding: 22px 28px; }
.card { background: #fff; border-radius: 8px; padding: 16px 20px; box-shadow: 0 1px 3px rgba(0,0,0,.15); margin-bottom: 18px; }
h1 { margin: 0; font-size: 28px; }
h3 { margin: 0 0 10px 0; font-size: 16px; color: #14365c; border-bottom: 1px solid #dde3ea; padding-bottom: 6px; }
.muted { color: #667; font-size: 13px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
td, th { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e6e9ee; }
th { color: #556; font-weight: bold; background: #f6f8fa; }
.pill { display: inline-block; background: #e3f1e8; color: #1f6b3a; border-radius: 10px; padding: 2px 9px; font-size: 12px; margin-right: 6px; }
.warn { background: #fdecea; color: #9b2c20; }
"""


def ch_portal(p: Person) -> str:
    rec_name, rec_phone, rec_mail = p.extra["recruiter"]
    agency = p.extra["agency"]
    b = [
        f'<div class="nav"><div class="brand">{h(agency)} · Clinician Portal</div><div class="navlinks"><span>Jobs</span><span>My documents</span><span>Timesheets</span><span><b>My profile</b></span><span>Sign out</span></div></div>'
    ]
    b.append('<div class="wrap"><div>')
    b.append(
        f'<div class="card"><h1>{h(p.name)}</h1><div style="font-size:17px;margin:4px 0">{h(p.creds)} — {h(p.headline)}</div>'
        f'<div class="muted">Profile 92% complete · last updated Nov 28, 2026</div></div>'
    )
    b.append(
        f'<div class="card"><h3>Contact</h3><table><tr><th>Home address</th><td>{h(contact_line(p))}</td></tr>'
        f"<tr><th>Mobile</th><td>{h(p.phone)}</td></tr><tr><th>Email</th><td>{h(p.email)}</td></tr></table></div>"
    )
    b.append(
        '<div class="card"><h3>Work history</h3><table><tr><th>Dates</th><th>Facility</th><th>Position</th></tr>'
    )
    for j in p.jobs:
        b.append(
            f"<tr><td>{h(span(j, 'mon', ' – '))}</td><td>{h(j.employer)}<br><span class='muted'>{h(j.city)}, {h(j.st)}</span></td><td>{h(j.title)}</td></tr>"
        )
    b.append("</table></div>")
    b.append(
        '<div class="card"><h3>Licenses</h3><table><tr><th>State</th><th>Type</th><th>Number</th><th>Expires</th><th></th></tr>'
    )
    for lic in p.licenses:
        tag = '<span class="pill">Multistate</span>' if lic.compact else ""
        b.append(
            f"<tr><td>{h(STATES[lic.state])}</td><td>{h(lic.printed)}</td><td>{h(lic.number)}</td><td>{h(lic.exp_text)}</td><td>{tag}</td></tr>"
        )
    b.append("</table></div>")
    b.append(
        '<div class="card"><h3>Certifications</h3><table><tr><th>Certification</th><th>Issuer</th><th>Expires</th></tr>'
    )
    for ce in p.certs:
        b.append(
            f"<tr><td><b>{h(ce.name)}</b> — {h(ce.long)}</td><td>{h(ce.issuer)}</td><td>{h(ce.exp_text)}</td></tr>"
        )
    b.append("</table></div>")
    b.append('<div class="card"><h3>Education &amp; systems</h3>')
    for e in p.education:
        b.append(f"<div><b>{h(e.degree)}</b>, {h(e.school)} ({h(e.year)})</div>")
    b.append(f"<div style='margin-top:8px'>Charting: {h(', '.join(p.ehr_printed))}</div></div>")
    b.append("</div><div>")
    b.append(
        f'<div class="card"><h3>Your recruiter</h3><div style="font-size:17px"><b>{h(rec_name)}</b></div><div>{h(rec_phone)}</div><div>{h(rec_mail)}</div>'
        '<div class="muted" style="margin-top:6px">Mon–Fri 8am–5pm MT</div></div>'
    )
    b.append(
        '<div class="card"><h3>Specialties on file</h3><span class="pill">Home Health</span><span class="pill">Med-Surg</span></div>'
    )
    b.append(
        '<div class="card"><h3>Documents</h3><div>TB test — <span class="pill">On file</span></div><div>Physical — <span class="pill warn">Due Jan 2027</span></div><div>Resume.pdf — <span class="pill">On file</span></div></div>'
    )
    b.append("</div></div>")
    return page(PORTAL_CSS, "".join(b), f"{p.name} — My profile")


CHROME = {"ch-checklist": ch_checklist, "ch-timeline": ch_timeline, "ch-portal": ch_portal}

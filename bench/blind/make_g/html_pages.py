"""HTML/CSS pages for set g, printed by headless Chromium (pdf, photo and scan sources, screenshots).

Designs imitate resume builders and exports: an agency candidate-profile sheet, a job-board
export, a two-page academic CV, an infographic with skill bars, a word-processor template look,
a blue-bar page, a centred page, a two-tone header, a plain word-processor page, a phone PDF
viewer and an applicant-tracking profile.
"""

from html import escape as e

from model import Person, d, span, ym

SCREEN = {"viewer-phone": (393, 852, 3), "ats-desktop": (1440, 1180, 1)}


def doc(css: str, body: str, title: str) -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{e(title)}</title>"
            f"<style>{css}</style></head><body>{body}</body></html>")  # fmt: skip


def ul(items, cls=""):
    return f"<ul class='{cls}'>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>"


def full_name(p: Person) -> str:
    return f"{p.name}, {p.creds}" if p.creds else p.name


def groups(p: Person):
    """Jobs in page order, travel contracts grouped under their agency: [(agency|None, [jobs])]."""
    out = []
    for j in p.jobs:
        if out and j.agency and out[-1][0] == j.agency:
            out[-1][1].append(j)
        else:
            out.append((j.agency, [j]))
    return out


def issued(exp: str, years_back: int = 2) -> str:
    y, m = ym(exp)
    y -= years_back
    if (y, m) > (2026, 11):
        y -= 2
    return f"{y}-{m:02d}"


# --------------------------------------------------------------------------- agency profile sheet
def agency(p: Person) -> str:
    x = p.extra
    rec = x["recruiter"]
    css = """
@page{size:Letter;margin:0.45in 0.5in}
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:9.2pt;color:#1d2733;margin:0}
.top{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #0e6b78;padding-bottom:6px}
.logo{display:flex;align-items:center;gap:8px}.logo b{font-size:15pt;letter-spacing:1px;color:#0e6b78}
.logo small{display:block;font-size:7.5pt;color:#6b7a88;letter-spacing:2px}
.ag{font-size:7.6pt;color:#55626f;text-align:right;line-height:1.35}
h1{font-size:12pt;margin:10px 0 2px;letter-spacing:3px;color:#0e6b78}
.sub{font-size:8pt;color:#6b7a88;margin-bottom:6px}
.grid{display:grid;grid-template-columns:1fr 1fr 1fr;border:1px solid #b9c4cc;border-bottom:0;border-right:0}
.cell{border-right:1px solid #b9c4cc;border-bottom:1px solid #b9c4cc;padding:3px 6px;min-height:28px}
.cell label{display:block;font-size:6.6pt;text-transform:uppercase;letter-spacing:.8px;color:#7a8792}
.cell span{font-size:9.4pt}
.wide{grid-column:span 2}.all{grid-column:span 3}
h2{font-size:8.4pt;background:#0e6b78;color:#fff;margin:10px 0 0;padding:3px 6px;letter-spacing:1.5px;text-transform:uppercase}
table{border-collapse:collapse;width:100%;font-size:8.6pt}
th{background:#e6eef1;text-align:left;font-size:7pt;text-transform:uppercase;letter-spacing:.6px;color:#3d4b57}
td,th{border:1px solid #b9c4cc;padding:3px 5px;vertical-align:top}
.chk{display:inline-block;width:9px;height:9px;border:1px solid #333;margin-right:3px;vertical-align:-1px;text-align:center;font-size:7pt;line-height:9px}
.rec{margin-top:10px;border:1px dashed #0e6b78;padding:6px 8px;font-size:8.4pt;display:flex;justify-content:space-between}
.foot{margin-top:8px;font-size:7pt;color:#7a8792;text-align:center}
"""
    logo = ("<svg width='38' height='38' viewBox='0 0 40 40'><circle cx='20' cy='20' r='19' fill='#0e6b78'/>"
            "<path d='M4 24 Q12 16 20 24 T36 24' stroke='#fff' stroke-width='3' fill='none'/>"
            "<path d='M4 30 Q12 22 20 30 T36 30' stroke='#9fd9de' stroke-width='2' fill='none'/></svg>")  # fmt: skip

    def cell(label, val, cls=""):
        return f"<div class='cell {cls}'><label>{e(label)}</label><span>{e(val)}</span></div>"

    lic_rows = "".join(f"<tr><td>{l.state}</td><td>{e(l.kind)}</td><td>{e(l.number)}</td><td>"
                       f"{'Yes' if l.compact else 'No'}</td><td>{d(l.expires, 'num')}</td></tr>" for l in p.lics)  # fmt: skip
    cert_rows = "".join(f"<tr><td>{e(c.name)}</td><td>{e(c.issuer or '')}</td><td>{d(c.expires, 'num') if c.expires else '—'}</td></tr>"
                        for c in p.certs)  # fmt: skip
    work = ""
    for j in p.jobs:
        kind = f"Travel — {j.agency}" if j.agency else ("Pre-licensure" if j.pre else "Staff")
        work += (f"<tr><td style='white-space:nowrap'>{span(j, p, ' – ')}</td><td>{e(j.employer)}</td><td>{e(j.city)}</td>"
                 f"<td>{e(j.title)}</td><td>{e(kind)}</td></tr>")  # fmt: skip
    boxes = "".join(
        f"<span style='margin-right:14px'><span class='chk'>✓</span>{e(s)}</span>" for s in p.skills
    )
    body = f"""
<div class='top'><div class='logo'>{logo}<div><b>MERIDIAN SHORE</b><small>CLINICAL STAFFING</small></div></div>
<div class='ag'>Meridian Shore Clinical Staffing, LLC<br>400 Harbor Exchange Dr, Suite 210, Mobile, AL 36602<br>(888) 555-0100 · submittals@meridianshore.example.net</div></div>
<h1>CANDIDATE PROFILE</h1><div class='sub'>Prepared 11/30/2026 · Submission for client review · Candidate ID MS-118204</div>
<div class='grid'>
{cell("Candidate name", full_name(p))}{cell("Discipline", "Registered Nurse (RN)")}{cell("Primary specialty", "Adult ICU")}
{cell("Mobile phone", p.phone)}{cell("E-mail", p.email)}{cell("Years of experience", "10")}
{cell("Permanent address", p.address, "wide")}{cell("Available to start", x["avail"])}
{cell("Shift preference", x["shift"])}{cell("Charting systems", ", ".join(p.ehr))}{cell("Education", p.edu[0].degree + " — " + p.edu[0].school + ", " + p.edu[0].when)}
</div>
<h2>Licensure</h2><table><tr><th>State</th><th>Type</th><th>License #</th><th>Compact</th><th>Expires</th></tr>{lic_rows}</table>
<h2>Certifications</h2><table><tr><th>Certification</th><th>Issuing body</th><th>Expires</th></tr>{cert_rows}</table>
<h2>Work history (most recent first)</h2><table><tr><th>Dates</th><th>Facility</th><th>City</th><th>Unit / role</th><th>Assignment type</th></tr>{work}</table>
<h2>Clinical skills checklist (self-reported)</h2><div style='padding:5px 2px'>{boxes}</div>
<h2>Summary</h2><div style='padding:4px 2px'>{e(p.summary)}</div>
<div class='rec'><div><b>Recruiter:</b> {e(rec[0])} · {e(rec[1])} · {e(rec[2])}</div><div>References: 2 on file</div></div>
<div class='foot'>Confidential — prepared by Meridian Shore Clinical Staffing for client facility use only. Do not contact the candidate directly.</div>
"""
    return doc(css, body, "Candidate Profile")


# --------------------------------------------------------------------------- job-board export
def indeed(p: Person) -> str:
    css = """
@page{size:Letter;margin:0.6in 0.7in}
body{font-family:'Liberation Sans',Helvetica,Arial,sans-serif;font-size:10pt;color:#2d2d2d;margin:0}
h1{font-size:22pt;font-weight:normal;margin:0 0 2px}
.hd{font-size:11pt;margin-bottom:4px}.c{color:#595959;line-height:1.45}
h2{font-size:13pt;font-weight:normal;border-bottom:1px solid #d4d2d0;padding-bottom:3px;margin:18px 0 8px}
.job{margin-bottom:11px}.t{font-weight:bold;font-size:10.5pt}.m{color:#595959}
ul{margin:3px 0 0 0;padding-left:18px}li{margin:1px 0}
.cl{margin-bottom:8px}.exp{position:fixed;bottom:0;left:0;font-size:7.5pt;color:#8c8c8c}
"""
    jobs = ""
    for j in p.jobs:
        comp = j.employer + (f" (through {j.agency})" if j.agency else "") + " - " + j.city
        jobs += (f"<div class='job'><div class='t'>{e(j.title)}</div><div>{e(comp)}</div>"
                 f"<div class='m'>{span(j, p, ' to ')}</div>{ul(j.bullets)}</div>")  # fmt: skip
    edu = "".join(f"<div class='job'><div class='t'>{e(x.degree)}</div><div>{e(x.school)}{' - ' + e(x.place) if x.place else ''}</div>"
                  f"<div class='m'>{e(x.when)}</div></div>" for x in p.edu)  # fmt: skip
    cl = ""
    for l in p.lics:
        cl += (f"<div class='cl'><div class='t'>{e(l.line.split(' — ')[0])}</div>"
               f"<div class='m'>{d(issued(l.expires), 'full')} to {d(l.expires, 'full')}</div><div>{e(l.line)}</div></div>")  # fmt: skip
    for c in p.certs:
        yrs = 4 if c.name in ("CEN", "RRT-NPS") else 2
        when = f"{d(issued(c.expires, yrs), 'full')} to {d(c.expires, 'full')}" if c.expires else ""
        cl += f"<div class='cl'><div class='t'>{e(c.line)}</div><div class='m'>{when}</div></div>"
    loc = p.home or ""
    body = f"""
<h1>{e(p.name)}</h1><div class='hd'>{e(p.headline)}</div>
<div class='c'>{e(loc)}<br>{e(p.email)}<br>{e(p.phone)}</div>
<p style='margin-top:12px'>{e(p.summary)}</p>
<p class='m'>Authorized to work in the US for any employer</p>
<h2>Work Experience</h2>{jobs}
<h2>Education</h2>{edu}
<h2>Skills</h2>{ul(p.skills)}
<h2>Certifications and Licenses</h2>{cl}
<div class='exp'>Resume exported from job-board profile · 11/28/2026</div>
"""
    return doc(css, body, p.name)


# --------------------------------------------------------------------------- academic CV, 2 pages
def academic(p: Person) -> str:
    x = p.extra
    css = f"""
@page{{size:Letter;margin:0.85in 0.9in 0.8in 0.9in;
 @top-right{{content:"{e(p.name)} — Curriculum Vitae";font-family:'EB Garamond',serif;font-size:9pt;color:#555}}
 @bottom-center{{content:"Page " counter(page) " of " counter(pages);font-family:'EB Garamond',serif;font-size:9pt;color:#555}}}}
@page:first{{@top-right{{content:none}}}}
body{{font-family:'EB Garamond','Liberation Serif',serif;font-size:11.5pt;line-height:1.3;margin:0;color:#111}}
h1{{text-align:center;font-size:20pt;font-weight:normal;letter-spacing:1px;margin:0}}
.cred{{text-align:center;font-size:11pt;margin-top:2px}}
.ct{{text-align:center;font-size:10.5pt;margin:4px 0 10px}}
h2{{font-variant:small-caps;font-size:13.5pt;font-weight:normal;border-bottom:0.8px solid #000;margin:16px 0 6px;letter-spacing:.5px}}
h3{{font-style:italic;font-weight:normal;font-size:11.5pt;margin:8px 0 3px}}
.row{{display:grid;grid-template-columns:1.15in 1fr;column-gap:10px;margin-bottom:5px}}
.row .y{{white-space:nowrap}}
ul{{margin:2px 0 0;padding-left:16px}}
.ref{{padding-left:0.3in;text-indent:-0.3in;margin-bottom:5px}}
"""

    def row(left, right):
        return f"<div class='row'><div class='y'>{left}</div><div>{right}</div></div>"

    edu = "".join(
        row(e(x_.when), f"<b>{e(x_.degree)}</b><br>{e(x_.school)}, {e(x_.place)}") for x_ in p.edu
    )
    acad = [j for j in p.jobs if "Instructor" in j.title or "Educator" in j.title]
    clin = [j for j in p.jobs if j not in acad]

    def jobrows(js):
        return "".join(
            row(
                span(j, p, " – "),
                f"<b>{e(j.title)}</b><br>{e(j.employer)}, {e(j.city)}{ul(j.bullets)}",
            )
            for j in js
        )

    lic = "".join(row("", e(l.line)) for l in p.lics)
    cert = "".join(row("", e(c.line)) for c in p.certs)
    body = f"""
<h1>{e(p.name)}</h1><div class='cred'>{e(p.creds)}</div>
<div class='ct'>{e(p.address)} &nbsp;·&nbsp; {e(p.phone)} &nbsp;·&nbsp; {e(p.email)}</div>
<p>{e(p.summary)}</p>
<h2>Education</h2>{edu}
<h2>Licensure</h2>{lic}
<h2>Certifications</h2>{cert}
<h2>Professional Experience</h2><h3>Academic and Education Appointments</h3>{jobrows(acad)}
<h3>Clinical Practice</h3>{jobrows(clin)}
<h2>Publications</h2>{"".join(f"<div class='ref'>{e(r)}</div>" for r in x["pubs"])}
<h2>Presentations</h2>{"".join(f"<div class='ref'>{e(r)}</div>" for r in x["talks"])}
<h2>Professional Service</h2>{ul(x["service"])}
<h2>Honors</h2>{ul(["DAISY Award for Extraordinary Nurses, 2012", "Nurse Educator of the Year, Congaree Valley Medical Center, 2021", "Sigma Theta Tau International, Alpha Xi chapter"])}
<h2>Professional Memberships</h2>{ul(["Academy of Medical-Surgical Nurses (AMSN)", "Association for Nursing Professional Development (ANPD)", "South Carolina Nurses Association"])}
"""
    return doc(css, body, p.name + " CV")


# --------------------------------------------------------------------------- infographic
ICON = {
    "mail": "<path d='M2 4h20v16H2z M2 4l10 8 10-8' fill='none' stroke='currentColor' stroke-width='2'/>",
    "phone": "<path d='M6 2h5l2 5-3 2a12 12 0 0 0 5 5l2-3 5 2v5a2 2 0 0 1-2 2A18 18 0 0 1 4 4a2 2 0 0 1 2-2z' fill='currentColor'/>",
    "pin": "<path d='M12 2a7 7 0 0 1 7 7c0 5-7 13-7 13S5 14 5 9a7 7 0 0 1 7-7zm0 4a3 3 0 1 0 0 6 3 3 0 0 0 0-6z' fill='currentColor'/>",
}


def ic(kind, size=12):
    return f"<svg width='{size}' height='{size}' viewBox='0 0 24 24' style='vertical-align:-2px;margin-right:6px'>{ICON[kind]}</svg>"


def canva(p: Person) -> str:
    first, last = p.name.split(" ", 1)
    css = """
@page{size:Letter;margin:0}
body{margin:0;font-family:'Lato',sans-serif;font-size:9.4pt;color:#26323a}
.wrap{display:grid;grid-template-columns:2.65in 1fr;min-height:11in}
.side{background:#1f4e5a;color:#eaf4f4;padding:0.45in 0.3in}
.av{width:1.15in;height:1.15in;border-radius:50%;background:#f2b880;color:#1f4e5a;font-size:30pt;font-weight:900;display:flex;align-items:center;justify-content:center;margin:0 auto 18px}
.side h3{font-size:9pt;letter-spacing:3px;color:#f2b880;margin:16px 0 6px;font-weight:900}
.side div.l{margin:4px 0;font-size:8.6pt}
.bar{height:6px;background:#3b6f7c;border-radius:3px;margin:2px 0 7px}.bar i{display:block;height:6px;border-radius:3px;background:#f2b880}
.main{padding:0.5in 0.45in}
.n1{font-size:30pt;font-weight:300;letter-spacing:0;line-height:1}.n2{font-size:30pt;font-weight:900;letter-spacing:0;color:#1f4e5a;line-height:1.05}
.hl{font-size:11pt;letter-spacing:4px;color:#c9793a;margin:6px 0 14px;text-transform:uppercase}
.main h3{font-size:10pt;letter-spacing:3px;color:#1f4e5a;border-bottom:2px solid #f2b880;padding-bottom:3px;margin:18px 0 8px;font-weight:900}
.tl{border-left:2px solid #cfdde0;margin-left:5px;padding-left:14px}
.it{position:relative;margin-bottom:11px}.it:before{content:'';position:absolute;left:-20px;top:3px;width:9px;height:9px;border-radius:50%;background:#f2b880;border:2px solid #1f4e5a}
.dt{font-size:7.6pt;letter-spacing:1.5px;color:#8a969b;font-weight:700}.ti{font-weight:900;font-size:10pt}.em{color:#1f4e5a}
ul{margin:3px 0 0;padding-left:14px}
.badge{display:inline-block;border:1.5px solid #1f4e5a;border-radius:12px;padding:2px 9px;margin:3px 4px 3px 0;font-size:8.2pt}
"""
    bars = "".join(
        f"<div class='l'>{e(n)}</div><div class='bar'><i style='width:{v}%'></i></div>"
        for n, v in p.extra["bars"]
    )
    initials = first[0] + last[0]
    tl = "".join(f"<div class='it'><div class='dt'>{span(j, p, ' — ')}</div><div class='ti'>{e(j.title)}</div>"
                 f"<div class='em'>{e(j.employer)} · {e(j.city)}</div>{ul(j.bullets)}</div>" for j in p.jobs)  # fmt: skip
    edu = "".join(
        f"<div class='it'><div class='dt'>{e(x.when)}</div><div class='ti'>{e(x.degree)}</div><div class='em'>{e(x.school)}</div></div>"
        for x in p.edu
    )
    body = f"""<div class='wrap'><div class='side'><div class='av'>{initials}</div>
<h3>CONTACT</h3><div class='l'>{ic("phone")}{e(p.phone)}</div><div class='l'>{ic("mail")}{e(p.email)}</div><div class='l'>{ic("pin")}{e(p.address)}</div>
<h3>SKILLS</h3>{bars}
<h3>LICENSES</h3>{"".join(f"<div class='l'>{e(l.line)}</div>" for l in p.lics)}
<h3>CERTIFICATIONS</h3>{"".join(f"<div class='l'>{e(c.line)}</div>" for c in p.certs)}
<h3>SYSTEMS</h3><div class='l'>{e(" · ".join(p.ehr))}</div>
</div><div class='main'><div class='n1'>{e(first.upper())}</div><div class='n2'>{e(last.upper())}</div>
<div class='hl'>{e(p.headline)} · {e(p.creds)}</div>
<h3>ABOUT ME</h3><p>{e(p.summary)}</p>
<h3>EXPERIENCE</h3><div class='tl'>{tl}</div>
<h3>EDUCATION</h3><div class='tl'>{edu}</div>
<h3>STRENGTHS</h3>{"".join(f"<span class='badge'>{e(s)}</span>" for s in p.skills)}
</div></div>"""
    return doc(css, body, p.name)


# --------------------------------------------------------------------------- word-processor template look
def gdocs(p: Person) -> str:
    css = """
@page{size:Letter;margin:0.55in 0.75in}
body{font-family:'Carlito','Lato',sans-serif;font-size:10.5pt;color:#434343;margin:0}
.bar{height:7px;background:#00a3a3;margin:-0.1in 0 18px}
.hdr{display:flex;justify-content:space-between;align-items:flex-end}
h1{font-family:'Lato',sans-serif;font-weight:700;font-size:25pt;color:#000;margin:0}
.cred{color:#00a3a3;font-size:11pt;font-weight:700;margin-top:2px}
.ct{text-align:right;font-size:9.5pt;line-height:1.45}
h2{color:#00a3a3;font-size:10pt;letter-spacing:1.6px;font-weight:700;margin:20px 0 6px}
.co{font-weight:700;color:#000;font-size:11pt}.co i{font-weight:normal}
.dt{font-size:8.4pt;color:#666;letter-spacing:.8px;margin:2px 0 3px}
ul{margin:0 0 10px;padding-left:18px}li{margin:1px 0}
.cols{display:grid;grid-template-columns:1fr 1fr;column-gap:24px}
"""
    ct = "<br>".join(e(v) for v in ([p.address] if p.address else []) + [p.phone, p.email])
    jobs = "".join(f"<div class='co'>{e(j.employer)}, {e(j.city)} — <i>{e(j.title)}</i></div>"
                   f"<div class='dt'>{span(j, p, ' - ')}</div>{ul(j.bullets)}" for j in p.jobs)  # fmt: skip
    edu = "".join(
        f"<div class='co'>{e(x.school)} — <i>{e(x.degree)}</i></div><div class='dt'>{e(x.when)}</div>"
        for x in p.edu
    )
    creds = "".join(f"<div>{e(c.line)}</div>" for c in p.lics + p.certs)
    body = f"""<div class='bar'></div><div class='hdr'><div><h1>{e(p.name)}</h1><div class='cred'>{e(p.creds)} · {e(p.headline)}</div></div>
<div class='ct'>{ct}</div></div>
<p style='margin-top:16px'>{e(p.summary)}</p>
<h2>EXPERIENCE</h2>{jobs}
<h2>EDUCATION</h2>{edu}
<div class='cols'><div><h2>CREDENTIALS</h2>{creds}</div><div><h2>SKILLS</h2>{ul(p.skills)}</div></div>"""
    return doc(css, body, p.name)


# --------------------------------------------------------------------------- blue bar
def bluebar(p: Person) -> str:
    css = """
@page{size:Letter;margin:0.55in 0.6in 0.55in 0.95in}
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;margin:0;color:#1c1c1c}
.vb{position:fixed;left:-0.95in;top:-0.55in;width:0.38in;height:11in;background:#2451a6}
.hdr{display:flex;justify-content:space-between;border-bottom:2px solid #2451a6;padding-bottom:8px}
h1{margin:0;font-size:21pt;color:#2451a6}.hl{font-size:11pt;margin-top:2px}
.ct{text-align:right;font-size:9pt;line-height:1.5}
h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:1px;color:#2451a6;margin:15px 0 5px}
.jt{display:flex;justify-content:space-between;font-weight:bold;margin-top:7px}.fc{font-style:italic}
ul{margin:2px 0 0;padding-left:17px}
.two{display:grid;grid-template-columns:1fr 1fr;column-gap:20px}
"""
    jobs = "".join(f"<div class='jt'><span>{e(j.title)}</span><span>{span(j, p)}</span></div>"
                   f"<div class='fc'>{e(j.employer)}, {e(j.city)}</div>{ul(j.bullets)}" for j in p.jobs)  # fmt: skip
    edu = "".join(f"<div><b>{e(x.degree)}</b>, {e(x.school)}, {e(x.when)}</div>" for x in p.edu)
    body = f"""<div class='vb'></div><div class='hdr'><div><h1>{e(full_name(p))}</h1><div class='hl'>{e(p.headline)}</div></div>
<div class='ct'>{e(p.address)}<br>{e(p.phone)}<br>{e(p.email)}</div></div>
<h2>Profile</h2><p style='margin:0'>{e(p.summary)}</p>
<h2>Clinical Experience</h2>{jobs}
<div class='two'><div><h2>Licensure</h2>{"".join(f"<div>{e(l.line)}</div>" for l in p.lics)}
<h2>Certifications</h2>{"".join(f"<div>{e(c.line)}</div>" for c in p.certs)}</div>
<div><h2>Education</h2>{edu}<h2>Skills</h2>{ul(p.skills)}<h2>Systems</h2><div>{e(", ".join(p.ehr))}</div></div></div>"""
    return doc(css, body, p.name)


# --------------------------------------------------------------------------- centred
def centered(p: Person) -> str:
    css = """
@page{size:Letter;margin:0.6in 0.8in}
body{font-family:'Liberation Serif','Times New Roman',serif;font-size:11pt;margin:0;color:#000;text-align:center}
h1{font-size:19pt;margin:0;letter-spacing:2px;font-weight:bold}
.ct{font-size:10pt;margin:3px 0}
h2{font-size:11pt;letter-spacing:3px;margin:14px 0 6px;display:flex;align-items:center;gap:10px}
h2:before,h2:after{content:'';flex:1;border-top:1px solid #000}
.j{margin-bottom:8px}.j b{display:block}
p{margin:0 0 4px}
"""
    jobs = "".join(f"<div class='j'><b>{e(j.employer)} — {e(j.city)}</b><i>{e(j.title)}</i>, {span(j, p)}"
                   f"{''.join(f'<p>{e(b)}</p>' for b in j.bullets)}</div>" for j in p.jobs)  # fmt: skip
    fax = (
        f"<div style='text-align:left;font-family:Liberation Mono;font-size:8pt;border-bottom:1px solid #000;margin:0 0 0.2in'>{e(p.extra['fax'])}</div>"
        if "fax" in p.extra
        else ""
    )
    body = f"""{fax}<h1>{e(p.name.upper())}</h1><div class='ct'>{e(p.creds)}</div>
<div class='ct'>{e(p.address)} | {e(p.phone)} | {e(p.email)}</div>
<h2>PROFILE</h2><p>{e(p.summary)}</p>
<h2>RELEVANT EXPERIENCE</h2>{jobs}
<h2>LICENSURE</h2>{"".join(f"<p>{e(l.line)}</p>" for l in p.lics)}
<h2>CERTIFICATIONS</h2>{"".join(f"<p>{e(c.line)}</p>" for c in p.certs)}
<h2>EDUCATION</h2>{"".join(f"<p>{e(x.degree)}, {e(x.school)}, {e(x.when)}</p>" for x in p.edu)}
<h2>SYSTEMS &amp; SKILLS</h2><p>{e(" · ".join(p.ehr + p.skills))}</p>"""
    return doc(css, body, p.name)


# --------------------------------------------------------------------------- two-tone header
def twotone(p: Person) -> str:
    css = """
@page{size:Letter;margin:0}
body{margin:0;font-family:'Carlito',sans-serif;font-size:10.5pt;color:#222}
.top{display:grid;grid-template-columns:62% 38%}
.l{background:#3a3f58;color:#fff;padding:0.45in 0.5in 0.3in}.l h1{margin:0;font-size:25pt}.l div{font-size:11.5pt;color:#d8dcf0;margin-top:3px}
.r{background:#e4e6ef;padding:0.45in 0.4in 0.3in;font-size:9.5pt;line-height:1.55}
.body{padding:0.25in 0.5in}
h2{font-size:11pt;color:#3a3f58;border-left:5px solid #c7a24b;padding-left:7px;margin:14px 0 6px;text-transform:uppercase;letter-spacing:1px}
.sk{display:grid;grid-template-columns:1fr 1fr 1fr;gap:3px 14px}.sk div:before{content:'▪ ';color:#c7a24b}
.j{margin-bottom:8px}.jh{display:flex;justify-content:space-between}.jh b{color:#3a3f58}
ul{margin:2px 0 0;padding-left:17px}
table{border-collapse:collapse;width:100%;font-size:9.5pt}td,th{border-bottom:1px solid #c9ccd8;padding:3px 4px;text-align:left}
"""
    jobs = ""
    for ag, js in groups(p):
        if ag:
            jobs += f"<div style='font-weight:bold;margin:6px 0 3px'>Travel assignments through {e(ag)}</div>"
        for j in js:
            jobs += (f"<div class='j' style='{'margin-left:14px' if ag else ''}'><div class='jh'><span><b>{e(j.title)}</b> · {e(j.employer)}, {e(j.city)}</span>"
                     f"<span>{span(j, p)}</span></div>{ul(j.bullets)}</div>")  # fmt: skip
    rows = "".join(f"<tr><td>{e(l.line)}</td></tr>" for l in p.lics) + "".join(
        f"<tr><td>{e(c.line)}</td></tr>" for c in p.certs
    )
    body = f"""<div class='top'><div class='l'><h1>{e(p.name)}</h1><div>{e(p.creds)} — {e(p.headline)}</div></div>
<div class='r'>{e(p.phone)}<br>{e(p.email)}<br>{e(p.address)}</div></div>
<div class='body'><h2>Summary</h2><div>{e(p.summary)}</div>
<h2>Core skills</h2><div class='sk'>{"".join(f"<div>{e(s)}</div>" for s in p.skills + [f"EHR: {x}" for x in p.ehr])}</div>
<h2>Work History</h2>{jobs}
<h2>Licenses &amp; Certifications</h2><table>{rows}</table>
<h2>Education</h2>{"".join(f"<div>{e(x.degree)} — {e(x.school)} ({e(x.when)})</div>" for x in p.edu)}</div>"""
    return doc(css, body, p.name)


# --------------------------------------------------------------------------- plain word-processor page
def wordplain(p: Person) -> str:
    css = """
@page{size:Letter;margin:1in}
body{font-family:'Carlito','Calibri',sans-serif;font-size:11.5pt;margin:0;line-height:1.25}
h1{font-size:16pt;margin:0}
h2{font-size:11.5pt;text-decoration:underline;margin:16px 0 4px}
.j{margin:8px 0 0}.tab{display:flex;justify-content:space-between}
ul{margin:2px 0;padding-left:22px}
"""
    jobs = ""
    for ag, js in groups(p):
        for j in js:
            who = f"{j.employer}, {j.city}" + (f" (travel contract via {ag})" if ag else "")
            jobs += (f"<div class='j'><div class='tab'><b>{e(j.title)}</b><span>{span(j, p)}</span></div>"
                     f"<div>{e(who)}</div>{ul(j.bullets)}</div>")  # fmt: skip
    extra = ""
    if p.extra.get("long"):
        extra = ("<h2>PROFESSIONAL DEVELOPMENT</h2>" + ul([
            "NICU Transport Team orientation and skills lab, Cumberland Children's Hospital, 2023",
            "ECMO primer course (24 contact hours), 2022", "Neonatal Abstinence Syndrome: Eat, Sleep, Console workshop, 2021",
            "Breastfeeding support for the NICU nurse (16 contact hours), 2019", "Developmental care champion training, 2018"])
            + "<h2>COMMITTEES</h2>" + ul(["Unit Practice Council, 2023 – present", "Skin Care Champions, 2018 – 2020"])
            + "<h2>VOLUNTEER</h2>" + ul(["March of Dimes NICU Family Support volunteer, 2019 – present",
                                       "Health screenings, Nashville Rescue Mission, 2018 – 2020"])
            + "<p style='margin-top:18px'>References available upon request.</p>")  # fmt: skip
    body = f"""<h1>{e(p.name)}, {e(p.creds)}</h1><div>{e(p.address)}</div><div>{e(p.phone)} &nbsp; {e(p.email)}</div>
<h2>OBJECTIVE</h2><div>{e(p.summary)}</div>
<h2>EMPLOYMENT</h2>{jobs}
<h2>LICENSES</h2>{ul([l.line for l in p.lics])}
<h2>CERTIFICATIONS</h2>{ul([c.line for c in p.certs])}
<h2>EDUCATION</h2>{ul([f"{x.degree}, {x.school}, {x.when}" for x in p.edu])}
<h2>SKILLS</h2><div>{e(", ".join(p.skills))}</div><div>Charting: {e(", ".join(p.ehr))}</div>{extra}"""
    return doc(css, body, p.name)


# --------------------------------------------------------------------------- phone PDF viewer screenshot
def viewer_phone(p: Person) -> str:
    css = """
body{margin:0;background:#3c3c3f;font-family:'Lato',sans-serif;width:393px}
.sb{height:44px;background:#1e1e20;color:#fff;display:flex;justify-content:space-between;align-items:center;padding:0 22px;font-size:15px;font-weight:700}
.tb{height:46px;background:#2b2b2e;color:#e8e8e8;display:flex;align-items:center;padding:0 10px;font-size:13.5px;gap:10px}
.tb .f{flex:1;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.pg{background:#fff;margin:12px 8px 8px;padding:16px 15px;font-family:'Liberation Serif',serif;font-size:7.2px;line-height:1.33;color:#111;box-shadow:0 2px 8px rgba(0,0,0,.6)}
.pg h1{font-size:15px;margin:0;font-weight:bold}.pg .c{font-size:7.2px;margin-bottom:5px}
.pg h2{font-size:8px;margin:7px 0 2px;border-bottom:0.6px solid #333;text-transform:uppercase;letter-spacing:.5px}
.pg .jt{display:flex;justify-content:space-between;font-weight:bold;margin-top:3px}
.pg ul{margin:1px 0;padding-left:10px}
.cnt{position:absolute;top:112px;right:16px;background:rgba(0,0,0,.55);color:#fff;font-size:12px;border-radius:10px;padding:2px 9px}
.bt{height:52px;background:#2b2b2e;display:flex;justify-content:space-around;align-items:center;color:#cfcfcf;font-size:11px;margin-top:10px}
"""
    jobs = "".join(f"<div class='jt'><span>{e(j.title)}</span><span>{span(j, p)}</span></div>"
                   f"<div><i>{e(j.employer)}, {e(j.city)}</i></div>{ul(j.bullets)}" for j in p.jobs)  # fmt: skip
    body = f"""<div class='sb'><span>9:41</span><span>▂▄▆ 5G ▮</span></div>
<div class='tb'><span style='font-size:20px'>‹</span><span class='f'>{e(p.extra["file"])}</span><span>⌕</span><span>⋮</span></div>
<div class='cnt'>1 / 1</div>
<div class='pg'><h1>{e(full_name(p))}</h1><div class='c'>{e(p.email)} • {e(p.phone)}</div>
<div>{e(p.headline)}. {e(p.summary)}</div>
<h2>Experience</h2>{jobs}
<h2>Licenses</h2><div>{e(" • ".join(l.line for l in p.lics))}</div>
<h2>Certifications</h2><div>{e(" • ".join(c.line for c in p.certs))}</div>
<h2>Education</h2>{"".join(f"<div>{e(x.degree)}, {e(x.school)}, {e(x.when)}</div>" for x in p.edu)}
<h2>Clinical skills</h2><div>{e(", ".join(p.skills))}; documentation in {e(", ".join(p.ehr))}</div></div>
<div class='bt'><span>✎ Annotate</span><span>⇪ Share</span><span>☰ Pages</span><span>⤓ Save</span></div>"""
    return doc(css, body, p.extra["file"])


# --------------------------------------------------------------------------- ATS candidate profile
def ats_desktop(p: Person) -> str:
    x = p.extra
    css = """
body{margin:0;font-family:'Liberation Sans',Arial,sans-serif;font-size:13px;color:#1f2933;background:#f3f5f8;width:1440px}
.top{height:52px;background:#17324d;color:#fff;display:flex;align-items:center;padding:0 20px;gap:26px}
.top b{font-size:17px}.top span{opacity:.8}
.nav{position:absolute;top:52px;left:0;width:190px;bottom:0;background:#fff;border-right:1px solid #dde2e8;padding-top:14px}
.nav div{padding:9px 20px;color:#52606d}.nav .on{background:#e7eef7;color:#17324d;font-weight:bold;border-left:3px solid #2f80ed}
.main{margin-left:210px;padding:18px 20px;display:grid;grid-template-columns:1fr 300px;gap:18px;width:1190px}
.card{background:#fff;border:1px solid #dde2e8;border-radius:6px;padding:14px 16px;margin-bottom:14px}
h1{font-size:22px;margin:0}.chip{display:inline-block;background:#e3f6ea;color:#137a3b;border-radius:10px;padding:2px 9px;font-size:11.5px;margin-left:6px}
.chip.x{background:#fdecea;color:#b3261e}.chip.g{background:#eef1f5;color:#52606d}
.tabs{display:flex;gap:24px;border-bottom:1px solid #dde2e8;margin:12px 0 0}.tabs div{padding:8px 0;color:#52606d}.tabs .on{border-bottom:3px solid #2f80ed;color:#17324d;font-weight:bold}
.kv{display:grid;grid-template-columns:150px 1fr 150px 1fr;gap:8px 12px;margin-top:12px}.kv .k{color:#7b8794;font-size:12px}
h3{font-size:14px;margin:0 0 10px}
table{border-collapse:collapse;width:100%}th{text-align:left;font-size:11.5px;color:#7b8794;border-bottom:1px solid #dde2e8;padding:6px}td{padding:7px 6px;border-bottom:1px solid #eef1f5;vertical-align:top}
.tag{display:inline-block;background:#eef1f5;border-radius:4px;padding:3px 8px;margin:3px 4px 3px 0;font-size:12px}
"""

    def status(c):
        return (
            "<span class='chip'>Verified</span>"
            if c.expires and c.expires >= "2026-12"
            else "<span class='chip x'>Expired</span>"
        )

    work = "".join(f"<tr><td>{e(j.employer)}<br><span style='color:#7b8794'>{e(j.city)}</span></td><td>{e(j.title)}</td>"
                   f"<td>{d(j.start, p.ds)}</td><td>{d(j.end, p.ds, 'Current')}</td><td>{e(' '.join(j.bullets))}</td></tr>" for j in p.jobs)  # fmt: skip
    creds = "".join(
        f"<tr><td>{e(c.name)}</td><td>{e(c.issuer or '')}</td><td>{d(c.expires, 'num')}</td><td>{status(c)}</td></tr>"
        for c in p.certs
    )
    ed = p.edu[0]
    body = f"""<div class='top'><b>TalentDock ATS</b><span>Candidates</span><span>Jobs</span><span>Submittals</span><span>Reports</span><span style='margin-left:auto'>🔍 Search candidates</span></div>
<div class='nav'><div>Dashboard</div><div class='on'>Candidates</div><div>Requisitions</div><div>Credentialing</div><div>Placements</div><div>Timesheets</div></div>
<div class='main'><div>
<div class='card'><h1>{e(p.name)} <span style='font-weight:normal;color:#52606d;font-size:16px'>{e(p.creds)}</span><span class='chip'>Active</span><span class='chip g'>Travel-ready</span></h1>
<div style='color:#52606d;margin-top:4px'>{e(p.headline)}</div>
<div class='tabs'><div class='on'>Profile</div><div>Documents (4)</div><div>Submittals (2)</div><div>Activity</div></div>
<div class='kv'><div class='k'>Email</div><div>{e(p.email)}</div><div class='k'>Mobile</div><div>{e(p.phone)}</div>
<div class='k'>Address</div><div>{e(p.address)}</div><div class='k'>Discipline</div><div>Allied — Cardiovascular</div>
<div class='k'>Specialty</div><div>Cardiac Cath Lab</div><div class='k'>Education</div><div>{e(ed.degree)}, {e(ed.school)} ({e(ed.when)})</div></div></div>
<div class='card'><h3>Summary</h3><div>{e(p.summary)}</div></div>
<div class='card'><h3>Work history</h3><table><tr><th>Employer</th><th>Title</th><th>Start</th><th>End</th><th>Notes</th></tr>{work}</table></div>
<div class='card'><h3>Credentials</h3><table><tr><th>Credential</th><th>Issuer</th><th>Expires</th><th>Status</th></tr>{creds}</table></div>
<div class='card'><h3>Skills</h3>{"".join(f"<span class='tag'>{e(s)}</span>" for s in p.skills + p.ehr)}</div>
</div><div>
<div class='card'><h3>Owner</h3><div>{e(x["owner"][0])}</div><div style='color:#52606d'>{e(x["owner"][1])}</div></div>
<div class='card'><h3>Open submittal</h3><div>{e(x["req"])}</div><div style='color:#52606d;margin-top:4px'>Stage: Client review · 11/29/2026</div></div>
<div class='card'><h3>Tags</h3><span class='tag'>STEMI call</span><span class='tag'>Nights OK</span><span class='tag'>Compact N/A</span></div>
</div></div>"""
    return doc(css, body, p.name + " — TalentDock")


DESIGNS = {"agency": agency, "indeed": indeed, "academic": academic, "canva": canva, "gdocs": gdocs,
           "bluebar": bluebar, "centered": centered, "twotone": twotone, "wordplain": wordplain,
           "viewer-phone": viewer_phone, "ats-desktop": ats_desktop}  # fmt: skip


def render(p: Person) -> str:
    return DESIGNS[p.design](p)

"""HTML/CSS pages for set i, printed by headless Chromium."""

from __future__ import annotations

from html import escape as e

from model import Job, Person, span

FA = "/usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf"
ICON = {
    "mail": "&#xf0e0;",
    "phone": "&#xf095;",
    "pin": "&#xf041;",
    "id": "&#xf2c2;",
    "cert": "&#xf0a3;",
}


def _bul(items: list[str]) -> str:
    return "".join(f"<li>{e(b)}</li>" for b in items)


def _where(j: Job) -> str:
    return f"{e(j.employer)}, {e(j.city)}"


def _home(p: Person) -> str:
    if p.street and p.city:
        return f"{e(p.street)}, {e(p.city)}"
    return e(p.city or "")


def canva(p: Person) -> str:
    """Infographic-style page: icon-font contact, skill bars, dotted timeline."""
    contact = f"<p><i class=fa>{ICON['mail']}</i> {e(p.email)}</p><p><i class=fa>{ICON['phone']}</i> {e(p.phone)}</p>"
    if p.city:
        contact += f"<p><i class=fa>{ICON['pin']}</i> {_home(p)}</p>"
    bars = "".join(
        f"<div class=bar><span>{e(s)}</span><b style='width:{92 - 9 * (i % 4)}%'></b></div>"
        for i, s in enumerate(p.skills)
    )
    lic = "".join(f"<p class=sm><i class=fa>{ICON['id']}</i> {e(x.text)}</p>" for x in p.licenses)
    cert = "".join(f"<p class=sm><i class=fa>{ICON['cert']}</i> {e(c.text)}</p>" for c in p.certs)
    jobs = ""
    for j in p.jobs:
        via = f"<div class=via>Placed by {e(j.agency)}</div>" if j.agency else ""
        jobs += (
            f"<div class=job><div class=dt>{e(span(j, p.datefmt)).upper()}</div><h4>{e(j.title)}</h4>"
            f"<div class=fac>{_where(j)}</div>{via}<ul>{_bul(j.bullets)}</ul></div>"
        )
    edu = "".join(
        f"<p><b>{e(d.degree)}</b><br>{e(d.school)} · {e(d.when)}</p>" for d in p.education
    )
    first, _, last = p.name.rpartition(" ")
    return f"""<html><head><style>
@font-face {{ font-family: FA; src: url('file://{FA}'); }}
@page {{ size: Letter; margin: 0 }}
body {{ margin:0; font-family: Lato, 'DejaVu Sans'; font-size: 9.6pt; color:#263238 }}
.fa {{ font-family: FA; font-style: normal; color:#4fc3f7; width: 14px; display:inline-block }}
.side {{ position:absolute; box-sizing:border-box; left:0; top:0; bottom:0; width:2.55in; background:#1e2a38; color:#e3eaf0; padding:.35in .22in }}
.main {{ margin-left:2.85in; padding:.4in .4in .3in 0 }}
.ini {{ width:70px; height:70px; border-radius:50%; background:#4fc3f7; color:#1e2a38; font:700 24pt Lato;
  text-align:center; line-height:70px; margin-bottom:12px }}
h1 {{ font: 300 26pt Lato; margin:0; letter-spacing:1px; line-height:1.05 }} h1 b {{ font-weight:900 }}
.hl {{ color:#0288d1; font-size:11pt; margin:4px 0 12px }}
h3 {{ font: 700 9pt Lato; letter-spacing:3px; text-transform:uppercase; color:#4fc3f7; margin:14px 0 6px }}
.main h3 {{ color:#0288d1; border-bottom:1px solid #b3e5fc }}
.bar span {{ font-size:8.5pt }} .bar b {{ display:block; height:5px; background:#4fc3f7; border-radius:3px; margin:2px 0 6px }}
.sm {{ font-size:8.3pt; margin:3px 0 }}
.job {{ border-left:2px dotted #4fc3f7; padding-left:12px; margin-bottom:8px; position:relative }}
.job:before {{ content:''; position:absolute; left:-6px; top:2px; width:10px; height:10px; border-radius:50%; background:#0288d1 }}
.dt {{ font-size:7.8pt; letter-spacing:1.5px; color:#607d8b }} h4 {{ margin:1px 0; font-size:10.5pt }}
.fac {{ font-style:italic }} .via {{ font-size:8.3pt; color:#607d8b }} ul {{ margin:2px 0 0 14px; padding:0 }}
</style></head><body>
<div class=side><div class=ini>{e(p.name[0] + last[0])}</div>
<h3>Contact</h3>{contact}<h3>Expertise</h3>{bars}<h3>Licensure</h3>{lic}<h3>Certifications</h3>{cert}</div>
<div class=main><h1>{e(first.upper())}<br><b>{e(last.upper())}</b></h1>
<div class=hl>{e(p.creds)} &nbsp;|&nbsp; {e(p.headline)}</div>
<h3>Profile</h3><p>{e(p.summary)}</p><h3>Experience</h3>{jobs}<h3>Education</h3>{edu}</div>
</body></html>"""


def checklist(p: Person) -> str:
    """Travel-nurse submission: summary sheet with a skills checklist table, then the work list."""
    rows = "".join(
        f"<tr><td>{e(s)}</td>"
        + "".join(f"<td class=c>{'●' if lvl == k else ''}</td>" for k in (1, 2, 3, 4))
        + f"<td>{e(freq)}</td></tr>"
        for s, lvl, freq in p.checklist
    )
    lic = "".join(f"<li>{e(x.text)}</li>" for x in p.licenses)
    cert = "".join(f"<li>{e(c.text)}</li>" for c in p.certs)
    jobs = ""
    for j in p.jobs:
        ag = f" <span class=ag>(travel contract — {e(j.agency)})</span>" if j.agency else ""
        jobs += (
            f"<tr><td class=d>{e(span(j, 'num', ' – '))}</td><td><b>{e(j.employer)}</b>{ag}<br>{e(j.city)}</td>"
            f"<td>{e(j.title)}</td><td>{'; '.join(e(b) for b in j.bullets)}</td></tr>"
        )
    edu = "".join(f"<li>{e(d.degree)} — {e(d.school)} ({e(d.when)})</li>" for d in p.education)
    extra = "".join(f"<h2>{e(t)}</h2><ul>{_bul(items)}</ul>" for t, items in p.extra)
    return f"""<html><head><style>
@page {{ size: Letter; margin: .4in .45in }}
body {{ font-family: Carlito, Calibri, 'DejaVu Sans'; font-size: 9.2pt; color:#222 }}
.top {{ display:flex; justify-content:space-between; border-bottom:3px solid #2e7d32; padding-bottom:6px }}
h1 {{ margin:0; font-size:20pt }} .cr {{ color:#2e7d32; font-weight:bold }}
.ct {{ text-align:right; font-size:9.3pt }}
h2 {{ font-size:10.5pt; background:#e8f5e9; padding:2px 6px; margin:10px 0 4px; color:#1b5e20 }}
table {{ border-collapse:collapse; width:100% }} td, th {{ border:1px solid #bbb; padding:2px 5px; vertical-align:top }}
th {{ background:#f1f8e9; font-size:8.8pt }} .c {{ text-align:center; width:28px }} .d {{ white-space:nowrap }}
.ag {{ color:#555; font-size:8.8pt }} ul {{ margin:2px 0 2px 16px; padding:0 }} td b {{ white-space:nowrap }}
.key {{ font-size:8pt; color:#555 }}
</style></head><body>
<div class=top><div><h1>{e(p.name)}</h1><div class=cr>{e(p.creds)} — {e(p.headline)}</div></div>
<div class=ct>{_home(p)}<br>{e(p.phone)}<br>{e(p.email)}</div></div>
<h2>Professional Summary</h2><p>{e(p.summary)}<br><b>Systems &amp; skills:</b> {e(", ".join(p.skills))}</p>
<h2>Skills Checklist — Self-Assessment</h2>
<table><tr><th>Skill / Procedure</th><th>1</th><th>2</th><th>3</th><th>4</th><th>Frequency</th></tr>{rows}</table>
<div class=key>1 = no experience · 2 = limited, needs review · 3 = competent · 4 = proficient, can teach</div>
<h2>Licensure</h2><ul>{lic}</ul><h2>Certifications</h2><ul>{cert}</ul>
<h2>Work History</h2><table><tr><th>Dates</th><th>Facility</th><th>Position</th><th>Notes</th></tr>{jobs}</table>
<h2>Education</h2><ul>{edu}</ul>{extra}
</body></html>"""


def _classic_body(p: Person, refs: bool) -> str:
    lic = "".join(f"<li>{e(x.text)}</li>" for x in p.licenses)
    cert = "".join(f"<li>{e(c.text)}</li>" for c in p.certs)
    jobs = ""
    for j in p.jobs:
        ag = f"<div class=ag>Contract through {e(j.agency)}</div>" if j.agency else ""
        jobs += (
            f"<div class=job><div class=row><b>{e(j.employer)}</b><span>{e(span(j, p.datefmt))}</span></div>"
            f"<div class=row><i>{e(j.title)}</i><span>{e(j.city)}</span></div>{ag}<ul>{_bul(j.bullets)}</ul></div>"
        )
    edu = "".join(
        f"<div class=row><span><b>{e(d.degree)}</b>, {e(d.school)}{', ' + e(d.place) if d.place else ''}</span><span>{e(d.when)}</span></div>"
        for d in p.education
    )
    extra = "".join(f"<h2>{e(t)}</h2><ul>{_bul(items)}</ul>" for t, items in p.extra)
    ref = ""
    if refs and p.references:
        ref = (
            "<h2 class=newpage>References</h2><div class=refs>"
            + "".join(
                f"<div><b>{e(n)}</b><br>{e(r)}<br>{e(ph)}<br>{e(em)}</div>"
                for n, r, ph, em in p.references
            )
            + "</div>"
        )
    return (
        f"<h2>Summary</h2><p>{e(p.summary)}</p><h2>Licensure</h2><ul>{lic}</ul>"
        f"<h2>Certifications</h2><ul>{cert}</ul><h2>Professional Experience</h2>{jobs}"
        f"<h2>Education</h2>{edu}<h2>Skills &amp; Systems</h2><p>{e(' • '.join(p.skills))}</p>{extra}{ref}"
    )


CLASSIC_CSS = """
body { font-family: 'EB Garamond', Caladea, 'DejaVu Serif'; font-size: 11pt; color:#111 }
h1 { text-align:center; font-size:22pt; margin:0; font-weight:500 }
.ct { text-align:center; font-size:10pt; margin:2px 0 8px }
h2 { font-size:11.5pt; text-transform:uppercase; letter-spacing:1px; border-bottom:1px solid #000; margin:12px 0 4px }
.row { display:flex; justify-content:space-between } ul { margin:2px 0 4px 18px; padding:0 }
.job { margin-bottom:6px } .ag { font-size:10pt; color:#333 }
.refs { display:grid; grid-template-columns:1fr 1fr; gap:8px; font-size:10pt }
.newpage { page-break-before: always }
"""


def refscv(p: Person) -> str:
    """Two-page serif CV ending in references."""
    ct = " · ".join(x for x in [_home(p), e(p.phone), e(p.email)] if x)
    return f"""<html><head><style>@page {{ size: Letter; margin: .7in .8in }}{CLASSIC_CSS}</style></head><body>
<h1>{e(p.name)}, {e(p.creds)}</h1><div class=ct>{ct}</div>{_classic_body(p, True)}</body></html>"""


def oldstyle(p: Person) -> str:
    """Older word-processor look: name left, contact block right, year ranges flush right."""
    addr = (
        f"{e(p.street)}<br>{e(p.city or '')}<br>"
        if p.street
        else (f"{e(p.city)}<br>" if p.city else "")
    )
    lic = "".join(f"<p>{e(x.text)}</p>" for x in p.licenses)
    cert = "".join(f"<p>{e(c.text)}</p>" for c in p.certs)
    jobs = ""
    for j in p.jobs:
        yrs = span(j, "year", "–")
        jobs += (
            f"<div class=row><span><b>{e(j.title)}</b></span><span>{e(yrs)}</span></div>"
            f"<div>{_where(j)}</div><ul>{_bul(j.bullets)}</ul>"
        )
    edu = "".join(
        f"<div class=row><span>{e(d.degree)}<br>{e(d.school)}</span><span>{e(d.when)}</span></div>"
        for d in p.education
    )
    return f"""<html><head><style>
@page {{ size: Letter; margin: .6in .75in }}
body {{ font-family: 'Liberation Serif', 'Times New Roman'; font-size: 10.8pt }}
.hd {{ display:flex; justify-content:space-between; border-bottom:2px double #000; padding-bottom:4px }}
h1 {{ font-size:18pt; margin:0; font-variant: small-caps }}
.sec {{ display:grid; grid-template-columns:1.35in 1fr; gap:10px; margin-top:9px }}
.lab {{ font-weight:bold; font-variant:small-caps; font-size:11.5pt }}
.row {{ display:flex; justify-content:space-between }} ul {{ margin:1px 0 4px 18px; padding:0 }} p {{ margin:0 0 2px }}
</style></head><body>
<div class=hd><div><h1>{e(p.name)}</h1>{e(p.creds)}</div><div style='text-align:right'>{addr}{e(p.phone)}<br>{e(p.email)}</div></div>
<div class=sec><div class=lab>Objective</div><div>{e(p.headline)}. {e(p.summary)}</div></div>
<div class=sec><div class=lab>Experience</div><div>{jobs}</div></div>
<div class=sec><div class=lab>Education</div><div>{edu}</div></div>
<div class=sec><div class=lab>Licensure</div><div>{lic}</div></div>
<div class=sec><div class=lab>Certification</div><div>{cert}</div></div>
<div class=sec><div class=lab>Skills</div><div>{e("; ".join(p.skills))}</div></div>
</body></html>"""


def cover(p: Person) -> str:
    """A cover letter page, then the resume on page 2."""
    paras = "".join(f"<p>{e(x).replace(chr(10), '<br>')}</p>" for x in p.cover)
    ct = " | ".join(x for x in [_home(p), e(p.phone), e(p.email)] if x)
    return f"""<html><head><style>@page {{ size: Letter; margin: .75in .85in }}{CLASSIC_CSS}
body {{ font-family: Lato, 'DejaVu Sans'; font-size:10.2pt }} h1 {{ text-align:left }} .ct {{ text-align:left }}
.letter p {{ margin: 0 0 12px; line-height:1.4 }} .brk {{ page-break-before: always }}</style></head><body>
<div class=letter><h1>{e(p.name)}</h1><div class=ct>{ct}</div><hr>{paras}</div>
<div class=brk><h1>{e(p.name)}</h1><div class=ct>{e(p.creds)} — {e(p.headline)}<br>{ct}</div>{_classic_body(p, False)}</div>
</body></html>"""


def hdr2(p: Person) -> str:
    """Two-page resume; the header block (name, contact) is a table head Chromium repeats on every page."""
    ct = f"{_home(p)} · {e(p.phone)} · {e(p.email)}"
    body = _classic_body(p, True).replace("<h2>", "</td></tr><tr><td><h2>")
    return f"""<html><head><style>
@page {{ size: Letter; margin: .55in .7in .6in }}
body {{ font-family: 'Liberation Sans', Arial; font-size: 11.2pt; line-height:1.45 }}
table.pg {{ width:100%; border-collapse:collapse }} thead td {{ padding-bottom:10px }}
.hdr {{ border-bottom: 2px solid #6a1b9a; padding-bottom:4px }}
.hdr h1 {{ margin:0; font-size:17pt; color:#4a148c }} .hdr div {{ font-size:9.5pt }}
h2 {{ color:#6a1b9a; font-size:11.5pt; margin:12px 0 3px; text-transform:uppercase }}
.row {{ display:flex; justify-content:space-between }} ul {{ margin:2px 0 6px 18px; padding:0 }}
.job {{ margin-bottom:8px }} tr {{ page-break-inside: avoid }}
</style></head><body><table class=pg>
<thead><tr><td><div class=hdr><h1>{e(p.name)}, {e(p.creds)}</h1><div>{ct}</div></div></td></tr></thead>
<tbody><tr><td><p>{e(p.headline)}</p>{body}
<h2>Professional Development</h2><ul><li>AARC Congress attendee, 2019, 2022, 2024</li>
<li>Difficult airway workshop, 2023</li><li>ECMO specialist course, 2021</li>
<li>Lung-protective ventilation grand rounds presenter, 2025</li></ul></td></tr></tbody></table>
</body></html>"""


def doc_page(p: Person) -> str:
    """A plain word-processor page body (used inside the browser and viewer screenshots)."""
    lic = "".join(f"<li>{e(x.text)}</li>" for x in p.licenses)
    cert = "".join(f"<li>{e(c.text)}</li>" for c in p.certs)
    jobs = ""
    for j in p.jobs:
        jobs += f"<p><b>{e(j.title)}</b> — {_where(j)}<br><i>{e(span(j, 'long'))}</i></p><ul>{_bul(j.bullets)}</ul>"
    edu = "".join(f"<p>{e(d.degree)}, {e(d.school)}, {e(d.when)}</p>" for d in p.education)
    ct = " | ".join(x for x in [_home(p), e(p.phone), e(p.email)] if x)
    return (
        f"<h1>{e(p.name)}, {e(p.creds)}</h1><div class=ct>{ct}</div><h2>{e(p.headline)}</h2><p>{e(p.summary)}</p>"
        f"<h2>Experience</h2>{jobs}<h2>Licenses</h2><ul>{lic}</ul><h2>Certifications</h2><ul>{cert}</ul>"
        f"<h2>Education</h2>{edu}<h2>Skills</h2><p>{e(', '.join(p.skills))}</p>"
    )


DOC_CSS = """
.paper h1 { font: 400 20pt 'Liberation Sans', Arial; margin:0 } .paper .ct { color:#555; font-size:10pt }
.paper h2 { font: 700 11pt 'Liberation Sans', Arial; color:#1a73e8; margin:12px 0 3px }
.paper p { margin: 2px 0 } .paper ul { margin:2px 0 4px 20px; padding:0 }
.paper { font: 10.5pt 'Liberation Sans', Arial; color:#202124 }
"""


def gdocs(p: Person) -> str:
    """Browser word processor UI with the resume open (for a PNG screenshot)."""
    return f"""<html><head><style>body {{ margin:0; background:#f8f9fa; font-family:'Liberation Sans' }}
.bar1 {{ height:56px; background:#fff; display:flex; align-items:center; padding:0 14px; font-size:17px }}
.logo {{ width:26px; height:34px; background:#4285f4; border-radius:3px; margin-right:12px }}
.menu {{ font-size:13px; color:#444; padding:0 58px 4px; background:#fff }}
.menu span {{ margin-right:16px }} .tools {{ background:#edf2fa; margin:6px 14px; border-radius:20px; height:36px;
  font-size:13px; color:#444; display:flex; align-items:center; padding-left:18px; gap:22px }}
.share {{ margin-left:auto; background:#c2e7ff; padding:9px 22px; border-radius:18px; font-size:14px }}
.paper {{ width:816px; min-height:1056px; margin:18px auto; background:#fff; box-shadow:0 1px 3px #bbb; padding:72px 80px; box-sizing:border-box }}
{DOC_CSS}</style></head><body>
<div class=bar1><div class=logo></div>{e(p.name.split()[0])}_{e(p.name.split()[-1])}_Resume_2026 &nbsp;☆
<span class=share>Share</span></div>
<div class=menu><span>File</span><span>Edit</span><span>View</span><span>Insert</span><span>Format</span><span>Tools</span><span>Extensions</span><span>Help</span></div>
<div class=tools><span>↶ ↷</span><span>100%</span><span>Normal text ▾</span><span>Arial ▾</span><span>− 11 +</span><span><b>B</b> <i>I</i> <u>U</u></span></div>
<div class=paper>{doc_page(p)}</div></body></html>"""


def viewer(p: Person) -> str:
    """Desktop PDF viewer window with the resume page (for a PNG screenshot)."""
    return f"""<html><head><style>body {{ margin:0; background:#525659; font-family:'Liberation Sans' }}
.tb {{ height:48px; background:#323639; color:#f1f1f1; display:flex; align-items:center; padding:0 16px; font-size:14px; gap:24px }}
.tb .pg {{ background:#191b1c; padding:3px 8px }} .side {{ position:fixed; top:48px; left:0; width:170px; bottom:0; background:#3c4043 }}
.thumb {{ width:110px; height:142px; background:#fff; margin:20px auto; outline:4px solid #8ab4f8 }}
.paper {{ width:760px; min-height:983px; margin:22px 0 22px 260px; background:#fff; padding:60px 70px; box-sizing:border-box }}
{DOC_CSS}</style></head><body>
<div class=tb><span>☰</span><span>{e(p.name.replace(" ", "_"))}_OTD_CV.pdf</span><span class=pg>1 / 1</span><span>− 100% +</span><span style='margin-left:auto'>⤓ ⎙ ⋮</span></div>
<div class=side><div class=thumb></div></div><div class=paper>{doc_page(p)}</div></body></html>"""


DESIGNS = {
    "canva": canva,
    "checklist": checklist,
    "refscv": refscv,
    "oldstyle": oldstyle,
    "cover": cover,
    "hdr2": hdr2,
}
SCREENS = {"gdocs": gdocs, "viewer": viewer}

"""HTML/CSS pages for set h, printed by headless Chromium (pdf, photo and scan sources) or
captured as screenshots.

Designs imitate sources not used in sets a-g: a LinkedIn 'Save to PDF' profile, a Europass CV,
a page with year-only dates on the left and licences in a sentence, a nursing-school new-grad
template with a rotations table, a skills-first (functional) resume, a two-page resume whose
page 2 opens with a repeated name block, a resume-builder page with a right-hand sidebar, a
staffing agency fax cover sheet followed by the resume, a healthcare job-board profile
(desktop screenshot) and a phone notes app (screenshot).
"""

from html import escape as h

from record import Clinician, between, li_duration, licensed_years, when

SCREENS = {"board-desktop": (1366, 1000, 1), "phone-notes": (390, 844, 3)}


def page(css: str, body: str) -> str:
    return ("<!doctype html><html><head><meta charset='utf-8'><title>resume</title><style>"
            + css + "</style></head><body>" + body + "</body></html>")  # fmt: skip


def bullets(items) -> str:
    return "<ul>" + "".join(f"<li>{h(x)}</li>" for x in items) + "</ul>" if items else ""


def lic_line(c: Clinician) -> str:
    return c.more.get("licence_sentence") or " ".join(x.said for x in c.licences)


def full(c: Clinician) -> str:
    return f"{c.name}, {c.post_nominals}" if c.post_nominals else c.name


def state_long(home: str) -> str:
    city, st = home.split(", ")
    names = {"TX": "Texas", "MO": "Missouri", "CA": "California"}
    return f"{city}, {names.get(st, st)}, United States"


# ------------------------------------------------------------------------------------ linkedin
def linkedin(c: Clinician) -> str:
    css = """
@page{size:Letter;margin:0.5in 0.45in 0.6in;@bottom-center{content:"Page " counter(page) " of " counter(pages);font:8pt Arial,sans-serif;color:#777}}
body{font-family:'Liberation Sans',Arial,sans-serif;margin:0;color:#181818;font-size:10.6pt}
.wrap{display:flex;gap:22px}.side{width:31%;background:#f3f2ef;padding:14px 12px;min-height:9.6in}
.side h3{font-size:10.5pt;margin:12px 0 4px;color:#222}.side p{margin:2px 0;font-size:8.8pt;color:#333}
.main{flex:1}.main h1{font-size:24pt;font-weight:400;margin:0 0 4px}.hl{font-size:11pt;margin-bottom:4px}
.loc{color:#666;font-size:9.4pt;margin-bottom:12px}.main h2{font-size:14pt;font-weight:400;margin:14px 0 6px;
border-bottom:1px solid #ddd;padding-bottom:3px}.co{font-size:10.5pt;font-weight:700;margin-top:10px}
.role{font-size:10pt}.dt,.pl{color:#666;font-size:10pt}.ds{margin:3px 0 0;font-size:10.4pt}
"""
    side = [
        f"<h3>Contact</h3><p>{h(c.phone)} (Mobile)</p><p>{h(c.email)}</p>",
        f"<p>www.linkedin.com/in/{h(c.name.lower().replace(' ', '-'))}</p>",  # fmt: skip
        "<h3>Top Skills</h3>" + "".join(f"<p>{h(s)}</p>" for s in c.skills[:3]),
        "<h3>Certifications</h3>" + "".join(f"<p>{h(k.said)}</p>" for k in c.cards),
    ]
    side += (
        ["<h3>Honors-Awards</h3>" + "".join(f"<p>{h(a)}</p>" for a in c.more.get("awards", []))]
        if c.more.get("awards")
        else []
    )
    main = [f"<h1>{h(c.name)}</h1><div class='hl'>{h(c.headline)}</div>",
            f"<div class='loc'>{h(state_long(c.home))}</div>",
            f"<h2>Summary</h2><p class='ds'>{h(c.profile)}</p><p class='ds'>Charting: {h(', '.join(c.ehr))}.</p>",
            "<h2>Experience</h2>"]  # fmt: skip
    i = 0
    while i < len(c.posts):
        p = c.posts[i]
        if p.agency:
            grp = [q for q in c.posts if q.agency == p.agency]
            start = min(q.start for q in grp)
            end = None if any(q.end is None for q in grp) else max(q.end for q in grp)
            span_txt = f"{when(start, 'li')} - {when(end, 'li')}"
            main.append(f"<div class='co'>{h(p.agency)}</div><div class='role'>{h(p.title)}</div>"
                        f"<div class='dt'>{h(span_txt)}</div><div class='pl'>United States</div>")  # fmt: skip
            for q in grp:
                main.append(f"<p class='ds'>Assignment: {h(q.employer)}, {h(q.city)} "
                            f"({h(between(q, 'mon', ' – '))}). {h(' '.join(q.duties))}</p>")  # fmt: skip
            i += len(grp)
            continue
        main.append(f"<div class='co'>{h(p.employer)}</div><div class='role'>{h(p.title)}</div>"
                    f"<div class='dt'>{h(between(p, 'li', ' - '))} ({li_duration(p)})</div>"
                    f"<div class='pl'>{h(p.city)}</div><p class='ds'>{h(' '.join(p.duties))}</p>")  # fmt: skip
        i += 1
    brk = (
        " style='break-before:page'" if c.more.get("awards") else ""
    )  # the long profile runs onto page 2
    main.append(f"<h2{brk}>Education</h2>")
    for s in c.schools:
        main.append(
            f"<div class='co'>{h(s.school)}</div><div class='role'>{h(s.degree)} · ({h(s.year)})</div>"
        )
    return page(
        css,
        f"<div class='wrap'><div class='side'>{''.join(side)}</div><div class='main'>{''.join(main)}</div></div>",
    )


# ------------------------------------------------------------------------------------ europass
def europass(c: Clinician) -> str:
    css = """
@page{size:A4;margin:14mm 14mm 16mm}
body{font-family:'Carlito','Liberation Sans',sans-serif;font-size:9.6pt;color:#3f3a39;margin:0}
.row{display:flex;margin:3px 0}.lab{width:30%;text-align:right;padding-right:14px;color:#1593cb;font-size:8.6pt;
text-transform:uppercase;letter-spacing:.3px}.val{flex:1}
.sec{display:flex;margin:14px 0 6px}.sec .lab{font-weight:700;font-size:9.4pt}.sec .val{border-bottom:1px solid #1593cb}
.logo{color:#1593cb;font-size:15pt;font-weight:700}.nm{font-size:15pt;color:#3f3a39}
.dt{color:#1593cb;font-size:9pt}.pos{font-size:11pt;color:#0e4194}.sm{font-size:9pt}
ul{margin:2px 0 4px 16px;padding:0}
"""
    b = ["<div class='row'><div class='lab logo'>europass</div><div class='val'><b>Curriculum Vitae</b></div></div>",
         "<div class='sec'><div class='lab'>Personal information</div><div class='val'></div></div>",
         f"<div class='row'><div class='lab'></div><div class='val nm'>{h(c.name)}</div></div>",
         f"<div class='row'><div class='lab'></div><div class='val'>&#x2302; {h(c.street)}, United States</div></div>",
         f"<div class='row'><div class='lab'></div><div class='val'>&#x260E; {h(c.phone)} &nbsp; &#x2709; {h(c.email)}</div></div>",
         f"<div class='row'><div class='lab'>Job applied for</div><div class='val pos'>{h(c.headline)}</div></div>",
         "<div class='sec'><div class='lab'>Work experience</div><div class='val'></div></div>"]  # fmt: skip
    for p in c.posts:
        ag = f" (contract through {h(p.agency)})" if p.agency else ""
        b.append(f"<div class='row'><div class='lab dt'>{h(between(p, 'dmy', ' – '))}</div><div class='val'>"
                 f"<span class='pos'>{h(p.title)}</span><br>{h(p.employer)}, {h(p.city)}{ag}{bullets(p.duties)}"
                 f"<span class='sm'>Business or sector: Human health activities</span></div></div>")  # fmt: skip
    b.append(
        "<div class='sec'><div class='lab'>Education and training</div><div class='val'></div></div>"
    )
    for s in c.schools:
        b.append(f"<div class='row'><div class='lab dt'>{h(s.year)}</div><div class='val'><span class='pos'>"
                 f"{h(s.degree)}</span><br>{h(s.school)}</div></div>")  # fmt: skip
    b += ["<div class='sec'><div class='lab'>Personal skills</div><div class='val'></div></div>",
          "<div class='row'><div class='lab'>Mother tongue(s)</div><div class='val'>English</div></div>",
          f"<div class='row'><div class='lab'>Job-related skills</div><div class='val'>{h('; '.join(c.skills))}</div></div>",
          f"<div class='row'><div class='lab'>Digital skills</div><div class='val'>Electronic records: {h(', '.join(c.ehr))}</div></div>",
          "<div class='sec'><div class='lab'>Additional information</div><div class='val'></div></div>",
          "<div class='row'><div class='lab'>Licences</div><div class='val'>" + "<br>".join(h(x.said) for x in c.licences) + "</div></div>",
          "<div class='row'><div class='lab'>Certifications</div><div class='val'>" + "<br>".join(h(k.said) for k in c.cards) + "</div></div>",
          f"<div class='row'><div class='lab'>Summary</div><div class='val'>{h(c.profile)}</div></div>"]  # fmt: skip
    return page(css, "".join(b))


# ----------------------------------------------------------------------------------- yearsleft
def yearsleft(c: Clinician) -> str:
    css = """
@page{size:Letter;margin:0.6in 0.7in}
body{font-family:'EB Garamond','Liberation Serif',serif;font-size:11pt;color:#222;margin:0}
h1{font-size:22pt;font-weight:500;margin:0;letter-spacing:.5px}.ct{font-size:10pt;color:#555;margin:2px 0 10px}
h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:2px;color:#6b4f2a;margin:14px 0 4px;font-weight:600}
.r{display:grid;grid-template-columns:1.15in 1fr;margin:4px 0}.y{color:#6b4f2a;font-size:10.5pt}
ul{margin:1px 0 2px 16px;padding:0}p{margin:2px 0}
"""
    b = [f"<h1>{h(c.name)}</h1><div class='ct'>{h(c.post_nominals)} &nbsp;·&nbsp; {h(c.street)} &nbsp;·&nbsp; "
         f"{h(c.phone)} &nbsp;·&nbsp; {h(c.email)}</div>", f"<p>{h(c.profile)}</p>", "<h2>Experience</h2>"]  # fmt: skip
    for p in c.posts:
        yrs = f"{p.start[:4]} – {p.end[:4] if p.end else 'Present'}"
        b.append(f"<div class='r'><div class='y'>{yrs}</div><div><b>{h(p.title)}</b>, {h(p.employer)}, "
                 f"{h(p.city)}{bullets(p.duties)}</div></div>")  # fmt: skip
    b.append("<h2>Licensure &amp; Certification</h2>")
    b.append(f"<p>{h(lic_line(c))}</p>")
    b.append("<p>" + "<br>".join(h(k.said) for k in c.cards) + "</p>")
    b.append("<h2>Education</h2>")
    for s in c.schools:
        b.append(
            f"<div class='r'><div class='y'>{h(s.year)}</div><div>{h(s.degree)}, {h(s.school)}</div></div>"
        )
    b.append(
        f"<h2>Skills &amp; Systems</h2><p>{h(' · '.join(c.skills))}. Documentation: {h(', '.join(c.ehr))}.</p>"
    )
    return page(css, "".join(b))


# ------------------------------------------------------------------------------- nursingschool
def nursingschool(c: Clinician) -> str:
    css = """
@page{size:Letter;margin:0.55in 0.65in}
body{font-family:'Lato',sans-serif;font-size:9.8pt;color:#1e1e1e;margin:0}
.hd{text-align:center;border-bottom:2px solid #8c1d40;padding-bottom:6px}.hd h1{margin:0;font-size:20pt;color:#8c1d40}
.hd div{font-size:9.4pt}h2{font-size:10.6pt;color:#8c1d40;border-bottom:1px solid #ccc;margin:12px 0 5px}
table{border-collapse:collapse;width:100%;font-size:9.2pt}th,td{border:1px solid #bbb;padding:3px 6px;text-align:left}
th{background:#f3e6ea}p{margin:3px 0}ul{margin:2px 0 2px 16px;padding:0}
"""
    b = [f"<div class='hd'><h1>{h(full(c))}</h1><div>{h(c.street)} | {h(c.phone)} | {h(c.email)}</div></div>",
         f"<h2>Objective</h2><p>{h(c.profile)}</p>", "<h2>Education</h2>"]  # fmt: skip
    for s in c.schools:
        b.append(
            f"<p><b>{h(s.degree)}</b> — {h(s.school)}, Tempe, AZ — {h(s.year)}<br>GPA 3.71, Dean's List</p>"
        )
    b.append(
        "<h2>Licensure &amp; Certifications</h2>"
        + bullets([x.said for x in c.licences] + [k.said for k in c.cards])
    )
    b.append(
        "<h2>Clinical Rotations</h2><table><tr><th>Rotation</th><th>Clinical site</th><th>Hours</th></tr>"
    )
    for area, site, hrs in c.rotations:
        b.append(f"<tr><td>{h(area)}</td><td>{h(site)}</td><td>{h(hrs)}</td></tr>")
    b.append("</table>")
    b.append("<h2>Work Experience</h2>")
    for p in c.posts:
        b.append(
            f"<p><b>{h(p.title)}</b>, {h(p.employer)}, {h(p.city)} — {h(between(p, c.dates))}</p>{bullets(p.duties)}"
        )
    b.append(f"<h2>Skills</h2><p>{h(', '.join(c.skills))}. EHR: {h(', '.join(c.ehr))}.</p>")
    b.append(
        "<h2>Professional Memberships</h2><p>Student Nurses' Association (treasurer, 2025)</p>"
    )
    return page(css, "".join(b))


# --------------------------------------------------------------------------------- skillsfirst
def skillsfirst(c: Clinician) -> str:
    css = """
@page{size:Letter;margin:0.55in 0.7in}
body{font-family:'Carlito',sans-serif;font-size:10.4pt;color:#222;margin:0}
h1{font-size:21pt;margin:0;color:#234}.ct{color:#444;margin:2px 0 8px}
h2{font-size:11pt;background:#e8eef3;padding:3px 6px;margin:12px 0 5px;color:#234}
h3{font-size:10.4pt;margin:6px 0 2px}ul{margin:1px 0 3px 18px;padding:0}p{margin:3px 0}
.jobs div{margin:2px 0}
"""
    loc = h(c.street) if c.street else h(c.home)
    blocks = c.more.get("blocks") or {
        "Clinical expertise": c.skills[:3]
        + [f"{len(c.posts)} settings, {int(licensed_years(c))} years of licensed practice"],
        "Collaboration & teaching": [
            "Precepted students and new hires",
            "Family and caregiver training",
        ],
        "Documentation & systems": [f"{x} documentation" for x in c.ehr]
        + ["Productivity above 85%"],
    }
    b = [f"<h1>{h(full(c))}</h1><div class='ct'>{loc} • {h(c.phone)} • {h(c.email)}</div>",
         f"<h2>Profile</h2><p>{h(c.profile)}</p>", "<h2>Areas of Strength</h2>"]  # fmt: skip
    for t, items in blocks.items():
        b.append(f"<h3>{h(t)}</h3>{bullets(items)}")
    b.append(
        "<h2>Credentials</h2>" + bullets([x.said for x in c.licences] + [k.said for k in c.cards])
    )
    b.append(
        "<h2>Education</h2>"
        + "".join(f"<p>{h(s.degree)} — {h(s.school)} ({h(s.year)})</p>" for s in c.schools)
    )
    b.append("<h2>Employment</h2><div class='jobs'>")
    for p in c.posts:
        ag = f" (via {h(p.agency)})" if p.agency else ""
        b.append(
            f"<div>{h(between(p, c.dates))} · {h(p.title)} · {h(p.employer)}, {h(p.city)}{ag}</div>"
        )
    b.append("</div>")
    return page(css, "".join(b))


# ------------------------------------------------------------------------------------ twopage
def twopage(c: Clinician) -> str:
    css = """
@page{size:Letter;margin:0.6in 0.75in}
body{font-family:'Liberation Serif',serif;font-size:11pt;color:#111;margin:0}
h1{font-size:19pt;margin:0;text-align:center;letter-spacing:1px}.ct{text-align:center;font-size:10pt;margin:3px 0 8px}
h2{font-size:11pt;text-transform:uppercase;border-bottom:1.5px solid #111;margin:14px 0 5px;letter-spacing:1px}
.j{display:flex;justify-content:space-between;font-weight:700;margin-top:7px}.f{font-style:italic}
ul{margin:2px 0 3px 20px;padding:0}p{margin:3px 0}
.p2{page-break-before:always;border-bottom:1px solid #777;font-size:9.5pt;color:#333;display:flex;justify-content:space-between;padding-bottom:3px}
.filler li{margin:2px 0}
"""
    extra = c.more.get("page2") or [
        "Presentations: 'Closing the loop on discharge education', regional conference, 2023",
        "Committees: practice council (2021–present); onboarding workgroup",
        "Precepted 14 students and 9 new hires",
        "Continuing education: 30+ contact hours a year",
        "Quality projects: documentation audit, handoff standard work",
    ]
    b = [f"<h1>{h(c.name.upper())}, {h(c.post_nominals)}</h1>",
         f"<div class='ct'>{h(c.street)} | {h(c.phone)} | {h(c.email)}</div>",
         f"<h2>Professional Summary</h2><p>{h(c.profile)}</p>", "<h2>Professional Experience</h2>"]  # fmt: skip
    for p in c.posts:
        b.append(f"<div class='j'><span>{h(p.title)}</span><span>{h(between(p, c.dates))}</span></div>"
                 f"<div class='f'>{h(p.employer)} — {h(p.city)}</div>{bullets(p.duties * 2 if len(p.duties) == 1 else p.duties)}")  # fmt: skip
    b.append(
        f"<div class='p2'><span>{h(c.name)} — {h(c.email)} — {h(c.phone)}</span><span>Page 2 of 2</span></div>"
    )
    b.append("<h2>Licensure</h2>" + bullets([x.said for x in c.licences]))
    b.append("<h2>Certifications</h2>" + bullets([k.said for k in c.cards]))
    b.append(
        "<h2>Education</h2>"
        + "".join(f"<p><b>{h(s.degree)}</b>, {h(s.school)}, {h(s.year)}</p>" for s in c.schools)
    )
    b.append(
        "<h2>Professional Development</h2><ul class='filler'>"
        + "".join(f"<li>{h(x)}</li>" for x in extra)
        + "</ul>"
    )
    b.append(
        f"<h2>Skills and Systems</h2><p>{h(', '.join(c.skills))}. Electronic health records: {h(', '.join(c.ehr))}.</p>"
    )
    return page(css, "".join(b))


# ----------------------------------------------------------------------------------- rightbar
def rightbar(c: Clinician) -> str:
    css = """
@page{size:Letter;margin:0}
body{font-family:'Lato',sans-serif;font-size:9.6pt;color:#26303a;margin:0}
.top{background:#2f4858;color:#fff;padding:26px 36px 18px}.top h1{margin:0;font-size:25pt;font-weight:300;letter-spacing:1px}
.top div{font-size:11pt;color:#cfe3ee}.grid{display:flex}.main{flex:1;padding:16px 22px 16px 36px}
.bar{width:2.35in;background:#eef3f6;padding:16px 18px;min-height:8.9in}
h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:1.5px;color:#2f4858;margin:12px 0 5px}
.bar p{margin:3px 0;font-size:9pt}.j b{font-size:10.3pt}.j{margin:6px 0}.d{color:#6d7b86;font-size:8.8pt}
ul{margin:2px 0 2px 15px;padding:0}
.dots{letter-spacing:2px;color:#2f4858}
"""
    side = [f"<h2>Contact</h2><p>{h(c.phone)}</p><p>{h(c.email)}</p><p>{h(c.street)}</p>",
            "<h2>Licenses</h2>" + "".join(f"<p>{h(x.said)}</p>" for x in c.licences),
            "<h2>Certifications</h2>" + "".join(f"<p>{h(k.said)}</p>" for k in c.cards),
            "<h2>Skills</h2>" + "".join(f"<p>{h(s)} <span class='dots'>●●●●○</span></p>" for s in c.skills),
            "<h2>EHR</h2><p>" + h(", ".join(c.ehr)) + "</p>"]  # fmt: skip
    main = [f"<h2>Profile</h2><p>{h(c.profile)}</p>", "<h2>Experience</h2>"]
    for p in c.posts:
        main.append(f"<div class='j'><b>{h(p.title)}</b><br>{h(p.employer)} · {h(p.city)}<br>"
                    f"<span class='d'>{h(between(p, c.dates))}</span>{bullets(p.duties)}</div>")  # fmt: skip
    main.append(
        "<h2>Education</h2>"
        + "".join(f"<p>{h(s.degree)}<br>{h(s.school)}, {h(s.year)}</p>" for s in c.schools)
    )
    return page(css, f"<div class='top'><h1>{h(c.name)}</h1><div>{h(c.headline)}</div></div>"
                     f"<div class='grid'><div class='main'>{''.join(main)}</div><div class='bar'>{''.join(side)}</div></div>")  # fmt: skip


# ---------------------------------------------------------------------------------- faxcover
def faxcover(c: Clinician) -> str:
    name, fax, phone = c.more["recruiter"]
    css = """
@page{size:Letter;margin:0.7in}
body{font-family:'Liberation Sans',sans-serif;font-size:11pt;margin:0;color:#000}
.cv{page-break-after:always}.cv h1{font-size:40pt;margin:0 0 18px;letter-spacing:6px}
.cv table{width:100%;border-collapse:collapse;font-size:12pt}.cv td{border-bottom:1px solid #000;padding:8px 4px}
h2{font-size:11pt;margin:12px 0 3px;text-transform:uppercase}p{margin:2px 0}ul{margin:1px 0 2px 18px;padding:0}
.nm{font-size:17pt;font-weight:700}
"""
    cover = (f"<div class='cv'><h1>FAX</h1><table><tr><td><b>To:</b> Credentialing, Shoals Regional Medical Center</td>"
             f"<td><b>Fax:</b> (256) 555-0199</td></tr><tr><td><b>From:</b> {h(name)}, {h(c.more['agency'])}</td>"
             f"<td><b>Fax:</b> {h(fax)}</td></tr><tr><td><b>Phone:</b> {h(phone)}</td><td><b>Pages:</b> 2 (incl. cover)</td></tr>"
             f"<tr><td colspan='2'><b>Re:</b> Candidate submittal — Staff Pharmacist, PRN</td></tr></table>"
             "<p style='margin-top:22px'>Please find the candidate's resume attached. References and licence "
             "verifications to follow. Call me with any questions.</p>"
             "<p style='margin-top:30px;font-size:9pt'>CONFIDENTIALITY NOTICE: This facsimile contains confidential "
             "information intended only for the recipient named above.</p></div>")  # fmt: skip
    b = [f"<div class='nm'>{h(full(c))}</div><p>{h(c.street)} &nbsp; {h(c.phone)} &nbsp; {h(c.email)}</p>",
         f"<h2>Summary</h2><p>{h(c.profile)}</p>", "<h2>Experience</h2>"]  # fmt: skip
    for p in c.posts:
        b.append(
            f"<p><b>{h(p.title)}</b> — {h(p.employer)}, {h(p.city)} &nbsp; {h(between(p, c.dates))}</p>{bullets(p.duties)}"
        )
    b.append("<h2>Licenses</h2>" + "".join(f"<p>{h(x.said)}</p>" for x in c.licences))
    b.append("<h2>Certifications</h2>" + "".join(f"<p>{h(k.said)}</p>" for k in c.cards))
    b.append(
        "<h2>Education</h2>"
        + "".join(f"<p>{h(s.degree)}, {h(s.school)}, {h(s.year)}</p>" for s in c.schools)
    )
    b.append(f"<h2>Skills</h2><p>{h(', '.join(c.skills))}</p>")
    return page(css, cover + "".join(b))


# ----------------------------------------------------------------------- board-desktop (png)
def board_desktop(c: Clinician) -> str:
    css = """
body{margin:0;font-family:'Lato',sans-serif;background:#f4f6f9;color:#1f2a37;font-size:14px}
.nav{background:#0b5cab;color:#fff;padding:12px 28px;display:flex;justify-content:space-between;font-size:15px}
.wrap{display:flex;gap:20px;padding:20px 28px}.card{background:#fff;border-radius:10px;padding:16px 20px;
box-shadow:0 1px 3px #0002;margin-bottom:16px}.l{width:330px}.r{flex:1}
h1{margin:0;font-size:24px}h3{margin:0 0 8px;font-size:16px;color:#0b5cab}.chip{display:inline-block;background:#e6f0fb;
color:#0b5cab;border-radius:12px;padding:3px 10px;margin:2px;font-size:12.5px}.muted{color:#6b7785}
table{width:100%;border-collapse:collapse}td,th{text-align:left;padding:6px 4px;border-bottom:1px solid #eef;font-size:13px}
.job{border-left:3px solid #0b5cab;padding-left:10px;margin:8px 0}
"""
    yrs = int(licensed_years(c))
    left = (f"<div class='card'><h1>{h(c.name)}</h1><div>{h(c.post_nominals)} · {h(c.headline)}</div>"
            f"<div class='muted'>&#x1F4CD; {h(c.home)}</div><div style='margin-top:8px'><span class='chip'>{yrs} yrs experience</span>"
            "<span class='chip'>Open to travel</span><span class='chip'>Nights</span></div>"
            f"<p>&#x2709; {h(c.email)}<br>&#x260E; {h(c.phone)}</p></div>"
            "<div class='card'><h3>Desired locations</h3><span class='chip'>Charleston, SC</span><span class='chip'>Raleigh, NC</span></div>"
            "<div class='card'><h3>Specialties</h3>" + "".join(f"<span class='chip'>{h(s)}</span>" for s in c.skills) + "</div>"
            f"<div class='card'><h3>EHR experience</h3>{h(', '.join(c.ehr))}</div>")  # fmt: skip
    right = ["<div class='card'><h3>Licenses</h3><table><tr><th>License</th><th>Verified</th></tr>"
             + "".join(f"<tr><td>{h(x.said)}</td><td>✔</td></tr>" for x in c.licences) + "</table></div>",
             "<div class='card'><h3>Certifications</h3><table>" + "".join(f"<tr><td>{h(k.said)}</td></tr>" for k in c.cards) + "</table></div>",
             f"<div class='card'><h3>About</h3>{h(c.profile)}</div>", "<div class='card'><h3>Work history</h3>"]  # fmt: skip
    for p in c.posts:
        ag = f"<div class='muted'>Through {h(p.agency)}</div>" if p.agency else ""
        right.append(f"<div class='job'><b>{h(p.title)}</b> — {h(p.employer)}<div class='muted'>{h(p.city)} · "
                     f"{h(between(p, c.dates))}</div>{ag}<div>{h(' '.join(p.duties))}</div></div>")  # fmt: skip
    right.append(
        "</div><div class='card'><h3>Education</h3>"
        + "".join(f"<div>{h(s.degree)} — {h(s.school)} ({h(s.year)})</div>" for s in c.schools)
        + "</div>"
    )
    return page(css, "<div class='nav'><b>CareShift Jobs</b><span>Find jobs · Messages · Profile</span></div>"
                f"<div class='wrap'><div class='l'>{left}</div><div class='r'>{''.join(right)}</div></div>")  # fmt: skip


# -------------------------------------------------------------------------- phone-notes (png)
def phone_notes(c: Clinician) -> str:
    css = """
body{margin:0;font-family:'DejaVu Sans',sans-serif;background:#fffdf5;color:#1c1c1c;font-size:14px;width:390px}
.sb{display:flex;justify-content:space-between;padding:10px 22px 4px;font-size:14px;font-weight:700}
.tb{display:flex;justify-content:space-between;padding:6px 14px;color:#d89b00;font-size:16px}
.n{padding:4px 18px 20px;line-height:1.38}.n h1{font-size:24px;margin:4px 0 2px}.dt{color:#888;font-size:12px;text-align:center}
p{margin:0 0 8px}
"""
    lines = [f"<b>{h(c.name)} {h(c.post_nominals)}</b>", f"{h(c.phone)}", f"{h(c.email)}", "",
             f"<b>{h(c.headline)}</b>", ""]  # fmt: skip
    for p in c.posts:
        lines += [
            f"{h(p.employer)} ({h(p.city)})",
            f"{h(p.title)} {h(between(p, c.dates, '-', 'now'))}",
        ]
        lines += [f"- {h(x)}" for x in p.duties] + [""]
    lines += (
        ["License / certs"] + [h(x.said) for x in c.licences] + [h(k.said) for k in c.cards] + [""]
    )
    lines += [f"{h(s.degree)} {h(s.school)} {h(s.year)}" for s in c.schools]
    lines += ["", f"Epic at both jobs ({h(', '.join(c.ehr))}), PACS/Fuji"]
    return page(css, "<div class='sb'><span>9:41</span><span>▂▄▆ 5G ▮</span></div>"
                "<div class='tb'><span>‹ Notes</span><span>⋯ &nbsp; Done</span></div>"
                "<div class='n'><div class='dt'>November 28, 2026 at 10:12 PM</div><h1>resume for recruiter</h1>"
                + "<br>".join(lines) + "</div>")  # fmt: skip


DESIGNS = {
    "linkedin": linkedin, "europass": europass, "yearsleft": yearsleft, "nursingschool": nursingschool,
    "skillsfirst": skillsfirst, "twopage": twopage, "rightbar": rightbar, "faxcover": faxcover,
    "board-desktop": board_desktop, "phone-notes": phone_notes,
}  # fmt: skip

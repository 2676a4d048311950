"""HTML/CSS page designs for set c (none of them is one of the a/b looks); Chromium prints them."""

from html import escape as esc

from model import Job, Person, fmt_date, mmyy, shown_ehr, wrapped
from wording import (
    agency_groups,
    cert_name,
    cert_text,
    group_span,
    lic_prose,
    lic_row,
    lic_short,
    title_line,
    when,
    where,
)

BASE = """
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1d1d1d; line-height: 1.32; }
h1, h2, h3 { margin: 0; } h2 { break-after: avoid; }
ul { margin: 2px 0 5px 16px; padding: 0; } li { margin: 1px 0; }
p { margin: 3px 0 6px; }
"""

PHONE = "<svg width='11' height='11' viewBox='0 0 24 24'><path fill='currentColor' d='M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1C10.6 21 3 13.4 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z'/></svg>"
MAIL = "<svg width='11' height='11' viewBox='0 0 24 24'><path fill='currentColor' d='M20 4H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 4-8 5-8-5V6l8 5 8-5z'/></svg>"
PIN = "<svg width='11' height='11' viewBox='0 0 24 24'><path fill='currentColor' d='M12 2a7 7 0 0 0-7 7c0 5.3 7 13 7 13s7-7.7 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6a2.5 2.5 0 0 1 0 5.5z'/></svg>"


def page(css: str, body: str, title: str = "Resume") -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(title)}</title>"
        f"<style>{BASE}{css}</style></head><body>{body}</body></html>"
    )


def ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>" if items else ""


def degree_html(p: Person) -> list[str]:
    out = []
    for e in p.education:
        deg = "<br>".join(esc(x) for x in wrapped(e))
        tail = ", ".join(x for x in [e.city, e.year] if x)
        out.append(
            f"<div class='edu'><b>{deg}</b><br>{esc(e.school)}"
            + (f"<br><span class='muted'>{esc(tail)}</span>" if tail else "")
            + "</div>"
        )
    return out


def rotations_html(p: Person, heading: str = "h2") -> str:
    if not p.rotations:
        return ""
    return f"<{heading}>Clinical Rotations</{heading}>" + ul(p.rotations)


def extra_html(p: Person, heading: str = "h2") -> str:
    return "".join(f"<{heading}>{esc(h)}</{heading}>" + ul(lines) for h, lines in p.extra)


def jobs_html(p: Person, dates: str = "right", style: str | None = None) -> str:
    """Jobs, with contract assignments nested under the staffing agency that placed them."""
    style = style or p.datefmt
    out = []
    for agency, jobs in agency_groups(p.jobs):
        if agency:
            titles = sorted({j.title for j in jobs})
            head = f"{' / '.join(titles)} — {agency}"
            out.append(
                f"<div class='job'><div class='jt'>{esc(head)}<span class='jd'>{esc(group_span(jobs, style))}</span></div>"
                "<div class='assign'>"
                + "".join(
                    f"<div class='as'><div class='jw'>Assignment: {esc(where(j))}"
                    f"<span class='jd2'> · {esc(when(j, style))}</span></div>{ul(j.bullets)}</div>"
                    for j in jobs
                )
                + "</div></div>"
            )
            continue
        for j in jobs:
            out.append(one_job(j, dates, style))
    return "".join(out)


def one_job(j: Job, dates: str, style: str) -> str:
    d = esc(when(j, style))
    if dates == "right":
        head = f"<div class='jt'>{esc(title_line(j))}<span class='jd'>{d}</span></div><div class='jw'>{esc(where(j))}</div>"
    elif dates == "facility":
        head = (
            f"<div class='jt'>{esc(j.org.upper())}<span class='jd'>{d}</span></div>"
            f"<div class='jw'>{esc(title_line(j))}{' — ' + esc(j.unit) if j.unit else ''} · {esc(j.city)}</div>"
        )
    else:
        head = f"<div class='pill'>{d}</div><div class='jt'>{esc(title_line(j))}</div><div class='jw'>{esc(where(j))}</div>"
    return f"<div class='job'>{head}{ul(j.bullets)}</div>"


JOB_CSS = """
.job { margin-bottom: 8px; break-inside: avoid; } .jt { font-weight: bold; }
.jd { float: right; font-weight: normal; font-size: 9pt; }
.jw { font-style: italic; color: #444; } .jd2 { font-style: normal; color: #555; font-size: 9pt; }
.assign { margin-left: 12px; border-left: 2px solid #ccc; padding-left: 8px; } .as { margin-top: 3px; }
.muted { color: #666; font-size: 9pt; } .edu { margin-bottom: 6px; }
"""


def lic_table(p: Person) -> str:
    """State | License | Number | (Multistate, only when the page speaks of compact) | Expires."""
    multi = any(lic.compact is not None for lic in p.licenses)
    head = ["State", "License", "Number"] + (["Multistate"] if multi else []) + ["Expires"]
    rows = []
    for lic in p.licenses:
        cells = lic_row(lic)
        rows.append(cells if multi else cells[:3] + cells[4:])
    return (
        "<table><tr>"
        + "".join(f"<th>{h}</th>" for h in head)
        + "</tr>"
        + "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows)
        + "</table>"
    )


def contact_rows(p: Person) -> list[str]:
    rows = [f"{PHONE} {esc(p.phone)}", f"{MAIL} {esc(p.email)}"]
    if p.home:
        rows.append(f"{PIN} {esc(p.home)}")
    return rows


def rightbar(p: Person) -> str:
    css = (
        JOB_CSS
        + """
    @page { size: Letter; margin: 0; }
    .wrap { display: flex; min-height: 11in; }
    .main { flex: 1; padding: .5in .35in .4in .55in; }
    .side { width: 2.35in; background: #eef3ef; border-left: 3px solid #5b8c6a; padding: .5in .22in; font-size: 8.8pt; }
    .main h1 { font-size: 23pt; color: #2f4f3a; letter-spacing: .02em; }
    .main .cr { font-size: 11pt; color: #5b8c6a; font-weight: bold; }
    .main .ti { font-size: 11pt; margin: 2px 0 10px; }
    h2 { font-size: 10.5pt; color: #2f4f3a; text-transform: uppercase; letter-spacing: .12em; margin: 12px 0 5px; }
    .side h2 { font-size: 9pt; border-bottom: 1px solid #9dbba6; padding-bottom: 2px; }
    .side div { margin-bottom: 4px; } .side svg { color: #5b8c6a; vertical-align: -1px; }
    """
    )
    side = "<h2>Contact</h2>" + "".join(f"<div>{r}</div>" for r in contact_rows(p))
    if p.licenses:
        side += "<h2>Licensure</h2>" + "".join(
            f"<div>{esc(lic_short(lic))}</div>" for lic in p.licenses
        )
    side += "<h2>Certifications</h2>" + "".join(
        f"<div>{esc(cert_text(c, 'bracket'))}</div>" for c in p.certs
    )
    side += "<h2>Education</h2>" + "".join(degree_html(p))
    if shown_ehr(p):
        side += "<h2>Charting Systems</h2>" + "".join(f"<div>{esc(e)}</div>" for e in shown_ehr(p))
    if p.skills:
        side += "<h2>Skills</h2>" + "".join(f"<div>{esc(s)}</div>" for s in p.skills)
    main = (
        f"<h1>{esc(p.name)}</h1><div class='cr'>{esc(p.creds)}</div><div class='ti'>{esc(p.title)}</div>"
        f"<p>{esc(p.summary)}</p><h2>Professional Experience</h2>{jobs_html(p)}"
        f"{rotations_html(p)}{extra_html(p)}"
    )
    return page(
        css, f"<div class='wrap'><div class='main'>{main}</div><div class='side'>{side}</div></div>"
    )


def bannergrid(p: Person) -> str:
    css = (
        JOB_CSS
        + """
    @page { size: Letter; margin: 0 0 .45in 0; }
    .banner { background: #3b2a5c; color: #fff; padding: .42in .55in .3in; }
    .banner h1 { font-size: 27pt; font-weight: bold; letter-spacing: .01em; }
    .banner .ti { font-size: 12pt; color: #d9cdf2; margin-top: 3px; }
    .icons { display: flex; gap: 22px; padding: 7px .55in; background: #ece6f7; font-size: 9.3pt; }
    .icons svg { color: #3b2a5c; vertical-align: -1px; margin-right: 3px; }
    .body { padding: .12in .55in 0; }
    h2 { font-size: 11pt; color: #3b2a5c; border-bottom: 2px solid #b7a6dc; margin: 11px 0 5px; padding-bottom: 1px; }
    .grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 2px 14px; font-size: 9.3pt; }
    .grid div:before { content: '▪ '; color: #7a62b3; }
    table { border-collapse: collapse; width: 100%; font-size: 9pt; }
    th { background: #3b2a5c; color: #fff; text-align: left; padding: 3px 6px; }
    td { border-bottom: 1px solid #d6cdea; padding: 3px 6px; }
    """
    )
    head = (
        f"<div class='banner'><h1>{esc(p.name)}, {esc(p.creds)}</h1><div class='ti'>{esc(p.title)}</div></div>"
        f"<div class='icons'>{''.join(f'<span>{r}</span>' for r in contact_rows(p))}</div>"
    )
    body = f"<h2>Profile</h2><p>{esc(p.summary)}</p>"
    if p.skills:
        body += "<h2>Core Competencies</h2><div class='grid'>" + "".join(
            f"<div>{esc(s)}</div>" for s in p.skills
        )
        body += "</div>"
    if p.licenses:
        body += "<h2>Licensure</h2>" + lic_table(p)
    body += "<h2>Certifications</h2>" + ul([cert_text(c, "through") for c in p.certs])
    body += f"<h2>Experience</h2>{jobs_html(p)}{rotations_html(p)}"
    body += "<h2>Education</h2>" + "".join(degree_html(p))
    if shown_ehr(p):
        body += f"<h2>Systems</h2><p>EHR: {esc(', '.join(shown_ehr(p)))}</p>"
    body += extra_html(p)
    return page(css, head + f"<div class='body'>{body}</div>")


def ledger(p: Person) -> str:
    css = (
        JOB_CSS
        + """
    @page { size: Letter; margin: .55in .7in; }
    body { font-family: 'Liberation Serif', 'DejaVu Serif', serif; font-size: 10.5pt; }
    .hd { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 1.5px solid #7a1f1f; padding-bottom: 6px; }
    .hd h1 { font-size: 22pt; font-variant: small-caps; color: #7a1f1f; }
    .hd .ti { font-size: 11pt; font-style: italic; }
    .hd .ct { text-align: right; font-size: 9.5pt; line-height: 1.45; }
    h2 { font-size: 11pt; font-variant: small-caps; letter-spacing: .1em; color: #7a1f1f; margin: 12px 0 4px; text-align: center; }
    h2:before, h2:after { content: ' ~ '; color: #bbb; }
    .prose { text-align: justify; }
    """
    )
    ct = "<br>".join([esc(p.phone), esc(p.email)] + ([esc(p.home)] if p.home else []))
    head = (
        f"<div class='hd'><div><h1>{esc(p.name)}</h1><div class='ti'>{esc(p.creds)} — {esc(p.title)}</div></div>"
        f"<div class='ct'>{ct}</div></div>"
    )
    body = f"<h2>Summary</h2><p class='prose'>{esc(p.summary)}</p>"
    if p.licenses:
        body += (
            "<h2>Licensure</h2><p class='prose'>"
            + esc("; ".join(lic_prose(lic) for lic in p.licenses))
            + ".</p>"
        )
    body += (
        "<h2>Certifications</h2><p class='prose'>"
        + esc("; ".join(cert_text(c, "bracket") for c in p.certs))
        + ".</p>"
    )
    body += f"<h2>Clinical Experience</h2>{jobs_html(p, dates='facility')}{rotations_html(p)}"
    body += "<h2>Education</h2>" + "".join(degree_html(p))
    if shown_ehr(p) or p.skills:
        body += "<h2>Skills &amp; Systems</h2>"
        if p.skills:
            body += f"<p>{esc('; '.join(p.skills))}.</p>"
        if shown_ehr(p):
            body += f"<p>Documentation: {esc(', '.join(shown_ehr(p)))}.</p>"
    body += extra_html(p)
    return page(css, head + body)


def steps(p: Person) -> str:
    css = (
        JOB_CSS
        + """
    @page { size: Letter; margin: .5in .6in .5in 0; }
    .wrap { display: flex; } .stripe { width: .32in; background: #0e6e8c; margin-right: .4in; }
    .content { flex: 1; }
    h1 { font-size: 24pt; color: #0e6e8c; } .ti { font-size: 11.5pt; color: #333; }
    .ct { margin: 6px 0 4px; font-size: 9.3pt; color: #333; } .ct span + span:before { content: '  |  '; color: #aaa; }
    h2 { font-size: 10.5pt; letter-spacing: .15em; text-transform: uppercase; color: #0e6e8c; margin: 13px 0 6px; }
    .tl { position: relative; margin-left: 8px; border-left: 2px solid #9ccfe0; padding-left: 18px; }
    .tl .job { position: relative; }
    .tl .job:before { content: ''; position: absolute; left: -25px; top: 2px; width: 10px; height: 10px; border-radius: 50%; background: #0e6e8c; border: 2px solid #fff; }
    .pill { display: inline-block; background: #dff1f7; color: #0b5870; font-size: 8.5pt; padding: 0 7px; border-radius: 8px; margin-bottom: 1px; }
    .two { display: flex; gap: .3in; } .two > div { flex: 1; }
    """
    )
    ct = "".join(
        f"<span>{esc(x)}</span>" for x in [p.phone, p.email] + ([p.home] if p.home else [])
    )
    head = f"<h1>{esc(p.name)} <span style='font-size:13pt;color:#555'>{esc(p.creds)}</span></h1><div class='ti'>{esc(p.title)}</div><div class='ct'>{ct}</div>"
    body = f"<p>{esc(p.summary)}</p><h2>Experience Timeline</h2><div class='tl'>{jobs_html(p, dates='pill')}</div>{rotations_html(p)}"
    lic = "".join(f"<div>{esc(lic_short(x))}</div>" for x in p.licenses)
    certs = "".join(f"<div>{esc(cert_text(c, 'valid'))}</div>" for c in p.certs)
    body += (
        "<div class='two'><div><h2>Licenses</h2>"
        + (lic or "<div>—</div>")
        + f"</div><div><h2>Certifications</h2>{certs}</div></div>"
    )
    body += "<h2>Education</h2>" + "".join(degree_html(p))
    if shown_ehr(p):
        body += f"<h2>EHR</h2><p>{esc(' · '.join(shown_ehr(p)))}</p>"
    if p.skills:
        body += f"<h2>Skills</h2><p>{esc(' · '.join(p.skills))}</p>"
    body += extra_html(p)
    return page(
        css,
        f"<div class='wrap'><div class='stripe'></div><div class='content'>{head}{body}</div></div>",
    )


def twopage(p: Person) -> str:
    """A CV that runs over two pages: running header and footer in the page margins."""
    who = f"{p.name}, {p.creds}"
    css = (
        JOB_CSS
        + f"""
    @page {{ size: Letter; margin: .85in .75in .8in;
      @top-left {{ content: "{who}"; font: bold 9pt 'Liberation Sans'; color: #444; }}
      @top-right {{ content: "Curriculum Vitae"; font: 9pt 'Liberation Sans'; color: #444; }}
      @bottom-left {{ content: "{p.email}  ·  {p.phone}"; font: 8.5pt 'Liberation Sans'; color: #555; }}
      @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 8.5pt 'Liberation Sans'; color: #555; }}
    }}
    body {{ font-size: 10.3pt; }}
    h1 {{ font-size: 20pt; color: #222; }} .ti {{ font-size: 11pt; color: #555; margin-bottom: 8px; }}
    h2 {{ font-size: 11pt; color: #1c4e80; border-bottom: 1px solid #1c4e80; margin: 14px 0 6px; }}
    table {{ border-collapse: collapse; width: 100%; font-size: 9.3pt; }}
    td, th {{ padding: 3px 6px; border: 1px solid #c8d3df; text-align: left; }} th {{ background: #eef3f8; }}
    """
    )
    contact = " · ".join([p.phone, p.email] + ([p.home] if p.home else []))
    body = f"<h1>{esc(p.name)}</h1><div class='ti'>{esc(p.title)}</div><div>{esc(contact)}</div>"
    body += f"<h2>Professional Summary</h2><p>{esc(p.summary)}</p>"
    body += "<h2>Education and Training</h2>" + "".join(degree_html(p))
    body += f"<h2>Professional Experience</h2>{jobs_html(p)}"
    if p.licenses:
        body += "<h2>Licensure</h2>" + lic_table(p)
    body += (
        "<h2>Board Certification and Credentials</h2><table><tr><th>Credential</th><th>Issuer</th><th>Valid through</th></tr>"
        + "".join(
            f"<tr><td>{esc(cert_name(c, True))}</td><td>{esc(c.issuer or '')}</td><td>{mmyy(c.expires) or 'no expiry'}</td></tr>"
            for c in p.certs
        )
        + "</table>"
    )
    if shown_ehr(p):
        body += f"<h2>Information Systems</h2><p>{esc(', '.join(shown_ehr(p)))}</p>"
    body += extra_html(p)
    return page(css, body, title=f"CV {p.name}")


def margin(p: Person) -> str:
    css = (
        JOB_CSS
        + """
    @page { size: Letter; margin: .55in .6in; }
    .top { border-bottom: 3px double #444; padding-bottom: 8px; margin-bottom: 6px; }
    .top h1 { font-size: 25pt; font-weight: normal; letter-spacing: .06em; }
    .top .cr { font-size: 10pt; color: #a0522d; letter-spacing: .1em; }
    .row { display: flex; margin-top: 9px; } .lab { width: 1.35in; flex: none; text-align: right; padding-right: 14px;
      font-size: 8.8pt; font-weight: bold; text-transform: uppercase; letter-spacing: .08em; color: #a0522d; padding-top: 1px; }
    .val { flex: 1; border-left: 1px solid #ddd; padding-left: 12px; }
    """
    )
    rows = [("Contact", "<br>".join(contact_rows(p)))]
    rows.append(("Profile", f"{esc(p.title)}. {esc(p.summary)}"))
    rows.append(("Experience", jobs_html(p) + rotations_html(p, "b")))
    if p.licenses:
        rows.append(("Licenses", "<br>".join(esc(lic_short(x)) for x in p.licenses)))
    rows.append(("Certifications", "<br>".join(esc(cert_text(c, "comma")) for c in p.certs)))
    rows.append(("Education", "".join(degree_html(p))))
    if shown_ehr(p):
        rows.append(("EHR", esc(", ".join(shown_ehr(p)))))
    if p.skills:
        rows.append(("Skills", esc(" / ".join(p.skills))))
    for h, lines in p.extra:
        rows.append((esc(h), "<br>".join(esc(x) for x in lines)))
    body = "".join(
        f"<div class='row'><div class='lab'>{lab}</div><div class='val'>{val}</div></div>"
        for lab, val in rows
    )
    head = f"<div class='top'><h1>{esc(p.name)}</h1><div class='cr'>{esc(p.creds)}</div></div>"
    return page(css, head + body)


def grid3(p: Person) -> str:
    css = (
        JOB_CSS
        + """
    @page { size: Letter; margin: .45in .5in; }
    body { font-size: 9.6pt; }
    .nm { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 4px solid #c0392b; padding-bottom: 4px; }
    .nm h1 { font-size: 21pt; } .nm .ti { font-size: 11pt; color: #c0392b; }
    .boxes { display: grid; grid-template-columns: 1fr 1.25fr 1.25fr; gap: 10px; margin: 10px 0; }
    .box { background: #f6f6f6; border-top: 2px solid #c0392b; padding: 6px 8px; font-size: 8.8pt; }
    .box h3 { font-size: 8.8pt; text-transform: uppercase; letter-spacing: .08em; color: #c0392b; margin-bottom: 3px; }
    .box div { margin-bottom: 3px; }
    h2 { font-size: 10.5pt; text-transform: uppercase; color: #c0392b; margin: 10px 0 5px; }
    """
    )
    head = f"<div class='nm'><h1>{esc(p.name)}, {esc(p.creds)}</h1><div class='ti'>{esc(p.title)}</div></div>"
    contact = "".join(f"<div>{r}</div>" for r in contact_rows(p))
    lic = "".join(f"<div>{esc(lic_prose(x))}</div>" for x in p.licenses) or "<div>—</div>"
    certs = "".join(f"<div>{esc(cert_text(c, 'dash'))}</div>" for c in p.certs)
    boxes = (
        f"<div class='boxes'><div class='box'><h3>Contact</h3>{contact}</div>"
        f"<div class='box'><h3>Licensure</h3>{lic}</div><div class='box'><h3>Certifications</h3>{certs}</div></div>"
    )
    body = f"<p>{esc(p.summary)}</p><h2>Work History</h2>{jobs_html(p, dates='right', style='num')}{rotations_html(p)}"
    body += "<h2>Education</h2>" + "".join(degree_html(p))
    if shown_ehr(p) or p.skills:
        body += "<h2>Skills</h2><p>" + esc(" • ".join(p.skills + shown_ehr(p))) + "</p>"
    body += extra_html(p)
    return page(css, head + boxes + body)


def typed(p: Person) -> str:
    """An old word-processor page: monospace, centred name, dashed rules."""
    css = """
    @page { size: Letter; margin: .8in .9in; }
    body { font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: 10pt; line-height: 1.35; }
    .c { text-align: center; } h1 { font-size: 15pt; letter-spacing: .2em; }
    h2 { font-size: 10.5pt; margin: 14px 0 3px; } h2:after { content: ''; display: block; border-bottom: 1px dashed #000; margin-top: 2px; }
    .job { margin-bottom: 8px; } ul { margin-left: 22px; list-style: '-  '; }
    pre { font: inherit; margin: 0; white-space: pre-wrap; }
    """
    lines = [f"{p.phone}   {p.email}"] + ([p.home] if p.home else [])
    head = f"<div class='c'><h1>{esc(p.name.upper())}</h1><div>{esc(p.creds)}</div>{''.join(f'<div>{esc(x)}</div>' for x in lines)}</div>"
    body = f"<h2>OBJECTIVE</h2><p>{esc(p.summary)}</p><h2>EXPERIENCE</h2>"
    for agency, jobs in agency_groups(p.jobs):
        for j in jobs:
            via = f" (contract through {agency})" if agency else ""
            body += (
                f"<div class='job'><pre>{esc(when(j, 'num', ' - '))}   {esc(j.org)}, {esc(j.city)}{esc(via)}</pre>"
                f"<pre>                    {esc(title_line(j))}{', ' + esc(j.unit) if j.unit else ''}</pre>{ul(j.bullets)}</div>"
            )
    body += rotations_html(p)
    if p.licenses:
        body += "<h2>LICENSE</h2>" + "".join(f"<div>{esc(lic_short(x))}</div>" for x in p.licenses)
    body += "<h2>CERTIFICATIONS</h2>" + "".join(
        f"<div>{esc(cert_text(c, 'comma'))}</div>" for c in p.certs
    )
    body += "<h2>EDUCATION</h2>"
    for e in p.education:
        body += f"<div>{'<br>'.join(esc(x) for x in wrapped(e))}<br>{esc(e.school)}{', ' + esc(e.year) if e.year else ''}</div>"
    if shown_ehr(p):
        body += f"<h2>COMPUTER</h2><div>{esc(', '.join(shown_ehr(p)))}</div>"
    if p.skills:
        body += f"<h2>SKILLS</h2><div>{esc(', '.join(p.skills))}</div>"
    body += extra_html(p)
    return page(css, head + body)


def webprofile(p: Person) -> str:
    """A job-board profile page as a candidate sees it in a desktop browser."""
    css = """
    body { background: #f0f2f5; font-size: 14px; }
    .nav { background: #14532d; color: #fff; padding: 12px 28px; font-size: 17px; font-weight: bold; display: flex; gap: 26px; }
    .nav span { font-weight: normal; font-size: 14px; opacity: .85; padding-top: 2px; }
    .wrap { display: flex; gap: 20px; padding: 20px 28px; }
    .left { width: 300px; } .right { flex: 1; }
    .card { background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.15); padding: 16px 18px; margin-bottom: 16px; }
    .av { width: 72px; height: 72px; border-radius: 50%; background: #86efac; color: #14532d; font-size: 28px; font-weight: bold; text-align: center; line-height: 72px; }
    .nm { font-size: 21px; font-weight: bold; margin-top: 8px; } .sub { color: #555; }
    .btn { display: block; background: #ecfdf5; border: 1px solid #a7f3d0; border-radius: 6px; padding: 7px 10px; margin-top: 8px; color: #14532d; }
    h3 { font-size: 16px; margin-bottom: 8px; color: #14532d; }
    .it { border-top: 1px solid #eee; padding: 9px 0; } .it:first-of-type { border-top: 0; }
    .it b { font-size: 15px; } .gr { color: #666; font-size: 13px; }
    .chip { display: inline-block; background: #f1f5f9; border-radius: 12px; padding: 3px 10px; margin: 3px 4px 0 0; font-size: 13px; }
    .ok { color: #15803d; font-size: 12px; font-weight: bold; }
    ul { margin: 4px 0 0 18px; }
    """
    initials = "".join(w[0] for w in p.name.split()[:2])
    left = (
        f"<div class='card'><div class='av'>{esc(initials)}</div><div class='nm'>{esc(p.name)}, {esc(p.creds)}</div>"
        f"<div class='sub'>{esc(p.title)}</div>"
        + (f"<div class='sub'>{esc(p.home)}</div>" if p.home else "")
        + f"<span class='btn'>✉ {esc(p.email)}</span><span class='btn'>✆ {esc(p.phone)}</span></div>"
    )
    if p.skills or shown_ehr(p):
        left += "<div class='card'><h3>Skills</h3>" + "".join(
            f"<span class='chip'>{esc(s)}</span>" for s in p.skills + shown_ehr(p)
        )
        left += "</div>"
    right = f"<div class='card'><h3>About</h3>{esc(p.summary)}</div><div class='card'><h3>Work experience</h3>"
    for agency, jobs in agency_groups(p.jobs):
        for j in jobs:
            via = f" · via {esc(agency)}" if agency else ""
            right += (
                f"<div class='it'><b>{esc(title_line(j))}</b><div>{esc(j.org)}{via}</div>"
                f"<div class='gr'>{esc(when(j, 'mon'))} · {esc(j.city)}</div>{ul(j.bullets)}</div>"
            )
    right += "</div><div class='card'><h3>Licenses &amp; certifications</h3>"
    for lic in p.licenses:
        right += f"<div class='it'><b>{esc(lic.label or lic.type)} License — {esc(lic.state)}</b> <span class='ok'>✓ Verified</span><div class='gr'>#{esc(lic.number)}{' · Compact' if lic.compact else ''}{' · Expires ' + fmt_date(lic.expires, 'mon') if lic.expires else ''}</div></div>"
    for c in p.certs:
        right += f"<div class='it'><b>{esc(cert_name(c, True))}</b><div class='gr'>{esc(c.issuer or '')}{' · Expires ' + fmt_date(c.expires, 'mon') if c.expires else ''}</div></div>"
    right += "</div><div class='card'><h3>Education</h3>"
    for e in p.education:
        right += f"<div class='it'><b>{esc(e.school)}</b><div>{esc(e.degree)}</div><div class='gr'>{esc(e.year or '')}</div></div>"
    right += "</div>" + "".join(
        f"<div class='card'><h3>{esc(h)}</h3>{ul(lines)}</div>" for h, lines in p.extra
    )
    nav = "<div class='nav'>CareBridge Jobs <span>Find jobs</span><span>Messages</span><span>My profile</span></div>"
    return page(
        css,
        nav
        + f"<div class='wrap'><div class='left'>{left}</div><div class='right'>{right}</div></div>",
    )


def mobile(p: Person) -> str:
    """A profile in a phone app, screenshotted on the phone (narrow, status bar on top)."""
    css = """
    body { background: #fafafa; font-size: 15px; width: 430px; }
    .sb { display: flex; justify-content: space-between; padding: 8px 18px; font-size: 14px; font-weight: bold; }
    .ab { background: #7c2d12; color: #fff; padding: 12px 16px; font-size: 17px; }
    .hero { background: #fff7ed; padding: 16px; border-bottom: 1px solid #fed7aa; }
    .hero .nm { font-size: 22px; font-weight: bold; } .hero div { margin-top: 3px; }
    .sec { background: #fff; margin: 10px 0; padding: 12px 16px; border-top: 1px solid #eee; border-bottom: 1px solid #eee; }
    .sec h3 { font-size: 13px; letter-spacing: .08em; text-transform: uppercase; color: #9a3412; margin-bottom: 6px; }
    .it { padding: 7px 0; border-bottom: 1px solid #f3f3f3; } .gr { color: #666; font-size: 13px; }
    ul { margin: 3px 0 0 18px; font-size: 14px; }
    """
    hero = f"<div class='hero'><div class='nm'>{esc(p.name)}</div><div>{esc(p.creds)} · {esc(p.title)}</div>"
    hero += f"<div>{esc(p.phone)}</div><div>{esc(p.email)}</div>" + (
        f"<div>{esc(p.home)}</div>" if p.home else ""
    )
    hero += "</div>"
    secs = f"<div class='sec'><h3>Summary</h3>{esc(p.summary)}</div><div class='sec'><h3>Experience</h3>"
    for j in p.jobs:
        via = f" (through {esc(j.agency)})" if j.agency else ""
        secs += f"<div class='it'><b>{esc(title_line(j))}</b><div>{esc(j.org)}{via}, {esc(j.city)}</div><div class='gr'>{esc(when(j, 'num'))}</div>{ul(j.bullets)}</div>"
    secs += "</div><div class='sec'><h3>Credentials</h3>"
    for lic in p.licenses:
        secs += f"<div class='it'>{esc(lic_short(lic))}</div>"
    for c in p.certs:
        secs += f"<div class='it'>{esc(cert_text(c, 'through'))}</div>"
    secs += "</div><div class='sec'><h3>Education</h3>"
    for e in p.education:
        secs += f"<div class='it'><b>{esc(e.degree)}</b><div>{esc(e.school)}{' · ' + esc(e.year) if e.year else ''}</div></div>"
    secs += "</div>"
    if p.skills or shown_ehr(p):
        secs += f"<div class='sec'><h3>Skills</h3>{esc(', '.join(p.skills + shown_ehr(p)))}</div>"
    bar = "<div class='sb'><span>9:41</span><span>▂▄▆ 5G 82%</span></div><div class='ab'>‹  Candidate profile</div>"
    return page(css, bar + hero + secs)


DESIGNS = {
    "rightbar": rightbar,
    "bannergrid": bannergrid,
    "ledger": ledger,
    "steps": steps,
    "twopage": twopage,
    "margin": margin,
    "grid3": grid3,
    "typed": typed,
    "webprofile": webprofile,
    "mobile": mobile,
}

SCREEN_SIZE = {"webprofile": (1280, 1200), "mobile": (430, 1250)}


def render(p: Person) -> str:
    return DESIGNS[p.design](p)

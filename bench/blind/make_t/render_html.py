"""HTML/CSS pages for headless Chromium: resume-builder looks, a portal printout, an app screen."""

import html

from model import Job

E = html.escape

# Small inline SVG icons (no text in them, so the PDF text layer stays clean).
ICON = {
    "mail": '<svg viewBox="0 0 24 24" class="ic"><path d="M2 5h20v14H2z" fill="none" stroke="currentColor" stroke-width="2"/><path d="M2 5l10 8 10-8" fill="none" stroke="currentColor" stroke-width="2"/></svg>',
    "phone": '<svg viewBox="0 0 24 24" class="ic"><path d="M6 2h5l2 5-3 2a11 11 0 0 0 5 5l2-3 5 2v5a3 3 0 0 1-3 3A18 18 0 0 1 3 5a3 3 0 0 1 3-3z" fill="currentColor"/></svg>',
    "home": '<svg viewBox="0 0 24 24" class="ic"><path d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z" fill="currentColor"/></svg>',
    "web": '<svg viewBox="0 0 24 24" class="ic"><rect x="2" y="2" width="20" height="20" rx="3" fill="currentColor"/><rect x="6" y="10" width="3" height="8" fill="#fff"/><circle cx="7.5" cy="6.5" r="1.8" fill="#fff"/><path d="M11 10h3v1.5a3.5 3.5 0 0 1 6 2.5V18h-3v-4a1.5 1.5 0 0 0-3 0v4h-3z" fill="#fff"/></svg>',
    "note": '<svg viewBox="0 0 24 24" class="ic"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 7v6l4 2" stroke="currentColor" stroke-width="2" fill="none"/></svg>',
}


def initials(name):
    parts = [p for p in name.replace('"', " ").split() if p[0].isupper()]
    return (parts[0][0] + parts[-1][0]) if parts else ""


def para(text):
    return "<p>" + "<br>".join(E(x) for x in text.split("\n")) + "</p>"


def bars_html(pairs, style):
    out = []
    for label, n in pairs:
        if style == "dots":
            dots = "".join(f'<i class="dot{" on" if k < n else ""}"></i>' for k in range(5))
            out.append(
                f'<div class="barrow"><span>{E(label)}</span><span class="dots">{dots}</span></div>'
            )
        else:
            out.append(
                f'<div class="barrow2"><span>{E(label)}</span><div class="track"><div class="fill" '
                f'style="width:{n * 20}%"></div></div></div>'
            )
    return "".join(out)


def table_html(header, rows):
    th = "".join(f"<th>{E(h)}</th>" for h in header)
    trs = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="grid"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>'


def job_html(j, r, mode):
    ul = "".join(f"<li>{E(b)}</li>" for b in j.bullets)
    ul = f"<ul>{ul}</ul>" if ul else ""
    sub = f'<div class="jsub">{E(j.sub)}</div>' if j.sub else ""
    pa = f'<p class="jpara">{E(j.para)}</p>' if j.para else ""
    place = f", {E(j.place)}" if j.place else ""
    if mode == "timeline":
        return (
            f'<div class="tl"><div class="tld">{E(j.dates)}</div><div class="tlb">'
            f'<div class="jt">{E(j.title)}, {E(j.org)}</div><div class="jplace">{E(j.place)}</div>'
            f"{sub}{ul}{pa}</div></div>"
        )
    if mode == "gdocs":
        return (
            f'<div class="job"><div class="gl"><b>{E(j.org)}</b>{place} — <i>{E(j.title)}</i></div>'
            f'<div class="gd">{E(j.dates)}</div>{sub}{ul}{pa}</div>'
        )
    if mode == "cv":
        return (
            f'<div class="cvrow"><div class="cvd">{E(j.dates)}</div><div class="cvb"><b>{E(j.title)}</b>'
            f'<div class="cvo">{E(j.org)}{place}</div>{sub}{ul}{pa}</div></div>'
        )
    if r.employer_first:
        return (
            f'<div class="job"><div class="jh"><span class="jo1">{E(j.org)}{place}</span></div>'
            f'<div class="jt2">{E(j.title)} <span class="jd2">· {E(j.dates)}</span></div>{sub}{ul}{pa}</div>'
        )
    return (
        f'<div class="job"><div class="jh"><span class="jt">{E(j.title)}</span>'
        f'<span class="jd">{E(j.dates)}</span></div><div class="jo">{E(j.org)}{place}</div>{sub}{ul}{pa}</div>'
    )


def items_html(items, r, mode, bar_style="bars"):
    out = []
    for it in items:
        if isinstance(it, Job):
            out.append(job_html(it, r, mode))
        elif isinstance(it, str):
            out.append(para(it))
        elif it[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>")
        elif it[0] == "table":
            out.append(table_html(it[1], it[2]))
        elif it[0] == "bars":
            out.append(bars_html(it[1], bar_style))
        elif it[0] == "h3":
            out.append(f"<h3>{E(it[1])}</h3>")
        elif it[0] == "kv":
            out.append("".join(f'<div class="kv"><b>{E(k)}</b> {E(v)}</div>' for k, v in it[1]))
        elif it[0] == "card":
            out.append(
                f'<div class="card"><div class="ct">{E(it[1])}</div><div class="cs">{E(it[2])}</div></div>'
            )
        elif it[0] == "chips":
            out.append(
                '<div class="chips">' + "".join(f"<span>{E(c)}</span>" for c in it[1]) + "</div>"
            )
        else:
            raise ValueError(it)
    return "".join(out)


def sections_html(secs, r, mode, bar_style="bars", hcls="h2"):
    out = []
    for s in secs:
        brk = ' style="break-before:page"' if r.opts.get("page_break_before") == s.title else ""
        head = f'<h2 class="{hcls}">{E(s.title)}</h2>' if s.title else ""
        out.append(f"<section{brk}>{head}{items_html(s.items, r, mode, bar_style)}</section>")
    return "".join(out)


def contact_html(r, icons=True, sep=""):
    out = []
    for kind, text in r.contact:
        ic = ICON.get(kind, "") if icons else ""
        out.append(f'<span class="ci">{ic}<span>{E(text)}</span></span>')
    return sep.join(out)


def doc(css, body, title, font_links=""):
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{E(title)}</title>'
        f"{font_links}<style>{BASE_CSS}{css}</style></head><body>{body}</body></html>"
    )


BASE_CSS = """
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
.ic { width: 11px; height: 11px; vertical-align: -1px; margin-right: 6px; flex: none; }
ul { margin: 3px 0 6px 0; padding-left: 16px; }
li { margin: 1px 0; }
p { margin: 3px 0 6px; }
table.grid { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
table.grid th, table.grid td { text-align: left; padding: 3px 5px; vertical-align: top; }
"""


# ------------------------------------------------------------------ designs
def zety(r):
    css = """
@page { size: Letter; margin: 0; }
body { font-family: 'Lato'; font-size: 9.6pt; color: #2b2f36; }
.page { display: flex; min-height: 11in; }
.side { width: 2.55in; background: #1f2d3d; color: #e9eef4; padding: 0.45in 0.3in; }
.main { flex: 1; padding: 0.45in 0.45in 0.4in 0.4in; }
.avatar { width: 78px; height: 78px; border-radius: 50%; background: #d8a24a; color: #1f2d3d;
  font: 700 28px 'Lato'; display: flex; align-items: center; justify-content: center; margin: 0 auto 18px; }
.side h2 { font-size: 10.5pt; letter-spacing: 1.5px; text-transform: uppercase; color: #d8a24a;
  border-bottom: 1px solid #3d5068; padding-bottom: 3px; margin: 16px 0 6px; }
.side p { font-size: 8.8pt; line-height: 1.35; }
.ci { display: flex; align-items: flex-start; font-size: 8.8pt; margin: 4px 0; word-break: break-all; }
.barrow { display: flex; justify-content: space-between; align-items: center; font-size: 8.8pt; margin: 4px 0; }
.dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: #3d5068; margin-left: 3px; }
.dot.on { background: #d8a24a; }
h1 { font-size: 25pt; margin: 0; color: #1f2d3d; letter-spacing: .5px; }
.cred { font-size: 12pt; color: #8a6a2f; font-weight: 700; }
.head { font-size: 11pt; color: #5a6473; margin: 2px 0 10px; text-transform: uppercase; letter-spacing: 2px; }
.main h2 { font-size: 11.5pt; text-transform: uppercase; letter-spacing: 1.5px; color: #1f2d3d;
  border-bottom: 2px solid #d8a24a; padding-bottom: 2px; margin: 14px 0 6px; }
.job { margin: 6px 0 8px; }
.jh { display: flex; justify-content: space-between; }
.jt { font-weight: 700; font-size: 10.3pt; }
.jd { color: #5a6473; font-size: 9pt; white-space: nowrap; }
.jo { font-style: italic; color: #445; }
.jsub { color: #5a6473; font-size: 9pt; }
table.grid { font-size: 8.8pt; }
table.grid th { background: #eef1f5; color: #1f2d3d; border-bottom: 1px solid #c9d1db; }
table.grid td { border-bottom: 1px solid #e3e7ec; }
"""
    side = f'<div class="avatar">{E(initials(r.name))}</div><h2>Contact</h2>{contact_html(r)}'
    side += sections_html(r.side, r, "std", "dots")
    main = (
        f'<h1>{E(r.name)}, <span class="cred">{E(r.creds)}</span></h1><div class="head">{E(r.headline)}</div>'
        + sections_html(r.main, r, "std")
    )
    return doc(
        css,
        f'<div class="page"><aside class="side">{side}</aside><main class="main">{main}</main></div>',
        r.name,
    )


def novo(r):
    css = """
@page { size: Letter; margin: 0; }
body { font-family: 'Open Sans'; font-size: 9.4pt; color: #222; }
.band { background: #2557a7; color: #fff; padding: 0.38in 0.5in 0.22in; }
.band h1 { margin: 0; font-size: 24pt; font-weight: 700; }
.band .cred { font-weight: 400; font-size: 13pt; opacity: .9; }
.band .head { font-size: 11pt; margin-top: 2px; color: #d7e4fa; }
.crow { display: flex; gap: 22px; margin-top: 10px; font-size: 9pt; }
.ci { display: inline-flex; align-items: center; }
.cols { display: flex; gap: 0.3in; padding: 0.22in 0.5in 0.3in; }
.colm { flex: 1.85; } .colr { flex: 1; }
h2 { color: #2557a7; font-size: 11.5pt; text-transform: uppercase; border-bottom: 2px solid #2557a7;
  margin: 12px 0 6px; padding-bottom: 2px; }
.job { margin: 4px 0 10px; }
.jh { display: flex; justify-content: space-between; }
.jt { font-weight: 700; font-size: 10.2pt; }
.jd { font-size: 8.6pt; color: #2557a7; font-style: italic; white-space: nowrap; }
.jo { font-weight: 600; color: #444; }
.colr p { background: #f1f5fb; padding: 5px 7px; border-left: 3px solid #2557a7; font-size: 8.8pt; }
"""
    head = (
        f'<div class="band"><h1>{E(r.name)} <span class="cred">{E(r.creds)}</span></h1>'
        f'<div class="head">{E(r.headline)}</div><div class="crow">{contact_html(r)}</div></div>'
    )
    body = (
        head + f'<div class="cols"><div class="colm">{sections_html(r.main, r, "std")}</div>'
        f'<div class="colr">{sections_html(r.side, r, "std")}</div></div>'
    )
    return doc(css, body, r.name)


def timeline(r):
    acc = r.opts.get("accent", "#0f7b8a")
    css = f"""
@page {{ size: Letter; margin: 0.5in 0.6in; }}
body {{ font-family: 'Lato'; font-size: 9.8pt; color: #273036; }}
.top {{ display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid {acc}; padding-bottom: 8px; }}
h1 {{ margin: 0; font-size: 26pt; font-weight: 900; color: #1a2328; }}
.cred {{ font-size: 12pt; color: {acc}; font-weight: 700; }}
.head {{ font-size: 11pt; color: #56616a; }}
.contact {{ text-align: right; font-size: 9pt; line-height: 1.55; }}
.contact .ci {{ display: flex; justify-content: flex-end; align-items: center; color: #273036; }}
.contact .ic {{ color: {acc}; }}
h2 {{ font-size: 12pt; color: {acc}; margin: 14px 0 6px; }}
.tl {{ display: flex; position: relative; margin: 0 0 8px; }}
.tld {{ width: 1.35in; flex: none; font-size: 8.8pt; color: #56616a; padding-top: 1px; }}
.tlb {{ border-left: 2px solid #d5e3e6; padding-left: 14px; position: relative; flex: 1; }}
.tlb::before {{ content: ""; position: absolute; left: -6px; top: 3px; width: 10px; height: 10px;
  border-radius: 50%; background: {acc}; }}
.jt {{ font-weight: 700; font-size: 10.3pt; }}
.jplace {{ font-size: 8.8pt; color: #56616a; }}
section > p, section > ul {{ margin-left: 1.35in; }}
"""
    top = (
        f'<div class="top"><div><h1>{E(r.name)}</h1><div class="cred">{E(r.creds)}</div>'
        f'<div class="head">{E(r.headline)}</div></div><div class="contact">{contact_html(r)}</div></div>'
    )
    return doc(css, top + sections_html(r.main + r.side, r, "timeline"), r.name)


def gdocs(r):
    acc = r.opts.get("accent", "#c2185b")
    css = f"""
@page {{ size: Letter; margin: 0.6in 0.75in; }}
body {{ font-family: 'Lato'; font-size: 10pt; color: #333; line-height: 1.3; }}
h1 {{ font-family: 'EB Garamond'; font-weight: 700; font-size: 30pt; margin: 0 0 0; color: #111; }}
.cred {{ font-family: 'Lato'; font-size: 11pt; color: #666; }}
.head {{ font-size: 11pt; color: {acc}; margin: 2px 0 4px; }}
.contact {{ font-size: 9.5pt; color: #555; line-height: 1.5; }}
.contact .ci {{ display: block; }}
h2 {{ font-family: 'EB Garamond'; color: {acc}; font-size: 14pt; font-weight: 700; margin: 16px 0 4px;
  text-transform: uppercase; letter-spacing: 1px; }}
.job {{ margin: 4px 0 9px; }}
.gl {{ font-size: 10.5pt; }}
.gd {{ font-size: 8.5pt; color: #777; letter-spacing: .5px; text-transform: uppercase; margin: 1px 0 2px; }}
table.grid th {{ border-bottom: 1px solid #bbb; font-size: 9pt; }}
table.grid td {{ font-size: 9.3pt; }}
"""
    top = (
        f'<h1>{E(r.name)} <span class="cred">{E(r.creds)}</span></h1><div class="head">{E(r.headline)}</div>'
        f'<div class="contact">{contact_html(r, icons=False)}</div>'
    )
    return doc(css, top + sections_html(r.main, r, "gdocs"), r.name)


def portal(r):
    css = """
@page { size: Letter; margin: 0.35in 0.4in 0.45in; @bottom-left { content: "wayfarernursestaffing — clinician portal"; font: 7pt 'Roboto', 'Liberation Sans'; color: #888; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7pt 'Liberation Sans'; color: #888; } }
body { font-family: 'Liberation Sans'; font-size: 8.6pt; color: #1d2733; }
.bar { background: #0b4f6c; color: #fff; padding: 8px 12px; display: flex; justify-content: space-between; align-items: center; }
.logo { font-weight: 700; font-size: 13pt; letter-spacing: .5px; }
.logo small { font-weight: 400; font-size: 9pt; opacity: .85; margin-left: 8px; }
.who { padding: 10px 12px 4px; display: flex; justify-content: space-between; }
.who h1 { margin: 0; font-size: 17pt; }
.who .cred { color: #0b4f6c; font-size: 11pt; }
.contact .ci { display: flex; align-items: center; margin: 2px 0; }
.fields { display: grid; grid-template-columns: repeat(4, 1fr); gap: 4px 12px; padding: 6px 12px; background: #f3f6f8;
  border: 1px solid #dde4ea; margin: 6px 0; }
.fields div b { display: block; font-size: 7.2pt; color: #6b7785; text-transform: uppercase; font-weight: 400; }
.rec { font-size: 8pt; color: #6b7785; padding: 0 12px; }
h2 { font-size: 9.5pt; background: #e4edf2; color: #0b4f6c; padding: 3px 8px; margin: 10px 0 3px; text-transform: uppercase; }
table.grid { font-size: 8.2pt; }
table.grid th { background: #f7f9fa; border-bottom: 1px solid #c8d2da; font-weight: 700; }
table.grid td { border-bottom: 1px solid #e7ecf0; }
table.grid tr:nth-child(even) td { background: #fbfcfd; }
section > p { padding: 0 6px; font-style: italic; }
"""
    fields = "".join(f"<div><b>{E(k)}</b>{E(v)}</div>" for k, v in r.opts["fields"])
    body = (
        '<div class="bar"><span class="logo">WAYFARER<small>Nurse Staffing · Clinician Portal</small></span>'
        "<span>Clinician Profile &amp; Skills Checklist</span></div>"
        f'<div class="who"><div><h1>{E(r.name)}, <span class="cred">{E(r.creds)}</span></h1></div>'
        f'<div class="contact">{contact_html(r)}</div></div><div class="fields">{fields}</div>'
        f'<div class="rec">{E(r.opts["recruiter"])}</div>' + sections_html(r.main, r, "std")
    )
    return doc(css, body, r.name)


def canva(r):
    acc = r.opts.get("accent", "#c0553a")
    soft = r.opts.get("soft", "#fbeee9")
    css = f"""
@page {{ size: Letter; margin: 0; }}
body {{ font-family: 'Open Sans'; font-size: 9.3pt; color: #2a2a2a; }}
.page {{ display: flex; min-height: 11in; }}
.side {{ width: 2.7in; background: {soft}; padding: 0.4in 0.3in; }}
.photo {{ width: 120px; height: 120px; border-radius: 50%; margin: 0 auto 14px; background: {acc};
  border: 6px solid #fff; box-shadow: 0 0 0 2px {acc}; display: flex; align-items: center; justify-content: center;
  color: #fff; font: 700 40px 'Lato'; }}
.side h2 {{ background: {acc}; color: #fff; font-size: 10pt; letter-spacing: 2px; text-transform: uppercase;
  padding: 4px 10px; border-radius: 12px; margin: 16px 0 8px; display: inline-block; }}
.ci {{ display: flex; align-items: center; margin: 5px 0; font-size: 8.8pt; color: #333; word-break: break-all; }}
.ci .ic {{ color: {acc}; width: 13px; height: 13px; }}
.barrow2 {{ font-size: 8.6pt; margin: 5px 0; }}
.track {{ height: 6px; background: #fff; border-radius: 3px; margin-top: 2px; }}
.fill {{ height: 6px; background: {acc}; border-radius: 3px; }}
.side p {{ font-size: 8.8pt; line-height: 1.4; }}
.main {{ flex: 1; padding: 0.55in 0.45in 0.4in; }}
h1 {{ font-family: 'Lato'; font-weight: 900; font-size: 30pt; margin: 0; line-height: 1.05; color: #1b1b1b; }}
.cred {{ color: {acc}; font-weight: 700; font-size: 13pt; margin-top: 4px; }}
.head {{ letter-spacing: 4px; font-size: 10pt; color: #666; margin: 6px 0 16px; }}
.main h2 {{ font-family: 'Lato'; font-weight: 900; font-size: 13pt; letter-spacing: 2px; text-transform: uppercase;
  border-bottom: 4px solid {acc}; display: inline-block; padding-bottom: 2px; margin: 14px 0 8px; }}
.job {{ margin: 4px 0 11px; padding-left: 12px; border-left: 3px solid {soft}; }}
.jh {{ display: flex; justify-content: space-between; gap: 8px; }}
.jt {{ font-weight: 700; font-size: 10.3pt; }}
.jd {{ font-size: 8.6pt; background: {soft}; color: {acc}; padding: 1px 6px; border-radius: 8px; white-space: nowrap; height: fit-content; }}
.jo {{ color: #555; font-weight: 600; }}
.jsub {{ font-size: 8.8pt; color: #777; font-style: italic; }}
"""
    side = f'<div class="photo">{E(initials(r.name))}</div><h2>Contact</h2>{contact_html(r)}'
    side += sections_html(r.side, r, "std")
    main = (
        f'<h1>{E(r.name)}</h1><div class="cred">{E(r.creds)}</div><div class="head">{E(r.headline)}</div>'
        + sections_html(r.main, r, "std")
    )
    return doc(
        css,
        f'<div class="page"><aside class="side">{side}</aside><main class="main">{main}</main></div>',
        r.name,
    )


def academic(r):
    css = f"""
@page {{ size: Letter; margin: 0.8in 0.9in 0.75in; @bottom-center {{ content: counter(page); font: 9pt 'EB Garamond'; }}
  @top-right {{ content: "{r.opts["running_header"]}"; font: italic 9.5pt 'EB Garamond'; color: #444; }} }}
@page :first {{ @top-right {{ content: none; }} }}
body {{ font-family: 'EB Garamond'; font-size: 11.2pt; color: #111; line-height: 1.25; }}
h1 {{ text-align: center; font-variant: small-caps; font-size: 21pt; letter-spacing: 1px; margin: 0; font-weight: 600; }}
.cred {{ font-variant: normal; font-size: 13pt; }}
.head {{ text-align: center; font-style: italic; margin: 2px 0; }}
.contact {{ text-align: center; font-size: 10.5pt; }}
h2 {{ font-variant: small-caps; font-size: 13.5pt; border-bottom: 0.6pt solid #111; margin: 14px 0 6px; font-weight: 600; }}
.cvrow {{ display: flex; margin: 3px 0 7px; }}
.cvd {{ width: 1.15in; flex: none; }}
.cvb {{ flex: 1; }}
.cvo {{ font-style: italic; }}
.jpara {{ margin: 1px 0; }}
section > ul {{ padding-left: 18px; }}
section > ul li {{ margin: 2px 0 5px; }}
"""
    top = (
        f'<h1>{E(r.name)}, <span class="cred">{E(r.creds)}</span></h1><div class="head">{E(r.headline)}</div>'
        f'<div class="contact">{contact_html(r, icons=False, sep=" &nbsp;·&nbsp; ")}</div>'
    )
    return doc(css, top + sections_html(r.main, r, "cv"), r.name)


def executive(r):
    css = f"""
@page {{ size: Letter; margin: 0.7in 0.8in; @top-left {{ content: "{r.opts["running_header"]}"; font: 9pt 'Caladea'; color: #555; }} }}
@page :first {{ @top-left {{ content: none; }} }}
body {{ font-family: 'Caladea'; font-size: 11.6pt; color: #1e1e1e; line-height: 1.34; }}
.top {{ display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 1.5pt solid #3b4a5a; padding-bottom: 6px; }}
h1 {{ font-size: 23pt; margin: 0; color: #3b4a5a; font-weight: 700; }}
.cred {{ font-size: 12pt; color: #3b4a5a; }}
.head {{ font-size: 10.5pt; font-style: italic; }}
.contact {{ text-align: right; font-size: 9.8pt; }}
.contact .ci {{ display: block; }}
h2 {{ font-size: 11.5pt; text-transform: uppercase; letter-spacing: 2px; color: #3b4a5a; margin: 16px 0 5px; }}
.job {{ margin: 3px 0 10px; }}
.jh {{ display: flex; justify-content: space-between; }}
.jt {{ font-weight: 700; }}
.jd {{ font-style: italic; white-space: nowrap; }}
.jo {{ color: #3b4a5a; }}
"""
    top = (
        f'<div class="top"><div><h1>{E(r.name)} <span class="cred">{E(r.creds)}</span></h1>'
        f'<div class="head">{E(r.headline)}</div></div><div class="contact">{contact_html(r, icons=False)}</div></div>'
    )
    return doc(css, top + sections_html(r.main, r, "std"), r.name)


def minimal(r):
    css = """
@page { size: Letter; margin: 0.75in 0.95in; }
body { font-family: 'Inter'; font-size: 9.6pt; color: #222; line-height: 1.45; font-weight: 400; }
h1 { font-size: 16pt; font-weight: 600; margin: 0; letter-spacing: -.2px; }
.cred { font-weight: 400; color: #777; }
.contact { color: #666; font-size: 9pt; margin: 2px 0 12px; }
h2 { font-size: 9pt; font-weight: 500; color: #999; margin: 20px 0 6px; text-transform: lowercase; letter-spacing: .5px; }
.job { margin: 0 0 12px; }
.jo1 { font-weight: 600; }
.jt2 { color: #444; }
.jd2 { color: #888; }
.jpara { margin: 3px 0 0; }
"""
    top = (
        f'<h1>{E(r.name)} <span class="cred">{E(r.creds)}</span></h1>'
        f'<div class="contact">{contact_html(r, icons=False, sep=" · ")}</div>'
    )
    return doc(css, top + sections_html(r.main, r, "std"), r.name)


def typed(r):
    css = """
@page { size: Letter; margin: 0.9in 1in; }
body { font-family: 'Liberation Mono'; font-size: 10.5pt; color: #000; line-height: 1.3; }
h1 { font-size: 13pt; margin: 0; text-align: center; font-weight: 700; }
.contact { text-align: center; }
.contact .ci { display: block; }
h2 { font-size: 10.5pt; text-decoration: underline; margin: 14px 0 4px; }
.job { margin: 2px 0 8px; }
.jh { display: flex; justify-content: space-between; }
.jt { font-weight: 700; }
section > p { margin: 1px 0; white-space: pre; }
ul { list-style: "-  "; padding-left: 22px; }
"""
    top = f'<h1>{E(r.name.upper())}, {E(r.creds)}</h1><div class="contact">{contact_html(r, icons=False)}</div>'
    return doc(css, top + sections_html(r.main, r, "std"), r.name)


def app(r):
    css = """
html, body { background: #f2f3f7; }
body { font-family: 'Roboto', 'Noto Sans'; font-size: 14px; color: #1c1d21; width: 360px; }
.status { height: 28px; display: flex; justify-content: space-between; align-items: center; padding: 0 16px;
  font-size: 12.5px; background: #fff; }
.appbar { background: #fff; height: 52px; display: flex; align-items: center; padding: 0 14px; gap: 14px;
  font-size: 17px; font-weight: 500; border-bottom: 1px solid #e4e5ea; }
.back { font-size: 22px; color: #444; }
.hero { background: #fff; padding: 18px 16px 14px; text-align: center; }
.av { width: 76px; height: 76px; border-radius: 50%; background: #5b4bdb; color: #fff; font: 500 28px 'Roboto';
  display: flex; align-items: center; justify-content: center; margin: 0 auto 10px; }
.hero h1 { font-size: 21px; margin: 0; font-weight: 600; }
.hero .cred { color: #5b4bdb; font-weight: 500; }
.hero .head { color: #666; margin-top: 2px; }
.badge { display: inline-block; background: #e9fbf0; color: #16794a; font-size: 12px; border-radius: 10px; padding: 2px 8px; margin-top: 6px; }
.contact { background: #fff; margin-top: 8px; padding: 6px 16px; }
.contact .ci { display: flex; align-items: center; padding: 7px 0; border-bottom: 1px solid #f0f0f3; }
.contact .ic { width: 15px; height: 15px; color: #5b4bdb; margin-right: 12px; }
section { background: #fff; margin-top: 8px; padding: 10px 16px 8px; }
h2 { font-size: 15px; margin: 2px 0 8px; font-weight: 600; }
.job { padding: 8px 0; border-bottom: 1px solid #f0f0f3; }
.jh { display: block; }
.jt { font-weight: 600; display: block; }
.jd { color: #777; font-size: 12.5px; display: block; }
.jo { color: #333; }
.jpara { color: #555; font-size: 13px; margin-top: 3px; }
.card { padding: 8px 0; border-bottom: 1px solid #f0f0f3; }
.ct { font-weight: 600; }
.cs { color: #666; font-size: 12.5px; }
.chips span { display: inline-block; background: #eeecfd; color: #4a3cc4; padding: 4px 10px; border-radius: 14px; margin: 0 6px 6px 0; }
.navbar { height: 48px; background: #fff; display: flex; justify-content: space-around; align-items: center;
  margin-top: 8px; border-top: 1px solid #e4e5ea; color: #999; font-size: 11px; }
"""
    body = (
        f'<div class="status"><span>{E(r.opts["time"])}</span><span>▲ ◆ 82%</span></div>'
        f'<div class="appbar"><span class="back">←</span><span>{E(r.opts["app"])} · My profile</span></div>'
        f'<div class="hero"><div class="av">{E(initials(r.name))}</div><h1>{E(r.name)}, <span class="cred">'
        f'{E(r.creds)}</span></h1><div class="head">{E(r.headline)}</div><span class="badge">Open to contracts</span></div>'
        f'<div class="contact">{contact_html(r)}</div>'
        + sections_html(r.main, r, "std")
        + '<div class="navbar"><span>Jobs</span><span>Shifts</span><span>Messages</span><span>Profile</span></div>'
    )
    return doc(css, body, r.name)


DESIGNS = {
    "zety": zety,
    "novo": novo,
    "timeline": timeline,
    "gdocs": gdocs,
    "portal": portal,
    "canva": canva,
    "academic": academic,
    "executive": executive,
    "minimal": minimal,
    "typed": typed,
    "app": app,
}

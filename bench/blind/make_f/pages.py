"""HTML/CSS designs for set f, printed (or screenshotted) by Chromium.

spaced      name in wide letter-spaced capitals, centred; headings between rules; licences as
            one-liners ("RN: TX #… (Compact) exp 04/2028")
resumeof    "Resume of" above the name; contact only in a footer repeated on every page; two pages
nametab     the name in a coloured box at the top of a LEFT sidebar (contact, licences,
            certifications, education, systems); travel contracts nested under the agency
magazine    the body in two newspaper columns; licences in prose
glance      a "career at a glance" table of every job first, certification pills, then details
timeline    jobs on a vertical line with dots, dates beside them; name in a rounded card
letterhead  name and address centred like letter paper; "October 2020 to present" (photo)
boxed       every section a fieldset with its heading sitting on the border (photo)
compact     modern one-pager, dates in a left column, skills grid (photo)
classic     serif page, dates in a left table column, headings ruled (scan)
memo        plain word-processor page in Carlito (scan)
headline    the job title is the largest line; name smaller under it; contact in a bottom strip (scan)
ats-desktop an applicant-tracking candidate record (PNG screenshot, desktop)
app-phone   a phone app profile (PNG screenshot, 3x)
"""

from html import escape as h

from cv import ABBR, CV, blocks, one_date, span, years

SCREEN = {"ats-desktop": (1440, 2100, 1.0), "app-phone": (393, 2900, 3.0)}

STATES = {
    "AL": "Alabama", "AZ": "Arizona", "CA": "California", "CO": "Colorado", "DC": "District of Columbia",
    "FL": "Florida", "IA": "Iowa", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "MD": "Maryland", "ME": "Maine", "MI": "Michigan",
    "MN": "Minnesota", "MO": "Missouri", "MT": "Montana", "NC": "North Carolina", "NE": "Nebraska",
    "NM": "New Mexico", "NV": "Nevada", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VA": "Virginia", "WA": "Washington", "WI": "Wisconsin", "WV": "West Virginia",
}  # fmt: skip


def doc(css: str, body: str, title: str) -> str:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{h(title)}</title><style>*{{box-sizing:border-box}}{css}</style></head>"
        f"<body>{body}</body></html>"
    )


def ul(items: list[str], cls: str = "") -> str:
    if not items:
        return ""
    c = f" class='{cls}'" if cls else ""
    return f"<ul{c}>" + "".join(f"<li>{h(x)}</li>" for x in items) + "</ul>"


def uniq(xs: list[str]) -> list[str]:
    return list(dict.fromkeys(xs))


def card_lines(cv: CV) -> list[str]:
    return uniq([c.text for c in cv.cards])


def gap_at(cv: CV, i: int) -> tuple[str, str] | None:
    g = cv.extra.get("gap")
    return (g[0], g[1]) if g and g[2] == i else None


def month_year(ymd: str | None) -> str:
    if not ymd:
        return "—"
    return f"{ABBR[int(ymd[5:7]) - 1]} {ymd[:4]}"


# ---------------------------------------------------------------- icons (inline SVG)
def icon(kind: str, color: str = "currentColor") -> str:
    paths = {
        "pin": "M8 1.5a4.5 4.5 0 0 0-4.5 4.5c0 3.4 4.5 8.5 4.5 8.5s4.5-5.1 4.5-8.5A4.5 4.5 0 0 0 8 1.5zm0 6.3a1.8 1.8 0 1 1 0-3.6 1.8 1.8 0 0 1 0 3.6z",
        "phone": "M4.2 1.8l2 .3 1 3-1.4 1.2a8.6 8.6 0 0 0 3.9 3.9L10.9 8.8l3 1 .3 2c0 .9-.8 1.7-1.7 1.7C7 13.5 2.5 9 2.5 3.5c0-.9.8-1.7 1.7-1.7z",
        "mail": "M1.5 3.5h13v9h-13zm0 0L8 9l6.5-5.5",
    }
    fill = "none" if kind == "mail" else color
    stroke = color if kind == "mail" else "none"
    return (
        f"<svg width='11' height='11' viewBox='0 0 16 16' style='vertical-align:-1px'>"
        f"<path d='{paths[kind]}' fill='{fill}' stroke='{stroke}' stroke-width='1.4'/></svg>"
    )


# ---------------------------------------------------------------- spaced
SPACED_CSS = """
@page { size: letter; margin: 0.5in 0.65in 0.5in 0.65in; }
body { font-family: 'Lato'; font-size: 9.6pt; color: #2b2b2b; line-height: 1.32; margin: 0; }
.top { text-align: center; margin-bottom: 8px; }
.nm { font-weight: 300; white-space: nowrap; letter-spacing: 0.3em; text-transform: uppercase; margin: 0 0 2px 0; color: #1d1d1d; }
.cr { font-size: 9pt; color: #777; letter-spacing: 0.05em; }
.role { font-size: 8.6pt; letter-spacing: 0.22em; text-transform: uppercase; color: #8a5a2b; margin: 5px 0 6px; }
.contact { font-size: 9pt; color: #444; }
.contact .sep { color: #b98a55; margin: 0 7px; font-size: 7pt; }
h2 { display: flex; align-items: center; gap: 10px; font-size: 9.2pt; font-weight: 700; letter-spacing: 0.14em;
     text-transform: uppercase; color: #8a5a2b; margin: 11px 0 5px; }
h2::before, h2::after { content: ''; flex: 1; border-top: 0.8px solid #c9b59c; }
p { margin: 0 0 3px; }
.lic div { margin: 1px 0; font-family: 'DejaVu Sans Mono'; font-size: 8.6pt; }
ul { margin: 2px 0 3px; padding-left: 15px; }
ul.two { columns: 2; column-gap: 24px; }
li { margin: 1px 0; }
.job { margin: 4px 0 6px; }
.l1 { display: flex; justify-content: space-between; }
.l1 .d { color: #555; white-space: nowrap; }
.t { font-style: italic; color: #444; }
.ed div { margin: 1px 0; }
"""


def spaced(cv: CV) -> str:
    sep = "<span class='sep'>◆</span>"
    jobs = ""
    for r in cv.roles:
        jobs += (
            f"<div class='job'><div class='l1'><span><b>{h(r.employer)}</b> — {h(r.place)}</span>"
            f"<span class='d'>{h(span(r, cv))}</span></div><div class='t'>{h(r.title)}</div>{ul(r.points)}</div>"
        )
    eds = "".join(
        f"<div><b>{h(s.degree)}</b>, {h(s.school)} — {h(s.year)}</div>" for s in cv.studies
    )
    size = 27 if len(cv.name) <= 20 else 21
    body = f"""
<div class='top'><h1 class='nm' style='font-size:{size}pt'>{h(cv.name)}</h1><div class='cr'>{h(cv.creds)}</div>
<div class='role'>{h(cv.headline)}</div>
<div class='contact'>{sep.join(h(x) for x in (cv.address, cv.phone, cv.email) if x)}</div></div>
<h2>Profile</h2><p>{h(cv.summary)}</p>
<h2>Licensure</h2><div class='lic'>{"".join(f"<div>{h(x.text)}</div>" for x in cv.licences)}</div>
<h2>Certifications</h2>{ul(card_lines(cv), "two")}
<h2>{h(cv.exp_heading)}</h2>{jobs}
<h2>Education</h2><div class='ed'>{eds}</div>
<h2>Skills &amp; Systems</h2><p>{h(" · ".join(cv.skills))}</p><p>{h(cv.systems_line)}</p>
"""
    return doc(SPACED_CSS, body, cv.name)


# ---------------------------------------------------------------- resumeof
RESUMEOF_CSS = """
@page { size: letter; margin: 0.6in 0.8in 0.45in 0.8in; }
body { font-family: 'EB Garamond', 'Liberation Serif'; font-size: 11.4pt; color: #1e1e1e; line-height: 1.28; margin: 0; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; height: 0.32in; text-align: center; font-size: 9.6pt; color: #555;
        border-top: 0.6px solid #999; padding-top: 4px; background: #fff; }
table.frame { border-collapse: collapse; width: 100%; }
table.frame td { padding: 0; }
.spacer { height: 0.45in; }
.pre { font-style: italic; font-size: 12pt; color: #666; margin: 0; }
h1 { font-weight: 500; font-size: 25pt; margin: 0 0 1px; letter-spacing: 0.01em; }
.head { font-variant: small-caps; letter-spacing: 0.04em; font-size: 12.5pt; color: #5b3b1a; margin: 0 0 10px; }
h2 { font-variant: small-caps; font-weight: 600; font-size: 13.5pt; letter-spacing: 0.03em; margin: 14px 0 4px;
     padding-bottom: 1px; border-bottom: 0.6px solid #b8a58a; color: #3c2a14; break-after: avoid; }
p { margin: 0 0 4px; text-align: justify; }
.emp { margin: 6px 0 7px; page-break-inside: avoid; }
.org { font-weight: 600; }
.ti { margin-bottom: 1px; }
ul { margin: 2px 0 2px; padding-left: 18px; }
li { margin: 1px 0; }
.plain { list-style: none; padding-left: 0; }
.plain li { padding-left: 14px; text-indent: -14px; }
"""


def resumeof(cv: CV) -> str:
    emp = ""
    for r in cv.roles:
        emp += (
            f"<div class='emp'><div class='org'>{h(r.employer)}, {h(r.place)}</div>"
            f"<div class='ti'><i>{h(r.title)}</i>, {h(span(r, cv, ' – '))}</div>{ul(r.points)}</div>"
        )
    eds = "".join(
        f"<li>{h(s.degree)}, {h(s.school)}{', ' + h(s.where) if s.where else ''}, {h(s.year)}</li>"
        for s in cv.studies
    )
    x = cv.extra
    more = ""
    for key, title in [
        ("publications", "Publications"),
        ("presentations", "Presentations"),
        ("development", "Professional Development"),
        ("committees", "Committees and Leadership"),
        ("memberships", "Professional Memberships"),
    ]:
        if x.get(key):
            more += f"<h2>{title}</h2>{ul(x[key], 'plain')}"
    foot = " · ".join(h(v) for v in (cv.address, cv.phone, cv.email) if v)
    body = f"""
<div class='foot'>{foot}</div>
<table class='frame'><tfoot><tr><td><div class='spacer'></div></td></tr></tfoot><tbody><tr><td>
<p class='pre'>Resume of</p><h1>{h(cv.name)}, {h(cv.creds)}</h1><div class='head'>{h(cv.headline)}</div>
<h2>Summary</h2><p>{h(cv.summary)}</p>
<h2>{h(cv.exp_heading)}</h2>{emp}
<h2>Licensure</h2>{ul([x.text for x in cv.licences], "plain")}
<h2>Board Certification and Life Support</h2>{ul(card_lines(cv), "plain")}
<h2>Education</h2><ul class='plain'>{eds}</ul>
{more}
<h2>Skills</h2><p>{h("; ".join(cv.skills))}.</p>{f"<p>{h(cv.systems_line)}</p>" if cv.systems_line else ""}
</td></tr></tbody></table>"""
    return doc(RESUMEOF_CSS, body, "Resume of " + cv.name)


# ---------------------------------------------------------------- nametab
NAMETAB_CSS = """
@page { size: letter; margin: 0; }
body { margin: 0; font-family: 'Carlito'; font-size: 10pt; color: #262626; line-height: 1.27;
       background: linear-gradient(to right, #e8efec 0, #e8efec 2.55in, #fff 2.55in); }
.wrap { display: grid; grid-template-columns: 2.55in 1fr; min-height: 11in; }
aside { padding: 0.45in 0.22in 0.3in 0.32in; font-size: 9.1pt; }
main { padding: 0.45in 0.5in 0.3in 0.3in; }
.tab { background: #1f6f62; color: #fff; padding: 12px 12px 10px; border-radius: 3px; margin-bottom: 12px; }
.tab .nm { font-family: 'Lato'; font-weight: 700; font-size: 17pt; line-height: 1.08; }
.tab .cr { font-size: 9pt; opacity: 0.9; margin-top: 4px; }
aside h3 { font-family: 'Lato'; font-size: 8.4pt; letter-spacing: 0.08em; text-transform: uppercase; color: #1f6f62;
           margin: 12px 0 4px; border-bottom: 1px solid #b8cfc8; padding-bottom: 2px; }
aside ul { list-style: none; margin: 0; padding: 0; }
aside li { margin: 0 0 4px; }
.ct li { display: flex; gap: 6px; align-items: baseline; word-break: break-all; }
.chip { display: inline-block; background: #fff; border: 1px solid #b8cfc8; border-radius: 9px; padding: 0 6px; margin: 0 3px 3px 0; font-size: 8.4pt; }
main h2 { font-family: 'Lato'; font-size: 11pt; letter-spacing: 0.06em; text-transform: uppercase; color: #1f6f62; margin: 0 0 5px; }
main h2 ~ h2 { margin-top: 12px; }
main p { margin: 0 0 4px; }
.hl { font-size: 11.5pt; color: #555; margin: -2px 0 8px; }
.agency { font-weight: 700; margin: 6px 0 2px; color: #333; }
.job { margin: 3px 0 7px; }
.nest { margin-left: 14px; padding-left: 9px; border-left: 2px solid #b8cfc8; }
.row { display: flex; justify-content: space-between; gap: 10px; }
.row .d { color: #555; white-space: nowrap; }
.ti { font-style: italic; }
main ul { margin: 2px 0; padding-left: 15px; }
.sk { columns: 2; }
"""


def nametab(cv: CV) -> str:
    parts = cv.name.split(" ", 1)
    nm = f"{h(parts[0])}<br>{h(parts[1])}" if len(parts) == 2 else h(cv.name)
    ct = ""
    for kind, v in (("pin", cv.address), ("phone", cv.phone), ("mail", cv.email)):
        if v:
            ct += f"<li>{icon(kind, '#1f6f62')}<span>{h(v)}</span></li>"
    eds = "".join(
        f"<li><b>{h(s.degree)}</b><br>{h(s.school)}, {h(s.year)}</li>" for s in cv.studies
    )
    chips = "".join(f"<span class='chip'>{h(x)}</span>" for x in cv.systems_line.split(" · ") if x)
    exp = ""
    for agency, rs in blocks(cv):
        inner = ""
        for r in rs:
            inner += (
                f"<div class='job'><div class='row'><span><b>{h(r.employer)}</b>, {h(r.place)}</span>"
                f"<span class='d'>{h(span(r, cv))}</span></div><div class='ti'>{h(r.title)}</div>{ul(r.points)}</div>"
            )
        if agency:
            exp += f"<div class='agency'>Travel contracts · via {h(agency)}</div><div class='nest'>{inner}</div>"
        else:
            exp += inner
    body = f"""<div class='wrap'><aside>
<div class='tab'><div class='nm'>{nm}</div><div class='cr'>{h(cv.creds)}</div></div>
<ul class='ct'>{ct}</ul>
<h3>Licenses</h3>{ul([x.text for x in cv.licences])}
<h3>Certifications</h3>{ul(card_lines(cv))}
<h3>Education</h3><ul>{eds}</ul>
<h3>Systems</h3><div>{chips}</div>
</aside><main>
<h2>Profile</h2><div class='hl'>{h(cv.headline)}</div><p>{h(cv.summary)}</p>
<h2>{h(cv.exp_heading)}</h2>{exp}
<h2>Skills</h2>{ul(cv.skills, "sk")}
</main></div>"""
    return doc(NAMETAB_CSS, body, cv.name)


# ---------------------------------------------------------------- magazine
MAGAZINE_CSS = """
@page { size: letter; margin: 0.55in 0.6in; }
body { margin: 0; font-family: 'Caladea'; font-size: 10pt; color: #222; line-height: 1.3; }
header { display: flex; justify-content: space-between; align-items: flex-end; }
.nm { font-size: 30pt; line-height: 1; color: #6b1d2a; }
.cr { font-size: 10.5pt; color: #555; margin-top: 4px; }
.ct { text-align: right; font-size: 9.4pt; color: #333; line-height: 1.4; }
.rule { border-top: 3px double #6b1d2a; margin: 8px 0 8px; }
.lede { font-size: 11pt; font-style: italic; margin: 0 0 8px; }
.cols { columns: 2; column-gap: 0.32in; column-rule: 0.6px solid #ccc; }
h2 { font-family: 'Lato'; font-size: 9.4pt; font-weight: 700; letter-spacing: 0.05em; font-variant: small-caps; color: #6b1d2a;
     margin: 0 0 4px; break-after: avoid; }
* + h2 { margin-top: 10px; }
h3 { font-size: 10.4pt; margin: 6px 0 0; break-after: avoid; }
.org { color: #444; }
.d { font-size: 9pt; color: #6b1d2a; }
.gap { font-style: italic; color: #555; margin: 5px 0; }
ul { margin: 2px 0 4px; padding-left: 14px; }
li { margin: 1px 0; }
p { margin: 0 0 4px; }
.job { break-inside: avoid; }
"""


def magazine(cv: CV) -> str:
    jobs = ""
    for i, r in enumerate(cv.roles):
        g = gap_at(cv, i)
        if g:
            jobs += f"<div class='gap'>{h(g[0])} — {h(g[1])}</div>"
        jobs += (
            f"<div class='job'><h3>{h(r.title)}</h3><div class='org'>{h(r.employer)} · {h(r.place)}</div>"
            f"<div class='d'>{h(span(r, cv))}</div>{ul(r.points)}</div>"
        )
    lic = "I hold " + " and ".join(x.text for x in cv.licences) + "."
    eds = "".join(f"<p><b>{h(s.degree)}</b><br>{h(s.school)}, {h(s.year)}</p>" for s in cv.studies)
    ct = "<br>".join(h(x) for x in (cv.address, cv.phone, cv.email) if x)
    body = f"""<header><div><div class='nm'>{h(cv.name)}</div><div class='cr'>{h(cv.creds)} · {h(cv.headline)}</div></div>
<div class='ct'>{ct}</div></header><div class='rule'></div>
<p class='lede'>{h(cv.summary)}</p>
<div class='cols'>
<h2>{h(cv.exp_heading)}</h2>{jobs}
<h2>Licensure</h2><p>{h(lic)}</p>
<h2>Certifications</h2>{ul(card_lines(cv))}
<h2>Education</h2>{eds}
<h2>Clinical Skills</h2><p>{h(", ".join(cv.skills))}</p>
<h2>Documentation</h2><p>{h(cv.systems_line)}</p>
</div>"""
    return doc(MAGAZINE_CSS, body, cv.name)


# ---------------------------------------------------------------- glance
GLANCE_CSS = """
@page { size: letter; margin: 0.5in 0.55in; }
body { margin: 0; font-family: 'Lato'; font-size: 9.3pt; color: #23303a; line-height: 1.3; }
.hd { display: flex; justify-content: space-between; align-items: center; border-bottom: 3px solid #2f6db5; padding-bottom: 6px; }
h1 { font-size: 23pt; font-weight: 900; margin: 0; color: #163a63; }
.hl { font-size: 10.5pt; color: #2f6db5; }
.yrs { text-align: center; border: 2px solid #2f6db5; border-radius: 6px; padding: 3px 10px; color: #163a63; }
.yrs b { display: block; font-size: 20pt; line-height: 1; }
.icons { margin: 6px 0 8px; font-size: 9.2pt; }
.icons span { margin-right: 16px; }
h2 { font-size: 10pt; font-weight: 900; letter-spacing: 0.04em; text-transform: uppercase; color: #163a63; margin: 10px 0 4px; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; }
th { text-align: left; background: #e6eef8; color: #163a63; padding: 3px 5px; }
td { padding: 2px 5px; border-bottom: 1px solid #e3e8ee; vertical-align: top; }
.pills span { display: inline-block; border: 1px solid #2f6db5; color: #163a63; border-radius: 10px; padding: 1px 8px; margin: 0 4px 4px 0; font-size: 8.6pt; }
.lics { font-size: 9pt; margin: 2px 0 6px; }
.ent { margin: 3px 0 6px; }
.ent .a { font-weight: 700; }
.ent .b { color: #4a5a68; }
.agency { margin: 6px 0 2px; font-weight: 700; color: #2f6db5; }
ul { margin: 2px 0; padding-left: 15px; }
p { margin: 0 0 4px; }
"""


def glance(cv: CV) -> str:
    rows = "".join(
        f"<tr><td>{h(r.start[:4])}–{h(r.end[:4] if r.end else cv.present)}</td><td>{h(r.employer)}</td>"
        f"<td>{h(r.place)}</td><td>{h(r.title)}</td></tr>"
        for r in cv.roles
    )
    icons = ""
    for sym, v in (("✆", cv.phone), ("✉", cv.email), ("⌂", cv.address)):
        if v:
            icons += f"<span>{sym} {h(v)}</span>"
    det = ""
    for agency, rs in blocks(cv):
        if agency:
            det += f"<div class='agency'>Travel contracts — {h(agency)}</div>"
        for r in rs:
            det += (
                f"<div class='ent'><div class='a'>{h(r.employer)}, {h(r.place)}</div>"
                f"<div class='b'>{h(r.title)} · {h(span(r, cv))}</div>{ul(r.points)}</div>"
            )
    eds = "".join(f"<p>{h(s.degree)} — {h(s.school)}, {h(s.year)}</p>" for s in cv.studies)
    n = int(years(cv.roles))
    body = f"""<div class='hd'><div><h1>{h(cv.name)}</h1><div class='hl'>{h(cv.creds)} · {h(cv.headline)}</div></div>
<div class='yrs'><b>{n}+</b>years licensed</div></div>
<div class='icons'>{icons}</div>
<p>{h(cv.summary)}</p>
<h2>Career at a glance</h2>
<table><tr><th>Years</th><th>Facility</th><th>Location</th><th>Role</th></tr>{rows}</table>
<h2>Licences &amp; Certifications</h2>
<div class='lics'>{" &nbsp;·&nbsp; ".join(h(x.text) for x in cv.licences)}</div>
<div class='pills'>{"".join(f"<span>{h(x)}</span>" for x in card_lines(cv))}</div>
<h2>{h(cv.exp_heading)}</h2>{det}
<h2>Education</h2>{eds}
<h2>Skills</h2><p>{h(" · ".join(cv.skills))}</p><p><b>Systems:</b> {h(cv.systems_line)}</p>"""
    return doc(GLANCE_CSS, body, cv.name)


# ---------------------------------------------------------------- timeline
TIMELINE_CSS = """
@page { size: letter; margin: 0.5in 0.6in; }
body { margin: 0; font-family: 'Carlito'; font-size: 10.2pt; color: #2d2433; line-height: 1.28; }
.top { display: flex; gap: 16px; align-items: stretch; }
.card { flex: 1.3; background: #f4ecf6; border-radius: 14px; padding: 12px 16px; }
.card h1 { font-family: 'Lato'; font-weight: 700; font-size: 19pt; margin: 0; color: #6a2c70; }
.card .c { font-size: 10pt; color: #6a2c70; }
.card .hl { font-size: 10.5pt; margin-top: 3px; }
dl { flex: 1; margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 3px 8px; align-content: center; font-size: 9.6pt; }
dt { font-weight: 700; color: #6a2c70; }
dd { margin: 0; }
.sum { margin: 10px 0 6px; }
h2 { font-family: 'Lato'; font-size: 10.5pt; font-weight: 700; color: #6a2c70; margin: 10px 0 5px; }
.tl { position: relative; margin-left: 8px; padding-left: 18px; border-left: 2px solid #d7b9dc; }
.ev { position: relative; margin-bottom: 8px; }
.dot { position: absolute; left: -25px; top: 3px; width: 11px; height: 11px; border-radius: 50%; background: #fff; border: 2px solid #6a2c70; }
.when { font-size: 9pt; font-weight: 700; color: #8d5a93; }
.what b { font-size: 10.3pt; }
ul { margin: 2px 0; padding-left: 15px; }
li { margin: 1px 0; }
.two { display: grid; grid-template-columns: 1fr 1.3fr; gap: 16px; }
.badge { border: 1px solid #d7b9dc; border-radius: 6px; padding: 3px 7px; margin: 0 0 4px; font-size: 9.3pt; }
.chips span { display: inline-block; background: #f4ecf6; border-radius: 8px; padding: 1px 7px; margin: 0 4px 4px 0; font-size: 9pt; }
p { margin: 0 0 3px; }
"""


def timeline(cv: CV) -> str:
    evs = "".join(
        f"<div class='ev'><div class='dot'></div><div class='when'>{h(span(r, cv))}</div>"
        f"<div class='what'><b>{h(r.title)}</b><div>{h(r.employer)}, {h(r.place)}</div>{ul(r.points)}</div></div>"
        for r in cv.roles
    )
    dl = ""
    for k, v in (("Phone", cv.phone), ("Email", cv.email), ("Home", cv.address)):
        if v:
            dl += f"<dt>{k}</dt><dd>{h(v)}</dd>"
    eds = "".join(f"<p><b>{h(s.degree)}</b>, {h(s.school)} ({h(s.year)})</p>" for s in cv.studies)
    body = f"""<div class='top'><div class='card'><h1>{h(cv.name)}</h1><div class='c'>{h(cv.creds)}</div>
<div class='hl'>{h(cv.headline)}</div></div><dl>{dl}</dl></div>
<p class='sum'>{h(cv.summary)}</p>
<h2>{h(cv.exp_heading)}</h2><div class='tl'>{evs}</div>
<div class='two'><div><h2>License</h2>{"".join(f"<div class='badge'>{h(x.text)}</div>" for x in cv.licences)}
<h2>Education</h2>{eds}</div>
<div><h2>Certifications</h2>{"".join(f"<div class='badge'>{h(x)}</div>" for x in card_lines(cv))}</div></div>
<h2>Skills</h2><div class='chips'>{"".join(f"<span>{h(x)}</span>" for x in cv.skills)}</div>
<p>{h(cv.systems_line)}</p>"""
    return doc(TIMELINE_CSS, body, cv.name)


# ---------------------------------------------------------------- letterhead (photo)
LETTERHEAD_CSS = """
@page { size: letter; margin: 0.6in 0.75in; }
body { margin: 0; font-family: 'EB Garamond', 'Liberation Serif'; font-size: 11.3pt; color: #1b1b1b; line-height: 1.25; }
.lh { text-align: center; }
.lh .nm { font-size: 21pt; font-variant: small-caps; letter-spacing: 0.05em; }
.lh .a { font-size: 10.8pt; }
hr { border: 0; border-top: 1.2px solid #333; margin: 6px 0 8px; }
h2 { font-size: 12pt; font-weight: 700; margin: 10px 0 3px; text-transform: uppercase; letter-spacing: 0.03em; }
p { margin: 0 0 3px; }
.org { margin-top: 5px; }
ul { margin: 1px 0 3px; padding-left: 20px; }
li { margin: 0; }
"""


def letterhead(cv: CV) -> str:
    jobs = ""
    for r in cv.roles:
        jobs += (
            f"<p class='org'><b>{h(r.employer)}</b>, {h(r.place)}</p>"
            f"<p><i>{h(r.title)}</i>, {h(one_date(r.start, cv.datefmt, cv.present))} to {h(one_date(r.end, cv.datefmt, cv.present))}</p>{ul(r.points)}"
        )
    lines = [x.text for x in cv.licences] + card_lines(cv)
    body = f"""<div class='lh'><div class='nm'>{h(cv.name)}, {h(cv.creds)}</div>
<div class='a'>{h(cv.address or "")}</div><div class='a'>{h(cv.phone)} &nbsp;|&nbsp; {h(cv.email)}</div></div><hr>
<h2>Professional Summary</h2><p>{h(cv.summary)}</p>
<h2>{h(cv.exp_heading)}</h2>{jobs}
<h2>Licensure and Certification</h2>{"".join(f"<p>{h(x)}</p>" for x in lines)}
<h2>Education</h2>{"".join(f"<p>{h(s.degree)}, {h(s.school)}, {h(s.where)}, {h(s.year)}</p>" for s in cv.studies)}
<h2>Skills</h2><p>{h(", ".join(x for x in cv.skills if x not in cv.ehr))}.</p><p>{h(cv.systems_line)}</p>"""
    return doc(LETTERHEAD_CSS, body, cv.name)


# ---------------------------------------------------------------- boxed (photo)
BOXED_CSS = """
@page { size: letter; margin: 0.5in 0.55in; }
body { margin: 0; font-family: 'Liberation Sans'; font-size: 9.8pt; color: #1f2a24; line-height: 1.27; }
.head { display: flex; gap: 14px; align-items: stretch; }
.id { flex: 1.4; padding-top: 8px; }
.id .nm { font-size: 22pt; font-weight: 700; color: #2d5a3d; }
.id small { font-size: 11pt; font-weight: 400; color: #555; margin-left: 6px; }
.id .hl { font-size: 10.5pt; margin-top: 3px; }
fieldset { border: 1.4px solid #8fb59b; border-radius: 8px; margin: 0 0 8px; padding: 3px 10px 6px; }
legend { font-weight: 700; color: #2d5a3d; padding: 0 5px; font-size: 10pt; text-transform: uppercase; letter-spacing: 0.04em; }
.head fieldset { flex: 1; margin: 0; font-size: 9.4pt; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.row { display: flex; justify-content: space-between; margin-top: 3px; }
.row span { color: #555; }
ul { margin: 1px 0 3px; padding-left: 15px; }
p { margin: 0 0 3px; }
.pair ul { list-style: square; }
"""


def boxed(cv: CV) -> str:
    jobs = "".join(
        f"<div class='row'><b>{h(r.title)}</b><span>{h(span(r, cv))}</span></div><div>{h(r.employer)} — {h(r.place)}</div>{ul(r.points)}"
        for r in cv.roles
    )
    ct = "<br>".join(h(x) for x in (cv.address, cv.phone, cv.email) if x)
    body = f"""<div class='head'><div class='id'><div class='nm'>{h(cv.name)}<small>{h(cv.creds)}</small></div>
<div class='hl'>{h(cv.headline)}</div></div><fieldset><legend>Contact</legend>{ct}</fieldset></div>
<fieldset><legend>Summary</legend><p>{h(cv.summary)}</p></fieldset>
<fieldset><legend>{h(cv.exp_heading)}</legend>{jobs}</fieldset>
<div class='pair'><fieldset><legend>Licenses</legend>{ul([x.text for x in cv.licences])}</fieldset>
<fieldset><legend>Certifications</legend>{ul(card_lines(cv))}</fieldset></div>
<fieldset><legend>Education</legend>{"".join(f"<p>{h(s.degree)} — {h(s.school)}, {h(s.where)} ({h(s.year)})</p>" for s in cv.studies)}</fieldset>
<fieldset><legend>Skills</legend><p>{h(" • ".join(cv.skills))}</p></fieldset>"""
    return doc(BOXED_CSS, body, cv.name)


# ---------------------------------------------------------------- compact (photo)
COMPACT_CSS = """
@page { size: letter; margin: 0.55in 0.6in; }
body { margin: 0; font-family: 'Carlito'; font-size: 10.4pt; color: #1c2730; line-height: 1.27; }
header { display: flex; justify-content: space-between; align-items: flex-end; padding-bottom: 6px; border-bottom: 4px solid #12a39a; }
h1 { margin: 0; font-size: 24pt; font-weight: 700; }
.cr { font-size: 10.5pt; color: #12827b; }
.ct { text-align: right; font-size: 10pt; }
.sum { margin: 8px 0; }
.sk { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3px 12px; margin: 0 0 6px; }
.sk div::before { content: '▪ '; color: #12a39a; }
h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 0.07em; color: #12827b; margin: 10px 0 4px; }
.j { display: grid; grid-template-columns: 1.25in 1fr; gap: 8px; margin-bottom: 6px; }
.j .d { color: #555; font-size: 9.6pt; }
ul { margin: 1px 0; padding-left: 15px; }
p { margin: 0 0 3px; }
"""


def compact(cv: CV) -> str:
    jobs = "".join(
        f"<div class='j'><div class='d'>{h(span(r, cv))}</div><div><b>{h(r.title)}</b> | {h(r.employer)}, {h(r.place)}{ul(r.points)}</div></div>"
        for r in cv.roles
    )
    ct = "<br>".join(h(x) for x in (cv.address, cv.phone, cv.email) if x)
    lines = [x.text for x in cv.licences] + card_lines(cv)
    body = f"""<header><div><h1>{h(cv.name)}</h1><div class='cr'>{h(cv.creds)} — {h(cv.headline)}</div></div><div class='ct'>{ct}</div></header>
<p class='sum'>{h(cv.summary)}</p>
<div class='sk'>{"".join(f"<div>{h(x)}</div>" for x in cv.skills)}</div>
<h2>{h(cv.exp_heading)}</h2>{jobs}
<h2>Credentials</h2>{ul(lines)}
<h2>Education</h2>{"".join(f"<p>{h(s.degree)}, {h(s.school)} — {h(s.year)}</p>" for s in cv.studies)}
<p>Systems: {h(cv.systems_line)}</p>"""
    return doc(COMPACT_CSS, body, cv.name)


# ---------------------------------------------------------------- classic (scan)
CLASSIC_CSS = """
@page { size: letter; margin: 0.6in 0.7in; }
body { margin: 0; font-family: 'Liberation Serif'; font-size: 11pt; color: #000; line-height: 1.22; }
h1 { text-align: center; font-size: 19pt; margin: 0; letter-spacing: 0.02em; }
.ct { text-align: center; font-size: 10.5pt; margin: 2px 0 6px; }
h2 { font-size: 11.5pt; text-transform: uppercase; margin: 10px 0 4px; border-bottom: 1.3px solid #000; }
table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: 1px 0 4px; }
td.l { width: 1.55in; padding-right: 10px; }
ul { margin: 1px 0; padding-left: 17px; }
p { margin: 0 0 3px; }
"""


def classic(cv: CV) -> str:
    exp = "".join(
        f"<tr><td class='l'>{h(span(r, cv))}</td><td><b>{h(r.employer)}</b>, {h(r.place)}<br><i>{h(r.title)}</i>{ul(r.points)}</td></tr>"
        for r in cv.roles
    )
    lic = "".join(
        f"<tr><td class='l'>{h(STATES[x.state])}</td><td>{h(x.text)}</td></tr>" for x in cv.licences
    )
    crt = "".join(f"<tr><td class='l'>{h(c.name)}</td><td>{h(c.text)}</td></tr>" for c in cv.cards)
    eds = "".join(
        f"<tr><td class='l'>{h(s.year)}</td><td>{h(s.degree)}, {h(s.school)}, {h(s.where)}</td></tr>"
        for s in cv.studies
    )
    body = f"""<h1>{h(cv.name)}, {h(cv.creds)}</h1>
<div class='ct'>{" | ".join(h(x) for x in (cv.address, cv.phone, cv.email) if x)}</div>
<h2>Profile</h2><p>{h(cv.summary)}</p>
<h2>{h(cv.exp_heading)}</h2><table>{exp}</table>
<h2>Licensure</h2><table>{lic}</table>
<h2>Certifications</h2><table>{crt}</table>
<h2>Education</h2><table>{eds}</table>
<h2>Skills</h2><p>{h(", ".join(cv.skills))}</p>"""
    return doc(CLASSIC_CSS, body, cv.name)


# ---------------------------------------------------------------- memo (scan)
MEMO_CSS = """
@page { size: letter; margin: 0.9in 1in; }
body { margin: 0; font-family: 'Carlito'; font-size: 11.5pt; color: #000; line-height: 1.18; }
.nm { font-size: 17pt; font-weight: 700; }
.ct { margin: 2px 0 12px; }
h2 { font-size: 12.5pt; font-weight: 700; text-decoration: underline; margin: 13px 0 4px; }
p { margin: 0 0 3px; }
.j { margin-top: 6px; }
ul { margin: 2px 0; padding-left: 24px; list-style: disc; }
"""


def memo(cv: CV) -> str:
    jobs = "".join(
        f"<p class='j'><b>{h(r.title)}, {h(r.employer)}, {h(r.place)}</b></p><p>{h(span(r, cv))}</p>{ul(r.points)}"
        for r in cv.roles
    )
    body = f"""<div class='nm'>{h(cv.name)}, {h(cv.creds)}</div>
<div class='ct'>{" • ".join(h(x) for x in (cv.address, cv.phone, cv.email) if x)}</div>
<h2>Summary</h2><p>{h(cv.summary)}</p>
<h2>{h(cv.exp_heading)}</h2>{jobs}
<h2>License and Certifications</h2>{ul([x.text for x in cv.licences] + card_lines(cv))}
<h2>Education</h2>{"".join(f"<p>{h(s.degree)}, {h(s.school)}, {h(s.where)}, {h(s.year)}</p>" for s in cv.studies)}
<h2>Skills</h2>{ul(cv.skills)}"""
    return doc(MEMO_CSS, body, cv.name)


# ---------------------------------------------------------------- headline (scan)
HEADLINE_CSS = """
@page { size: letter; margin: 0; }
body { margin: 0; font-family: 'Lato'; font-size: 10pt; color: #1a1a1a; line-height: 1.3; }
.page { position: relative; height: 11in; padding: 0.55in 0.6in 0 0.6in; }
.big { font-weight: 900; font-size: 27pt; line-height: 1.02; text-transform: uppercase; color: #222; letter-spacing: 0.01em; }
.nm { font-size: 13pt; font-weight: 400; margin: 6px 0 10px; color: #444; }
.sum { font-size: 10.5pt; border-left: 4px solid #999; padding-left: 10px; margin-bottom: 10px; }
.grid { display: grid; grid-template-columns: 1.55fr 1fr; gap: 22px; }
h2 { font-size: 10pt; font-weight: 900; text-transform: uppercase; letter-spacing: 0.06em; margin: 6px 0 4px; color: #333; }
.j { margin-bottom: 7px; }
.j .t { font-weight: 700; }
.j .o { color: #444; }
ul { margin: 2px 0; padding-left: 15px; }
p { margin: 0 0 4px; }
.strip { position: absolute; left: 0; right: 0; bottom: 0; background: #d9d9d9; padding: 12px 0.6in; font-size: 10.5pt; display: flex; gap: 30px; }
"""


def headline(cv: CV) -> str:
    jobs = "".join(
        f"<div class='j'><div class='t'>{h(r.title)}</div><div class='o'>{h(r.employer)} — {h(r.place)} · {h(span(r, cv))}</div>{ul(r.points)}</div>"
        for r in cv.roles
    )
    strip = "".join(f"<span>{h(x)}</span>" for x in (cv.address, cv.phone, cv.email) if x)
    body = f"""<div class='page'><div class='big'>{h(cv.headline)}</div><div class='nm'>{h(cv.name)}, {h(cv.creds)}</div>
<div class='sum'>{h(cv.summary)}</div>
<div class='grid'><div><h2>{h(cv.exp_heading)}</h2>{jobs}</div>
<div><h2>Certifications</h2>{ul(card_lines(cv))}<h2>Education</h2>{"".join(f"<p>{h(s.degree)}<br>{h(s.school)}, {h(s.year)}</p>" for s in cv.studies)}
<h2>Skills</h2>{ul(cv.skills)}</div></div>
<div class='strip'>{strip}</div></div>"""
    return doc(HEADLINE_CSS, body, cv.name)


# ---------------------------------------------------------------- ats-desktop (PNG)
ATS_CSS = """
@page { size: 1440px 3200px; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans'; font-size: 13.5px; color: #1f2937; background: #f3f4f6; }
.top { height: 48px; background: #0f3d5e; color: #fff; display: flex; align-items: center; padding: 0 20px; gap: 24px; }
.top b { font-size: 17px; letter-spacing: 0.02em; }
.top .crumb { opacity: 0.8; }
.top .me { margin-left: auto; opacity: 0.85; }
.shell { display: flex; }
nav { width: 200px; flex: none; background: #fff; border-right: 1px solid #e5e7eb; padding-top: 10px; }
nav div { padding: 9px 20px; color: #4b5563; }
nav .on { background: #e0ecf6; color: #0f3d5e; font-weight: 700; border-left: 3px solid #0f3d5e; }
main { flex: 1; padding: 18px 24px; }
.card { background: #fff; border: 1px solid #e5e7eb; border-radius: 6px; padding: 14px 18px; margin-bottom: 14px; }
.hdr { display: flex; gap: 16px; align-items: center; }
.av { width: 56px; height: 56px; border-radius: 50%; background: #c7d9ea; color: #0f3d5e; font-size: 21px; font-weight: 700;
      display: flex; align-items: center; justify-content: center; }
.nm { font-size: 22px; font-weight: 700; }
.sub { color: #6b7280; }
.chip { display: inline-block; font-size: 12px; border-radius: 10px; padding: 2px 9px; margin-right: 6px; }
.ok { background: #dcfce7; color: #166534; }
.info { background: #e0ecf6; color: #0f3d5e; }
.grid { display: grid; grid-template-columns: 170px 1fr 170px 1fr; gap: 8px 14px; margin-top: 12px; }
.lab { color: #6b7280; font-size: 12.5px; }
h3 { margin: 0 0 10px; font-size: 15px; color: #0f3d5e; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; font-size: 12px; color: #6b7280; border-bottom: 1px solid #e5e7eb; padding: 6px 8px; }
td { padding: 7px 8px; border-bottom: 1px solid #f1f2f4; vertical-align: top; }
.tabs { display: flex; gap: 22px; border-bottom: 1px solid #e5e7eb; margin: 4px 0 14px; }
.tabs div { padding: 8px 2px; color: #6b7280; }
.tabs .on { color: #0f3d5e; border-bottom: 2px solid #0f3d5e; font-weight: 700; }
"""


def ats_desktop(cv: CV) -> str:
    initials = "".join(w[0] for w in cv.name.split()[:2])
    work = "".join(
        f"<tr><td><b>{h(r.employer)}</b><br><span class='sub'>{h(r.place)}</span></td><td>{h(r.title)}</td>"
        f"<td>{h(one_date(r.start, 'abbr', ''))}</td><td>{h(one_date(r.end, 'abbr', 'Current'))}</td>"
        f"<td>{h(' '.join(r.points))}</td></tr>"
        for r in cv.roles
    )
    creds = ""
    for x in cv.licences:
        creds += (
            f"<tr><td>License</td><td>{h(STATES[x.state])} {h(x.kind)}</td><td>{h(x.number)}</td>"
            f"<td>{month_year(x.expires)}</td><td><span class='chip ok'>Verified</span></td></tr>"
        )
    for c in cv.cards:
        creds += (
            f"<tr><td>Certification</td><td>{h(c.name)}</td><td>{h(c.issuer or '')}</td>"
            f"<td>{month_year(c.expires)}</td><td><span class='chip {'ok' if c.expires else 'info'}'>{'Verified' if c.expires else 'On file'}</span></td></tr>"
        )
    eds = "".join(
        f"<div><b>{h(s.degree)}</b> — {h(s.school)} ({h(s.year)})</div>" for s in cv.studies
    )
    body = f"""<div class='top'><b>StaffTrack</b><span class='crumb'>Candidates › Allied › #58213</span><span class='me'>Recruiter: J. Albright ▾</span></div>
<div class='shell'><nav><div>Dashboard</div><div>Job orders</div><div class='on'>Candidates</div><div>Submittals</div><div>Credentialing</div><div>Reports</div></nav>
<main><div class='card'><div class='hdr'><div class='av'>{h(initials)}</div><div><div class='nm'>{h(cv.name)}</div>
<div class='sub'>{h(cv.headline)} · {h(cv.creds)}</div>
<div style='margin-top:6px'><span class='chip ok'>Active</span><span class='chip info'>Profile 100%</span><span class='chip info'>Source: Referral</span></div></div></div>
<div class='grid'><div class='lab'>Email</div><div>{h(cv.email)}</div><div class='lab'>Mobile</div><div>{h(cv.phone)}</div>
<div class='lab'>Location</div><div>{h(cv.address or "")}</div><div class='lab'>Discipline</div><div>Respiratory Therapy</div>
<div class='lab'>Preferred shift</div><div>Nights / 12-hour</div><div class='lab'>Availability</div><div>2 weeks notice</div></div></div>
<div class='tabs'><div class='on'>Profile</div><div>Documents (7)</div><div>Activity</div><div>Submittals (2)</div></div>
<div class='card'><h3>Summary</h3>{h(cv.summary)}</div>
<div class='card'><h3>Work history</h3><table><tr><th>Employer</th><th>Title</th><th>Start</th><th>End</th><th>Notes</th></tr>{work}</table></div>
<div class='card'><h3>Licenses &amp; certifications</h3><table><tr><th>Type</th><th>Name</th><th>Number / issuer</th><th>Expires</th><th>Status</th></tr>{creds}</table></div>
<div class='card'><h3>Education</h3>{eds}</div>
<div class='card'><h3>Skills</h3>{"".join(f"<span class='chip info'>{h(x)}</span>" for x in cv.skills)}</div>
</main></div>"""
    return doc(ATS_CSS, body, cv.name)


# ---------------------------------------------------------------- app-phone (PNG)
PHONE_CSS = """
@page { size: 393px 4200px; margin: 0; }
body { margin: 0; font-family: 'Lato'; font-size: 14px; color: #1b1b1f; background: #f2f2f6; }
.sb { display: flex; justify-content: space-between; padding: 8px 18px 4px; font-size: 13px; font-weight: 700; background: #fff; }
.bar { background: #fff; padding: 6px 14px 10px; display: flex; align-items: center; gap: 10px; border-bottom: 1px solid #e4e4ea; }
.bar .t { font-size: 17px; font-weight: 700; flex: 1; text-align: center; margin-right: 24px; }
.bar .b { color: #5b4bd1; font-size: 20px; }
.hero { background: #fff; text-align: center; padding: 16px 14px 14px; }
.av { width: 74px; height: 74px; margin: 0 auto 8px; border-radius: 50%; background: linear-gradient(135deg, #7b6cf0, #5b4bd1); color: #fff;
      font-size: 27px; font-weight: 700; display: flex; align-items: center; justify-content: center; }
.hero .n { font-size: 21px; font-weight: 900; }
.hero .s { color: #6b6b78; margin-top: 2px; }
.chips { margin-top: 8px; }
.chips span { display: inline-block; background: #eeebfd; color: #4536b8; border-radius: 12px; padding: 3px 10px; margin: 2px; font-size: 12.5px; }
.sec { background: #fff; margin: 10px 10px 0; border-radius: 12px; padding: 12px 14px; }
.sec h4 { margin: 0 0 8px; font-size: 15px; }
.kv { display: flex; gap: 10px; padding: 5px 0; border-bottom: 1px solid #f0f0f4; }
.kv:last-child { border-bottom: 0; }
.kv .k { color: #8a8a96; width: 64px; flex: none; }
.it { padding: 7px 0; border-bottom: 1px solid #f0f0f4; }
.it:last-child { border-bottom: 0; }
.it .a { font-weight: 700; }
.it .b { color: #55555f; }
.it .c { color: #8a8a96; font-size: 12.5px; }
ul { margin: 3px 0 0; padding-left: 17px; }
.tabbar { display: flex; justify-content: space-around; background: #fff; border-top: 1px solid #e4e4ea; margin-top: 14px; padding: 8px 0 20px; font-size: 11px; color: #8a8a96; }
.tabbar .on { color: #5b4bd1; font-weight: 700; }
"""


def app_phone(cv: CV) -> str:
    initials = "".join(w[0] for w in cv.name.split()[:2])
    exp = "".join(
        f"<div class='it'><div class='a'>{h(r.title)}</div><div class='b'>{h(r.employer)} · {h(r.place)}</div>"
        f"<div class='c'>{h(span(r, cv))}</div>{ul(r.points)}</div>"
        for r in cv.roles
    )
    creds = "".join(f"<div class='it'>{h(x.text)}</div>" for x in cv.licences)
    creds += "".join(f"<div class='it'>{h(x)}</div>" for x in card_lines(cv))
    eds = "".join(
        f"<div class='it'><div class='a'>{h(s.degree)}</div><div class='b'>{h(s.school)} · {h(s.year)}</div></div>"
        for s in cv.studies
    )
    body = f"""<div class='sb'><span>9:41</span><span>▂▄▆ 5G ▭ 78%</span></div>
<div class='bar'><span class='b'>‹</span><span class='t'>Profile</span></div>
<div class='hero'><div class='av'>{h(initials)}</div><div class='n'>{h(cv.name)}</div><div class='s'>{h(cv.creds)}</div>
<div class='s'>{h(cv.headline)}</div><div class='chips'>{"".join(f"<span>{h(x)}</span>" for x in cv.specialties)}<span>Open to nights</span></div></div>
<div class='sec'><h4>Contact</h4><div class='kv'><span class='k'>Phone</span><span>{h(cv.phone)}</span></div>
<div class='kv'><span class='k'>Email</span><span>{h(cv.email)}</span></div><div class='kv'><span class='k'>Lives in</span><span>{h(cv.address or "")}</span></div></div>
<div class='sec'><h4>About</h4>{h(cv.summary)}</div>
<div class='sec'><h4>Experience</h4>{exp}</div>
<div class='sec'><h4>Licenses &amp; certifications</h4>{creds}</div>
<div class='sec'><h4>Education</h4>{eds}</div>
<div class='sec'><h4>Skills</h4><div class='chips'>{"".join(f"<span>{h(x)}</span>" for x in cv.skills)}</div></div>
<div class='tabbar'><span>Jobs</span><span>Saved</span><span>Messages</span><span class='on'>Profile</span></div>"""
    return doc(PHONE_CSS, body, cv.name)


DESIGNS = {
    "spaced": spaced,
    "resumeof": resumeof,
    "nametab": nametab,
    "magazine": magazine,
    "glance": glance,
    "timeline": timeline,
    "letterhead": letterhead,
    "boxed": boxed,
    "compact": compact,
    "classic": classic,
    "memo": memo,
    "headline": headline,
    "ats-desktop": ats_desktop,
    "app-phone": app_phone,
}


def render(cv: CV) -> str:
    return DESIGNS[cv.design](cv)

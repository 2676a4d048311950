"""HTML/CSS pages printed by WeasyPrint (not Chromium).

Designs: `modern` (a slate header rule, small-caps headings, dates in a right float), `cv` (a
two-page serif CV with a running header from page 2 and page counters), `grid` (a CSS table: a main cell and a pale right rail), `newgrad` (a centred name and a rotations table), `phone` (a dark-mode job-app
screen, light text on near-black), `email` (a webmail client: folder pane, message list, reading
pane), `twocol` (CSS columns: the page flows in two newspaper columns), `pale` (low-contrast
coloured headings and grey body, made for the scanner).
"""

import html

from weasyprint import HTML

E = html.escape


def _items(items, opts):
    out = []
    for it in items:
        if isinstance(it, dict):
            j = it
            if opts.get("emp_first"):
                head = f"<b>{E(j['employer'])}</b>" + (f", {E(j['loc'])}" if j["loc"] else "")
                second = f"<i>{E(j['title'])}</i>"
            else:
                head = f"<b>{E(j['title'])}</b>"
                second = f"<i>{E(j['employer'])}</i>" + (
                    f" &middot; {E(j['loc'])}" if j["loc"] else ""
                )
            subs = "".join(f"<div class=sub>{E(s)}</div>" for s in j["sub"])
            bl = "".join(f"<li>{E(b)}</li>" for b in j["bullets"])
            out.append(
                f"<div class=job><div class=jh><span class=dates>{E(j['dates'])}</span>{head}</div>"
                f"<div class=je>{second}</div>{subs}{'<ul>' + bl + '</ul>' if bl else ''}</div>"
            )
        elif isinstance(it, list):
            out.append("<ul>" + "".join(f"<li>{E(b)}</li>" for b in it) + "</ul>")
        elif isinstance(it, tuple):  # a table: (header row, rows)
            hdr, rows = it
            out.append(
                "<table><tr>"
                + "".join(f"<th>{E(h)}</th>" for h in hdr)
                + "</tr>"
                + "".join(
                    "<tr>" + "".join(f"<td>{E(c)}</td>" for c in row) + "</tr>" for row in rows
                )
                + "</table>"
            )
        else:
            out.append(f"<p>{E(it)}</p>")
    return "".join(out)


def _sections(secs, opts):
    return "".join(f"<section><h2>{E(t)}</h2>{_items(items, opts)}</section>" for t, items in secs)


BASE = """
body { margin:0; font-family: 'Lato','Open Sans','DejaVu Sans',sans-serif; font-size:9.6pt; color:#1e1e1e; line-height:1.32; }
h1 { margin:0; } h2 { margin:10px 0 4px 0; } p { margin:2px 0 4px 0; }
ul { margin:2px 0 4px 0; padding-left:16px; } li { margin:0 0 1px 0; }
.job { margin:0 0 7px 0; page-break-inside: avoid; } .dates { float:right; color:#444; font-size:9pt; }
.je { color:#333; } .sub { margin:1px 0 1px 12px; }
table { border-collapse:collapse; width:100%; margin:3px 0 6px 0; font-size:9pt; }
th, td { border:1px solid #bbb; padding:2px 5px; text-align:left; vertical-align:top; }
"""

CSS = {
    "modern": """
@page { size: letter; margin: 0.6in 0.7in; }
.head { border-bottom: 3px solid #3b4a5a; padding-bottom:6px; margin-bottom:4px; }
h1 { font-size:23pt; color:#3b4a5a; letter-spacing:0.5px; } .hl { font-size:11.5pt; color:#6a7d90; }
.ct { margin-top:3px; font-size:9.2pt; } h2 { font-variant: small-caps; font-size:13pt; color:#3b4a5a; border-bottom:1px solid #c5ced8; }
""",
    "cv": """
@page { size: letter; margin: 0.8in 0.85in 0.75in 0.85in;
  @bottom-right { content: "page " counter(page) " of " counter(pages); font-size:8pt; color:#555; } }
@page :first { @top-left { content: none; } }
@page { @top-left { content: string(who); font-size:8pt; color:#555; font-family: 'Caladea','Liberation Serif',serif; } }
body { font-family: 'Caladea','Liberation Serif',serif; font-size:10.4pt; }
h1 { string-set: who content(); font-size:20pt; text-align:center; font-weight:normal; letter-spacing:1px; }
.hl { text-align:center; font-style:italic; } .ct { text-align:center; font-size:9.5pt; margin-bottom:6px; }
h2 { font-size:11.5pt; text-transform:uppercase; letter-spacing:1.5px; border-bottom:0.8px solid #000; font-weight:normal; }
""",
    "grid": """
@page { size: letter; margin: 0.5in; }
.wrap { display:table; width:100%; border-collapse:separate; border-spacing:0; }
.wrap > div { display:table-cell; vertical-align:top; }
.mainc { width:5.0in; padding-right:0.22in; }
.rail { background:#f1f5ee; padding:8px 10px; font-size:8.9pt; }
h1 { font-size:22pt; color:#2f5d3a; } .hl { color:#2f5d3a; font-size:11pt; margin-bottom:6px; }
h2 { font-size:10.5pt; color:#2f5d3a; text-transform:uppercase; letter-spacing:1px; border-bottom:2px solid #a9c4a0; }
""",
    "newgrad": """
@page { size: letter; margin: 0.55in 0.75in; }
h1 { font-size:22pt; text-align:center; color:#7a2e4d; } .hl { text-align:center; color:#7a2e4d; }
.ct { text-align:center; font-size:9.3pt; margin:3px 0 6px 0; }
h2 { font-size:11pt; color:#fff; background:#7a2e4d; padding:2px 6px; }
""",
    "twocol": """
@page { size: letter; margin: 0.55in 0.6in; }
.head { text-align:left; border-bottom:2px solid #8a4b08; margin-bottom:6px; padding-bottom:4px; }
h1 { font-size:24pt; color:#8a4b08; font-family:'Caladea','Liberation Serif',serif; } .hl { font-size:11pt; }
.cols { column-count:2; column-gap:0.35in; column-rule:0.6px solid #d2b48c; }
h2 { font-size:11pt; color:#8a4b08; text-transform:uppercase; border-bottom:1px solid #d2b48c; break-after: avoid; }
section { break-inside: auto; }
""",
    "pale": """
@page { size: letter; margin: 0.6in 0.7in; }
body { color:#5a5a5a; font-family:'Open Sans','DejaVu Sans',sans-serif; font-size:9.8pt; }
h1 { font-size:24pt; color:#8fbfd6; font-weight:normal; } .hl { color:#a7c9a0; font-size:12pt; }
.ct { color:#707070; } h2 { color:#f0a868; font-size:12.5pt; font-weight:normal; letter-spacing:0.5px; }
.job b { color:#6b6b6b; } .dates { color:#8a8a8a; }
""",
    "phone": """
@page { size: 390px 3200px; margin: 0; }
body { background:#121417; color:#e6e8eb; font-family:'Roboto','Open Sans','DejaVu Sans',sans-serif; font-size:13px; line-height:1.4; }
.status { height:30px; padding:6px 18px 0 18px; font-size:12px; color:#c9ccd1; }
.bar { padding:10px 16px; font-size:17px; font-weight:bold; border-bottom:1px solid #2a2e34; }
.prof { padding:14px 16px 4px 16px; } .av { width:56px; height:56px; border-radius:28px; background:#3a5f8a; color:#fff;
  font-size:22px; text-align:center; line-height:56px; float:left; margin-right:12px; }
h1 { font-size:20px; color:#ffffff; } .hl { color:#9fb3c8; font-size:13px; } .ct { clear:both; padding-top:8px; color:#c9ccd1; }
section { background:#1c1f24; border-radius:12px; margin:10px 12px; padding:8px 12px; }
h2 { font-size:14px; color:#7cc4ff; margin:2px 0 6px 0; } .dates { color:#9aa3ad; font-size:12px; }
.je { color:#b8bec6; } li { color:#d7dadf; } .end { height:24px; }
""",
    "email": """
@page { size: 1280px 2600px; margin: 0; }
body { background:#f3f2f1; font-family:'Open Sans','DejaVu Sans',sans-serif; font-size:13.5px; }
.top { height:46px; background:#0f6cbd; color:#fff; font-size:16px; padding:12px 18px; box-sizing:border-box; }
.top .s { display:inline-block; margin-left:160px; background:#cfe4fa; color:#333; width:460px; padding:3px 10px; font-size:13px; }
.app { display:grid; grid-template-columns: 190px 330px 760px; }
.fold { padding:12px; font-size:13px; color:#333; } .fold div { padding:5px 6px; } .fold .on { background:#d6e6f6; font-weight:bold; }
.list { background:#fff; border-right:1px solid #ddd; } .msg { padding:9px 12px; border-bottom:1px solid #eee; font-size:12.5px; color:#444; }
.msg .f { font-weight:bold; color:#222; font-size:13.5px; } .msg.sel { background:#e8f1fb; border-left:3px solid #0f6cbd; }
.read { background:#fff; padding:18px 26px; } .subj { font-size:19px; font-weight:bold; margin-bottom:10px; }
.hdr { font-size:12.8px; color:#444; border-bottom:1px solid #e5e5e5; padding-bottom:8px; margin-bottom:10px; }
.att { display:inline-block; border:1px solid #ccc; border-radius:4px; padding:4px 10px; margin:4px 0 10px 0; font-size:12.5px; }
.body h1 { font-size:17px; } h2 { font-size:14px; margin:10px 0 3px 0; text-transform:uppercase; color:#222; }
.dates { float:none; } .jh .dates:after { content: " \\2014  "; }
""",
}


def _doc(r):
    d = r["render"].split(":")[1]
    o = r.get("opts", {})
    name = E(r["name"]) + (f", {E(r['creds'])}" if r.get("creds") else "")
    ct = " &nbsp;|&nbsp; ".join(E(c) for c in r["contact"])
    head = f"<div class=head><h1>{name}</h1><div class=hl>{E(r['headline'])}</div><div class=ct>{ct}</div></div>"
    main, side = _sections(r["main"], o), _sections(r.get("side", []), o)
    if d == "grid":
        body = (
            f"<div class=wrap><div class=mainc>{head.replace('<div class=ct>' + ct + '</div>', '')}{main}</div>"
            f"<div class=rail><h2>Contact</h2>{''.join(f'<p>{E(c)}</p>' for c in r['contact'])}{side}</div></div>"
        )
    elif d == "twocol":
        body = head + f"<div class=cols>{main}{side}</div>"
    elif d == "phone":
        initials = "".join(w[0] for w in r["name"].split() if w[0].isupper())[:2]
        cts = "".join(f"<div>{E(c)}</div>" for c in r["contact"])
        body = (
            f"<div class=status>9:41 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 5G &#9646; 82%</div>"
            f"<div class=bar>&#8592; &nbsp;{E(o.get('app_title', 'My Profile'))}</div>"
            f"<div class=prof><div class=av>{initials}</div><h1>{name}</h1><div class=hl>{E(r['headline'])}</div><div class=ct>{cts}</div></div>"
            f"{main}{side}<div class=end></div>"
        )
    elif d == "email":
        em = o["email"]
        folders = "".join(
            f"<div class={'on' if f == 'Inbox' else ''}>{f}</div>"
            for f in ("Inbox", "Drafts", "Sent Items", "Archive", "Candidates", "Deleted Items")
        )
        msgs = "".join(
            f"<div class='msg{' sel' if i == em['sel'] else ''}'><div class=f>{E(a)}</div><div>{E(s)}</div><div>{E(t)}</div></div>"
            for i, (a, s, t) in enumerate(em["list"])
        )
        hdr = "".join(f"<div><b>{E(k)}:</b> {E(v)}</div>" for k, v in em["hdr"])
        pre = "".join(f"<p>{E(p)}</p>" for p in em["pre"])
        post = "".join(f"<p>{E(p)}</p>" for p in em["post"])
        body = (
            f"<div class=top>Mail<span class=s>Search</span></div><div class=app><div class=fold>{folders}</div>"
            f"<div class=list>{msgs}</div><div class=read><div class=subj>{E(em['subject'])}</div><div class=hdr>{hdr}</div>"
            f"<div class=att>1 attachment: {E(em['attachment'])}</div><div class=body>{pre}{head}{main}{side}{post}</div></div></div>"
        )
    else:
        body = head + main + side
    return f"<html><head><meta charset=utf-8><style>{BASE}{CSS[d]}{o.get('css', '')}</style></head><body>{body}</body></html>"


def render(r, path):
    HTML(string=_doc(r)).write_pdf(path)

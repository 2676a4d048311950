"""HTML pages for wkhtmltopdf (QtWebKit): PDFs, and page sources for photos and scans."""

from __future__ import annotations

import html
import subprocess
from pathlib import Path

from model import Person, span

E = html.escape


def lic_line(x, style: str = "a") -> str:
    cw = f" ({x.compact_word})" if x.compact_word else ""
    if style == "a":
        return f"{x.state_name} — {x.printed_type}{cw}, No. {x.number}, {x.exp_phrase}"
    return f"{x.printed_type}, {x.state_name} · #{x.number}{cw} · {x.exp_phrase}"


def cert_line(c, style: str = "a") -> str:
    long = f" – {c.long}" if c.long else ""
    exp = f", {c.exp_phrase}" if c.exp_phrase else ""
    if style == "a":
        return f"{c.name}{long} [{c.issuer}]{exp}"
    return f"{c.name}{long} ({c.issuer}){exp}"


def contact_html(p: Person) -> str:
    bits = []
    if p.home:
        bits.append(E(p.address_line()))
    bits += [E(p.phone), E(p.email)]
    return " &nbsp;|&nbsp; ".join(bits)


def jobs_html(p: Person, dstyle: str, present: str = "Present") -> str:
    out = []
    for j in p.jobs:
        via = f"<div class='via'>Travel contract via {E(j.agency)}</div>" if j.agency else ""
        li = "".join(f"<li>{E(b)}</li>" for b in j.bullets)
        out.append(
            f"<div class='job'><div class='jh'><b>{E(j.title)}</b><span class='dt'>{E(span(j, dstyle, ' – ', present))}</span></div>"
            f"<div class='emp'>{E(j.employer)}, {E(j.city)}</div>{via}<ul>{li}</ul></div>"
        )
    return "".join(out)


def sections(p: Person, dstyle: str, lstyle: str = "a", present: str = "Present") -> dict[str, str]:
    s = {}
    if p.summary:
        s["Profile"] = f"<p>{E(p.summary)}</p>"
    s["Experience"] = jobs_html(p, dstyle, present)
    if p.clinical_sites:
        s["Clinical Rotations"] = (
            "<ul>"
            + "".join(f"<li>{E(u)} — {E(site)} ({E(h)})</li>" for site, u, h in p.clinical_sites)
            + "</ul>"
        )
    if p.lics and lstyle == "table":
        rows = "".join(
            f"<tr><td>{E(x.state_name)}</td><td>{E(x.printed_type)}</td><td>{E(x.number)}</td><td>{E(x.compact_word or '')}</td><td>{E(x.exp_phrase)}</td></tr>"
            for x in p.lics
        )
        s["Licensure"] = (
            "<table class='lt'><tr><th>State</th><th>License</th><th>Number</th><th>Compact</th><th>Expires</th></tr>"
            + rows
            + "</table>"
        )
    elif p.lics:
        s["Licensure"] = (
            "<ul>" + "".join(f"<li>{E(lic_line(x, lstyle))}</li>" for x in p.lics) + "</ul>"
        )
    s["Certifications"] = (
        "<ul>" + "".join(f"<li>{E(cert_line(c, lstyle))}</li>" for c in p.certs) + "</ul>"
    )
    s["Education"] = (
        "<ul>"
        + "".join(f"<li>{E(e.degree)} — {E(e.school)}, {E(e.year)}</li>" for e in p.edu)
        + "</ul>"
    )
    s["Electronic Health Records"] = f"<p>{E(', '.join(p.ehr_printed))}</p>"
    return s


BASE = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #222; margin: 0; }
ul { margin: 2px 0 4px 0; padding-left: 16px; } li { margin: 1px 0; } p { margin: 2px 0 4px 0; }
.job { margin-bottom: 6px; page-break-inside: avoid; } .jh { overflow: hidden; } .dt { float: right; color: #444; }
.emp { font-style: italic; } .via { color: #555; font-size: 9.5pt; }
h2 { font-size: 11.5pt; margin: 10px 0 3px 0; }
table.lt { border-collapse: collapse; width: 100%; margin: 4px 0; } table.lt td, table.lt th { border: 1px solid #555; padding: 3px 6px; text-align: left; font-size: 9.5pt; }
table.lt th { background: #e6e6e6; }
.pb { page-break-before: always; }
"""

STYLES = {
    # CSS multi-column body under a centred header
    "multicol": BASE
    + """
.wrap { padding: 28px 36px; } .name { font-size: 24pt; text-align: center; letter-spacing: 1px; } .head { text-align: center; color: #4a4a4a; }
.contact { text-align: center; font-size: 9.5pt; border-bottom: 2px solid #8a1c1c; padding-bottom: 6px; margin-bottom: 8px; }
.cols { -webkit-column-count: 2; column-count: 2; -webkit-column-gap: 26px; column-gap: 26px; -webkit-column-rule: 1px solid #ccc; }
.fcols { display: -webkit-box; display: flex; width: 100%; } .fcol { -webkit-box-flex: 1; flex: 1; width: 50%; padding: 0 10px; }
.fcol + .fcol { border-left: 1px solid #ccc; }
h2 { color: #8a1c1c; text-transform: uppercase; border-bottom: 1px solid #ddd; }
""",
    # flex-box sidebar (QtWebKit: -webkit-box)
    "sidebar": BASE
    + """
.flex { display: -webkit-box; display: flex; width: 100%; min-height: 1270px; }
.side { width: 240px; background: #1f4e5a; color: #f2f2f2; padding: 26px 16px; -webkit-box-flex: 0; }
.side h2 { color: #9fe0d8; border-bottom: 1px solid #9fe0d8; }
.main { -webkit-box-flex: 1; flex: 1; padding: 26px 28px; }
.name { font-size: 25pt; color: #1f4e5a; font-weight: bold; } .head { font-size: 12pt; color: #666; margin-bottom: 8px; }
.main h2 { color: #1f4e5a; text-transform: uppercase; letter-spacing: 1px; }
.side .dt { float: none; }
""",
    "classic": BASE
    + """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11.5pt; }
.wrap { padding: 40px 56px; } .name { font-size: 22pt; font-variant: small-caps; } .head { font-style: italic; }
.contact { font-size: 10pt; margin: 4px 0 6px 0; } h2 { border-bottom: 1px solid #000; font-variant: small-caps; font-size: 13pt; }
""",
    "band": BASE
    + """
.band { background: #23233a; color: #ffffff; padding: 24px 40px 18px 40px; }
.band .name { font-size: 26pt; font-weight: bold; letter-spacing: 2px; color: #ffffff; } .band .head { color: #f6c453; font-size: 12pt; }
.band .contact { color: #dcdcf0; font-size: 9.5pt; margin-top: 6px; }
.wrap { padding: 10px 40px; } h2 { color: #23233a; border-left: 5px solid #f6c453; padding-left: 6px; text-transform: uppercase; }
""",
    "twocol": BASE
    + """
.wrap { padding: 30px 36px; } .name { font-size: 23pt; color: #2b5d34; font-weight: bold; } .head { color: #555; }
.contact { font-size: 9.5pt; margin-bottom: 8px; }
table.grid { width: 100%; border-collapse: collapse; } td.l { width: 36%; vertical-align: top; padding-right: 14px; border-right: 2px solid #2b5d34; }
td.r { vertical-align: top; padding-left: 14px; } h2 { color: #2b5d34; text-transform: uppercase; font-size: 11pt; }
""",
    "colourside": BASE
    + """
table.grid { width: 100%; border-collapse: collapse; } td.l { width: 33%; background: #c8553d; color: #fff; vertical-align: top; padding: 28px 14px; }
td.l h2 { color: #fff3e6; border-bottom: 1px solid #fff3e6; } td.r { vertical-align: top; padding: 28px 26px; }
.name { font-size: 24pt; font-weight: bold; color: #c8553d; } .head { color: #555; margin-bottom: 6px; } td.r h2 { color: #c8553d; text-transform: uppercase; }
td.l .dt { float: none; }
""",
    "dark": """
body { background: #000; color: #e8e8e8; font-family: 'DejaVu Sans', sans-serif; font-size: 15px; margin: 0; width: 390px; }
.card { background: #121212; margin: 10px; border-radius: 14px; padding: 14px; } .name { font-size: 24px; font-weight: bold; color: #fff; }
.head { color: #8ab4f8; } h2 { color: #8ab4f8; font-size: 16px; margin: 0 0 6px 0; } ul { padding-left: 18px; margin: 0; } p { margin: 2px 0; }
.job { margin-bottom: 10px; } .dt { display: block; color: #9e9e9e; font-size: 13px; } .emp { color: #cfcfcf; } .via { color: #9e9e9e; font-size: 13px; }
.contact div { margin: 3px 0; }
""",
}


def page_html(
    p: Person,
    style: str,
    dstyle: str = "mon",
    lstyle: str = "a",
    present: str = "Present",
    side_keys: tuple[str, ...] = (),
    break_before: str = "",
) -> str:
    s = sections(p, dstyle, lstyle, present)
    head = (
        f"<div class='name'>{E(p.name)}, {E(p.creds)}</div><div class='head'>{E(p.headline)}</div>"
    )
    css = STYLES[style]

    def block(keys):
        return "".join(
            f"<h2{' class=pb' if k == break_before else ''}>{E(k)}</h2>{s[k]}"
            for k in keys
            if k in s
        )

    main_keys = [k for k in s if k not in side_keys]
    if style == "multicol":
        left = [k for k in s if k in ("Profile", "Experience", "Clinical Rotations")]
        right = [k for k in s if k not in left]
        body = (
            f"<div class='wrap'>{head}<div class='contact'>{contact_html(p)}</div><div class='fcols'><div class='fcol'>{block(left)}</div>"
            f"<div class='fcol'>{block(right)}</div></div></div>"
        )
    elif style == "sidebar":
        contact = "".join(
            f"<p>{x}</p>"
            for x in ([E(p.street or ""), E(f"{p.city}, {p.state} {p.zip}")] if p.home else [])
            + [E(p.phone), E(p.email)]
        )
        body = f"<div class='flex'><div class='side'><h2>Contact</h2>{contact}{block(side_keys)}</div><div class='main'>{head}{block(main_keys)}</div></div>"
    elif style in ("twocol", "colourside"):
        contact = "".join(
            f"<p>{x}</p>"
            for x in ([E(p.street or ""), E(f"{p.city}, {p.state} {p.zip}")] if p.home else [])
            + [E(p.phone), E(p.email)]
        )
        if style == "twocol":
            body = f"<div class='wrap'>{head}<div class='contact'>{contact_html(p)}</div><table class='grid'><tr><td class='l'>{block(side_keys)}</td><td class='r'>{block(main_keys)}</td></tr></table></div>"
        else:
            body = f"<table class='grid'><tr><td class='l'><h2>Contact</h2>{contact}{block(side_keys)}</td><td class='r'>{head}{block(main_keys)}</td></tr></table>"
    elif style == "band":
        body = f"<div class='band'>{head}<div class='contact'>{contact_html(p)}</div></div><div class='wrap'>{block(list(s))}</div>"
    elif style == "dark":
        contact = "".join(f"<div>{x}</div>" for x in [E(p.phone), E(p.email)])
        cards = "".join(f"<div class='card'><h2>{E(k)}</h2>{v}</div>" for k, v in s.items())
        body = f"<div class='card'>{head}<div class='contact'>{contact}</div></div>{cards}"
    else:
        body = f"<div class='wrap'>{head}<div class='contact'>{contact_html(p)}</div>{block(list(s))}</div>"
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def wk_pdf(htmltext: str, out: Path, tmp: Path, margin: str = "0") -> None:
    src = tmp / (out.stem + ".html")
    src.write_text(htmltext, encoding="utf-8")
    subprocess.run(
        [
            "wkhtmltopdf",
            "-q",
            "--encoding",
            "utf-8",
            "-s",
            "Letter",
            "-T",
            margin,
            "-B",
            margin,
            "-L",
            margin,
            "-R",
            margin,
            "--zoom",
            "1.45",
            "--title",
            out.stem,
            str(src),
            str(out),
        ],
        check=True,
        capture_output=True,
    )


def wk_png(htmltext: str, out: Path, tmp: Path, width: int) -> None:
    src = tmp / (out.stem + ".html")
    src.write_text(htmltext, encoding="utf-8")
    subprocess.run(
        [
            "wkhtmltoimage",
            "-q",
            "--encoding",
            "utf-8",
            "--width",
            str(width),
            "--zoom",
            "3",
            str(src),
            str(out),
        ],
        check=True,
        capture_output=True,
    )

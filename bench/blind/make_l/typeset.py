"""Typst designs of set l (compiled with the `typst` Python package): ty-sidebar and ty-twopage."""

from __future__ import annotations

import typst

from model import STATES, Person, degree_lines, span


def q(text: str) -> str:
    """A Typst string literal (code mode)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def s(text: str) -> str:
    """A Typst string literal inserted into markup: printed exactly, no markup interpretation."""
    return "#" + q(text)


PREAMBLE = """#set smartquote(enabled: false)
#set text(font: ({fonts}), size: {size}pt, lang: "en")
#set par(justify: false, leading: 0.55em)
"""


def compile_typ(src: str, out_pdf) -> None:
    typst.compile(
        src.encode(), output=str(out_pdf), font_paths=["/usr/share/fonts"], timestamp=1796083200
    )


# ---------------------------------------------------------------- ty-sidebar
def ty_sidebar(p: Person, out_pdf) -> None:
    side = []
    words = " ".join(f"#box[{s(w)}]" for w in p.name.split())
    side.append(
        f'#text(size: {19 if len(p.name) <= 22 else 17}pt, weight: "bold", fill: white)[{words}]'
    )
    side.append(f'#v(2pt)#text(size: 10pt, fill: rgb("#f2c14e"), weight: "bold")[{s(p.creds)}]')
    side.append("#v(10pt)")

    def sh(title):
        side.append(
            f'#v(8pt)#text(size: 9pt, weight: "bold", fill: rgb("#f2c14e"), tracking: 1pt)[{s(title.upper())}]#v(-4pt)#line(length: 100%, stroke: 0.5pt + rgb("#f2c14e"))#v(-2pt)'
        )

    sh("Contact")
    side.append(
        f"#grid(columns: (14pt, 1fr), row-gutter: 5pt, {q('✆')}, {q(p.phone)}, {q('✉')}, {q(p.email)}"
        + (f", {q('⌂')}, [{s(p.street)} \\ {s(f'{p.city}, {p.st} {p.zip}')}]" if p.street else "")
        + ")"
    )
    sh("Licensure")
    for lic in p.licenses:
        extra = " · compact" if lic.compact else (" · single-state" if lic.compact is False else "")
        if "compact" in lic.printed.lower() or "single-state" in lic.printed.lower():
            extra = ""
        side.append(
            f'#text(weight: "bold")[{s(STATES[lic.state] + " — " + lic.printed)}] \\ {s("#" + lic.number + extra)} \\ {s(lic.exp_text)} #v(3pt)'
        )
    sh("Certifications")
    for ce in p.certs:
        line = f'#text(weight: "bold")[{s(ce.name)}] {s("[" + ce.issuer + "]")}'
        if ce.exp_text:
            line += f" \\ #text(size: 8pt)[{s(ce.exp_text)}]"
        side.append(line + " #v(2pt)")
    sh("EHR")
    side.append(s(" · ".join(p.ehr_printed)))
    if p.skills:
        sh("Strengths")
        for sk in p.skills:
            side.append(f"{s('› ' + sk)} \\")
    main = []
    main.append(f'#text(size: 14pt, weight: "bold", fill: rgb("#23395b"))[{s(p.headline)}]')
    main.append(f"#v(4pt){s(p.summary)}")

    def mh(title):
        main.append(
            f'#v(10pt)#text(size: 11.5pt, weight: "bold", fill: rgb("#23395b"))[{s(title)}]#v(-6pt)#line(length: 100%, stroke: 1pt + rgb("#23395b"))'
        )

    mh("Experience")
    for j in p.jobs:
        main.append(
            f'#v(5pt)#grid(columns: (1fr, auto), text(weight: "bold")[{s(j.title)}], text(size: 8.5pt, fill: rgb("#555555"))[{s(span(j, "iso", " → ", "present"))}])'
        )
        where = f"{j.employer} — {j.city}, {j.st}"
        if j.agency:
            where += f" (through {j.agency})"
        main.append(f'#text(style: "italic")[{s(where)}]')
        for b in j.bullets:
            main.append(f"- {s(b)}")
    mh("Education")
    for e in p.education:
        main.append(
            f'#v(3pt)#text(weight: "bold")[{s(" ".join(degree_lines(e)))}] \\ {s(f"{e.school}, {e.city} · {e.year}")}'
        )
    src = PREAMBLE.format(fonts='"Lato", "DejaVu Sans"', size=9.5)
    src += '#set page(paper: "us-letter", margin: (left: 0.3in, right: 0.5in, top: 0.45in, bottom: 0.45in), background: place(left + top, rect(width: 2.75in, height: 100%, fill: rgb("#23395b"))))\n'
    src += "#grid(columns: (2.3in, 1fr), column-gutter: 0.45in,\n"
    src += "  block(width: 100%)[#set text(fill: white, size: 8.8pt)\n" + "\n".join(side) + "\n],\n"
    src += "  block(width: 100%)[\n" + "\n".join(main) + "\n])\n"
    compile_typ(src, out_pdf)


# ---------------------------------------------------------------- ty-twopage
def ty_twopage(p: Person, out_pdf) -> None:
    out = []
    short = p.name.split()[0][0] + ". " + p.name.split()[-1]
    out.append(f'#align(center)[#text(size: 24pt, weight: "semibold")[{s(p.name)}]]')
    out.append(
        f'#align(center)[#text(size: 11pt, style: "italic")[{s(p.creds + " · " + p.headline)}]]'
    )
    out.append(
        f"#align(center)[#text(size: 9.5pt)[{s(f'{p.street}, {p.city}, {p.st} {p.zip}')} #h(8pt)|#h(8pt) {s(p.phone)} #h(8pt)|#h(8pt) {s(p.email)}]]"
    )
    out.append("#v(6pt)#line(length: 100%, stroke: 1.2pt)")

    def h(title):
        out.append(
            f'#v(9pt)#text(size: 12.5pt, weight: "bold")[#smallcaps[{s(title)}]]#v(-7pt)#line(length: 100%, stroke: 0.4pt)'
        )

    h("Profile")
    out.append(s(p.summary))
    h("Professional Experience")
    for j in p.jobs:
        out.append(
            f'#v(6pt)#grid(columns: (1fr, auto), text(weight: "bold")[{s(j.employer)}], [{s(span(j, "mon", " – "))}])'
        )
        sub = f"{j.title} · {j.city}, {j.st}"
        if j.kind == "PRN":
            sub += " · PRN"
        out.append(f'#text(style: "italic")[{s(sub)}]')
        for b in j.bullets:
            out.append(f"- {s(b)}")
    h("Licensure")
    rows = []
    for lic in p.licenses:
        ty = lic.printed
        rows.append(f"{q(STATES[lic.state])}, {q(ty)}, {q(lic.number)}, {q(lic.exp_text)}")
    out.append(
        "#table(columns: (1.25in, 2.95in, 1.2in, 1fr), stroke: 0.4pt, inset: 5pt, fill: (x, y) => if y == 0 { luma(225) }, [*State*], [*Type*], [*Number*], [*Expires*], "
        + ", ".join(rows)
        + ")"
    )
    h("Certifications")
    for ce in p.certs:
        line = f"{ce.long} ({ce.name})" if ce.long else ce.name
        line += f" — {ce.issuer}"
        if ce.exp_text:
            line += f"; {ce.exp_text}"
        out.append(f"- {s(line)}")
    h("Education")
    for e in p.education:
        lines = degree_lines(e)
        deg = " \\ ".join(s(x) for x in lines)
        out.append(
            f'#v(3pt)#grid(columns: (1fr, auto), text(weight: "bold")[{deg}], [{s(e.year)}])'
        )
        out.append(s(f"{e.school}, {e.city}"))
    h("Clinical Systems & Skills")
    out.append(f"*EHR:* {s(', '.join(p.ehr_printed))}")
    if p.skills:
        out.append(f" \\ *Skills:* {s('; '.join(p.skills))}")
    src = PREAMBLE.format(fonts='"EB Garamond", "DejaVu Serif"', size=11.5)
    src += (
        '#set page(paper: "us-letter", margin: (x: 0.85in, top: 0.9in, bottom: 0.8in), '
        "header: context { if counter(page).get().first() > 1 { set text(size: 9pt, fill: luma(90)); "
        f"grid(columns: (1fr, auto), {q(short + ' — Résumé')}, [Page #counter(page).display()]); v(-6pt); line(length: 100%, stroke: 0.4pt + luma(120)) }} }}, "
        "footer: context { if counter(page).get().first() == 1 { align(center, text(size: 8pt, fill: luma(120))[continued on page 2]) } })\n"
    )
    src += "\n".join(out) + "\n"
    compile_typ(src, out_pdf)


TYPST = {"ty-sidebar": ty_sidebar, "ty-twopage": ty_twopage}

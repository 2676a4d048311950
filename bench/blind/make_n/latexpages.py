"""LaTeX layouts for set n, written from scratch: a two-column CV with a coloured sidebar, a classic
one-column academic CV (one or two pages, running header and "Page x of y"), and a tabular
licence/certification layout. Each returns the .tex source; build.py runs pdflatex."""

from __future__ import annotations

from model import STATES, Person, date, span

_ESC = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "•": r"\textbullet{}",
}


def esc(s: str) -> str:
    return "".join(_ESC.get(ch, ch) for ch in s)


PREAMBLE = r"""\documentclass[SIZE]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{xcolor,enumitem,array}
\setlist{nosep,leftmargin=1.1em}
\setlength{\parindent}{0pt}
"""


def _jobs_sidebar(p: Person) -> str:
    out = []
    for j in p.jobs:
        out.append(rf"\textbf{{{esc(j.title)}}}\hfill{{\small {esc(span(j, 'mon'))}}}\par")
        out.append(rf"{esc(j.employer)} \textcolor{{muted}}{{\textbullet{{}} {esc(j.city)}}}\par")
        if j.agency:
            out.append(rf"\textit{{Travel contract through {esc(j.agency)}}}\par")
        if j.bullets:
            out.append(r"\begin{itemize}")
            out += [rf"\item {esc(b)}" for b in j.bullets]
            out.append(r"\end{itemize}")
        out.append(r"\vspace{5pt}")
    return "\n".join(out)


def sidebar(p: Person) -> str:
    """Two columns: a dark teal sidebar (contact, licences, certifications, charting, skills)."""
    side = []
    side.append(r"{\large\bfseries CONTACT}\\[2pt]")
    if p.street:
        side.append(rf"{esc(p.street)}\\{esc(p.city)}, {p.state} {p.zip}\\")
    side.append(rf"{esc(p.phone)}\\{esc(p.email)}\\[8pt]")
    side.append(r"{\large\bfseries LICENSES}\\[2pt]")
    for c in p.licenses:
        side.append(
            rf"\textbf{{{STATES[c.state]}}} \textbullet{{}} {esc(c.printed)}\\"
            + (rf"{esc(c.cword)}\\" if c.cword else "")
            + rf"No. {esc(c.number)}\\{esc(c.wording)}\\[4pt]"
        )
    side.append(r"\vspace{4pt}{\large\bfseries CERTIFICATIONS}\\[2pt]")
    for c in p.certs:
        line = rf"\textbf{{{esc(c.acr)}}}"
        if c.long:
            line += rf" \textendash{{}} {esc(c.long)}"
        line += rf"\\{{\footnotesize {esc(c.issuer)}"
        if c.wording:
            line += rf"; {esc(c.wording)}"
        side.append(line + r"}\\[3pt]")
    side.append(r"\vspace{4pt}{\large\bfseries CHARTING}\\[2pt]" + esc(p.ehr_line) + r"\\[8pt]")
    if p.skills:
        side.append(r"{\large\bfseries SKILLS}\\[2pt]" + r"\\".join(esc(s) for s in p.skills))
    main = [
        rf"{{\fontsize{{24}}{{28}}\selectfont\bfseries {esc(p.name)}}}\\[3pt]",
        rf"{{\large\color{{accent}} {esc(p.creds)}}}\\[1pt]",
        rf"{{\color{{muted}}{esc(p.title)}}}\\[8pt]",
        r"{\large\bfseries\color{accent} PROFILE}\\[-4pt]\rule{\linewidth}{0.6pt}\\",
        esc(p.summary) + r"\\[8pt]",
        r"{\large\bfseries\color{accent} EXPERIENCE}\\[-4pt]\rule{\linewidth}{0.6pt}\\[2pt]",
        _jobs_sidebar(p),
        r"\vspace{4pt}{\large\bfseries\color{accent} EDUCATION}\\[-4pt]\rule{\linewidth}{0.6pt}\\[2pt]",
    ]
    for e in p.edu:
        main.append(
            r"\textbf{"
            + r"\\".join(esc(x) for x in e.lines)
            + rf"}}\\{esc(e.school)}, {e.year}\\[3pt]"
        )
    return (
        PREAMBLE.replace("SIZE", "10pt")
        + r"""\usepackage[letterpaper,top=0.45in,bottom=0.4in,left=0.3in,right=0.45in]{geometry}
\usepackage[scaled=0.92]{helvet}
\renewcommand\familydefault{\sfdefault}
\usepackage{eso-pic}
\definecolor{side}{HTML}{1F4E5F}
\definecolor{accent}{HTML}{1F4E5F}
\definecolor{muted}{HTML}{555555}
\AddToShipoutPictureBG{\AtPageLowerLeft{\color{side}\rule{2.62in}{\paperheight}}}
\pagestyle{empty}
\begin{document}
\small
\noindent\begin{minipage}[t]{2.08in}\color{white}\raggedright
"""
        + "\n".join(side)
        + r"""
\end{minipage}\hspace{0.55in}\begin{minipage}[t]{\dimexpr\textwidth-2.63in\relax}\raggedright
"""
        + "\n".join(main)
        + r"""
\end{minipage}
\end{document}
"""
    )


def academic(p: Person, extra_sections: list[tuple[str, list[str]]] | None = None) -> str:
    """Classic one-column CV: Charter, name in small caps centred, dates in a left column."""
    head = (
        r"\fancyhead[L]{\small " + esc(p.name) + r" \textemdash{} Curriculum Vitae}\fancyhead[R]{}"
        if p.pages > 1
        else r"\fancyhead{}"
    )
    rows = []

    def section(title: str) -> None:
        rows.append(rf"\section*{{{title}}}")

    def entry(left: str, right: str) -> None:
        rows.append(
            rf"\noindent\begin{{tabular}}{{@{{}}p{{1.15in}}p{{5.35in}}@{{}}}}{left} & {right}\end{{tabular}}\par\vspace{{3pt}}"
        )

    contact = (
        esc(p.street + ", " + p.city + ", " + p.state + " " + p.zip) + r" \quad\textbullet\quad "
        if p.street
        else ""
    )
    rows.append(
        r"\begin{center}{\LARGE\scshape "
        + esc(p.name)
        + r"}\\[2pt]"
        + esc(p.creds)
        + r"\\[3pt]\small "
        + contact
        + esc(p.phone)
        + r" \quad\textbullet\quad "
        + esc(p.email)
        + r"\end{center}"
    )
    rows.append(r"\vspace{-6pt}\noindent " + esc(p.summary))
    section("Education")
    for e in p.edu:
        entry(
            e.year,
            r"\textbf{"
            + r"}\newline\textbf{".join(esc(x) for x in e.lines)
            + r"}\newline "
            + esc(e.school),
        )
    section("Clinical and Professional Appointments")
    for j in p.jobs:
        body = r"\textbf{" + esc(j.title) + r"}\newline " + esc(j.employer) + ", " + esc(j.city)
        if j.agency:
            body += r"\newline\emph{Contract placement through " + esc(j.agency) + "}"
        for b in j.bullets:
            body += r"\newline\textendash{} " + esc(b)
        entry(esc(span(j, "mm/yyyy", " -- ", "present")), body)
    for title, items in extra_sections or []:
        section(title)
        rows.append(
            r"\begin{enumerate}[leftmargin=1.6em,itemsep=2pt]"
            + "".join(r"\item " + esc(i) for i in items)
            + r"\end{enumerate}"
        )
    section("Licensure")
    for c in p.licenses:
        cw = f" ({esc(c.cword)})" if c.cword else ""
        entry(
            STATES[c.state],
            esc(c.printed) + cw + r", license no.\ " + esc(c.number) + ", " + esc(c.wording),
        )
    section("Board Certification and Training")
    for c in p.certs:
        body = (esc(c.long) + f" ({esc(c.acr)})" if c.long else esc(c.acr)) + ", " + esc(c.issuer)
        if c.wording:
            body += "; " + esc(c.wording)
        entry(esc(c.acr), body)
    section("Clinical Information Systems")
    rows.append(r"\noindent " + esc(p.ehr_line))
    return (
        PREAMBLE.replace("SIZE", "11pt" if p.pages > 1 else "10pt")
        + r"""\usepackage[letterpaper,margin=0.85in,top=0.8in]{geometry}
\usepackage{charter}
\usepackage{titlesec,fancyhdr,lastpage}
\titleformat{\section}{\normalfont\large\scshape}{}{0pt}{}[\vspace{-5pt}\rule{\linewidth}{0.4pt}]
\titlespacing*{\section}{0pt}{9pt}{4pt}
\pagestyle{fancy}\renewcommand{\headrulewidth}{0pt}
"""
        + head
        + (
            r"\fancyfoot[C]{\small Page \thepage\ of \pageref{LastPage}}"
            if p.pages > 1
            else r"\fancyfoot{}"
        )
        + "\n\\begin{document}\n"
        + "\n".join(rows)
        + "\n\\end{document}\n"
    )


def tabular(p: Person) -> str:
    """A licence/certification sheet: header block, then booktabs tables for everything."""
    has_compact = any(c.compact is not None for c in p.licenses)
    rows = [
        r"\noindent\colorbox{band}{\parbox{\dimexpr\linewidth-2\fboxsep}{\vspace{4pt}{\color{white}\Huge\bfseries "
        + esc(p.name)
        + r"}\\[2pt]{\color{white}\large "
        + esc(p.creds)
        + r" \textbar{} "
        + esc(p.title)
        + r"}\vspace{4pt}}}\\[4pt]",
    ]
    contact = [esc(p.phone), esc(p.email)]
    if p.street:
        contact.insert(0, esc(f"{p.street}, {p.city}, {p.state} {p.zip}"))
    rows.append(r"\noindent " + r" \quad\textbar\quad ".join(contact) + r"\\[6pt]")
    rows.append(r"\noindent " + esc(p.summary))
    rows.append(r"\sect{Licensure}")
    cols = "llll" + ("l" if has_compact else "")
    hdr = (
        r"State & License type & Number & " + (r"Compact & " if has_compact else "") + "Expiration"
    )
    rows.append(rf"\noindent\begin{{tabular}}{{@{{}}{cols}@{{}}}}\toprule {hdr}\\\midrule")
    for c in p.licenses:
        rows.append(
            f"{STATES[c.state]} & {esc(c.printed)} & {esc(c.number)} & "
            + (f"{esc(c.cword)} & " if has_compact else "")
            + rf"{esc(c.wording)}\\"
        )
    rows.append(r"\bottomrule\end{tabular}")
    rows.append(r"\sect{Certifications}")
    rows.append(
        r"\noindent\begin{tabularx}{\linewidth}{@{}lXll@{}}\toprule Credential & Full title & Issuing body & Expiration\\\midrule"
    )
    for c in p.certs:
        rows.append(
            rf"{esc(c.acr)} & {esc(c.long) or '--'} & {esc(c.issuer)} & {esc(c.wording) if c.wording else '--'}\\"
        )
    rows.append(r"\bottomrule\end{tabularx}")
    rows.append(r"\sect{Clinical Experience}")
    rows.append(
        r"\noindent\begin{tabularx}{\linewidth}{@{}p{1.25in}X@{}}\toprule Dates & Position, facility and scope\\\midrule"
    )
    for j in p.jobs:
        body = r"\textbf{" + esc(j.title) + "} -- " + esc(j.employer) + ", " + esc(j.city)
        if j.agency:
            body += r" \emph{(assignment via " + esc(j.agency) + ")}"
        if j.bullets:
            body += r"\newline " + "; ".join(esc(b) for b in j.bullets)
        rows.append(esc(span(j, "mon", " -- ")) + " & " + body + r"\\[2pt]")
    rows.append(r"\bottomrule\end{tabularx}")
    rows.append(r"\sect{Education}")
    rows.append(
        r"\noindent\begin{tabularx}{\linewidth}{@{}XXl@{}}\toprule Degree & School & Year\\\midrule"
    )
    for e in p.edu:
        rows.append(
            r"\parbox[t]{\hsize}{"
            + r"\\".join(esc(x) for x in e.lines)
            + "} & "
            + esc(e.school)
            + " & "
            + e.year
            + r"\\[2pt]"
        )
    rows.append(r"\bottomrule\end{tabularx}")
    rows.append(r"\sect{Electronic Health Records}\noindent " + esc(p.ehr_line))
    return (
        PREAMBLE.replace("SIZE", "10pt")
        + r"""\usepackage[letterpaper,margin=0.6in]{geometry}
\usepackage{mathpazo}
\usepackage{booktabs,tabularx}
\definecolor{band}{HTML}{7A2E3B}
\newcommand{\sect}[1]{\par\vspace{8pt}\noindent{\large\bfseries\color{band}\MakeUppercase{#1}}\par\vspace{3pt}}
\pagestyle{empty}
\begin{document}
"""
        + "\n".join(rows)
        + "\n\\end{document}\n"
    )


__all__ = ["academic", "date", "esc", "sidebar", "tabular"]

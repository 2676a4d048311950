"""Plain-text resumes for set i."""

from __future__ import annotations

import textwrap

from model import Person, span


def _hyphen_wrap(text: str, width: int) -> list[str]:
    """Wrap like text copied out of a justified PDF: long words hyphenated at line ends."""
    out: list[str] = []
    line = ""
    for w in text.split():
        if len(line) + 1 + len(w) <= width:
            line = f"{line} {w}".strip()
            continue
        room = width - len(line) - 2
        if len(w) >= 9 and room >= 4 and w.isalpha():
            out.append(f"{line} {w[:room]}-".strip())
            line = w[room:]
        else:
            out.append(line)
            line = w
    if line:
        out.append(line)
    return out


def pdfpaste(p: Person) -> str:
    """Text copied out of a two-page PDF: hard wraps, hyphenation; header and page lines."""
    L: list[str] = [p.name.upper() + ", " + p.creds, p.city or "", f"{p.phone} | {p.email}", ""]
    L += ["PROFESSIONAL SUMMARY"] + _hyphen_wrap(p.summary + " " + p.headline + ".", 58) + [""]
    L += ["EXPERIENCE"]
    for j in p.jobs:
        L += [f"{j.title}", f"{j.employer}, {j.city} {span(j, p.datefmt)}"]
        for b in j.bullets:
            wr = _hyphen_wrap(b, 56)
            L += ["• " + wr[0]] + wr[1:]
    L += ["", "LICENSURE"] + [x.text for x in p.licenses]
    L += ["", "CERTIFICATIONS"]
    for c in p.certs:
        L += _hyphen_wrap(c.text, 58)
    L += ["", "EDUCATION"] + [f"{d.degree}, {d.school}, {d.when}" for d in p.education]
    L += ["", "SKILLS"] + _hyphen_wrap(", ".join(p.skills), 58)
    cut = next(i for i, ln in enumerate(L) if ln == "LICENSURE") - 1
    page2 = [f"{p.name.split()[-1]}, {p.name.split()[0]} – Resume (continued)", ""]
    body = L[:cut] + ["", "Page 1 of 2", "", ""] + page2 + L[cut:] + ["", "Page 2 of 2"]
    return "\n".join(body) + "\n"


def cover_txt(p: Person) -> str:
    """A cover letter then the resume, typed in plain text."""
    L = list(p.cover[:-1])
    L += [
        p.cover[-1],
        "",
        "-" * 60,
        "",
        p.name + ", " + p.creds,
        f"{p.street}, {p.city}",
        p.phone,
        p.email,
        "",
    ]
    L += ["SUMMARY", textwrap.fill(p.summary, 76), "", "LICENSES"]
    L += [f"  {x.text}" for x in p.licenses]
    L += ["", "CERTIFICATIONS"] + [f"  {c.text}" for c in p.certs]
    L += ["", "EXPERIENCE"]
    for j in p.jobs:
        L += [f"{span(j, 'num', ' to ')}", f"  {j.title}", f"  {j.employer} ({j.city})"]
        L += [f"  - {b}" for b in j.bullets]
        L.append("")
    L += ["EDUCATION"] + [f"  {d.degree}, {d.school} ({d.when})" for d in p.education]
    L += ["", "SOFTWARE", "  " + ", ".join(p.skills)]
    return "\n\n".join(L[:4]) + "\n\n" + "\n".join(L[4:]) + "\n"


def _box(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep]
    for k, r in enumerate(rows):
        out.append("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |")
        if k == 0:
            out.append(sep.replace("-", "="))
    out.append(sep)
    return out


def ascii_tables(p: Person) -> str:
    """Typed with ASCII box tables for licences, certifications and work history."""
    L = [p.name, p.creds, f"{p.street}, {p.city}", f"Cell {p.phone}", p.email, "", "OBJECTIVE"]
    L += textwrap.wrap(p.summary, 70) + ["", "LICENSE"]
    L += _box(
        [["State", "Type", "Number", "Compact", "Expires"]]
        + [
            [x.state, x.type, x.number, "Yes" if x.compact else "No", x.text.rsplit(" ", 1)[-1]]
            for x in p.licenses
        ]
    )
    L += ["", "CERTIFICATIONS"] + [f"* {c.text}" for c in p.certs]
    L += ["", "WORK HISTORY"]
    L += _box(
        [["From - To", "Employer", "City", "Position"]]
        + [[span(j, "num", " - "), j.employer, j.city, j.title] for j in p.jobs]
    )
    for j in p.jobs:
        L += [f"{j.employer}:"] + [f"  * {b}" for b in j.bullets]
    L += ["", "EDUCATION"] + [f"{d.degree} - {d.school} - {d.when}" for d in p.education]
    L += ["", "SKILLS: " + ", ".join(p.skills)]
    return "\n".join(L) + "\n"


TEXTS = {"txt-pdfpaste": pdfpaste, "txt-cover": cover_txt, "txt-ascii": ascii_tables}

"""groff: a plain typewriter-like page (Courier, no fill, hand-padded columns, dashed underlines),
written as troff requests; build.py runs groff -Tps and ps2pdf."""

from __future__ import annotations

import textwrap

from model import STATES, Person, span

W = 72  # characters a line


def _t(s: str) -> str:
    s = s.replace("\\", "\\e").replace("–", "-").replace("—", "-")
    return "\\&" + s if s[:1] in ".'" else s


def _head(title: str) -> list[str]:
    return ["", title.upper(), "-" * len(title)]


def _hang(left: str, text: str, width: int = 20) -> list[str]:
    lines = textwrap.wrap(text, W - width) or [""]
    return [left.ljust(width) + lines[0]] + [" " * width + x for x in lines[1:]]


def page(p: Person) -> str:
    out: list[str] = []
    name = f"{p.name.upper()}, {p.creds}"
    out.append(name.center(W).rstrip())
    if p.street:
        out.append(f"{p.street}, {p.city}, {p.state} {p.zip}".center(W).rstrip())
    out.append(f"{p.phone}   {p.email}".center(W).rstrip())
    out += _head("Summary")
    out += textwrap.wrap(p.summary, W)
    out += _head("Licensure")
    for c in p.licenses:
        cw = f", {c.cword}" if c.cword else ""
        out += textwrap.wrap(
            f"* {STATES[c.state]} {c.printed}{cw}, No. {c.number}, {c.wording}",
            W,
            subsequent_indent="  ",
        )
    if not p.licenses:
        out.append("* No state license required for this role")
    out += _head("Certifications")
    for c in p.certs:
        txt = (
            f"* {c.acr}"
            + (f" ({c.long})" if c.long else "")
            + f" - {c.issuer}"
            + (f", {c.wording}" if c.wording else "")
        )
        out += textwrap.wrap(txt, W, subsequent_indent="  ")
    out += _head("Work experience")
    for j in p.jobs:
        out += _hang(span(j, "m/yyyy", " - ", "present"), j.title)
        out += _hang("", f"{j.employer}, {j.city}")
        if j.agency:
            out += _hang("", f"(travel assignment - agency: {j.agency})")
        for b in j.bullets:
            out += _hang("", "- " + b)
        out.append("")
    if p.clinical_sites:
        out += _head("Clinical rotations (nursing school)")
        for s in p.extra.get("rotations", []):
            out += textwrap.wrap("* " + s, W, subsequent_indent="  ")
    out += _head("Education")
    for e in p.edu:
        out += _hang(e.year, " ".join(e.lines))
        out += _hang("", e.school)
    out += _head("Computer systems")
    out += textwrap.wrap(p.ehr_line, W)
    src = [
        '.\\" set n typewriter page',
        ".pl 11i",
        ".po 0.95i",
        ".ll 6.6i",
        ".fam C",
        ".ft CR",
        f".ps {p.extra.get('pt', 10)}",
        f".vs {p.extra.get('vs', 12.5)}p",
        ".nf",
        ".sp 0.2i",
    ]
    src += [_t(x) for x in out]
    return "\n".join(src) + "\n"

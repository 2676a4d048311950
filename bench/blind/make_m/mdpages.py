"""Markdown resumes for pandoc (set m): 'Google Docs'-style plain pages and pandoc-built .docx."""

from __future__ import annotations

from model import Person, cert_line


def _md(s: str) -> str:
    """Escape the few characters pandoc would read as markup."""
    return (
        s.replace("*", "\\*")
        .replace("_", "\\_")
        .replace("#", "\\#")
        .replace("[", "\\[")
        .replace("]", "\\]")
    )


def _addr(p: Person) -> str:
    return ", ".join(x for x in (p.street, p.city) if x)


def gdocs(p: Person) -> str:
    """A plain 'Google Docs' resume: title, one contact line, bold job lines, italic dates."""
    out = [
        f"# {_md(p.name)}",
        "",
        f"{_md(p.creds)}  ",
        f"{_md(_addr(p))} | {_md(p.phone)} | {_md(p.email)}",
        "",
    ]
    if p.summary:
        out += ["## Summary", "", _md(p.summary), ""]
    out += ["## Experience", ""]
    for j in p.jobs:
        line = f"**{_md(j.title)}**, {_md(j.employer)} — {_md(j.city)}"
        if j.agency:
            line += f" (travel assignment via {_md(j.agency)})"
        out += [line + "  ", f"*{p.span(j, ' - ')}*", ""]
        out += [f"- {_md(b)}" for b in j.bullets] + [""]
    out += ["## Licenses", ""]
    for x in p.licenses:
        comp = f", {x.compact_text}" if x.compact_text else ""
        out.append(
            f"- {_md(x.printed)} — {_md(x.state_name)}{_md(comp)}, license {_md(x.number)}, {_md(x.exp_text)}"
        )
    out += ["", "## Certifications", ""]
    out += [f"- {_md(cert_line(c, 'comma'))}" for c in p.certs]
    out += ["", "## Education", ""]
    for d in p.education:
        if d.wrap:
            rest = d.degree[len(d.wrap) :].strip()
            out += [
                f"**{_md(d.wrap)}**, {d.year}  ",
                f"**{_md(rest)}**  ",
                f"{_md(d.school)}, {_md(d.city)}",
                "",
            ]
        else:
            out += [f"**{_md(d.degree)}**, {d.year}  ", f"{_md(d.school)}, {_md(d.city)}", ""]
    out += ["## Systems", "", _md(p.ehr_text), ""]
    if p.skills:
        out += ["## Skills", "", _md(", ".join(p.skills)), ""]
    return "\n".join(out)


def docx_plain(p: Person) -> str:
    """Plain pandoc .docx: heading per section, everything in bullet lists."""
    out = [
        f"# {_md(p.name)}, {_md(p.creds)}",
        "",
        _md(_addr(p)) + "  ",
        f"Phone: {_md(p.phone)}  ",
        f"Email: {_md(p.email)}",
        "",
    ]
    out += [f"*{_md(p.headline)}*", ""]
    out += ["## Licensure", ""]
    for x in p.licenses:
        comp = f" ({x.compact_text})" if x.compact_text else ""
        out.append(
            f"- {_md(x.state_name)} {_md(x.printed)}{_md(comp)} \\# {_md(x.number)} — {_md(x.exp_text)}"
        )
    out += ["", "## Certifications", ""]
    out += [f"- {_md(cert_line(c, 'paren'))}" for c in p.certs]
    out += ["", "## Work Experience", ""]
    for j in p.jobs:
        out += [f"### {_md(j.employer)} — {_md(j.city)}", ""]
        t = f"{_md(j.title)}, {p.span(j, ' to ')}"
        if j.agency:
            t += f" — contract through {_md(j.agency)}"
        out += [f"*{t}*", ""]
        out += [f"- {_md(b)}" for b in j.bullets] + [""]
    out += ["## Education", ""]
    out += [f"- {_md(d.degree)} — {_md(d.school)}, {_md(d.city)} ({d.year})" for d in p.education]
    out += ["", "## Computer Charting", "", _md(p.ehr_text), ""]
    if p.skills:
        out += ["## Skills", ""] + [f"- {_md(s)}" for s in p.skills] + [""]
    return "\n".join(out)


def docx_table(p: Person) -> str:
    """pandoc .docx with pipe tables for licences and certifications."""
    out = [
        f"# {_md(p.name)}",
        "",
        f"**{_md(p.creds)}** · {_md(p.headline)}",
        "",
        f"{_md(_addr(p))}  ",
        f"{_md(p.phone)} · {_md(p.email)}",
        "",
    ]
    out += ["## Licenses", "", "| State | License | Number | Expiration |", "|---|---|---|---|"]
    for x in p.licenses:
        out.append(
            f"| {_md(x.state_name)} | {_md(x.printed)} | {_md(x.number)} | {_md(x.exp_text)} |"
        )
    out += ["", "## Certifications", "", "| Certification | Issued by | Expires |", "|---|---|---|"]
    for c in p.certs:
        name = f"{c.name} ({c.long})" if c.long else c.name
        out.append(f"| {_md(name)} | {_md(c.issuer)} | {_md(c.exp_text or '—')} |")
    out += ["", "## Experience", ""]
    for j in p.jobs:
        t = f"**{_md(j.title)}** — {_md(j.employer)}, {_md(j.city)}"
        if j.agency:
            t += f" *(travel contract, {_md(j.agency)})*"
        out += [t + "  ", f"{p.span(j, ' – ')}", ""]
        out += [f"- {_md(b)}" for b in j.bullets] + [""]
    out += ["## Education", ""]
    for d in p.education:
        out += [f"{_md(d.degree)}, {d.year}  ", f"{_md(d.school)} — {_md(d.city)}", ""]
    out += ["## EMR", "", _md(p.ehr_text), ""]
    if p.skills:
        out += ["## Skills", "", _md(" · ".join(p.skills)), ""]
    return "\n".join(out)

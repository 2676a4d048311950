"""Plain text as pasted from a job board or exported from a LinkedIn-style profile."""

from model import Person, duration_words, fmt_date
from text_bits import STATE_NAMES, cert_line, job_where, lic_line, mmyy, when


def _long_city(city: str) -> str:
    town, st = city.rsplit(", ", 1)
    return f"{town}, {STATE_NAMES.get(st, st)}, United States"


def _study_years(degree: str) -> int:
    d = degree.lower()
    if "doctor" in d:
        return 3
    if "bachelor" in d:
        return 4
    return 2


def linkedin(p: Person) -> str:
    out = [
        p.name,
        p.title,
        p.address or "",
        "",
        "Contact",
        p.email,
        p.phone,
        "",
        "About",
        p.summary,
        "",
        "Experience",
    ]
    for j in p.jobs:
        company = j.agency or j.org
        kind = "Contract" if j.agency else "Full-time"
        out += [
            j.title,
            f"{company} · {kind}",
            f"{fmt_date(j.start, 'mon')} - {fmt_date(j.end, 'mon')} · {duration_words(j)}",
            _long_city(j.city),
        ]
        desc = f"Assignment at {j.org} ({j.unit}). " if j.agency else ""
        out += [desc + " ".join(b.rstrip(".") + "." for b in j.bullets), ""]
    out += ["Education"]
    for e in p.education:
        out += [e.school, e.degree, f"{int(e.year) - _study_years(e.degree)} - {e.year}", ""]
    out += ["Licenses & certifications"]
    for lic in p.licenses:
        multi = " (Multistate / Compact)" if lic.compact else ""
        out += [
            f"{STATE_NAMES[lic.state]} {lic.type} License{multi}",
            f"{STATE_NAMES[lic.state]} licensing board",
        ]
        out += [f"Expires {fmt_date(lic.expires, 'mon')}"] if lic.expires else []
        out += [f"Credential ID {lic.number}", ""]
    for c in p.certs:
        out += [c.long + f" ({c.name})" if c.long else c.name] + ([c.issuer] if c.issuer else [])
        out += [f"Expires {fmt_date(c.expires, 'mon')}"] if c.expires else []
        out += [""]
    if p.ehr:
        out += ["Skills"] + p.ehr
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def jobboard(p: Person) -> str:
    rule = "-" * 48
    out = [f"{p.name}, {p.creds}", p.title]
    out += [
        f"Location: {p.address}" if p.address else "Location: open to relocation / travel",
        f"Phone: {p.phone}",
        f"Email: {p.email}",
        rule,
        "SUMMARY",
        p.summary,
        rule,
        "WORK EXPERIENCE",
    ]
    for j in p.jobs:
        out += [f"{j.title} -- {job_where(j)}", f"  {when(j, p.datefmt, ' to ')}"]
        out += [f"  - {b}" for b in j.bullets]
    out += [rule, "LICENSES"]
    out += [f"  * {lic_line(lic)}" for lic in p.licenses] or ["  * none required"]
    out += ["CERTIFICATIONS"] + [f"  * {cert_line(c)}" for c in p.certs]
    out += [rule, "EDUCATION"] + [f"  {e.degree}, {e.school}, {e.year}" for e in p.education]
    if p.ehr:
        out += [rule, f"EMR: {' / '.join(p.ehr)}"]
    return "\n".join(out) + "\n"


LAYOUTS = {"linkedin": linkedin, "jobboard": jobboard}


def render(p: Person) -> str:
    return LAYOUTS[p.layout](p)


__all__ = ["render", "mmyy"]

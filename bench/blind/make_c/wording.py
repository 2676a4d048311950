"""How one licence, certification or job reads on a page, in the several ways resumes word them."""

from model import AS_OF, Cert, Job, Lic, fmt_date, mmyy, span

STATES = {
    "AZ": "Arizona",
    "CA": "California",
    "CO": "Colorado",
    "FL": "Florida",
    "GA": "Georgia",
    "IA": "Iowa",
    "IL": "Illinois",
    "IN": "Indiana",
    "KY": "Kentucky",
    "MA": "Massachusetts",
    "MD": "Maryland",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MO": "Missouri",
    "NC": "North Carolina",
    "NE": "Nebraska",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NV": "Nevada",
    "NY": "New York",
    "OH": "Ohio",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "SC": "South Carolina",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VA": "Virginia",
    "WA": "Washington",
    "WI": "Wisconsin",
}


def lic_word(lic: Lic) -> str:
    return lic.label or lic.type


def lic_prose(lic: Lic) -> str:
    """'Compact RN licence (TX) #RN884120, valid through 05/2028' and its single-state kin."""
    word = lic_word(lic)
    if lic.compact:
        head = f"Compact {word} licence ({lic.state})"
    elif lic.compact is False:
        head = f"{STATES[lic.state]} {word} licence (single-state)"
    else:
        head = f"{STATES[lic.state]} {word} licence"
    tail = f", valid through {mmyy(lic.expires)}" if lic.expires else ""
    return f"{head} #{lic.number}{tail}"


def lic_short(lic: Lic) -> str:
    """'RN · Texas · Multistate · No. 884120 · exp. 05/2028'."""
    bits = [lic_word(lic), STATES[lic.state]]
    if lic.compact:
        bits.append("Multistate")
    bits.append(f"No. {lic.number}")
    if lic.expires:
        bits.append(f"exp. {mmyy(lic.expires)}")
    return " · ".join(bits)


def lic_sentence(lic: Lic) -> str:
    """'LVN, State of Texas (multistate privilege), License 311842, expires May 2027'."""
    s = f"{lic_word(lic)}, State of {STATES[lic.state]}"
    if lic.compact:
        s += " (multistate privilege)"
    s += f", License {lic.number}"
    if lic.expires:
        s += f", expires {fmt_date(lic.expires, 'full')}"
    return s


def lic_row(lic: Lic) -> list[str]:
    """State | Licence | Number | Multistate | Expires."""
    multi = "Yes" if lic.compact else ("No" if lic.compact is False else "—")
    return [STATES[lic.state], lic_word(lic), lic.number, multi, mmyy(lic.expires) or "—"]


def lapsed(ym: str | None) -> bool:
    return ym is not None and (int(ym[:4]), int(ym[5:7])) < AS_OF


def cert_name(c: Cert, long: bool) -> str:
    return f"{c.long} ({c.name})" if long and c.long else c.name


def cert_text(c: Cert, style: str, long: bool = True) -> str:
    """One certification. style: bracket | through | valid | comma | dash."""
    name = cert_name(c, long)
    if style == "bracket":
        s = name + (f" [{c.issuer}]" if c.issuer else "")
        if c.expires:
            s += f" {'expired' if lapsed(c.expires) else 'exp.'} {mmyy(c.expires)}"
        return s
    if style == "through":
        s = name + (f" ({c.issuer})" if c.issuer else "")
        return s + (f" — through {mmyy(c.expires)}" if c.expires else "")
    if style == "valid":
        s = name + (f", {c.issuer}" if c.issuer else "")
        return s + (f" — valid until {fmt_date(c.expires, 'full')}" if c.expires else "")
    if style == "comma":
        s = name + (f", {c.issuer}" if c.issuer else "")
        return s + (f", exp. {mmyy(c.expires)}" if c.expires else "")
    s = name + (f" – {c.issuer}" if c.issuer else "")
    return s + (f" – {fmt_date(c.expires, 'mon')}" if c.expires else "")


def title_line(j: Job) -> str:
    return j.title + (f" ({j.kind})" if j.kind else "")


def where(j: Job) -> str:
    unit = f" — {j.unit}" if j.unit else ""
    return f"{j.org}{unit}, {j.city}"


def when(j: Job, style: str, dash: str = " – ") -> str:
    return span(j, style, dash)


def agency_groups(jobs: list[Job]) -> list[tuple[str | None, list[Job]]]:
    """Consecutive jobs placed by the same agency, grouped under it (None: direct hire)."""
    groups: list[tuple[str | None, list[Job]]] = []
    for j in jobs:
        if j.agency and groups and groups[-1][0] == j.agency:
            groups[-1][1].append(j)
        else:
            groups.append((j.agency, [j]))
    return groups


def group_span(jobs: list[Job], style: str) -> str:
    start = min(j.start for j in jobs)
    end = None if any(j.end is None for j in jobs) else max(j.end for j in jobs if j.end)
    return f"{fmt_date(start, style)} – {fmt_date(end, style)}"

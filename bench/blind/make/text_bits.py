"""Wording shared by the renderers: how a licence, certification or job reads on the page."""

from model import Cert, Job, Lic, fmt_date

STATE_NAMES = {
    "AL": "Alabama",
    "AZ": "Arizona",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "FL": "Florida",
    "GA": "Georgia",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "MA": "Massachusetts",
    "ME": "Maine",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "NM": "New Mexico",
    "NY": "New York",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VA": "Virginia",
    "WA": "Washington",
    "WI": "Wisconsin",
}


def mmyy(ym: str | None) -> str:
    return "" if not ym else f"{ym[5:7]}/{ym[:4]}"


def lic_name(lic: Lic) -> str:
    if lic.label:
        return lic.label
    return f"{STATE_NAMES[lic.state]} {lic.type}"


def lic_line(lic: Lic, style: str = "short") -> str:
    """One licence as a sentence. style: short | long."""
    compact = " — Multistate (Compact)" if lic.compact and not lic.label else ""
    exp = ""
    if lic.expires:
        exp = (
            f", exp {mmyy(lic.expires)}"
            if style == "short"
            else f" (expires {fmt_date(lic.expires, 'full')})"
        )
    if style == "short" and not lic.label:
        return f"{lic.state} {lic.type}{compact} #{lic.number}{exp}"
    return f"{lic_name(lic)}{compact}, License No. {lic.number}{exp}"


def cert_line(c: Cert, style: str = "exp") -> str:
    """style: exp ('ACLS (AHA) exp 03/2027') | through | valid | long."""
    name = f"{c.long} ({c.name})" if style == "long" and c.long else c.name
    issuer = (
        f" ({c.issuer})" if c.issuer and style != "long" else (f", {c.issuer}" if c.issuer else "")
    )
    if not c.expires:
        return name + issuer
    if style == "through":
        return f"{name}{issuer} through {mmyy(c.expires)}"
    if style == "valid":
        return f"{name}{issuer} – valid until {fmt_date(c.expires, 'mon')}"
    if style == "long":
        return f"{name}{issuer}, expires {fmt_date(c.expires, 'full')}"
    return f"{name}{issuer} exp {mmyy(c.expires)}"


def job_where(j: Job) -> str:
    """The organisation line: facility, or 'Facility (via Agency)' for a contract."""
    if j.agency:
        unit = f" — {j.unit}" if j.unit else ""
        return f"{j.org}{unit}, {j.city} (via {j.agency})"
    return f"{j.org}, {j.city}"


def when(j: Job, style: str, dash: str = " – ") -> str:
    return f"{fmt_date(j.start, style)}{dash}{fmt_date(j.end, style)}"


def contact_city(address: str | None) -> str | None:
    return address

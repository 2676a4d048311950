"""Set j's records: what a page prints next to what a careful reader takes from it."""

from __future__ import annotations

from dataclasses import dataclass, field

AS_OF = (2026, 12)
MONTHS = "January February March April May June July August September October November December"
FULL = MONTHS.split()
ABBR = [m[:3] for m in FULL]
DOTTED = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]


@dataclass
class Lic:
    state: str
    type: str
    number: str | None
    compact: bool | None
    expires: str | None  # YYYY-MM
    text: str  # the line as printed


@dataclass
class Cert:
    name: str
    issuer: str | None
    expires: str | None  # YYYY-MM, only when printed
    text: str  # the line as printed
    issued: str | None = None  # MM/YYYY, for tables with an Issued column


@dataclass
class Job:
    title: str
    employer: str
    city: str
    start: str  # YYYY-MM
    end: str | None  # YYYY-MM or None = Present
    licensed: bool = True
    agency: str | None = None
    unit: str = ""
    printed: str | None = None  # a date range printed as it stands ("Summer 2024 – Present")
    charting: str = ""
    bullets: list[str] = field(default_factory=list)


@dataclass
class Edu:
    degree: str
    school: str
    city: str = ""
    year: str = ""


@dataclass
class Person:
    key: str
    name: str
    creds: str
    email: str
    phone: str
    street: str | None  # the home address line before the city, or None
    city: str | None  # "City, ST" of home, None when the page has none
    discipline: str
    title: str  # headline
    specialties: list[str]
    summary: str
    licenses: list[Lic]
    certs: list[Cert]
    jobs: list[Job]
    edu: list[Edu]
    ehr: list[str]  # truth names (vendors)
    systems: str  # the systems line as printed
    skills: list[str]
    notes: str
    rotations: list[tuple[str, str, str]] = field(default_factory=list)  # (rotation, site, term)
    extra: dict[str, list[str]] = field(default_factory=dict)  # publications, presentations, ...
    new_grad: bool = False
    zip: str = ""


def ym(s: str | None) -> tuple[int, int]:
    if s is None:
        return AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def months(job: Job) -> set[tuple[int, int]]:
    y, m = ym(job.start)
    ey, em = ym(job.end)
    out = set()
    while (y, m) <= (ey, em) and (y, m) <= AS_OF:
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def years(p: Person) -> float | None:
    if p.new_grad:
        return None
    got: set[tuple[int, int]] = set()
    for j in p.jobs:
        if j.licensed:
            got |= months(j)
    return round(len(got) / 12, 1)


def fmt(s: str | None, style: str, present: str = "Present") -> str:
    """One end of a date range in a page's style."""
    if s is None:
        return present
    y, m = ym(s)
    if style == "mon":
        return f"{ABBR[m - 1]} {y}"
    if style == "dot":
        return f"{DOTTED[m - 1]} {y}"
    if style == "full":
        return f"{FULL[m - 1]} {y}"
    if style == "num":
        return f"{m:02d}.{y}"
    if style == "year":
        return str(y)
    if style == "slash":
        return f"{m}/{y}"
    if style == "mmyy":
        return f"{m:02d}/{y % 100:02d}"
    if style == "mmyyyy":
        return f"{m:02d}/{y}"
    raise ValueError(style)


def span(j: Job, style: str, sep: str = " – ", present: str = "Present") -> str:
    if j.printed:
        return j.printed
    return f"{fmt(j.start, style, present)}{sep}{fmt(j.end, style, present)}"


def home(p: Person) -> str:
    """The printed home address: street and city when the page has them."""
    if not p.city:
        return ""
    tail = f"{p.city} {p.zip}".strip()
    return f"{p.street}, {tail}" if p.street else tail

"""Record types for blind set d: a person as their page prints them, and the truth it implies.

Every printed string that the truth depends on is stored as printed (a licence line, a
certification line, a date range in the person's own style), next to the values a careful
reader takes from it.
"""

from dataclasses import dataclass, field

AS_OF = "2026-12"
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
LONG_MONTHS = (
    "January February March April May June July August September October November December".split()
)


@dataclass
class Lic:
    state: str
    type: str
    number: str
    expires: str | None  # YYYY-MM
    compact: bool | None = None
    text: str = ""  # the line as printed in list/prose layouts


@dataclass
class Cert:
    name: str  # the acronym (or short name) the page uses
    issuer: str | None
    expires: str | None  # YYYY-MM when printed
    text: str  # the line as printed


@dataclass
class Job:
    org: str  # facility or direct employer
    city: str
    title: str
    start: str  # YYYY-MM
    end: str | None  # None = Present
    bullets: list[str] = field(default_factory=list)
    agency: str | None = None
    counts: bool = True  # licensed professional work
    unit: str = ""


@dataclass
class Edu:
    degree: str  # as printed
    school: str
    year: str = ""
    where: str = ""


@dataclass
class Person:
    key: str
    fmt: str  # pdf | docx | txt | photo | scan
    design: str
    name: str
    creds: str
    email: str
    phone: str
    home: str | None  # the home address line as printed, or None
    discipline: str
    headline: str
    specialties: list[str]
    summary: str
    licenses: list[Lic]
    certs: list[Cert]
    jobs: list[Job]
    education: list[Edu]
    skills: list[str]
    ehr: list[str]
    dates: str = "mon"  # how the page prints job dates: mon | num | year | apos | long
    present: str = "Present"
    rotations: list[str] = field(default_factory=list)  # new grad clinical sites
    new_grad: bool = False
    notes: str = ""
    extra: dict = field(default_factory=dict)


def months(start: str, end: str | None) -> list[str]:
    end = end or AS_OF
    y, m = int(start[:4]), int(start[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= end:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def covered_years(jobs: list[Job]) -> float:
    """Months of licensed work, each calendar month once (overlaps once, gaps out)."""
    covered = {ym for j in jobs if j.counts for ym in months(j.start, j.end)}
    return round(len(covered) / 12, 1)


def one_date(ym: str | None, style: str, present: str) -> str:
    if ym is None:
        return present
    y, m = ym[:4], int(ym[5:7])
    if style == "num":
        return f"{m:02d}/{y}"
    if style == "year":
        return y
    if style == "apos":
        return f"{MONTHS[m - 1]} '{y[2:]}"
    if style == "long":
        return f"{LONG_MONTHS[m - 1]} {y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    return f"{MONTHS[m - 1]} {y}"


def span(j: Job, p: Person, sep: str = " – ") -> str:
    """A job's dates in the person's style."""
    if p.dates == "num":
        sep = "-"
    return one_date(j.start, p.dates, p.present) + sep + one_date(j.end, p.dates, p.present)


def mmyyyy(ym: str | None) -> str:
    return "" if not ym else f"{ym[5:7]}/{ym[:4]}"


def lic_line(lic: Lic) -> str:
    if lic.text:
        return lic.text
    kind = "Multistate " if lic.compact else ""
    exp = f", exp. {mmyyyy(lic.expires)}" if lic.expires else ""
    return f"{kind}{lic.type} — {lic.state} #{lic.number}{exp}"


def city_of(j: Job) -> str:
    return j.city

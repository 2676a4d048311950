"""Records for blind set e: what a page prints, next to what a careful reader takes from it.

A licence or certification keeps its printed line (`line`) beside its parsed values; a job keeps
its printed dates (`when`) when they are not in the person's usual style ("Summer 2021",
"2019 to current"), beside the calendar months a reader would count.
"""

from dataclasses import dataclass, field

AS_OF = "2026-12"
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = (
    "January February March April May June July August September October November December".split()
)


@dataclass
class Lic:
    state: str
    type: str
    number: str
    expires: str | None  # YYYY-MM
    compact: bool | None
    line: str  # as printed in lists and prose


@dataclass
class Cert:
    name: str  # the acronym the page uses
    issuer: str | None
    expires: str | None  # YYYY-MM, only when a month is printed
    line: str  # as printed


@dataclass
class Job:
    org: str  # the facility or direct employer (never the agency)
    city: str  # "City, ST"
    title: str
    start: str  # YYYY-MM
    end: str | None  # None: still there
    bullets: list[str] = field(default_factory=list)
    agency: str | None = None  # the staffing agency a travel contract ran through
    licensed: bool = True  # False for CNA/tech/aide work before the licence
    when: str = ""  # printed dates when they differ from the person's style


@dataclass
class School:
    degree: str  # as printed (may be wrapped by a layout, never reworded)
    school: str
    year: str
    place: str = ""


@dataclass
class Person:
    key: str
    fmt: str  # pdf | docx | txt | photo | scan
    design: str
    name: str
    creds: str
    email: str
    phone: str
    home: str | None  # home address as printed ("12 Elm St, Tulsa, OK 74104" or "Tulsa, OK")
    discipline: str
    headline: str
    specialties: list[str]
    summary: str
    lics: list[Lic]
    certs: list[Cert]
    jobs: list[Job]
    edu: list[School]
    skills: list[str]
    ehr: list[str]
    style: str = "mon"  # mon | num | short | mmyy | long
    now: str = "Present"
    sites: list[str] = field(default_factory=list)  # a new grad's clinical rotation sites
    rotations: list[str] = field(default_factory=list)  # printed rotation lines
    new_grad: bool = False
    courses: list[str] = field(default_factory=list)  # continuing education, printed by rl-b
    notes: str = ""


def month_list(start: str, end: str | None) -> list[str]:
    end = end or AS_OF
    y, m = int(start[:4]), int(start[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def licensed_years(jobs: list[Job]) -> float:
    """Calendar months of licensed work, each month once (concurrent jobs once, gaps out)."""
    seen = {ym for j in jobs if j.licensed for ym in month_list(j.start, j.end)}
    return round(len(seen) / 12, 1)


def fmt_date(ym: str | None, style: str, now: str) -> str:
    if ym is None:
        return now
    y, m = ym[:4], int(ym[5:7])
    return {
        "num": f"{m:02d}/{y}",
        "short": f"{m}/{y[2:]}",
        "mmyy": f"{m:02d}/{y[2:]}",
        "long": f"{MONTH[m - 1]} {y}",
        "year": y,
    }.get(style, f"{MON[m - 1]} {y}")


def dates(j: Job, p: Person, sep: str = " – ") -> str:
    if j.when:
        return j.when
    if p.style in ("short", "mmyy"):
        sep = "–"
    return fmt_date(j.start, p.style, p.now) + sep + fmt_date(j.end, p.style, p.now)


def contact_bits(p: Person) -> list[str]:
    return [x for x in (p.home, p.phone, p.email) if x]


def groups(p: Person) -> list[tuple[str | None, list[Job]]]:
    """Jobs in page order, contracts under one agency gathered into one block."""
    out: list[tuple[str | None, list[Job]]] = []
    for j in p.jobs:
        if j.agency and out and out[-1][0] == j.agency:
            out[-1][1].append(j)
        else:
            out.append((j.agency, [j]))
    return out

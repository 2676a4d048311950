"""Records for blind set f: each value a reader takes from a page, beside the words printing it.

A `Licence` or `Card` (certification) keeps `text`, the line as that person printed it; tables print
the fields instead. A `Role` keeps the calendar months a reader counts (`start`, `end`); `shown`
replaces the printed dates when the person wrote them loosely ("Fall 2019", "2016 – 2019").
"""

from dataclasses import dataclass, field

AS_OF = (2026, 12)  # "Present" on every page means December 2026
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


@dataclass
class Licence:
    state: str
    kind: str  # the licence type as a reader names it ("RN", "LVN", "Physical Therapist" ...)
    number: str
    expires: str | None  # YYYY-MM
    compact: bool | None
    text: str  # the line as printed in lists and prose


@dataclass
class Card:
    name: str  # the acronym the page uses
    issuer: str | None
    expires: str | None  # YYYY-MM, only when a month is printed
    text: str


@dataclass
class Role:
    employer: str  # facility or direct employer, never a staffing agency
    place: str  # "City, ST" as printed beside it
    title: str
    start: str  # YYYY-MM
    end: str | None  # None: still there in December 2026
    points: list[str] = field(default_factory=list)
    agency: str | None = None
    prelicence: bool = False  # aide/tech/intern work before the licence: not counted in years
    shown: str = ""  # printed dates when they are not in the person's style


@dataclass
class Study:
    degree: str  # as printed
    school: str
    year: str = ""
    where: str = ""


@dataclass
class CV:
    key: str
    fmt: str  # pdf | docx | txt | photo | scan
    design: str
    name: str
    creds: str
    email: str
    phone: str
    address: str | None  # as printed (street or just city); None: no home on the page
    home: str | None  # "City, ST" a reader takes from `address`
    discipline: str
    headline: str
    specialties: list[str]
    summary: str
    licences: list[Licence]
    cards: list[Card]
    roles: list[Role]
    studies: list[Study]
    skills: list[str]
    ehr: list[str]  # EHR names as the truth lists them
    systems_line: str = ""  # how the page prints its systems, when it does not just list `ehr`
    datefmt: str = "abbr"  # abbr | num | short | full | iso | dot | year
    present: str = "Present"
    exp_heading: str = "Experience"
    sites: list[str] = field(default_factory=list)  # a new grad's rotation sites
    rotations: list[tuple[str, str, str]] = field(default_factory=list)  # (unit, site, hours)
    new_grad: bool = False
    extra: dict = field(default_factory=dict)  # design-specific sections
    notes: str = ""


def ym(s: str) -> tuple[int, int]:
    return int(s[:4]), int(s[5:7])


def months(start: str, end: str | None) -> set[tuple[int, int]]:
    y, m = ym(start)
    last = ym(end) if end else AS_OF
    out = set()
    while (y, m) <= last:
        out.add((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def years(roles: list[Role]) -> float:
    """Calendar months of licensed work, each month once: a PRN job beside a staff job counts once,
    gaps count nothing, pre-licence work nothing."""
    seen: set[tuple[int, int]] = set()
    for r in roles:
        if not r.prelicence:
            seen |= months(r.start, r.end)
    return round(len(seen) / 12, 1)


def one_date(s: str | None, style: str, present: str) -> str:
    if s is None:
        return present
    y, m = ym(s)
    return {
        "abbr": f"{ABBR[m - 1]} {y}",
        "abbrdot": f"{ABBR[m - 1]}{'' if m == 5 else '.'} {y}",
        "num": f"{m:02d}/{y}",
        "short": f"{m}/{str(y)[2:]}",
        "full": f"{FULL[m - 1]} {y}",
        "iso": f"{y}-{m:02d}",
        "dot": f"{m:02d}.{y}",
        "year": str(y),
        "apos": f"{ABBR[m - 1]} '{str(y)[2:]}",
    }[style]


def span(r: Role, cv: CV, sep: str = " – ") -> str:
    if r.shown:
        return r.shown
    if cv.datefmt in ("short", "iso", "dot"):
        sep = "–" if cv.datefmt == "short" else " – "
    return one_date(r.start, cv.datefmt, cv.present) + sep + one_date(r.end, cv.datefmt, cv.present)


def blocks(cv: CV) -> list[tuple[str | None, list[Role]]]:
    """Roles in page order; consecutive contracts through one agency form one block."""
    out: list[tuple[str | None, list[Role]]] = []
    for r in cv.roles:
        if r.agency and out and out[-1][0] == r.agency:
            out[-1][1].append(r)
        else:
            out.append((r.agency, [r]))
    return out


def contact(cv: CV) -> list[str]:
    return [x for x in (cv.address, cv.phone, cv.email) if x]

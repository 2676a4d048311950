"""Plain records for the blind resume set: what a clinician's page says, plus the hand-set truth."""

from dataclasses import dataclass, field

AS_OF = (2026, 12)  # "Present" on every page means December 2026

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass
class Job:
    title: str
    org: str  # the facility or direct employer as printed
    city: str
    start: str  # "YYYY-MM"
    end: str | None  # None: Present
    bullets: list[str] = field(default_factory=list)
    agency: str | None = None  # staffing agency for travel / contract work
    unit: str | None = None
    counts: bool = True  # licensed professional experience (False: CNA/tech work before licensure)


@dataclass
class Lic:
    state: str
    type: str
    number: str
    compact: bool | None = None  # None: the page does not say
    expires: str | None = None  # "YYYY-MM"
    label: str | None = None  # how the page names the licence, when not "<state> <type>"


@dataclass
class Cert:
    name: str
    issuer: str | None = None
    expires: str | None = None  # "YYYY-MM"
    long: str | None = None  # spelled-out name, printed before the acronym
    truth_name: str | None = None  # what a reader calls it, when the printed acronym is the issuer


@dataclass
class Edu:
    degree: str
    school: str
    year: str | None = None
    city: str | None = None


@dataclass
class Person:
    key: str  # file stem
    fmt: str  # pdf | docx | txt | photo | scan
    layout: str  # renderer variant
    half: str  # "a" or "b"
    name: str
    creds: str
    title: str
    email: str
    phone: str
    address: str | None  # home address line as printed; None: no home address on the page
    discipline: str
    specialties: list[str]
    years: float | None
    summary: str
    jobs: list[Job]
    licenses: list[Lic]
    certs: list[Cert]
    education: list[Edu]
    ehr: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    rotations: list[str] = field(default_factory=list)  # new grads: "Unit — Site (hours)"
    datefmt: str = "mon"  # mon | num | full | year
    extra: dict = field(default_factory=dict)  # truth overrides after checking the page
    notes: str = ""


def fmt_date(ym: str | None, style: str) -> str:
    if ym is None:
        return "Present"
    y, m = int(ym[:4]), int(ym[5:7])
    if style == "num":
        return f"{m:02d}/{y}"
    if style == "full":
        return f"{FULL_MONTHS[m - 1]} {y}"
    if style == "year":
        return str(y)
    return f"{MONTHS[m - 1]} {y}"


def span(job: Job, style: str, dash: str = " – ") -> str:
    return f"{fmt_date(job.start, style)}{dash}{fmt_date(job.end, style)}"


def months_between(start: str, end: str | None) -> int:
    y0, m0 = int(start[:4]), int(start[5:7])
    y1, m1 = AS_OF if end is None else (int(end[:4]), int(end[5:7]))
    return (y1 - y0) * 12 + (m1 - m0) + 1


def duration_words(job: Job) -> str:
    """LinkedIn-style '2 yrs 4 mos'."""
    n = months_between(job.start, job.end)
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} yr{'s' if y > 1 else ''}")
    if m:
        parts.append(f"{m} mo{'s' if m > 1 else ''}")
    return " ".join(parts)


def covered_years(jobs: list[Job]) -> float:
    """Calendar time covered by professional jobs, overlaps once (a check on the hand value)."""
    months: set[tuple[int, int]] = set()
    for j in jobs:
        if not j.counts:
            continue
        y, m = int(j.start[:4]), int(j.start[5:7])
        for _ in range(months_between(j.start, j.end)):
            months.add((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return round(len(months) / 12, 1)


def cert_label(c: Cert, style: str = "short") -> str:
    base = f"{c.long} ({c.name})" if c.long and style == "long" else c.name
    if c.issuer:
        base += f" ({c.issuer})" if style != "long" or not c.long else f", {c.issuer}"
    return base

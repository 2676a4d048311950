"""Records for blind set c: what one clinician's page says, and the facts a reader takes from it."""

from dataclasses import dataclass, field

AS_OF = (2026, 12)  # "Present" on every page means December 2026

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL = [
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
    org: str  # the facility or direct employer, as printed
    city: str  # "City, ST"
    start: str  # "YYYY-MM"
    end: str | None  # None: Present
    bullets: list[str] = field(default_factory=list)
    agency: str | None = None  # staffing agency that placed the clinician at org
    unit: str | None = None
    kind: str | None = None  # "Per Diem", "PRN", "Part-time" as printed next to the title
    counts: bool = True  # licensed professional work (False: aide/tech work before licensure)


@dataclass
class Lic:
    state: str
    type: str  # RN, LPN, LVN, PT, PTA, OT, COTA, SLP, Pharmacist, RT, Radiologic Technologist
    number: str
    compact: bool | None = None  # True: page says multistate/compact; None: page says nothing
    expires: str | None = None  # "YYYY-MM"
    label: str | None = None  # the words the page uses for the licence type, when not `type`


@dataclass
class Cert:
    name: str  # the acronym (or the short name) a reader files it under
    issuer: str | None = None
    expires: str | None = None  # "YYYY-MM"
    long: str | None = None  # spelled-out name printed before the acronym


@dataclass
class Edu:
    degree: str
    school: str
    year: str | None = None
    city: str | None = None
    wrap_at: int | None = None  # print the degree over two lines, breaking after this many words


@dataclass
class Person:
    key: str
    fmt: str  # pdf | docx | txt | photo | screenshot | scan
    design: str  # template that renders the page
    name: str
    creds: str  # post-nominals printed after the name, e.g. "BSN, RN, CCRN"
    title: str
    email: str
    phone: str
    home: str | None  # home address or "City, ST" line as printed; None: no home location
    discipline: str
    specialties: list[str]
    summary: str
    jobs: list[Job]
    licenses: list[Lic]
    certs: list[Cert]
    education: list[Edu]
    ehr: list[str] = field(default_factory=list)  # EHRs the page names, anywhere
    ehr_section: bool = True  # False: the EHRs are named only inside job bullets
    skills: list[str] = field(default_factory=list)
    rotations: list[str] = field(default_factory=list)  # new grad: "Unit — Site (hours)"
    extra: list[tuple[str, list[str]]] = field(
        default_factory=list
    )  # more sections: (heading, lines)
    years: float | None = None  # set by truth from the job dates; None with new_grad
    new_grad: bool = False
    datefmt: str = "mon"  # mon | num | full | iso
    notes: str = ""


def fmt_date(ym: str | None, style: str) -> str:
    if ym is None:
        return "Present"
    y, m = int(ym[:4]), int(ym[5:7])
    if style == "num":
        return f"{m:02d}/{y}"
    if style == "full":
        return f"{FULL[m - 1]} {y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    return f"{MONTHS[m - 1]} {y}"


def span(j: Job, style: str, dash: str = " – ") -> str:
    return f"{fmt_date(j.start, style)}{dash}{fmt_date(j.end, style)}"


def months(start: str, end: str | None) -> list[tuple[int, int]]:
    """Every calendar month from start to end inclusive (end None: through December 2026)."""
    y, m = int(start[:4]), int(start[5:7])
    y1, m1 = AS_OF if end is None else (int(end[:4]), int(end[5:7]))
    out = []
    while (y, m) <= (y1, m1):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def covered_years(jobs: list[Job]) -> float:
    """Licensed work: the calendar months counted jobs cover, each month once, gaps excluded."""
    covered = {ym for j in jobs if j.counts for ym in months(j.start, j.end)}
    return round(len(covered) / 12, 1)


def mmyy(ym: str | None) -> str:
    return "" if not ym else f"{ym[5:7]}/{ym[:4]}"


def wrapped(e: Edu) -> list[str]:
    """The degree as the lines the page prints it on."""
    if not e.wrap_at:
        return [e.degree]
    words = e.degree.split()
    return [" ".join(words[: e.wrap_at]), " ".join(words[e.wrap_at :])]


def shown_ehr(p: Person) -> list[str]:
    """EHRs printed in a section of their own (the rest are only named inside job bullets)."""
    return p.ehr if p.ehr_section else []

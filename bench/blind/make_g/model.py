"""Records for blind set g: a person, their jobs, licences, cards and schooling.

Each licence and certification keeps the wording the page prints (`line`) next to the values a
careful reader takes from it. Each job keeps the month range behind its printed dates; years of
licensed work are counted from those months, each calendar month once.
"""

from dataclasses import dataclass, field

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]  # fmt: skip
ASOF = (2026, 12)


@dataclass
class Lic:
    state: str
    kind: str  # truth "type"
    number: str
    expires: str | None  # YYYY-MM
    compact: bool | None
    line: str  # as printed in prose/list designs


@dataclass
class Cert:
    name: str
    issuer: str | None
    expires: str | None
    line: str


@dataclass
class Job:
    employer: str
    city: str
    title: str
    start: str  # YYYY-MM
    end: str | None  # None = present
    bullets: list[str] = field(default_factory=list)
    agency: str | None = None
    pre: bool = False  # before licence: not counted in years


@dataclass
class Edu:
    degree: str
    school: str
    when: str = ""
    place: str = ""


@dataclass
class Person:
    key: str
    fmt: str
    design: str
    name: str
    creds: str
    email: str
    phone: str
    address: str | None  # printed home address line (None: none on page)
    home: str | None  # truth location "City, ST"
    discipline: str
    headline: str
    summary: str
    specialties: list[str]
    lics: list[Lic]
    certs: list[Cert]
    jobs: list[Job]
    edu: list[Edu]
    ehr: list[str]
    skills: list[str]
    notes: str
    ds: str = "abbr"  # date style
    present: str = "Present"
    sites: list[str] = field(default_factory=list)
    new_grad: bool = False
    extra: dict = field(default_factory=dict)


def ym(s: str) -> tuple[int, int]:
    return int(s[:4]), int(s[5:7])


def months(a: str, b: str | None) -> set[tuple[int, int]]:
    y, m = ym(a)
    ey, em = ym(b) if b else ASOF
    out = set()
    while (y, m) <= (ey, em):
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def years(jobs: list[Job]) -> float:
    seen: set[tuple[int, int]] = set()
    for j in jobs:
        if not j.pre:
            seen |= months(j.start, j.end)
    return round(len(seen) / 12, 1)


def d(s: str | None, style: str, present: str = "Present") -> str:
    if s is None:
        return present
    y, m = ym(s)
    return {
        "abbr": f"{MON[m - 1]} {y}",
        "full": f"{MONTH[m - 1]} {y}",
        "num": f"{m:02d}/{y}",
        "short": f"{m}/{str(y)[2:]}",
        "iso": f"{y}-{m:02d}",
        "caps": f"{MONTH[m - 1].upper()} {y}",
        "dot": f"{m:02d}.{y}",
    }[style]


def span(j: Job, p: Person, sep: str = " – ") -> str:
    return d(j.start, p.ds, p.present) + sep + d(j.end, p.ds, p.present)


def truth(p: Person, file: str) -> dict:
    return {
        "file": file,
        "key": p.key,
        "format": p.fmt,
        "layout": p.design,
        "name": p.name,
        "email": p.email,
        "phone": p.phone,
        "location": p.home,
        "discipline": p.discipline,
        "specialties": p.specialties,
        "licenses": [
            {
                "state": x.state,
                "type": x.kind,
                "number": x.number,
                "compact": x.compact,
                "expires": x.expires,
            }
            for x in p.lics
        ],  # fmt: skip
        "certifications": [
            {"name": c.name, "issuer": c.issuer} | ({"expires": c.expires} if c.expires else {})
            for c in p.certs
        ],  # fmt: skip
        "years_experience": None if p.new_grad else years(p.jobs),
        "education": [{"degree": e.degree, "school": e.school} for e in p.edu],
        "employers": list(dict.fromkeys(j.employer for j in p.jobs)),
        "ehr_systems": p.ehr,
        "agencies": list(dict.fromkeys(j.agency for j in p.jobs if j.agency)),
        "clinical_sites": p.sites,
        "notes": p.notes,
    }

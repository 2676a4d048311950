"""Records for blind set h: a clinician, their posts (jobs), licences, cards and schools.

A licence or card keeps the text the page prints (`said`) beside the values a careful reader
takes from it. A post keeps the calendar months behind whatever its page prints (a page that
prints only years still has real months behind it); licensed experience is the set of those
months over posts that are not `before_licence`, each month once.
"""

from dataclasses import dataclass, field

ASOF = (2026, 12)
MONTHS = (
    "January February March April May June July August September October November December".split()
)
MON3 = [m[:3] for m in MONTHS]


@dataclass
class Licence:
    state: str
    kind: str
    number: str
    expires: str | None  # YYYY-MM
    compact: bool | None
    said: str  # the line as printed in list designs


@dataclass
class Card:
    name: str
    issuer: str | None
    expires: str | None  # YYYY-MM, only when the page prints a month
    said: str


@dataclass
class Post:
    title: str
    employer: str
    city: str
    start: str  # YYYY-MM
    end: str | None  # None: present
    duties: list[str] = field(default_factory=list)
    agency: str | None = None
    before_licence: bool = False


@dataclass
class School:
    degree: str
    school: str
    year: str
    city: str = ""


@dataclass
class Clinician:
    key: str
    fmt: str
    design: str
    name: str
    post_nominals: str
    email: str
    phone: str
    street: str | None  # the home address line as printed (None: no address)
    home: str | None  # truth location "City, ST" or None
    discipline: str
    headline: str
    profile: str
    specialties: list[str]
    licences: list[Licence]
    cards: list[Card]
    posts: list[Post]
    schools: list[School]
    ehr: list[str]
    skills: list[str]
    notes: str
    dates: str = "mon"  # how this page prints dates: mon, month, mm, year, dmy, li
    rotations: list[tuple[str, str, str]] = field(default_factory=list)  # (area, site, hours)
    new_grad: bool = False
    more: dict = field(default_factory=dict)


def ym(s: str) -> tuple[int, int]:
    return int(s[:4]), int(s[5:7])


def month_set(a: str, b: str | None) -> set[tuple[int, int]]:
    y, m = ym(a)
    end = ym(b) if b else ASOF
    out = set()
    while (y, m) <= end:
        out.add((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def licensed_years(c: Clinician) -> float:
    seen: set[tuple[int, int]] = set()
    for p in c.posts:
        if not p.before_licence:
            seen |= month_set(p.start, p.end)
    return round(len(seen) / 12, 1)


def when(s: str | None, style: str, present: str = "Present") -> str:
    if s is None:
        return present
    y, m = ym(s)
    return {
        "mon": f"{MON3[m - 1]} {y}",
        "month": f"{MONTHS[m - 1]} {y}",
        "mm": f"{m:02d}/{y}",
        "year": f"{y}",
        "dmy": f"01/{m:02d}/{y}",
        "li": f"{MONTHS[m - 1]} {y}",
        "short": f"{m}/{str(y)[2:]}",
    }[style]


def between(p: Post, style: str, sep: str = " – ", present: str = "Present") -> str:
    return when(p.start, style, present) + sep + when(p.end, style, present)


def li_duration(p: Post) -> str:
    n = len(month_set(p.start, p.end))
    y, m = divmod(n, 12)
    parts = ([f"{y} year{'s' if y != 1 else ''}"] if y else []) + (
        [f"{m} month{'s' if m != 1 else ''}"] if m else []
    )
    return " ".join(parts)


def truth_line(c: Clinician, file: str) -> dict:
    return {
        "file": file,
        "key": c.key,
        "format": c.fmt,
        "layout": c.design,
        "name": c.name,
        "email": c.email,
        "phone": c.phone,
        "location": c.home,
        "discipline": c.discipline,
        "specialties": c.specialties,
        "licenses": [
            {
                "state": x.state,
                "type": x.kind,
                "number": x.number,
                "compact": x.compact,
                "expires": x.expires,
            }
            for x in c.licences
        ],  # fmt: skip
        "certifications": [
            {"name": k.name, "issuer": k.issuer} | ({"expires": k.expires} if k.expires else {})
            for k in c.cards
        ],
        "years_experience": None if c.new_grad else licensed_years(c),
        "education": [{"degree": s.degree, "school": s.school} for s in c.schools],
        "employers": list(dict.fromkeys(p.employer for p in c.posts)),
        "ehr_systems": c.ehr,
        "agencies": list(dict.fromkeys(p.agency for p in c.posts if p.agency)),
        "clinical_sites": [r[1] for r in c.rotations],
        "notes": c.notes,
    }

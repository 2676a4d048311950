"""Set n's records: a person, their licences, certifications, jobs and degrees.

Each licence and certification keeps the wording the page prints (type, compact word, expiry
phrase) beside the value the truth line holds; each job says whether it was licensed work.
Years are the union of the licensed jobs' months (inclusive) over twelve, "Present" = 2026-12.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PRESENT = "2026-12"
MONTHS = [
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
STATES = {
    "AL": "Alabama",
    "AZ": "Arizona",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "IA": "Iowa",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "MA": "Massachusetts",
    "MD": "Maryland",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MO": "Missouri",
    "MS": "Mississippi",
    "MT": "Montana",
    "NE": "Nebraska",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NV": "Nevada",
    "NY": "New York",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VA": "Virginia",
    "WA": "Washington",
    "WI": "Wisconsin",
    "WV": "West Virginia",
    "WY": "Wyoming",
}


@dataclass
class Lic:
    state: str
    printed: str  # licence type as the page prints it
    type: str  # truth type
    number: str
    compact: bool | None
    expires: str  # YYYY-MM
    wording: str  # expiry phrase as printed
    cword: str = ""  # compact / single-state word as printed ("" = nothing said)


@dataclass
class Cert:
    acr: str  # truth name
    long: str  # long form printed with it ("" = acronym only)
    issuer: str
    expires: str | None
    wording: str | None  # expiry phrase as printed


@dataclass
class Job:
    title: str
    employer: str
    city: str
    start: str
    end: str | None  # None = Present
    agency: str | None = None
    licensed: bool = True
    unit: str = ""
    bullets: list[str] = field(default_factory=list)
    hours: str = ""


@dataclass
class Edu:
    lines: list[str]  # the degree as printed, one item per printed line
    school: str
    year: str
    truth: str = ""  # degree as the truth holds it ("" = the lines joined)

    @property
    def degree(self) -> str:
        return self.truth or " ".join(self.lines)


@dataclass
class Person:
    key: str
    file: str
    fmt: str
    layout: str
    name: str
    creds: str
    email: str
    phone: str
    city: str
    state: str
    street: str | None  # None = no home address on the page
    zip: str
    discipline: str
    title: str
    specialties: list[str]
    summary: str
    licenses: list[Lic]
    certs: list[Cert]
    jobs: list[Job]
    edu: list[Edu]
    ehr_line: str  # how the page prints the charting systems
    ehr: list[str]
    skills: list[str] = field(default_factory=list)
    newgrad: bool = False
    clinical_sites: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    notes: str = ""
    pages: int = 1

    @property
    def location(self) -> str | None:
        return f"{self.city}, {self.state}" if self.street is not None else None

    @property
    def agencies(self) -> list[str]:
        out: list[str] = []
        for j in self.jobs:
            if j.agency and j.agency not in out:
                out.append(j.agency)
        return out

    @property
    def employers(self) -> list[str]:
        out: list[str] = []
        for j in self.jobs:
            if j.employer not in out:
                out.append(j.employer)
        return out

    @property
    def years(self) -> float | None:
        if self.newgrad:
            return None
        months: set[int] = set()
        for j in self.jobs:
            if j.licensed:
                months.update(range(ym(j.start), ym(j.end or PRESENT) + 1))
        return round(len(months) / 12, 1)

    def truth(self) -> dict:
        return {
            "file": self.file,
            "key": self.key,
            "format": self.fmt,
            "layout": self.layout,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "location": self.location,
            "discipline": self.discipline,
            "specialties": self.specialties,
            "licenses": [
                {
                    "state": c.state,
                    "type": c.type,
                    "number": c.number,
                    "compact": c.compact,
                    "expires": c.expires,
                }
                for c in self.licenses
            ],
            "certifications": [
                {"name": c.acr, "issuer": c.issuer, "expires": c.expires} for c in self.certs
            ],
            "years_experience": self.years,
            "education": [{"degree": e.degree, "school": e.school} for e in self.edu],
            "employers": self.employers,
            "ehr_systems": self.ehr,
            "agencies": self.agencies,
            "clinical_sites": self.clinical_sites,
            "notes": self.notes,
        }


def ym(s: str) -> int:
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def date(s: str | None, style: str, present: str = "Present") -> str:
    """A job date as a design prints it."""
    if s is None:
        return present
    y, m = (int(x) for x in s.split("-"))
    if style == "mon":
        return f"{MONTHS[m - 1][:3]} {y}"
    if style == "month":
        return f"{MONTHS[m - 1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm/yy":
        return f"{m:02d}/{y % 100:02d}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon.":
        short = MONTHS[m - 1][:3]
        return f"{short}. {y}" if len(MONTHS[m - 1]) > 3 else f"{short} {y}"
    raise ValueError(style)


def span(j: Job, style: str, sep: str = " – ", present: str = "Present") -> str:
    return f"{date(j.start, style)}{sep}{date(j.end, style, present)}"


_MON = {m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)}


def wording_ym(w: str) -> str | None:
    """The year and month an expiry phrase encodes, or None."""
    s = w.lower()
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", s)
    if m:
        return f"{m.group(3)}-{int(m.group(1)):02d}"
    m = re.search(r"\b(\d{4})-(\d{2})\b", s)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    m = re.search(r"\b(\d{1,2})/(\d{4})\b", s)
    if m:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = re.search(r"\b([a-z]{3})[a-z]*\.?\s+(?:\d{1,2},\s*)?(\d{4})\b", s)
    if m and m.group(1) in _MON:
        return f"{m.group(2)}-{_MON[m.group(1)]:02d}"
    m = re.search(r"\b(\d{1,2})/(\d{2})\b", s)
    if m:
        return f"20{m.group(2)}-{int(m.group(1)):02d}"
    return None

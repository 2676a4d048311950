"""Records for set k: a person, their jobs, licences, certifications and schooling.

Each licence and certification keeps what a reader takes from it (the truth values) and the way
the page words its expiry; each job keeps the calendar months behind its printed dates.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field

AS_OF = (2026, 12)
MONTHS = list(calendar.month_abbr)[1:]
MONTH_NAMES = list(calendar.month_name)[1:]


def ym(s: str | None) -> tuple[int, int]:
    if s is None:
        return AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def fmt_month(s: str, style: str) -> str:
    y, m = ym(s)
    if style == "mmyyyy":
        return f"{m:02d}/{y}"
    if style == "myyyy":
        return f"{m}/{y}"
    if style == "mon":
        return f"{MONTHS[m - 1]} {y}"
    if style == "month":
        return f"{MONTH_NAMES[m - 1]} {y}"
    if style == "dot":
        return f"{y}.{m:02d}"
    if style == "myy":
        return f"{m}/{y % 100:02d}"
    if style == "caps":
        return f"{MONTHS[m - 1].upper()} {y}"
    raise ValueError(style)


@dataclass
class Job:
    title: str
    employer: str
    city: str
    start: str
    end: str | None = None  # None: still there
    licensed: bool = True
    agency: str | None = None
    unit: str = ""
    weeks: str = ""
    bullets: list[str] = field(default_factory=list)

    def dates(self, style: str = "mon", present: str = "Present", sep: str = " – ") -> str:
        end = present if self.end is None else fmt_month(self.end, style)
        return f"{fmt_month(self.start, style)}{sep}{end}"

    def months(self) -> set[tuple[int, int]]:
        y, m = ym(self.start)
        ey, em = ym(self.end)
        out = set()
        while (y, m) <= (ey, em):
            out.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
        return out


@dataclass
class Lic:
    state: str  # two letters
    type: str  # truth type
    number: str
    expires: str | None  # YYYY-MM
    compact: bool | None = None
    label: str = ""  # how the page names the licence type ("Registered Nurse")
    state_name: str = ""

    def truth(self) -> dict:
        return {
            "state": self.state,
            "type": self.type,
            "number": self.number,
            "compact": self.compact,
            "expires": self.expires,
        }

    @property
    def shown_type(self) -> str:
        return self.label or self.type


EXP_STYLES = {
    "exp": lambda y, m: f"exp. {m:02d}/{y}",
    "thru": lambda y, m: f"valid thru {m:02d}/{y}",
    "due": lambda y, m: f"renewal due {MONTH_NAMES[m - 1]} {y}",
    "on": lambda y, m: f"expires on {m:02d}/{calendar.monthrange(y, m)[1]}/{y}",
    "until": lambda y, m: f"valid until {MONTHS[m - 1]} {y}",
    "bare": lambda y, m: f"{m:02d}/{y}",
    "expd": lambda y, m: f"expired {m:02d}/{y}",
    "recert": lambda y, m: f"recertification due {m:02d}/{y}",
    "dash": lambda y, m: f"{y}-{m:02d}",
}


@dataclass
class Cert:
    name: str  # the acronym or name a reader takes (truth)
    issuer: str
    expires: str | None = None
    style: str = "exp"
    long: str = ""  # long form printed before the acronym

    @property
    def printed(self) -> str:
        return f"{self.long} ({self.name})" if self.long else self.name

    @property
    def exp_text(self) -> str:
        if not self.expires:
            return ""
        y, m = ym(self.expires)
        return EXP_STYLES[self.style](y, m)

    def truth(self) -> dict:
        d = {"name": self.name, "issuer": self.issuer}
        if self.expires:
            d["expires"] = self.expires
        return d


@dataclass
class Edu:
    degree: str
    school: str
    year: str = ""
    city: str = ""


@dataclass
class Person:
    file: str
    key: str
    fmt: str
    layout: str
    name: str
    creds: str
    discipline: str
    headline: str
    email: str
    phone: str
    city: str | None  # home "City, ST", None when the page has no home address
    street: str = ""
    zipcode: str = ""
    summary: str = ""
    specialties: list[str] = field(default_factory=list)
    lics: list[Lic] = field(default_factory=list)
    certs: list[Cert] = field(default_factory=list)
    edu: list[Edu] = field(default_factory=list)
    jobs: list[Job] = field(default_factory=list)
    ehr: list[str] = field(default_factory=list)  # truth EHR names
    ehr_printed: list[str] = field(default_factory=list)  # as the skills line prints them
    skills: list[str] = field(default_factory=list)
    clinical_sites: list[str] = field(default_factory=list)
    rotations: list[tuple[str, str, str]] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # design-specific extras
    notes: str = ""
    new_grad: bool = False

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

    def years(self) -> float | None:
        if self.new_grad:
            return None
        months: set[tuple[int, int]] = set()
        for j in self.jobs:
            if j.licensed:
                months |= j.months()
        return round(len(months) / 12, 1)

    @property
    def full_address(self) -> str:
        if not self.city:
            return ""
        return f"{self.street}, {self.city} {self.zipcode}".strip(", ")

    def truth(self) -> dict:
        return {
            "file": self.file,
            "key": self.key,
            "format": self.fmt,
            "layout": self.layout,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "location": self.city,
            "discipline": self.discipline,
            "specialties": self.specialties,
            "licenses": [x.truth() for x in self.lics],
            "certifications": [c.truth() for c in self.certs],
            "years_experience": self.years(),
            "education": [{"degree": e.degree, "school": e.school} for e in self.edu],
            "employers": self.employers,
            "ehr_systems": self.ehr,
            "agencies": self.agencies,
            "clinical_sites": self.clinical_sites,
            "notes": self.notes,
        }

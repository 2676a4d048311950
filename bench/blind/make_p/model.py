"""Records of set p: what each page prints beside the truth a recruiter would write down."""

from __future__ import annotations

from dataclasses import dataclass, field

AS_OF = "2026-12"
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


@dataclass
class Lic:
    state: str  # truth code
    state_name: str  # as printed
    printed_type: str  # as the board prints it
    type: str  # truth type
    number: str
    compact_word: str | None  # printed compact wording, None when the page is silent
    compact: bool | None
    exp_phrase: str  # printed expiry phrase
    expires: str | None  # truth YYYY-MM

    def truth(self) -> dict:
        return {
            "state": self.state,
            "type": self.type,
            "number": self.number,
            "compact": self.compact,
            "expires": self.expires,
        }


@dataclass
class Cert:
    name: str  # acronym as the page uses it (truth)
    long: str  # long form printed beside it ("" for none)
    issuer: str
    exp_phrase: str  # printed expiry phrase ("" when undated)
    expires: str | None

    def truth(self) -> dict:
        return {"name": self.name, "issuer": self.issuer, "expires": self.expires}


@dataclass
class Job:
    title: str
    employer: str
    city: str  # "City, ST"
    start: str  # YYYY-MM
    end: str | None  # None = Present
    bullets: list[str] = field(default_factory=list)
    agency: str | None = None
    licensed: bool = True
    unit: str = ""


@dataclass
class Edu:
    degree: str
    school: str
    year: str
    where: str = ""


@dataclass
class Person:
    key: str
    name: str
    creds: str
    email: str
    phone: str
    street: str | None
    city: str
    state: str
    zip: str | None
    discipline: str
    headline: str
    summary: str
    specialties: list[str]
    jobs: list[Job]
    lics: list[Lic]
    certs: list[Cert]
    edu: list[Edu]
    ehr_printed: list[str]
    ehr: list[str]
    notes: str = ""
    clinical_sites: list[tuple[str, str, str]] = field(default_factory=list)  # (site, unit, hours)
    new_grad: bool = False
    home: bool = True  # False: no home address on the page
    skills: list[str] = field(default_factory=list)

    @property
    def location(self) -> str | None:
        return f"{self.city}, {self.state}" if self.home else None

    @property
    def employers(self) -> list[str]:
        out: list[str] = []
        for j in self.jobs:
            if j.employer not in out:
                out.append(j.employer)
        return out

    @property
    def agencies(self) -> list[str]:
        out: list[str] = []
        for j in self.jobs:
            if j.agency and j.agency not in out:
                out.append(j.agency)
        return out

    def years(self) -> float | None:
        if self.new_grad:
            return None
        months: set[int] = set()
        for j in self.jobs:
            if not j.licensed:
                continue
            a = ym_index(j.start)
            b = ym_index(j.end or AS_OF)
            months.update(range(a, b + 1))
        return round(len(months) / 12, 1)

    def address_line(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"


def ym_index(ym: str) -> int:
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def fmt(ym: str | None, style: str, present: str = "Present") -> str:
    """A month in one of the printed styles; None is the current job."""
    if ym is None:
        return present
    y, m = ym.split("-")
    mi = int(m)
    table = {
        "mmyyyy": f"{m}/{y}",
        "mon": f"{MONTHS[mi - 1][:3]} {y}",
        "month": f"{MONTHS[mi - 1]} {y}",
        "iso": f"{y}-{m}",
        "mdy": f"{mi}/{y}",
        "short": f"{MONTHS[mi - 1][:3]} '{y[2:]}",
        "yy": f"{m}/{y[2:]}",
        "dot": f"{m}.{y}",
    }
    return table[style]


def span(j: Job, style: str, sep: str = " – ", present: str = "Present") -> str:
    return f"{fmt(j.start, style)}{sep}{fmt(j.end, style, present)}"


def truth_line(p: Person, file: str, fmt_: str, layout: str) -> dict:
    return {
        "file": file,
        "key": p.key,
        "format": fmt_,
        "layout": layout,
        "name": p.name,
        "email": p.email,
        "phone": p.phone,
        "location": p.location,
        "discipline": p.discipline,
        "specialties": p.specialties,
        "licenses": [x.truth() for x in p.lics],
        "certifications": [c.truth() for c in p.certs],
        "years_experience": p.years(),
        "education": [{"degree": e.degree, "school": e.school} for e in p.edu],
        "employers": p.employers,
        "ehr_systems": p.ehr,
        "agencies": p.agencies,
        "clinical_sites": [s for s, _u, _h in p.clinical_sites],
        "notes": p.notes,
    }

"""Records for set o: what each page prints beside the truth value a careful reader takes from it."""

from __future__ import annotations

from dataclasses import dataclass, field

AS_OF = (2026, 12)
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
    state: str  # truth state code
    type: str  # truth type
    printed: str  # the licence type as printed
    number: str
    expires: str  # YYYY-MM
    exp_text: str  # expiry as printed
    compact: bool | None = None
    compact_text: str = ""  # the compact wording as printed
    state_name: str = ""


@dataclass
class Cert:
    name: str
    long: str
    issuer: str
    expires: str | None
    exp_text: str = ""


@dataclass
class Job:
    title: str
    employer: str
    city: str
    start: str  # YYYY-MM
    end: str | None  # None = present
    bullets: list[str] = field(default_factory=list)
    agency: str | None = None
    licensed: bool = True
    unit: str = ""


@dataclass
class Edu:
    degree: str
    school: str
    year: str
    city: str = ""


@dataclass
class Person:
    key: str
    name: str
    creds: str
    headline: str
    email: str
    phone: str
    street: str | None
    city: str
    st: str
    zip: str
    discipline: str
    specialties: list[str]
    lics: list[Lic]
    certs: list[Cert]
    jobs: list[Job]
    edu: list[Edu]
    ehr_text: list[str]  # EHR names as printed
    ehrs: list[str]  # truth
    summary: str
    skills: list[str] = field(default_factory=list)
    rotations: list[str] = field(default_factory=list)
    notes: str = ""
    address_on_page: bool = True

    @property
    def location(self) -> str | None:
        return f"{self.city}, {self.st}" if self.address_on_page else None

    def years(self) -> float | None:
        months: set[tuple[int, int]] = set()
        for j in self.jobs:
            if not j.licensed:
                continue
            y, m = map(int, j.start.split("-"))
            ey, em = map(int, j.end.split("-")) if j.end else AS_OF
            while (y, m) <= (ey, em):
                months.add((y, m))
                m += 1
                if m > 12:
                    y, m = y + 1, 1
        return round(len(months) / 12, 1) if months else None

    def employers(self) -> list[str]:
        out: list[str] = []
        for j in self.jobs:
            if j.employer not in out:
                out.append(j.employer)
        return out

    def agencies(self) -> list[str]:
        out: list[str] = []
        for j in self.jobs:
            if j.agency and j.agency not in out:
                out.append(j.agency)
        return out

    def truth(self, file: str, fmt: str, layout: str) -> dict:
        return {
            "file": file,
            "key": self.key,
            "format": fmt,
            "layout": layout,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "location": self.location,
            "discipline": self.discipline,
            "specialties": self.specialties,
            "licenses": [
                {
                    "state": x.state,
                    "type": x.type,
                    "number": x.number,
                    "compact": x.compact,
                    "expires": x.expires,
                }
                for x in self.lics
            ],
            "certifications": [
                {"name": c.name, "issuer": c.issuer, "expires": c.expires} for c in self.certs
            ],
            "years_experience": self.years(),
            "education": [{"degree": e.degree, "school": e.school} for e in self.edu],
            "employers": self.employers(),
            "ehr_systems": self.ehrs,
            "agencies": self.agencies(),
            "clinical_sites": self.rotations,
            "notes": self.notes,
        }


def ym(s: str | None, style: str) -> str:
    """A YYYY-MM date (None = present) in one printed style."""
    if s is None:
        return (
            {"lower": "present", "upper": "PRESENT", "current": "Current", "now": "now"}.get(
                style.split(":")[-1], "Present"
            )
            if ":" in style
            else "Present"
        )
    y, m = map(int, s.split("-"))
    st = style.split(":")[0]
    if st == "Mon YYYY":
        return f"{MONTHS[m - 1][:3]} {y}"
    if st == "Month YYYY":
        return f"{MONTHS[m - 1]} {y}"
    if st == "MM/YYYY":
        return f"{m:02d}/{y}"
    if st == "M/YYYY":
        return f"{m}/{y}"
    if st == "YYYY-MM":
        return f"{y}-{m:02d}"
    if st == "Mon 'YY":
        return f"{MONTHS[m - 1][:3]} '{y % 100:02d}"
    if st == "MM.YYYY":
        return f"{m:02d}.{y}"
    raise ValueError(style)


def span(j: Job, style: str, sep: str = " – ") -> str:
    return f"{ym(j.start, style)}{sep}{ym(j.end, style)}"

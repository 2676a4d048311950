"""Records of set l: one Person per resume; the documents and truth.jsonl are both made from them.

A licence keeps the truth type beside the words the page prints; a certification keeps its long
form, its issuer and the exact wording of its expiry; a job keeps its months. Years are the union
of the months of the licensed jobs (each month once), over twelve.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

AS_OF = (2026, 12)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = [
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
    "AR": "Arkansas",
    "AZ": "Arizona",
    "CA": "California",
    "CO": "Colorado",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "IA": "Iowa",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "MD": "Maryland",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MO": "Missouri",
    "MS": "Mississippi",
    "MT": "Montana",
    "NC": "North Carolina",
    "NE": "Nebraska",
    "NM": "New Mexico",
    "NV": "Nevada",
    "NY": "New York",
    "OH": "Ohio",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "SC": "South Carolina",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VA": "Virginia",
    "WA": "Washington",
    "WI": "Wisconsin",
}


@dataclass
class Lic:
    state: str
    type: str  # truth type (RN, LPN, PT, ... Radiologic Technologist)
    number: str
    printed: str  # the licence type as the page prints it
    compact: bool | None = None
    expires: str | None = None  # "YYYY-MM" when printed
    exp_text: str = ""  # the expiry as printed, e.g. "exp 06/2028"


@dataclass
class Cert:
    name: str  # acronym the page uses (truth)
    issuer: str
    expires: str | None = None
    long: str = ""  # long form, printed beside the acronym when set
    exp_text: str = ""  # wording of the expiry, must contain the month and year


@dataclass
class Job:
    title: str
    employer: str
    city: str
    st: str
    start: str  # "YYYY-MM"
    end: str | None  # None = Present
    licensed: bool = True
    agency: str | None = None
    unit: str = ""
    kind: str = ""  # "Per diem", "PRN", "Travel", "Part-time"...
    bullets: tuple[str, ...] = ()


@dataclass
class Edu:
    degree: str
    school: str
    city: str = ""
    year: str = ""
    wrap_at: int = 0  # print the degree over two lines, broken after this many words


@dataclass
class Rotation:
    area: str
    site: str
    term: str


@dataclass
class Person:
    key: str
    file: str
    fmt: str
    layout: str
    name: str
    creds: str
    headline: str
    email: str
    phone: str
    street: str | None
    city: str | None
    st: str | None
    zip: str | None
    discipline: str
    specialties: list[str]
    summary: str
    licenses: list[Lic]
    certs: list[Cert]
    jobs: list[Job]
    education: list[Edu]
    ehr_printed: list[str]  # as the page prints them
    ehr: list[str]  # truth vendor names
    skills: list[str] = field(default_factory=list)
    rotations: list[Rotation] = field(default_factory=list)
    notes: str = ""
    extra: dict = field(default_factory=dict)
    new_grad: bool = False

    @property
    def location(self) -> str | None:
        if self.city and self.st:
            return f"{self.city}, {self.st}"
        return None

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
            b = ym_index(j.end) if j.end else AS_OF[0] * 12 + AS_OF[1] - 1
            months.update(range(a, b + 1))
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
                    "state": x.state,
                    "type": x.type,
                    "number": x.number,
                    "compact": x.compact,
                    "expires": x.expires,
                }
                for x in self.licenses
            ],
            "certifications": [
                {"name": c.name, "issuer": c.issuer, "expires": c.expires} for c in self.certs
            ],
            "years_experience": self.years(),
            "education": [{"degree": e.degree, "school": e.school} for e in self.education],
            "employers": self.employers,
            "ehr_systems": self.ehr,
            "agencies": self.agencies,
            "clinical_sites": [r.site for r in self.rotations],
            "notes": self.notes,
        }


def ym_index(ym: str) -> int:
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def ym(ymstr: str | None, style: str, present: str = "Present") -> str:
    """Print a "YYYY-MM" month in one of the page styles; None is the current job."""
    if ymstr is None:
        return present
    y, m = (int(x) for x in ymstr.split("-"))
    if style == "mon":
        return f"{MONTHS[m - 1]} {y}"
    if style == "month":
        return f"{MONTHS_LONG[m - 1]} {y}"
    if style == "num":
        return f"{m:02d}/{y}"
    if style == "numshort":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "dot":
        return f"{m:02d}.{y}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def span(job: Job, style: str, sep: str = " – ", present: str = "Present") -> str:
    return ym(job.start, style) + sep + ym(job.end, style, present)


def degree_lines(e: Edu) -> list[str]:
    if not e.wrap_at:
        return [e.degree]
    w = e.degree.split()
    return [" ".join(w[: e.wrap_at]), " ".join(w[e.wrap_at :])]


def contact_line(p: Person) -> str:
    if p.street:
        return f"{p.street}, {p.city}, {p.st} {p.zip}"
    if p.city:
        return f"{p.city}, {p.st}"
    return ""


def cert_text(c: Cert, issuer_style: str = "dash", long: bool = True) -> str:
    """One certification line: acronym, long form, issuer in the given style, expiry wording."""
    head = c.name
    if long and c.long:
        head = f"{c.long} ({c.name})"
    if issuer_style == "brackets":
        s = f"{head} [{c.issuer}]"
    elif issuer_style == "paren":
        s = f"{head} ({c.issuer})"
    elif issuer_style == "comma":
        s = f"{head}, {c.issuer}"
    else:
        s = f"{head} — {c.issuer}"
    if c.exp_text:
        s += f", {c.exp_text}"
    return s


def write_truth(people: list[Person], path) -> None:
    with open(path, "w") as fh:
        for p in sorted(people, key=lambda x: x.file):
            fh.write(json.dumps(p.truth(), ensure_ascii=False) + "\n")

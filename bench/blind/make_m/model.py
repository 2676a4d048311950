"""Per-person records for set m: the documents and the truth are both made from these."""

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
    state: str  # two-letter code (truth)
    state_name: str  # as printed
    type: (
        str  # truth type: RN, LPN, PT, PTA, OT, COTA, SLP, Pharmacist, RT, Radiologic Technologist
    )
    printed: str  # the licence type as the page prints it
    number: str
    compact: bool | None
    expires: str | None  # "YYYY-MM" or None
    exp_text: str  # printed wording of the expiry ("" when undated)
    compact_text: str = ""  # printed compact wording ("Multistate", "Compact (NLC)") or ""


@dataclass
class Cert:
    name: str  # acronym (truth)
    long: str  # long form as printed ("" when the page prints only the acronym)
    issuer: str
    expires: str | None = None  # "YYYY-MM" or None
    exp_text: str = ""  # printed wording; "" for an undated card


@dataclass
class Job:
    title: str
    employer: str
    city: str
    start: tuple[int, int]
    end: tuple[int, int] | None  # None = present
    licensed: bool = True
    agency: str = ""
    unit: str = ""
    bullets: list[str] = field(default_factory=list)
    hours: int = 0  # hours per week (federal design)
    supervisor: str = ""  # "Name, phone" (federal design)
    kind: str = ""  # "Full-time", "Per diem", "Travel (13 weeks)"...


@dataclass
class Degree:
    degree: str
    school: str
    year: str = ""
    city: str = ""
    wrap: str = ""  # where a design breaks the degree over two lines (a prefix of `degree`)


@dataclass
class Person:
    file: str
    key: str
    fmt: str
    layout: str
    name: str
    creds: str
    email: str
    phone: str
    street: str  # "" when the page has no street
    city: str  # "City, ST ZIP" or "City, ST" ; "" = no home address
    discipline: str
    headline: str
    specialties: list[str]
    licenses: list[Lic]
    certs: list[Cert]
    jobs: list[Job]
    education: list[Degree]
    ehr: list[str]  # truth names
    ehr_text: str  # printed wording
    skills: list[str] = field(default_factory=list)
    summary: str = ""
    clinical_sites: list[str] = field(default_factory=list)
    rotations: list[str] = field(default_factory=list)  # printed rotation lines
    notes: str = ""
    date_style: str = "mm/yyyy"
    present: str = "Present"
    extra: dict = field(default_factory=dict)

    @property
    def location(self) -> str | None:
        if not self.city:
            return None
        city, rest = self.city.split(",", 1)
        return f"{city.strip()}, {rest.split()[0]}"

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
        months: set[int] = set()
        for j in self.jobs:
            if not j.licensed:
                continue
            a = j.start[0] * 12 + j.start[1] - 1
            e = j.end or AS_OF
            b = e[0] * 12 + e[1] - 1
            months.update(range(a, b + 1))
        if not months:
            return None
        return round(len(months) / 12, 1)

    def date(self, ym: tuple[int, int] | None, style: str | None = None) -> str:
        if ym is None:
            return self.present
        return fmt_date(ym, style or self.date_style)

    def span(self, j: Job, sep: str = " – ", style: str | None = None) -> str:
        return f"{self.date(j.start, style)}{sep}{self.date(j.end, style)}"

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
                    "state": lic.state,
                    "type": lic.type,
                    "number": lic.number,
                    "compact": lic.compact,
                    "expires": lic.expires,
                }
                for lic in self.licenses
            ],
            "certifications": [
                {"name": c.name, "issuer": c.issuer, "expires": c.expires} for c in self.certs
            ],
            "years_experience": self.years(),
            "education": [{"degree": d.degree, "school": d.school} for d in self.education],
            "employers": self.employers,
            "ehr_systems": self.ehr,
            "agencies": self.agencies,
            "clinical_sites": self.clinical_sites,
            "notes": self.notes,
        }


def fmt_date(ym: tuple[int, int], style: str) -> str:
    y, m = ym
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mon yyyy":
        return f"{MONTHS[m - 1][:3]} {y}"
    if style == "mon. yyyy":
        name = MONTHS[m - 1]
        return f"{name[:3]}. {y}" if len(name) > 4 else f"{name} {y}"
    if style == "month yyyy":
        return f"{MONTHS[m - 1]} {y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mm-yy":
        return f"{m:02d}-{y % 100:02d}"
    raise ValueError(style)


def cert_line(c: Cert, issuer_style: str = "paren") -> str:
    """One certification as a line: acronym, long form, issuer, expiry wording."""
    head = f"{c.name} — {c.long}" if c.long else c.name
    if issuer_style == "paren":
        s = f"{head} ({c.issuer})"
    elif issuer_style == "bracket":
        s = f"{head} [{c.issuer}]"
    elif issuer_style == "dash":
        s = f"{head} — {c.issuer}"
    elif issuer_style == "comma":
        s = f"{head}, {c.issuer}"
    else:
        raise ValueError(issuer_style)
    if c.exp_text:
        s += f", {c.exp_text}" if issuer_style != "dash" else f" — {c.exp_text}"
    return s


def lic_line(lic: Lic) -> str:
    s = f"{lic.printed}, {lic.state_name}"
    if lic.compact_text:
        s += f" ({lic.compact_text})"
    s += f" — No. {lic.number}"
    if lic.exp_text:
        s += f" — {lic.exp_text}"
    return s

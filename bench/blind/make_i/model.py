"""Records for set i: a person, the jobs, licences and certifications as printed."""

from __future__ import annotations

from dataclasses import dataclass, field

AS_OF = (2026, 12)
MONTHS = (
    "January February March April May June July August September October November December".split()
)


def ym(s: str) -> tuple[int, int]:
    """'2019-03' -> (2019, 3); 'now' -> the as-of month."""
    if s == "now":
        return AS_OF
    y, m = s.split("-")
    return int(y), int(m)


@dataclass
class Job:
    title: str
    employer: str
    city: str
    start: str
    end: str
    bullets: list[str] = field(default_factory=list)
    licensed: bool = True
    agency: str | None = None
    note: str = ""

    def months(self) -> set[int]:
        y0, m0 = ym(self.start)
        y1, m1 = ym(self.end)
        return set(range(y0 * 12 + m0 - 1, y1 * 12 + m1))


@dataclass
class Lic:
    state: str
    type: str
    number: str
    compact: bool | None
    expires: str | None
    text: str

    def truth(self) -> dict[str, object]:
        return {
            "state": self.state,
            "type": self.type,
            "number": self.number,
            "compact": self.compact,
            "expires": self.expires,
        }


@dataclass
class Cert:
    name: str
    issuer: str | None
    expires: str | None
    text: str

    def truth(self) -> dict[str, object]:
        out: dict[str, object] = {"name": self.name}
        if self.issuer:
            out["issuer"] = self.issuer
        if self.expires:
            out["expires"] = self.expires
        return out


@dataclass
class Edu:
    degree: str
    school: str
    when: str
    place: str = ""


@dataclass
class Person:
    key: str
    name: str
    creds: str
    email: str
    phone: str
    street: str | None
    city: str | None
    discipline: str
    headline: str
    summary: str
    specialties: list[str]
    licenses: list[Lic]
    certs: list[Cert]
    education: list[Edu]
    jobs: list[Job]
    ehr: list[str]
    skills: list[str]
    datefmt: str = "mon"
    agencies: list[str] = field(default_factory=list)
    clinical_sites: list[str] = field(default_factory=list)
    rotations: list[tuple[str, str, str]] = field(default_factory=list)
    references: list[tuple[str, str, str, str]] = field(default_factory=list)
    cover: list[str] = field(default_factory=list)
    checklist: list[tuple[str, int, str]] = field(default_factory=list)
    extra: list[tuple[str, list[str]]] = field(default_factory=list)
    notes: str = ""
    stated_years: int | None = None

    def years(self) -> float | None:
        months: set[int] = set()
        for j in self.jobs:
            if j.licensed:
                months |= j.months()
        if not months:
            return None
        return round(len(months) / 12, 1)

    def employers(self) -> list[str]:
        out: list[str] = []
        for j in self.jobs:
            if j.employer and j.employer not in out:
                out.append(j.employer)
        return out


def fmt_date(s: str, style: str) -> str:
    """Print one end of a job's dates in the person's style."""
    if s == "now":
        return {"mon": "Present", "num": "Present", "year": "Present", "long": "present"}.get(
            style, "Present"
        )
    y, m = ym(s)
    if style == "mon":
        return f"{MONTHS[m - 1][:3]} {y}"
    if style == "num":
        return f"{m:02d}/{y}"
    if style == "year":
        return str(y)
    if style == "long":
        return f"{MONTHS[m - 1]} {y}"
    if style == "short":
        return f"{m}/{y % 100:02d}"
    raise ValueError(style)


def span(j: Job, style: str, sep: str = " – ") -> str:
    return fmt_date(j.start, style) + sep + fmt_date(j.end, style)

"""Set v's records: a resume is contact, jobs, sections of lines and a hand-written truth."""

from dataclasses import dataclass, field

AS_OF = "2026-12"


@dataclass
class Job:
    title: str
    employer: str
    city: str
    dates: str  # as printed
    bullets: list[str] = field(default_factory=list)
    span: tuple[str, str] | None = (
        None  # licensed months counted ("YYYY-MM", "YYYY-MM"), None = not counted
    )
    agency: str = ""


@dataclass
class Person:
    id: str
    fmt: str
    design: str
    key: str
    layout: str
    name: str
    creds: str
    headline: str
    addr: str  # street line or ""
    city: str | None  # "City, ST" of the home address, None when the page has none
    phone: str
    email: str
    summary: str
    jobs: list[Job]
    lic: list[str]
    certs: list[str]
    edu: list[str]
    skills: list[str]
    truth: dict
    extra: list[tuple[str, list[str]]] = field(default_factory=list)
    new_grad: bool = False

    @property
    def file(self) -> str:
        ext = {"photo": "jpg", "scan": "pdf"}.get(self.fmt, self.fmt)
        if self.design.startswith("web"):
            ext = "png"
        return f"{self.id}.{ext}"

    @property
    def contact_line(self) -> str:
        parts = [p for p in (self.addr, self.city) if p]
        return ", ".join(parts)


def _months(a: str, b: str) -> set[int]:
    ya, ma = map(int, a.split("-"))
    yb, mb = map(int, b.split("-"))
    return set(range(ya * 12 + ma - 1, yb * 12 + mb))


def years(p: Person) -> float | None:
    if p.new_grad:
        return None
    months: set[int] = set()
    for j in p.jobs:
        if j.span:
            months |= _months(*j.span)
    return round(len(months) / 12, 1)


def truth_line(p: Person) -> dict:
    employers: list[str] = []
    agencies: list[str] = []
    for j in p.jobs:
        if j.employer not in employers:
            employers.append(j.employer)
        if j.agency and j.agency not in agencies:
            agencies.append(j.agency)
    t = p.truth
    return {
        "file": p.file,
        "key": p.key,
        "format": p.fmt,
        "layout": p.layout,
        "name": p.name,
        "email": p.email,
        "phone": p.phone,
        "location": p.city,
        "discipline": t["discipline"],
        "specialties": t["specialties"],
        "licenses": t["licenses"],
        "certifications": t["certifications"],
        "years_experience": years(p),
        "education": t["education"],
        "employers": employers,
        "ehr_systems": t["ehr"],
        "agencies": agencies,
        "clinical_sites": t.get("sites", []),
        "notes": t["notes"],
    }


def L(state, type_, number, compact=None, expires=None):
    return {"state": state, "type": type_, "number": number, "compact": compact, "expires": expires}


def C(name, issuer=None, expires=None):
    return {"name": name, "issuer": issuer, "expires": expires}


def E(degree, school):
    return {"degree": degree, "school": school}

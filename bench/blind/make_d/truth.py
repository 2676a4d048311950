"""A person's truth line in the fields of shared/eval/score.py, plus sanity checks on the data."""

import re

from model import LONG_MONTHS, MONTHS, Person, covered_years

WORDS = {
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


def location(home: str | None) -> str | None:
    if not home:
        return None
    parts = [x.strip() for x in home.split(",")]
    st = re.match(r"([A-Z]{2})\b", parts[-1])
    if not st:
        raise ValueError("home line without a state")
    return f"{parts[-2]}, {st.group(1)}"


def site(rotation: str) -> str:
    """'Capstone preceptorship — Surgical ICU, Isthmus Lakes Medical Center (180 hours)' -> site."""
    return rotation.split(" — ", 1)[-1].split(" (")[0].split(", ")[-1]


def uniq(xs: list[str]) -> list[str]:
    return list(dict.fromkeys(xs))


def line(p: Person, file: str) -> dict:
    return {
        "file": file,
        "key": p.key,
        "format": p.fmt,
        "layout": p.design,
        "name": p.name,
        "email": p.email,
        "phone": p.phone,
        "location": location(p.home),
        "discipline": p.discipline,
        "specialties": p.specialties,
        "licenses": [
            {
                "state": x.state,
                "type": x.type,
                "number": x.number,
                "compact": x.compact,
                "expires": x.expires,
            }
            for x in p.licenses
        ],
        "certifications": [
            {"name": c.name, "issuer": c.issuer} | ({"expires": c.expires} if c.expires else {})
            for c in p.certs
        ],
        "years_experience": None if p.new_grad else covered_years(p.jobs),
        "education": [{"degree": ed.degree, "school": ed.school} for ed in p.education],
        "employers": uniq([j.org for j in p.jobs]),
        "ehr_systems": p.ehr,
        "agencies": uniq([j.agency for j in p.jobs if j.agency]),
        "clinical_sites": [site(r) for r in p.rotations],
        "notes": p.notes,
    }


TABLE_DESIGNS = {"grid", "dx-certtable"}


def problems(p: Person) -> list[str]:
    """Data checks: stated years agree with the dates; printed expiries agree with the truth."""
    out = []
    yrs = covered_years(p.jobs)
    for m in re.finditer(r"\b(\d+|" + "|".join(WORDS) + r")\+? years?\b", p.summary):
        n = WORDS.get(m.group(1)) or int(m.group(1))
        if n > 3 and abs(n - yrs) > 1:  # small counts are sub-periods
            out.append(f"summary states {n} years, dates give {yrs}")
    if p.design not in TABLE_DESIGNS:
        for c in p.certs:
            if not c.expires:
                continue
            y, mo = c.expires[:4], int(c.expires[5:7])
            forms = [
                f"{mo:02d}/{y}",
                f"{mo}/{y}",
                f"{y}-{mo:02d}",
                f"{MONTHS[mo - 1]} {y}",
                f"{LONG_MONTHS[mo - 1]} {y}",
            ]
            if not any(f in c.text for f in forms):
                out.append(f"cert {c.name} expiry not printed as {c.expires}")
    return out

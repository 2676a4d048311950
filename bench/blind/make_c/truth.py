"""One truth line for blind set c, in the fields and conventions of shared/eval/score.py."""

import re

from model import Person, covered_years


def location(home: str | None) -> str | None:
    """'City, ST' of the home address or home city line; None when the page prints none."""
    if not home:
        return None
    parts = [x.strip() for x in home.split(",")]
    state = re.match(r"([A-Z]{2})\b", parts[-1])
    if not state:
        raise ValueError(f"no state in home line of length {len(home)}")
    return f"{parts[-2]}, {state.group(1)}"


def site(rotation: str) -> str:
    """'Capstone — Medical ICU, Sonoran Springs Medical Center (144 hours)' -> the site's name."""
    return rotation.split(" — ", 1)[-1].split(" (")[0].split(", ")[-1]


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def truth(p: Person, file: str, fmt: str) -> dict:
    return {
        "file": file,
        "key": p.key,
        "format": fmt,
        "layout": p.design,
        "name": p.name,
        "email": p.email,
        "phone": p.phone,
        "location": location(p.home),
        "discipline": p.discipline,
        "specialties": p.specialties,
        "licenses": [
            {
                "state": lic.state,
                "type": lic.type,
                "number": lic.number,
                "compact": lic.compact,
                "expires": lic.expires,
            }
            for lic in p.licenses
        ],
        "certifications": [
            {"name": c.name, "issuer": c.issuer} | ({"expires": c.expires} if c.expires else {})
            for c in p.certs
        ],
        "years_experience": None if p.new_grad else covered_years(p.jobs),
        "education": [{"degree": e.degree, "school": e.school} for e in p.education],
        "employers": _unique([j.org for j in p.jobs]),
        "ehr_systems": p.ehr,
        "agencies": _unique([j.agency for j in p.jobs if j.agency]),
        "clinical_sites": [site(r) for r in p.rotations],
        "notes": p.notes,
    }

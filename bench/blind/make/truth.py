"""The truth line for one resume, in the field names and conventions of shared/eval/score.py."""

import re

from model import Person
from text_bits import STATE_NAMES

ABBREV = {v: k for k, v in STATE_NAMES.items()}


def location(address: str | None) -> str | None:
    """'City, ST' from the home address printed on the page; None when the page has none."""
    if not address:
        return None
    parts = [x.strip() for x in address.split(",")]
    state = re.match(r"([A-Z]{2})\b", parts[-1])
    st = state.group(1) if state else ABBREV[parts[-1]]
    return f"{parts[-2]}, {st}"


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def truth(p: Person, file: str) -> dict:
    return {
        "file": file,
        "key": p.key,
        "format": p.fmt,
        "layout": p.layout,
        "name": p.name,
        "email": p.email,
        "phone": p.phone,
        "location": location(p.address),
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
            {"name": c.truth_name or c.name, "issuer": c.issuer}
            | ({"expires": c.expires} if c.expires else {})
            for c in p.certs
        ],
        "years_experience": p.years,
        "education": [{"degree": e.degree, "school": e.school} for e in p.education],
        "employers": _unique([j.org for j in p.jobs]),
        "ehr_systems": p.ehr,
        "agencies": _unique([j.agency for j in p.jobs if j.agency]),
        "clinical_sites": [
            r.split(" — ", 1)[-1].split(" (")[0].split(", ", 1)[-1] for r in p.rotations
        ],
        "notes": p.notes,
    }

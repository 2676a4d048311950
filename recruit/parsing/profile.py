"""Lines of text -> clinician profile.

Initial version: the parser-fields work replaces this with the real field extractors.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from recruit.parsing.model import Document

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def build_profile(document: Document, *, today: date) -> dict[str, Any]:
    match = _EMAIL.search(document.text)
    return {
        "name": None,
        "email": match.group(0) if match else None,
        "phone": None,
        "location": None,
        "discipline": None,
        "specialties": [],
        "specialty_years": {},
        "licenses": [],
        "certifications": [],
        "years_experience": None,
        "education": [],
        "employers": [],
        "ehr_systems": [],
        "eligible_states": [],
        "fields": {},
    }

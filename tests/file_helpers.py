"""An SLP with three licences, four certifications and four jobs (per diem beside a travel
contract, a gap, two jobs "to present"): the candidate file's and the queue row's test case."""

from __future__ import annotations

from typing import Any

SLP_TEXT = """Maya Castillo, MS, CCC-SLP
maya.castillo@example.org | (805) 555-0142 | San Luis Obispo, CA

Experience
Travel SLP, Acute Care - Central Coast Medical Center (Aya Healthcare) 06/2025 - present
SLP (per diem), Outpatient - Sierra Rehab, Fresno, CA 01/2024 - present
Speech-Language Pathologist, Pediatrics - Valley Children's Hospital, Madera, CA 08/2019 - 02/2022
Clinical Fellow SLP, Inpatient Rehab - Mercy General Hospital, Sacramento, CA 07/2018 - 07/2019

Licenses
California SLP License SP 12345, expires 08/2030
Arizona SLP License 7788, expires 12/2029
Texas SLP License 55110, expires 01/2031

Certifications
CCC-SLP, ASHA, expires 12/2030
BLS, American Heart Association, expires 03/2030
MBSImP, expires 06/2031
VitalStim

Education
MS Speech-Language Pathology, California State University Sacramento, 2018
BA Communication Disorders, California State University Fresno, 2016
"""


def _evidence(*texts: str, confidence: float = 0.9) -> dict[str, Any]:
    return {"confidence": confidence, "evidence": [{"page": 1, "text": t} for t in texts]}


SLP_PROFILE: dict[str, Any] = {
    "name": "Maya Castillo",
    "email": "maya.castillo@example.org",
    "phone": "(805) 555-0142",
    "location": {"city": "San Luis Obispo", "state": "CA"},
    "discipline": "SLP",
    "specialties": ["Acute Care", "Pediatrics"],
    "specialty_years": {"Acute Care": 3.5, "Pediatrics": 2.5},
    "licenses": [
        {"state": "CA", "type": "SLP", "number": "SP 12345", "compact": False,
         "expires": "2030-08"},
        {"state": "AZ", "type": "SLP", "number": "7788", "compact": False, "expires": "2029-12",
         "confidence": 0.4, "evidence": [{"page": 1, "text": "Arizona SLP License 7788"}]},
        {"state": "TX", "type": "SLP", "number": "55110", "compact": False,
         "expires": "2031-01"},
    ],
    "certifications": [
        {"name": "CCC-SLP", "issuer": "ASHA", "expires": "2030-12"},
        {"name": "BLS", "issuer": "American Heart Association", "expires": "2030-03"},
        {"name": "MBSImP", "issuer": None, "expires": "2031-06"},
        {"name": "VitalStim", "issuer": None, "expires": None},
    ],
    "years_experience": 7.5,
    "education": [
        {"degree": "MS Speech-Language Pathology",
         "school": "California State University Sacramento", "year": 2018},
        {"degree": "BA Communication Disorders", "school": "California State University Fresno",
         "year": 2016},
    ],
    "employers": [
        {"name": "Central Coast Medical Center", "agency": "Aya Healthcare", "title": "Travel SLP",
         "unit": "Acute Care", "location": "San Luis Obispo, CA", "start": "2025-06",
         "end": "present", "travel": True},
        {"name": "Sierra Rehab", "agency": None, "title": "SLP (per diem)", "unit": "Outpatient",
         "location": "Fresno, CA", "start": "2024-01", "end": "present", "travel": False},
        {"name": "Valley Children's Hospital", "agency": None,
         "title": "Speech-Language Pathologist", "unit": "Pediatrics", "location": "Madera, CA",
         "start": "2019-08", "end": "2022-02", "travel": False},
        {"name": "Mercy General Hospital", "agency": None, "title": "Clinical Fellow SLP",
         "unit": "Inpatient Rehab", "location": "Sacramento, CA", "start": "2018-07",
         "end": "2019-07", "travel": False},
    ],
    "ehr_systems": ["Epic", "Cerner"],
    "eligible_states": ["AZ", "CA", "TX"],
    "fields": {
        "name": _evidence("Maya Castillo, MS, CCC-SLP"),
        "email": _evidence("maya.castillo@example.org | (805) 555-0142 | San Luis Obispo, CA"),
        "licenses": _evidence(
            "California SLP License SP 12345, expires 08/2030", "Arizona SLP License 7788",
            "Texas SLP License 55110, expires 01/2031", confidence=0.85,
        ),
        "certifications": _evidence("CCC-SLP, ASHA, expires 12/2030", "VitalStim", confidence=0.5),
        "employers": _evidence("Central Coast Medical Center", confidence=0.75),
        "education": _evidence("MS Speech-Language Pathology"),
        "specialties": _evidence("Travel SLP, Acute Care"),
        "years_experience": _evidence("07/2018 - 07/2019", confidence=0.6),
    },
}  # fmt: skip

"""Field-by-field scoring of a parsed profile against an expected record.

The semantics follow the project's evaluation script (shared/eval/score.py) so that the
figures of the corpus tests and of the evaluation agree, but this module stands alone:
tests must run where the shared folder is absent.

Each field scorer returns 1.0 (right), 0.0 (wrong), a fraction (set F1) or None when the
field is absent on both sides and so is not counted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from difflib import SequenceMatcher
from typing import Any

FIELDS = (
    "name",
    "email",
    "phone",
    "location",
    "discipline",
    "specialties",
    "licenses",
    "compact",
    "certifications",
    "cert_expiry",
    "years_experience",
    "education",
    "employers",
    "ehr_systems",
)

# Post-nominal tokens dropped from names.
POST_NOMINALS = frozenset(
    [
        "rn",
        "bsn",
        "msn",
        "adn",
        "lpn",
        "lvn",
        "np",
        "aprn",
        "fnp",
        "dnp",
        "ccrn",
        "cen",
        "pt",
        "dpt",
        "pta",
        "ot",
        "otr",
        "otr/l",
        "ms",
        "cota",
        "cota/l",
        "slp",
        "ccc-slp",
        "ccc",
        "pharmd",
        "rph",
        "bcps",
        "rrt",
        "crt",
        "rt",
        "mba",
        "phd",
        "ma",
        "bs",
        "ba",
        "cna",
        "rnc",
        "rnc-ob",
        "cnor",
        "ocn",
        "tcrn",
        "ms,",
        "r.n.",
        "arrt",
        "cst",
        "rt(r)",
        "(r)",
        "rt(r)(ct)",
        "mot",
        "mpt",
        "atc",
        "cscs",
        "bcgp",
        "msot",
    ]
)

UNITS = {
    "icu": [
        "icu",
        "intensive care",
        "critical care",
        "micu",
        "sicu",
        "cvicu",
        "ccu",
        "neuro icu",
        "trauma icu",
    ],
    "er": ["er", "ed", "emergency", "emergency department", "emergency room", "trauma"],
    "l&d": ["l&d", "labor and delivery", "labor & delivery", "l and d"],
    "med-surg": ["med-surg", "med surg", "medical-surgical", "medical surgical"],
    "telemetry": ["tele", "telemetry", "med-surg/tele"],
    "step-down": [
        "step-down",
        "stepdown",
        "step down",
        "pcu",
        "progressive care",
        "imc",
        "intermediate care",
    ],
    "or": ["or", "operating room", "perioperative", "surgery", "surgical services"],
    "pacu": ["pacu", "post-anesthesia", "post anesthesia care"],
    "cath lab": ["cath lab", "cardiac cath", "cardiac catheterization"],
    "nicu": ["nicu", "neonatal icu", "neonatal intensive care"],
    "picu": ["picu", "pediatric icu", "pediatric intensive care"],
    "oncology": ["oncology", "onc", "hematology/oncology"],
    "psych": ["psych", "psychiatric", "behavioral health", "mental health"],
    "pediatrics": ["pediatrics", "peds"],
    "postpartum": ["postpartum", "mother-baby", "mother/baby", "mother baby", "mother/baby unit"],
    "dialysis": ["dialysis"],
    "home health": ["home health"],
    "rehab": ["rehab", "rehabilitation"],
    "acute care": ["acute care", "acute"],
    "outpatient": ["outpatient"],
    "snf": ["skilled nursing", "snf", "skilled nursing facility"],
    "ltc": ["long-term care", "ltc"],
    "schools": ["school", "schools", "school-based", "school based"],
    "inpatient rehab": ["inpatient rehabilitation", "irf"],
}
UNIT_OF = {alias: unit for unit, aliases in UNITS.items() for alias in aliases}

DISCIPLINES = {
    "RN": ["rn", "registered nurse"],
    "LPN": ["lpn", "lvn"],
    "PT": ["pt", "physical therapist"],
    "PTA": ["pta"],
    "OT": ["ot", "occupational therapist"],
    "COTA": ["cota"],
    "SLP": ["slp", "speech-language pathologist", "speech therapist"],
    "Pharmacist": ["pharmacist", "rph", "pharmd"],
    "RT": ["rt", "rrt", "respiratory therapist"],
    "other-allied": ["other-allied", "allied"],
    "non-clinical": ["non-clinical"],
}
DISCIPLINE_OF = {alias: code for code, aliases in DISCIPLINES.items() for alias in aliases}

LICENCE_KINDS = {
    "rn": ["registered nurse"],
    "lpn": ["lvn", "licensed practical nurse"],
    "pharmacist": ["rph", "pharmacy", "pharmd", "registered pharmacist"],
    "slp": ["ccc-slp", "speech-language pathologist", "speech-language pathology"],
    "ot": ["otr/l", "otr", "occupational therapist"],
    "cota": ["cota/l", "ota"],
    "pt": ["physical therapist"],
    "pta": ["lpta", "physical therapist assistant"],
    "rt": ["rrt", "crt", "rcp", "lrt", "respiratory care practitioner", "respiratory therapist"],
}
LICENCE_KIND_OF = {alias: kind for kind, aliases in LICENCE_KINDS.items() for alias in aliases}

CERT_ALIASES = {
    "basic life support": "bls",
    "bls/cpr": "bls",
    "cpr": "bls",
    "cpr/bls": "bls",
    "advanced cardiovascular life support": "acls",
    "advanced cardiac life support": "acls",
    "pediatric advanced life support": "pals",
    "neonatal resuscitation program": "nrp",
    "trauma nursing core course": "tncc",
    "ccc": "ccc-slp",
    "otr": "otr/l",
    "rnc": "rnc-ob",
}

# First matching pattern wins, so the order matters (as in the evaluation script).
DEGREES = (
    (r"\bassociate.*nursing|\badn\b|\basn\b", "ADN"),
    (r"bachelor.*nursing|\bbsn\b", "BSN"),
    (r"master.*nursing|\bmsn\b", "MSN"),
    (r"doctor.*nursing practice|\bdnp\b", "DNP"),
    (r"doctor.*physical therapy|\bdpt\b", "DPT"),
    (r"master.*physical therapy|\bmpt\b", "MPT"),
    (r"master.*occupational therapy|\bmsot\b|\bmot\b|\bms,? ?ot\b", "MSOT"),
    (r"doctor.*occupational therapy|\botd\b", "OTD"),
    (r"doctor.*pharmacy|\bpharm\.? ?d\b", "PharmD"),
    (r"speech|communication (sciences|disorders)|\bslp\b", "MS-SLP"),
    (r"respiratory", "RT-degree"),
    (r"occupational therapy assist|\bcota\b", "OTA-degree"),
    (r"physical therapist assist|\bpta\b", "PTA-degree"),
)


# ---------------------------------------------------------------------------- normalising


def fold(value: Any) -> str:
    """Lower case, ASCII only, single spaces."""
    ascii_text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    return " ".join(ascii_text.lower().split())


def _label(item: Any, key: str) -> Any:
    return item.get(key) if isinstance(item, dict) else item


def person_name(value: Any) -> str:
    """'MARIA J. LOPEZ, BSN, RN' -> 'maria lopez'."""
    if not value:
        return ""
    tokens = fold(value).split(",")[0].split()
    tokens = [t for t in tokens if t not in POST_NOMINALS and t.strip(".") not in POST_NOMINALS]
    tokens = [re.sub(r"[^a-z'\-]", "", t) for t in tokens]
    tokens = [t for t in tokens if len(t) > 1 or t.isalpha()]
    last = len(tokens) - 1
    return " ".join(t for i, t in enumerate(tokens) if not (0 < i < last and len(t) == 1))


def phone_digits(value: Any) -> str:
    found = re.sub(r"\D", "", str(value or ""))
    return found[-10:] if len(found) >= 10 else found


def state_of(location: Any) -> str:
    if not location:
        return ""
    if isinstance(location, dict):
        return (location.get("state") or "").upper()
    match = re.search(r"\b([A-Z]{2})\b", str(location))
    return match.group(1) if match else fold(location)


def unit(value: Any) -> str:
    text = fold(value).replace("unit", "").strip()
    text = re.sub(r"\s*\(.*?\)", "", text).strip()
    return UNIT_OF.get(text, text)


def discipline(value: Any) -> str:
    return DISCIPLINE_OF.get(fold(value), str(value)) if value else "non-clinical"


def certification(item: Any) -> str:
    text = re.sub(r"\s*\(.*?\)", "", fold(_label(item, "name") or ""))
    text = text.replace("certification", "").replace("certified", "").strip()
    return CERT_ALIASES.get(text, text)


def degree(item: Any) -> str:
    text = fold(_label(item, "degree") or "")
    return next((code for pattern, code in DEGREES if re.search(pattern, text)), text)


def licence(item: Any) -> tuple[str, str]:
    if isinstance(item, str):
        return item.upper()[:2], ""
    kind = fold(item.get("type") or "")
    return (item.get("state") or "").upper(), LICENCE_KIND_OF.get(kind, kind)


# ---------------------------------------------------------------------------- set measures


def f1(predicted: Iterable[Any], expected: Iterable[Any]) -> float:
    got, want = {x for x in predicted if x}, {x for x in expected if x}
    if not got and not want:
        return 1.0
    hits = len(got & want)
    if hits == 0:
        return 0.0
    precision, recall = hits / len(got), hits / len(want)
    return 2 * precision * recall / (precision + recall)


def _similar(a: str, b: str) -> float:
    ratio = SequenceMatcher(None, a, b).ratio()
    return max(ratio, 0.9) if a in b or b in a else ratio


def fuzzy_f1(predicted: Iterable[Any], expected: Iterable[Any], threshold: float = 0.8) -> float:
    """F1 where each expected name may claim the most similar unclaimed predicted name."""
    got = [n for n in (fold(_label(x, "name")) for x in predicted if x) if n]
    want = [n for n in (fold(_label(x, "name")) for x in expected if x) if n]
    if not got and not want:
        return 1.0
    claimed: set[int] = set()
    for name in want:
        scored = [(_similar(name, g), i) for i, g in enumerate(got) if i not in claimed]
        best, index = max(scored, key=lambda pair: pair[0], default=(0.0, -1))
        if best >= threshold:
            claimed.add(index)
    if not claimed:
        return 0.0
    precision, recall = len(claimed) / len(got), len(claimed) / len(want)
    return 2 * precision * recall / (precision + recall)


# ---------------------------------------------------------------------------- fields


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _compact(predicted: Mapping, expected: Mapping) -> float | None:
    want = expected.get("licenses") or []
    if not any(isinstance(x, dict) and x.get("compact") is not None for x in want):
        return None
    got = predicted.get("licenses") or []
    if not got:
        return 0.0

    def states(items: list) -> set[str]:
        return {licence(x)[0] for x in items if isinstance(x, dict) and x.get("compact")}

    return float(states(got) == states(want))


def _cert_expiry(predicted: Mapping, expected: Mapping) -> float | None:
    want = {
        certification(c): c["expires"]
        for c in expected.get("certifications") or []
        if isinstance(c, dict) and c.get("expires")
    }
    if not want:
        return None
    got = {
        certification(c): c.get("expires")
        for c in predicted.get("certifications") or []
        if isinstance(c, dict)
    }
    return sum(str(got.get(k) or "")[:7] == v[:7] for k, v in want.items()) / len(want)


def _years(got: Any, want: Any) -> float | None:
    if want is None:
        return None
    try:
        return float(got is not None and abs(float(got) - float(want)) <= 1.0)
    except (TypeError, ValueError):
        return 0.0


def _name(got: Any, want: Any) -> float:
    return float(person_name(got) == person_name(want)) if want else float(not got)


Pair = Callable[[Any, Any], float | None]
PAIRS: dict[str, Pair] = {
    "name": _name,
    "email": lambda got, want: float(fold(got or "") == fold(want or "")),
    "phone": lambda got, want: float(phone_digits(got) == phone_digits(want)),
    "location": lambda got, want: float(state_of(got) == state_of(want)),
    "discipline": lambda got, want: float(discipline(got) == discipline(want)),
    "specialties": lambda got, want: f1(map(unit, got or []), map(unit, want or [])),
    "licenses": lambda got, want: f1(map(licence, got or []), map(licence, want or [])),
    "certifications": lambda got, want: f1(
        map(certification, got or []), map(certification, want or [])
    ),
    "years_experience": _years,
    "education": lambda got, want: f1(map(degree, got or []), map(degree, want or [])),
    "employers": lambda got, want: fuzzy_f1(got or [], want or []),
    "ehr_systems": lambda got, want: f1(map(fold, got or []), map(fold, want or [])),
}
WHOLE: dict[str, Callable[[Mapping, Mapping], float | None]] = {
    "compact": _compact,
    "cert_expiry": _cert_expiry,
}
SOURCE_FIELD = {"compact": "licenses", "cert_expiry": "certifications"}


def score_field(field: str, predicted: Mapping, expected: Mapping) -> float | None:
    source = SOURCE_FIELD.get(field, field)
    if _blank(predicted.get(source)) and _blank(expected.get(source)):
        return None
    if field in WHOLE:
        return WHOLE[field](predicted, expected)
    return PAIRS[field](predicted.get(field), expected.get(field))


def score_profile(
    predicted: Mapping, expected: Mapping, fields: Iterable[str] = FIELDS
) -> dict[str, float]:
    """Scores of the fields that count for this record."""
    scores = {f: score_field(f, predicted or {}, expected) for f in fields}
    return {f: s for f, s in scores.items() if s is not None}


def overall(per_record: Iterable[Mapping[str, float]]) -> tuple[dict[str, float], float]:
    """(mean per field, mean of the field means): the evaluation's 'overall' figure."""
    collected: dict[str, list[float]] = {}
    for scores in per_record:
        for f, s in scores.items():
            collected.setdefault(f, []).append(s)
    means = {f: sum(v) / len(v) for f in FIELDS if (v := collected.get(f))}
    return means, (sum(means.values()) / len(means) if means else 0.0)

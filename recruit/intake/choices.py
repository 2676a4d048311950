"""The fixed choices a candidate picks from on the confirm form."""

from __future__ import annotations

from typing import Any

try:
    from wtforms import SelectChoice
except ImportError:  # WTForms before 3.3 takes plain (value, label) pairs

    def SelectChoice(value: str, label: str) -> Any:  # type: ignore[no-redef]  # noqa: N802
        return (value, label)


US_STATES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "PR": "Puerto Rico",
    "GU": "Guam", "VI": "U.S. Virgin Islands",
}  # fmt: skip

DISCIPLINES: list[tuple[str, str]] = [
    ("RN", "Registered nurse (RN)"),
    ("LPN", "Licensed practical / vocational nurse (LPN/LVN)"),
    ("PT", "Physical therapist (PT)"),
    ("PTA", "Physical therapist assistant (PTA)"),
    ("OT", "Occupational therapist (OT)"),
    ("COTA", "Occupational therapy assistant (COTA)"),
    ("SLP", "Speech-language pathologist (SLP)"),
    ("Pharmacist", "Pharmacist"),
    ("RT", "Respiratory therapist (RT)"),
    ("Allied", "Other allied health (rad tech, surgical tech, lab…)"),
]

_SHIFTS: list[tuple[str, str]] = [
    ("days", "Days"),
    ("nights", "Nights"),
    ("any", "Either is fine"),
]


def shift_choices() -> list[Any]:
    return [SelectChoice(value, label) for value, label in _SHIFTS]


def state_choices() -> list[Any]:
    return [SelectChoice("", "Choose a state")] + [
        SelectChoice(code, name) for code, name in US_STATES.items()
    ]


def discipline_choices(current: str | None) -> list[Any]:
    """The list, plus whatever the parser found when it is not one of ours."""
    pairs = [("", "Choose one"), *DISCIPLINES]
    if current and current not in {code for code, _ in DISCIPLINES}:
        pairs.append((current, current))
    return [SelectChoice(value, label) for value, label in pairs]

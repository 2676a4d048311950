"""The fixed choices a candidate picks from on the confirm form."""

from __future__ import annotations

from typing import Any

from recruit.clinical.regions import us_states
from recruit.clinical.vocab import discipline_labels

try:
    from wtforms import SelectChoice
except ImportError:  # WTForms before 3.3 takes plain (value, label) pairs

    def SelectChoice(value: str, label: str) -> Any:  # noqa: N802
        return (value, label)


_SHIFTS: list[tuple[str, str]] = [
    ("days", "Days"),
    ("nights", "Nights"),
    ("any", "Either is fine"),
]


def shift_choices() -> list[Any]:
    return [SelectChoice(value, label) for value, label in _SHIFTS]


def state_choices() -> list[Any]:
    return [SelectChoice("", "Choose a state")] + [
        SelectChoice(code, name) for code, name in us_states().items()
    ]


def discipline_choices() -> list[Any]:
    """Our list only: a discipline the parser found that is not on it is left for the
    candidate to choose, never offered (or accepted) as a value of its own."""
    pairs = [("", "Choose one"), *discipline_labels().items()]
    return [SelectChoice(value, label) for value, label in pairs]

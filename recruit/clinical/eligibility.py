"""Where a clinician may practise, from their licences and the dated compact tables."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from typing import Any

from recruit.clinical.regions import country_of
from recruit.clinical.vocab import load

_DISCIPLINE_TYPES = {
    "RN": {"RN"},
    "LPN": {"LPN"},
    "PT": {"PT"},
    "PTA": {"PTA"},
    "OT": {"OT"},
    "COTA": {"COTA"},
    "SLP": {"SLP"},
    "Pharmacist": {"RPh"},
    "RT": {"RT"},
}


@cache
def compacts() -> dict[str, dict[str, Any]]:
    return {key: value for key, value in load("compacts").items() if not key.startswith("_")}


def license_types(discipline: str | None) -> set[str] | None:
    """The licence types that let a discipline practise; None when any type may (unknown)."""
    types = _DISCIPLINE_TYPES.get(discipline or "")
    return set(types) if types is not None else None


def compact_for(license_type: str) -> dict[str, Any] | None:
    """The compact that covers a licence type, or None (pharmacists have none)."""
    for compact in compacts().values():
        if license_type in compact["license_types"]:
            return compact
    return None


def compact_states(license_type: str, as_of: date) -> set[str]:
    """Member states where a compact licence of this type is usable on as_of."""
    compact = compact_for(license_type)
    if compact is None:
        return set()
    return set(compact["implemented"])


def eligible_states(
    licenses: Iterable[Mapping[str, Any]], discipline: str | None, as_of: date
) -> list[str]:
    """Sorted US state codes where the licences let this clinician practise on as_of.

    A licence counts when it is of the discipline's type (any type when the discipline is
    unknown), is US-issued and is not expired. A compact (multistate) licence also opens every
    implemented member state, provided its home state is itself a member.
    """
    wanted = _DISCIPLINE_TYPES.get(discipline or "", None)
    states: set[str] = set()
    for lic in licenses:
        state, kind = lic.get("state"), lic.get("type")
        if not state or country_of(state) != "US" or (wanted and kind not in wanted):
            continue
        if _expired(lic.get("expires"), as_of):
            continue
        states.add(state)
        if lic.get("compact"):
            members = compact_states(kind or "", as_of)
            if state in members:
                states |= members
    return sorted(states)


def _expired(expires: str | None, as_of: date) -> bool:
    """YYYY-MM(-DD) expires at the end of that month; a bare YYYY (recruiters may type one) at
    the end of that year."""
    if not expires:
        return False
    parts = [int(part) for part in expires[:7].split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    return (year, month) < (as_of.year, as_of.month)

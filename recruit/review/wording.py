"""Profile values as a person writes them: "TX RN 123456, compact, to May 2027", never
"state: TX; type: RN". Used by the candidate file and the corrections history. No Flask."""

from __future__ import annotations

from typing import Any

from recruit.candidates.profile import AS_PARSED
from recruit.clinical.dates import parse_expiry
from recruit.clinical.work_history import parse_month


def licence(item: dict[str, Any]) -> str:
    head = " ".join(str(item[k]) for k in ("state", "type") if item.get(k))
    parts = [head or "licence", *([f"#{item['number']}"] if item.get("number") else [])]
    if item.get("compact"):
        parts.append("compact")
    return " ".join(parts[:2]) + "".join(f", {p}" for p in parts[2:]) + _expires(item)


def certification(item: dict[str, Any]) -> str:
    issuer = f" ({item['issuer']})" if item.get("issuer") else ""
    return f"{item.get('name') or 'certification'}{issuer}{_expires(item)}"


def job(item: dict[str, Any]) -> str:
    where = ", ".join(str(item[k]) for k in ("name", "location") if item.get(k))
    what = " · ".join(str(item[k]) for k in ("title", "unit") if item.get(k))
    start, end = month(item.get("start")), month(item.get("end"))
    dates = f"{start} – {end}" if start or end else ""
    return " — ".join(p for p in (where, what, dates) if p)


def degree(item: dict[str, Any]) -> str:
    parts = [str(item[k]) for k in ("degree", "school", "year") if item.get(k)]
    return ", ".join(parts)


def month(value: Any) -> str:
    if isinstance(value, str) and value.strip().lower() == "present":
        return "present"
    parsed = parse_month(value)
    return parsed.label() if parsed else ""


def _expires(item: dict[str, Any]) -> str:
    expires = parse_expiry(item.get("expires"))
    return f", to {expires:%d %b %Y}" if expires else ", no expiry given"


_RECORDS = {"licenses": licence, "certifications": certification, "employers": job,
            "education": degree}  # fmt: skip


def describe(field: str, value: Any) -> str:
    """Any profile field's value as one readable line."""
    if value is None or value == "" or value == []:
        return "(empty)"
    if value == AS_PARSED:
        return "as parsed"
    if field in _RECORDS and isinstance(value, list):
        return "; ".join(_RECORDS[field](v) for v in value if isinstance(v, dict))
    if field == "location" and isinstance(value, dict):
        return ", ".join(str(v) for v in (value.get("city"), value.get("state")) if v)
    if field == "specialty_years" and isinstance(value, dict):
        return ", ".join(f"{k} {_years(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values() if v not in (None, ""))
    return str(value)


def _years(value: Any) -> str:
    return f"{value:g} y" if isinstance(value, int | float) else "? y"

"""Which order field a CSV column holds, from the names VMS portals and spreadsheets use."""

from __future__ import annotations

import re

from recruit.orders.records import FIELDS

IGNORE = ""
ALIASES = {
    "external_id": ["req id", "job id", "requisition id", "requisition", "req", "req number",
                    "order id", "job order id", "external id", "reference", "job number",
                    "req no", "posting id", "id"],
    "facility": ["facility", "facility name", "hospital", "client", "client name", "account",
                 "location name", "site", "hospital name", "client facility"],
    "unit": ["unit", "department", "dept", "unit name"],
    "city": ["city", "location city", "facility city"],
    "state": ["state", "st", "location state", "facility state", "work state"],
    "discipline": ["profession", "discipline", "job type", "license type", "role", "position",
                   "occupation", "clinician type", "profession type"],
    "specialty": ["specialty", "speciality", "specialties", "sub specialty"],
    "shift": ["shift", "schedule", "shift type", "shift details", "shift time", "shifts"],
    "shift_hours": ["hours per shift", "shift length", "shift hours"],
    "shifts_per_week": ["shifts per week", "shifts week"],
    "start_date": ["start date", "start", "anticipated start", "est start date", "start dt",
                   "assignment start", "projected start date", "begin date"],
    "end_date": ["end date", "end", "assignment end", "projected end date", "finish date"],
    "location": ["location", "city state", "facility location", "work location"],
    "title": ["job title", "title", "position title", "job name", "req title"],
    "weeks": ["duration", "weeks", "length", "duration weeks", "contract length",
              "assignment length", "number of weeks"],
    "guaranteed_hours": ["guaranteed hours", "guaranteed hrs", "guaranteed hours per week",
                         "hours per week", "weekly hours", "hours week", "hrs week",
                         "guaranteed hours week", "hours"],
    "openings": ["openings", "positions", "number of positions", "positions open", "needs",
                 "openings count", "qty", "quantity", "number of openings", "number openings",
                 "number of positions open", "open positions", "number positions"],
    "bill_rate": ["bill rate", "rate", "regular bill rate", "bill rate hourly", "hourly bill rate",
                  "reg bill rate", "bill rate regular"],
    "pay_package": ["pay package", "pay", "weekly pay", "pay rate"],
    "compact_accepted": ["compact", "compact accepted", "compact ok", "compact license",
                         "compact license accepted", "compact licence", "nlc", "nlc accepted",
                         "accepts compact"],
    "certifications": ["certifications", "required certs", "certs", "required certifications",
                       "certification", "certs required", "certifications required",
                       "required certification", "licenses certifications"],
    "min_years": ["min years", "minimum years", "years experience", "experience required",
                  "min experience", "years required", "yoe", "years of experience",
                  "minimum experience", "min yrs", "years exp", "experience years",
                  "min years experience", "minimum years experience"],
    "ehr": ["emr", "ehr", "charting system", "emr system", "ehr system", "emr ehr"],
    "ehr_required": ["ehr required", "emr required"],
    "float_requirement": ["float", "float requirement", "floating"],
    "rto_notes": ["rto", "time off", "requested time off", "rto notes"],
    "submission_limit": ["submission limit", "max submissions", "submittal limit",
                         "max submittals"],
    "status": ["status", "order status", "job status", "req status"],
    "notes": ["notes", "comments", "description", "job description", "additional info"],
}  # fmt: skip


def _key(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", name.lower().replace("#", " number ")).split())


_LOOKUP = {_key(alias): field for field, names in ALIASES.items() for alias in names}
assert set(ALIASES) <= set(FIELDS)


def auto_mapping(headers: list[str]) -> list[str]:
    """A field (or IGNORE) per column; a field is given to the first column that names it."""
    taken: set[str] = set()
    mapping = []
    for header in headers:
        field = _LOOKUP.get(_key(header), IGNORE)
        if field in taken:
            field = IGNORE
        taken.add(field)
        mapping.append(field)
    return mapping


def checked_mapping(chosen: list[str], width: int) -> list[str]:
    """A mapping from the preview form: unknown names and repeats become IGNORE."""
    seen: set[str] = set()
    out = []
    for field in (chosen + [IGNORE] * width)[:width]:
        ok = field in FIELDS and field not in seen
        seen.add(field)
        out.append(field if ok else IGNORE)
    return out

"""US states and Canadian provinces: names, codes and licensing bodies -> 2-letter code."""

from __future__ import annotations

import re
from functools import cache

from recruit.clinical.vocab import Matcher, load


@cache
def codes() -> dict[str, str]:
    """2-letter code -> country ('US' or 'CA')."""
    data = load("regions")
    return {code: country for country in ("US", "CA") for code in data[country]}


@cache
def us_states() -> dict[str, str]:
    """US state and territory codes -> names, in the data's order."""
    return dict(load("regions")["US"])


@cache
def name_matcher() -> Matcher:
    """Full state/province names and regulator names -> code."""
    data = load("regions")
    table: dict[str, list[str]] = {}
    for country in ("US", "CA"):
        for code, name in data[country].items():
            table.setdefault(code, []).append(name)
    for body, code in data["regulators"].items():
        table.setdefault(code, []).append(body)
    table["QC"].append("Québec")
    return Matcher(table)


_CODE = re.compile(r"(?<![A-Za-z])([A-Z]{2})(?![A-Za-z])")


def code_for(text: str) -> str | None:
    """The 2-letter code that text is (a code or a full name), else None."""
    text = text.strip()
    if text.upper() in codes() and len(text) == 2:
        return text.upper()
    hit = name_matcher().search(text)
    return hit.canonical if hit and hit.start == 0 and hit.end == len(text) else None


def codes_in(text: str) -> list[str]:
    """Every state/province named in text, by code or full name, in order."""
    found = [(hit.start, hit.canonical) for hit in name_matcher().finditer(text)]
    found += [(m.start(), m.group(1)) for m in _CODE.finditer(text) if m.group(1) in codes()]
    return list(dict.fromkeys(code for _, code in sorted(found)))


def country_of(code: str) -> str | None:
    return codes().get(code)

"""Data-driven field cases: each tests/parsing/cases/fields/<case>.txt has a <case>.json holding
the expected subset of its profile. Adding a case means adding those two files.

Expectation keys are profile keys (exact match; lists of strings as sets; lists of objects
matched item by item on the keys given), or '<key>_includes' / '<key>_excludes' for subsets,
and 'education_degrees_includes' for degree names. years_experience is compared within 0.5.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from recruit.parsing import parse

CASES = Path(__file__).parent / "cases" / "fields"
TODAY = date(2026, 11, 1)


def _cases() -> list[Path]:
    return sorted(CASES.glob("*.json"))


def _profile(case: Path) -> dict[str, Any]:
    source = case.with_suffix(".txt")
    result = parse(source.read_bytes(), source.name, today=TODAY)
    assert result.ok, result.error
    return result.profile


def _matches(expected: dict[str, Any], actual: dict[str, Any]) -> bool:
    return all(_norm(actual.get(k)) == _norm(v) for k, v in expected.items())


def _norm(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _names(items: list[Any]) -> set[str]:
    return {i["name"] if isinstance(i, dict) else i for i in items}


def _check(key: str, expected: Any, profile: dict[str, Any]) -> None:
    if key.endswith(("_includes", "_excludes")):
        base = key.rsplit("_", 1)[0]
        if base == "education_degrees":
            actual: Any = [e["degree"] for e in profile["education"]]
        else:
            actual = profile[base]
        for item in expected:
            present = (
                any(_matches(item, a) for a in actual)
                if isinstance(item, dict)
                else item in _names(actual)
            )
            assert present == key.endswith("_includes"), f"{base}: {item!r} in {actual!r}"
        return
    actual = profile[key]
    if key == "years_experience" and expected is not None:
        assert actual is not None and abs(actual - expected) <= 0.5, f"years {actual} != {expected}"
    elif isinstance(expected, list) and expected and isinstance(expected[0], dict):
        assert len(actual) == len(expected), f"{key}: {actual!r}"
        for item in expected:
            assert any(_matches(item, a) for a in actual), f"{key}: {item!r} not in {actual!r}"
    elif isinstance(expected, list):
        assert set(expected) == _names(actual), f"{key}: {actual!r}"
    elif isinstance(expected, dict):
        assert actual is not None and _matches(expected, actual), f"{key}: {actual!r}"
    else:
        assert actual == expected, f"{key}: {actual!r} != {expected!r}"


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.stem)
def test_case_profile_has_expected_fields(case: Path) -> None:
    expected = json.loads(case.read_text())
    profile = _profile(case)
    failures = []
    for key, value in expected.items():
        try:
            _check(key, value, profile)
        except AssertionError as error:
            failures.append(str(error))
    assert not failures, "\n".join(failures)


def test_every_case_has_its_resume() -> None:
    assert _cases(), "no field cases found"
    for case in _cases():
        assert case.with_suffix(".txt").exists(), case.name


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.stem)
def test_every_non_empty_field_has_confidence_and_evidence(case: Path) -> None:
    profile = _profile(case)
    for key, value in profile.items():
        if key == "fields" or value in (None, "", [], {}):
            continue
        meta = profile["fields"].get(key)
        assert meta is not None, key
        assert 0 < meta["confidence"] <= 1, key
        assert meta["evidence"] and all(e["text"] and e["page"] >= 1 for e in meta["evidence"]), key


_LIST_FIELDS = ("licenses", "certifications", "specialties", "employers", "education")


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.stem)
def test_every_list_item_has_its_own_confidence_and_the_field_takes_the_weakest(
    case: Path,
) -> None:
    profile = _profile(case)
    for key in _LIST_FIELDS:
        if not profile[key]:
            continue
        meta = profile["fields"][key]
        items = meta["items"]
        assert len(items) == len(profile[key]), key
        assert all(0 < item["confidence"] <= 1 and item["evidence"] for item in items), key
        assert meta["confidence"] == min(item["confidence"] for item in items), key


def test_an_unknown_line_in_a_certifications_section_is_a_guess_below_point_eight() -> None:
    text = b"Ana Ruiz, RN\n\nCertifications\nBLS, AHA, exp 05/2027\nWound Team Champion\n"
    profile = parse(text, "ana.txt", today=TODAY).profile
    confidence = {i["value"]: i["confidence"] for i in profile["fields"]["certifications"]["items"]}
    assert confidence["BLS"] >= 0.9
    assert confidence["Wound Team Champion"] < 0.8
    assert profile["fields"]["certifications"]["confidence"] == confidence["Wound Team Champion"]


def test_an_address_with_a_lower_case_word_glued_before_it_is_a_guess_below_point_eight() -> None:
    text = b"Ana Ruiz, RN\n= ana ruiz@example.org | (555) 555-0100\n"
    profile = parse(text, "ana.txt", today=TODAY).profile
    assert profile["email"] == "ruiz@example.org"
    assert profile["fields"]["email"]["confidence"] < 0.8


def test_a_labelled_address_keeps_its_confidence() -> None:
    text = b"Ana Ruiz, RN\nemail ana.ruiz@example.org | (555) 555-0100\n"
    profile = parse(text, "ana.txt", today=TODAY).profile
    assert profile["email"] == "ana.ruiz@example.org"
    assert profile["fields"]["email"]["confidence"] >= 0.9


def test_a_scan_that_spaced_the_dots_of_an_address_gives_the_address_whole() -> None:
    text = b"Ana Ruiz, RN\n(555) 555-0100 - a. ruiz@example. net\n"
    assert parse(text, "ana.txt", today=TODAY).profile["email"] == "a.ruiz@example.net"

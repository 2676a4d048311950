"""One field failing never loses the profile: it is left empty, named in a warning (logged
without personal data), and every other field is kept."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from recruit.parsing import contact, education, history, licenses, parse, profile
from recruit.parsing.model import Document, TextLine
from recruit.parsing.profile import build_profile, empty_profile

TODAY = date(2026, 11, 1)
RESUME = """Tasha Brooks, LPN
Memphis, TN · 901-555-0175 · tasha.brooks@example.com

Licenses & Certifications
LPN, Tennessee Board of Nursing, License #LPN55821, Multistate, Exp 10/2027
BLS, American Heart Association, Exp 07/2026

Employment
Charge LPN
Golden Oaks Skilled Nursing Facility, Memphis, TN | 02/2022 – present

Education
Practical Nursing Diploma, Tennessee College of Applied Technology, 2020

Skills
PointClickCare, medication passes, wound care
"""
# fields no other field feeds: they must come through any other field's failure unchanged
INDEPENDENT = {"name", "email", "phone", "location", "education", "ehr_systems"}
PERSONAL = ("Tasha", "Brooks", "tasha.brooks@example.com", "901-555-0175", "Golden Oaks")


class Boom(Exception):
    """A bug in one field's code, carrying resume text in its message as bugs sometimes do."""

    def __init__(self, *_args: object, **_kwargs: object) -> None:
        super().__init__(f"could not handle {PERSONAL[0]} {PERSONAL[2]}")


def _explode(*args: object, **kwargs: object) -> None:
    raise Boom(*args, **kwargs)


# (what breaks, the warning, the profile keys it leaves empty)
FAULTS = [
    (contact, "find_name", "name", ["name"]),
    (contact, "find_email", "email", ["email"]),
    (contact, "find_phone", "phone", ["phone"]),
    (contact, "find_location", "location", ["location"]),
    (licenses, "parse_license_line", "licenses", ["licenses", "eligible_states"]),
    (history, "entries", "employers", ["employers"]),
    (education, "parse_degree", "education", ["education"]),
    (profile, "Votes", "discipline", ["discipline"]),
    (profile.certifications, "certs_in_line", "certifications", ["certifications"]),
    (profile.ehr_systems, "named", "ehr_systems", ["ehr_systems"]),
    (
        history,
        "fill_work",
        "work_history",
        ["employers", "specialties", "specialty_years", "years_experience"],
    ),
    (profile, "eligible_states", "eligible_states", ["eligible_states"]),
]


def _parse_text(text: str):  # type: ignore[no-untyped-def]
    return parse(text.encode(), "cv.txt", today=TODAY)


@pytest.fixture(scope="module")
def whole() -> dict:
    result = _parse_text(RESUME)
    assert result.ok and not any(w.startswith("field_failed") for w in result.warnings)
    return result.profile


def test_the_sample_resume_fills_every_field_the_faults_empty(whole: dict) -> None:
    for _module, _name, _warning, emptied in FAULTS:
        for key in emptied:
            if key not in ("specialty_years",):
                assert whole[key] not in (None, [], {}), key


@pytest.mark.parametrize(
    ("module", "name", "warning", "emptied"), FAULTS, ids=[f[1] for f in FAULTS]
)
def test_a_failing_field_is_left_empty_and_the_rest_is_kept(
    monkeypatch, caplog, whole, module, name, warning, emptied
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(module, name, _explode)
    with caplog.at_level(logging.WARNING, logger="recruit.parsing.guard"):
        result = _parse_text(RESUME)
    assert result.ok
    assert f"field_failed:{warning}" in result.warnings
    empty = empty_profile()
    for key in emptied:
        assert result.profile[key] == empty[key], key
    for key in INDEPENDENT - set(emptied):
        assert result.profile[key] == whole[key], key
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert warning in logged and "Boom" in logged
    assert not any(item in logged for item in PERSONAL)


def test_a_failing_field_leaves_no_confidence_entry_behind(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(profile.certifications, "certs_in_line", _explode)
    fields = _parse_text(RESUME).profile["fields"]
    assert "certifications" not in fields and "licenses" in fields


def test_a_failure_before_any_field_gives_an_empty_profile_not_an_error(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(profile, "Resume", _explode)
    result = _parse_text(RESUME)
    assert result.ok
    assert result.profile == empty_profile()
    assert "field_failed:profile" in result.warnings


def test_memory_errors_still_reach_the_sandbox(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def _out_of_memory(*_args: object, **_kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(contact, "find_email", _out_of_memory)
    with pytest.raises(MemoryError):
        _parse_text(RESUME)


# Line structures that once raised out of build_profile; each must now give a profile.
REGRESSIONS = [
    # an entry whose only header line is its date range: no parts to classify (zip strict)
    "Jane Roe\nEXPERIENCE\n01/2019 - 03/2021\nDid things.",
    "EXPERIENCE\n2019 - 2021",
    "Work History\n(2019 – 2021)\n,\n2020",
]


@pytest.mark.parametrize("text", REGRESSIONS)
def test_line_structures_that_used_to_crash_parse_without_a_failed_field(text: str) -> None:
    result = _parse_text(text)
    assert result.ok, result.error
    assert not [w for w in result.warnings if w.startswith("field_failed")]


def test_build_profile_reports_into_the_documents_warnings(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(contact, "find_phone", _explode)
    document = Document(lines=[TextLine(text=t) for t in RESUME.splitlines()], media_type="text")
    built = build_profile(document, today=TODAY)
    assert built["phone"] is None and built["email"] == "tasha.brooks@example.com"
    assert document.warnings == ["field_failed:phone"]

"""parse(..., today=) resolves "Present", licence expiry and years as of that date, in process
and through the sandbox, so a figure can be reproduced later."""

from __future__ import annotations

from datetime import date

import pytest

from recruit.parsing import parse
from recruit.parsing.sandbox import Limits, parse_sandboxed

RESUME = b"""Dana Whit, RN
Austin, TX | dana.whit@example.com | (512) 555-0101

Licenses
Texas RN License #884512, expires 05/2026

Experience
Staff Nurse, ICU
St. David's Medical Center, Austin, TX
01/2020 - Present
"""

# as of, years of experience, ICU years, states the (expiring) licence makes eligible
CASES = [
    (date(2024, 1, 1), 4.1, 4.1, ["TX"]),
    (date(2025, 6, 1), 5.5, 5.5, ["TX"]),
    (date(2026, 11, 1), 6.9, 6.9, []),
]


@pytest.mark.parametrize(("as_of", "years", "icu", "states"), CASES)
def test_a_profile_is_resolved_as_of_the_date_given(as_of, years, icu, states) -> None:  # type: ignore[no-untyped-def]
    result = parse(RESUME, "cv.txt", today=as_of)
    assert result.as_of == as_of.isoformat()
    assert result.profile["years_experience"] == years
    assert result.profile["specialty_years"] == {"ICU": icu}
    assert result.profile["eligible_states"] == states


def test_without_a_date_the_result_says_it_used_today() -> None:
    assert parse(RESUME, "cv.txt").as_of == date.today().isoformat()


def test_the_sandbox_passes_the_date_to_the_child() -> None:
    as_of = CASES[0][0]
    sandboxed = parse_sandboxed(RESUME, "cv.txt", Limits(), today=as_of)
    assert sandboxed.ok and sandboxed.as_of == as_of.isoformat()
    assert sandboxed.profile == parse(RESUME, "cv.txt", today=as_of).profile


def test_the_json_line_carries_the_date_it_was_resolved_against() -> None:
    line = parse(RESUME, "cv.txt", today=CASES[0][0]).to_json("cv.txt")
    assert line["as_of"] == "2024-01-01"

"""Headings set in a left margin beside their section's first line: data-driven cases for
sections.margin_headings_apart."""

from __future__ import annotations

import pytest

from recruit.parsing.normalize import Line
from recruit.parsing.sections import margin_headings_apart

CASES = [
    (
        "EXPERIENCE  RN Circulator, Main OR  Jan 2020 - Present",
        ["EXPERIENCE", "RN Circulator, Main OR  Jan 2020 - Present"],
    ),
    ("EDUCATION  B.S.N.", ["EDUCATION", "B.S.N."]),
    ("WORK  HISTORY", ["WORK  HISTORY"]),
    ("LICENSES  CERTIFICATIONS", ["LICENSES  CERTIFICATIONS"]),
    ("CONTACT  (608) 555-0186", ["CONTACT  (608) 555-0186"]),
    ("License  State  Number  Expires", ["License  State  Number  Expires"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_margin_heading_goes_on_a_line_of_its_own_and_nothing_else_is_split(
    text: str, expected: list[str]
) -> None:
    lines = margin_headings_apart([Line(text, 1, 0)])
    assert [line.text for line in lines] == expected
    assert [line.index for line in lines] == list(range(len(expected)))

"""Which names a job header yields are places of work: data-driven cases for work.credible."""

from __future__ import annotations

import pytest

from recruit.parsing import work

CASES = [
    # (name, title, a place of work?)
    ("Microsoft Research", "Research Intern", True),
    ("Sagebrush Valley Regional", None, True),
    ("Lakeview Terrace Senior Living", None, True),
    ("Ogeechee Rehab & Nursing", None, True),
    ("Brazos Hollow Nursing and Rehabilitation", None, True),
    ("Orchard Glen Care Center", None, True),
    ("Published research at top-tier venues with significant academic impact", "Intern", False),
    ("Coordinated discharge education with the Home Health Services group", "Staff RN", False),
    ("Floated to ICU and step-down as needed", None, False),
    ("Pharmacy Manager", None, False),
    ("Clinic Manager", None, False),
]


@pytest.mark.parametrize(("name", "title", "expected"), CASES)
def test_a_header_name_is_a_place_of_work_only_when_it_names_one(
    name: str, title: str | None, expected: bool
) -> None:
    record = {"name": name, "title": title, "agency": None}
    assert work.credible(record) is expected

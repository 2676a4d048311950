"""Date ranges as people print them: data-driven cases for dates.find_span."""

from __future__ import annotations

import pytest

from recruit.parsing.dates import find_span

RANGES = [
    # (text, start, end, ongoing)
    ("Telemetry RN | 06/18-Present", (2018, 6), None, True),
    ("Per Diem RN | 02/21-09/24", (2021, 2), (2024, 9), False),
    ("Charge Nurse | 08/16-05/18", (2016, 8), (2018, 5), False),
    ("Staff RN 3/19–now", (2019, 3), None, True),
    ("Night aide 09/98-06/01", (1998, 9), (2001, 6), False),
    ("Jan - Mar 2020", (2020, 1), (2020, 3), False),
    ("01/2019 - 03/2020", (2019, 1), (2020, 3), False),
    ("EXPERIENCE\t03.2021 – Present", (2021, 3), None, True),
    ("08.2018 – 02.2021", (2018, 8), (2021, 2), False),
    ("Jan 2021 = Current", (2021, 1), None, True),  # a scan's dash read as '='
    ("Home Care, Fresno, CA  Mar '22 – Present", (2022, 3), None, True),
    ("Sierra Oaks Post-Acute  Jan '18 – Feb '22", (2018, 1), (2022, 2), False),
    ("Staff RN  Sept’98 - Jun’01", (1998, 9), (2001, 6), False),
]
NOT_DATES = [
    "Class of '22, cum laude",
    "24/7 coverage for 3 units",
    "dose 0.5 mg",
    "version 3.20",
    "ratio 1/2 - 3/4 of the caseload",
    "BLS exp 6/27",
]


@pytest.mark.parametrize(("text", "start", "end", "ongoing"), RANGES)
def test_a_printed_range_reads_as_its_months(
    text: str, start: tuple[int, int], end: tuple[int, int] | None, ongoing: bool
) -> None:
    span = find_span(text)
    assert span is not None
    assert (span.start, span.end, span.ongoing) == (start, end, ongoing)


@pytest.mark.parametrize("text", NOT_DATES)
def test_numbers_with_slashes_outside_a_range_are_no_dates(text: str) -> None:
    assert find_span(text) is None

"""The page's lean from the leans of the baselines Tesseract's layout analysis finds (degrees).
Each case: the baselines' leans and the lean the page is turned back by."""

from __future__ import annotations

import pytest

from recruit.parsing.ocr import page_lean

CASES = [
    # a straight scan: level lines and scanner noise
    ([0.0] * 12 + [0.06, -0.06, 0.0], 0.0),
    # a scan skewed by a degree: every line agrees
    ([1.02, 0.98, 1.0, 1.01, 0.99, 1.0], 1.0),
    # a photo turned 4 degrees: half the blocks laid out as if level come back exactly flat
    ([0.0] * 20 + [-3.9, -3.84, -3.88, -3.85, -3.8, -3.9, -3.78, -3.82, -3.84, -3.8] * 2, -3.84),
    # a few leaning lines (a drawn diagonal, a logo) do not turn a level page
    ([0.0] * 15 + [5.0, -12.0, 3.0], 0.0),
    # leaning lines that disagree among themselves do not turn it either
    ([0.0] * 8 + [2.0, -3.0, 4.5, -1.2, 6.0, -2.2], 0.0),
    ([], 0.0),
]


@pytest.mark.parametrize(("leans", "expected"), CASES)
def test_the_page_is_turned_back_by_the_lean_its_lines_share(
    leans: list[float], expected: float
) -> None:
    assert page_lean(leans) == pytest.approx(expected, abs=0.05)

"""OCR words -> lines: the row and column rules of a typeset PDF applied to recognised words.

Each case is a page of words written here as (text, left, right, baseline, line) in pixels at
300 dpi, with the lines expected in reading order; tabs mark a wide gap inside a row.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from recruit.parsing.ocr_lines import OcrWord, assemble

SCALE = 72 / 300
WIDTH = 2550  # a letter page at 300 dpi
SIZE = 42.0  # ~10 pt type


def _words(rows: list[tuple[str, int, int, float, int]], slope: float = 0.0) -> list[OcrWord]:
    out = []
    for text, left, right, baseline, line in rows:
        for i, word in enumerate(text.split()):
            step = (right - left) // max(1, len(text.split()))
            x0 = left + i * step
            x1 = x0 + step - 20
            middle = (x0 + x1) / 2
            out.append(
                OcrWord(word, x0, x1, baseline + slope * (middle - left), SIZE, 95.0, line, slope)
            )
    return out


CASES = {
    # Tesseract gives a flush-right date a block of its own: it belongs on its title's row
    "date beside its title": (
        [
            ("Staff Nurse", 300, 700, 500, 1),
            ("Jun 2019 - Present", 1900, 2250, 501, 2),
            ("Mercy Hospital, Dayton, OH", 300, 1000, 560, 3),
        ],
        0.0,
        ["Staff Nurse\tJun 2019 - Present", "Mercy Hospital, Dayton, OH"],
    ),
    # a sidebar is read whole before the main column, never interleaved row by row (its
    # rows and the main column's keep their own spacing)
    "sidebar before the main column": (
        [
            ("CONTACT", 150, 500, 300, 1),
            ("PROFILE", 900, 1300, 330, 2),
            ("555-0100", 150, 500, 360, 3),
            ("ICU nurse for six years in level I trauma", 900, 2300, 400, 4),
            ("Dayton, OH", 150, 500, 420, 5),
            ("centres, travel since 2021 across three states", 900, 2300, 460, 6),
            ("LICENSES", 150, 500, 480, 7),
            ("EXPERIENCE", 900, 1300, 530, 8),
            ("OH RN", 150, 500, 540, 9),
            ("Travel RN, CVICU at Riverside Methodist Hospital", 900, 2300, 600, 10),
            ("BLS, ACLS", 150, 500, 600, 11),
            ("Staff RN, MICU at Miami Valley Hospital", 900, 2300, 660, 12),
        ],
        0.0,
        [
            "CONTACT",
            "555-0100",
            "Dayton, OH",
            "LICENSES",
            "OH RN",
            "BLS, ACLS",
            "PROFILE",
            "ICU nurse for six years in level I trauma",
            "centres, travel since 2021 across three states",
            "EXPERIENCE",
            "Travel RN, CVICU at Riverside Methodist Hospital",
            "Staff RN, MICU at Miami Valley Hospital",
        ],
    ),
    # a band of three columns under the name: each column is read whole, the rows above and
    # below it as usual
    "three-column band": (
        [
            ("Jane Doe, RN", 300, 900, 250, 1),
            ("CONTACT", 300, 650, 350, 2),
            ("LICENSURE", 1050, 1450, 350, 3),
            ("CERTIFICATIONS", 1800, 2300, 350, 4),
            ("(555) 555-0100", 300, 850, 410, 5),
            ("Compact RN licence (OH), valid", 1050, 1700, 410, 6),
            ("ACLS - AHA - Sep", 1800, 2250, 410, 7),
            ("12 Main St, Dayton,", 300, 850, 470, 8),
            ("through 10/2027", 1050, 1450, 470, 9),
            ("2026", 1800, 1950, 470, 10),
            ("OH 45402", 300, 600, 530, 11),
            ("BLS - AHA - Sep 2027", 1800, 2300, 530, 12),
            ("NIHSS - AHA - May", 1800, 2250, 590, 13),
            ("2027", 1800, 1950, 650, 14),
            ("Critical care nurse for adult patients on drips and ventilators", 300, 2250, 760, 15),
        ],
        0.0,
        [
            "Jane Doe, RN",
            "CONTACT",
            "(555) 555-0100",
            "12 Main St, Dayton,",
            "OH 45402",
            "LICENSURE",
            "Compact RN licence (OH), valid",
            "through 10/2027",
            "CERTIFICATIONS",
            "ACLS - AHA - Sep",
            "2026",
            "BLS - AHA - Sep 2027",
            "NIHSS - AHA - May",
            "2027",
            "Critical care nurse for adult patients on drips and ventilators",
        ],
    ),
    # a table whose every row fills every column stays a table, read row by row
    "three-column table": (
        [
            ("Certification", 300, 800, 350, 1),
            ("Issuer", 1050, 1350, 350, 2),
            ("Expires", 1800, 2150, 350, 3),
            ("BLS Provider", 300, 800, 410, 4),
            ("American Heart", 1050, 1500, 410, 5),
            ("04/2027", 1800, 2100, 410, 6),
            ("ACLS Provider", 300, 800, 470, 7),
            ("American Heart", 1050, 1500, 470, 8),
            ("05/2027", 1800, 2100, 470, 9),
        ],
        0.0,
        [
            "Certification\tIssuer\tExpires",
            "BLS Provider\tAmerican Heart\t04/2027",
            "ACLS Provider\tAmerican Heart\t05/2027",
        ],
    ),
    # two tables one under the other, then a job: their columns end together, so they stay
    # tables however many rows the first has fewer
    "tables over a job": (
        [
            ("State", 300, 500, 350, 1),
            ("Type", 1050, 1250, 350, 2),
            ("Expires", 1800, 2100, 350, 3),
            ("UT", 300, 400, 410, 4),
            ("RN (multistate)", 1050, 1500, 410, 5),
            ("01/2028", 1800, 2100, 410, 6),
            ("Certification", 300, 800, 500, 7),
            ("Issued by", 1050, 1350, 500, 8),
            ("Expires", 1800, 2100, 500, 9),
            ("CEN", 300, 450, 560, 10),
            ("BCEN", 1050, 1250, 560, 11),
            ("01/2029", 1800, 2100, 560, 12),
            ("TNCC", 300, 450, 620, 13),
            ("ENA", 1050, 1200, 620, 14),
            ("10/2027", 1800, 2100, 620, 15),
            ("Emergency Department RN", 300, 1000, 720, 16),
            ("Aug 2021 - Present", 1800, 2250, 720, 17),
        ],
        0.0,
        [
            "State\tType\tExpires",
            "UT\tRN (multistate)\t01/2028",
            "Certification\tIssued by\tExpires",
            "CEN\tBCEN\t01/2029",
            "TNCC\tENA\t10/2027",
            "Emergency Department RN\tAug 2021 - Present",
        ],
    ),
    # a page photographed at an angle: every line leans; a row's far end is 20 px lower
    "leaning page": (
        [
            ("Registered Nurse, Intensive Care Unit", 300, 1500, 500, 1),
            ("Mar 2020 - Present", 1900, 2250, 500 + 0.0125 * 1600, 2),
            ("Certified in critical care nursing since 2019", 300, 2250, 560, 3),
            ("Basic and advanced life support from the AHA", 300, 2250, 620, 4),
        ],
        0.0125,
        [
            "Registered Nurse, Intensive Care Unit\tMar 2020 - Present",
            "Certified in critical care nursing since 2019",
            "Basic and advanced life support from the AHA",
        ],
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_words_become_lines_in_reading_order(case: str) -> None:
    rows, slope, expected = CASES[case]
    lines = assemble(_words(rows, slope), 1, SCALE, WIDTH * SCALE)
    assert [line.text for line in lines] == expected


def test_lines_are_placed_in_points_with_one_size_per_row() -> None:
    [line] = assemble(_words([("Jane Doe", 300, 700, 400, 1)]), 2, SCALE, WIDTH * SCALE)
    assert line.page == 2
    assert line.x0 == pytest.approx(72, abs=0.1)  # 300 px at 300 dpi is one inch
    assert line.font_size == 10.0  # 42 px at 300 dpi, to the half point


def test_a_page_edge_read_as_tall_bars_is_dropped() -> None:
    words = _words([("Staff Nurse", 300, 700, 500, 1), ("Mercy Hospital", 300, 900, 560, 2)])
    edge = [OcrWord("|", 40, 52, 500 + 60 * i, SIZE * 5, 91.0, 10 + i, 0.0) for i in range(3)]
    lines = assemble(words + edge, 1, SCALE, WIDTH * SCALE)
    assert [line.text for line in lines] == ["Staff Nurse", "Mercy Hospital"]


def test_a_low_confidence_smudge_goes_but_a_bullet_read_as_a_letter_stays() -> None:
    words = _words([("e Charge nurse for the unit", 300, 1500, 500, 1)])
    words[0] = replace(words[0], confidence=20.0)  # the bullet, read as 'e', unsure
    words.append(OcrWord("ee", 2000, 2050, 500, SIZE, 20.0, 2, 0.0))
    lines = assemble(words, 1, SCALE, WIDTH * SCALE)
    assert [line.text for line in lines] == ["* Charge nurse for the unit"]


def test_a_word_box_that_runs_over_the_next_word_does_not_interleave_their_letters() -> None:
    # a soft photo: Tesseract draws '05/2020' to the end of 'Present' on the same line
    words = [
        OcrWord("05/2020", 2207, 2513, 976, SIZE, 93.0, 9, 0.0),
        OcrWord("Present", 2391, 2513, 976, SIZE, 96.0, 9, 0.0),
        OcrWord("Cardiac", 497, 617, 756, SIZE, 96.0, 6, 0.0),
        OcrWord("catheterization", 632, 992, 755, SIZE, 96.0, 6, 0.0),
        OcrWord("lab", 890, 940, 755, SIZE, 96.0, 6, 0.0),
    ]
    lines = assemble(words, 1, SCALE, WIDTH * SCALE)
    assert [line.text for line in lines] == ["Cardiac catheterization lab", "05/2020 Present"]


def _typed(lines: list[tuple[str, float]], pitch: float) -> list[OcrWord]:
    """Words of a typewriter face, every letter `pitch` pixels wide and each space one letter,
    with the ink of a comma or full stop in the middle of its cell as Courier draws it."""
    out = []
    for n, (text, baseline) in enumerate(lines):
        x = 300.0
        for word in text.split():
            right = x + pitch * len(word) - (pitch * 0.6 if word[-1] in ",." else pitch * 0.15)
            out.append(OcrWord(word, round(x), round(right), baseline, SIZE, 95.0, n))
            x += pitch * (len(word) + 1)
    return out


@pytest.mark.parametrize("pitch_share", [0.72, 0.8])
def test_a_typewriter_face_keeps_its_word_gaps_as_spaces_and_its_column_gap(
    pitch_share: float,
) -> None:
    pitch = SIZE * pitch_share
    words = _typed(
        [
            ("Obadiah L. St. Clair, RN, CDN", 400),
            ("1602 S Peoria Ave, Tulsa, OK 74104", 460),
            ("Chronic and acute hemodialysis; CRRT in partner ICUs.", 520),
            ("Skilled nursing unit: IV therapy, wound care, admissions.", 580),
        ],
        pitch,
    )
    dates = [
        OcrWord("Dialysis", 300, round(300 + 8 * pitch), 640, SIZE, 95.0, 9),
        OcrWord("RN", round(300 + 9 * pitch), round(300 + 11 * pitch), 640, SIZE, 95.0, 9),
        OcrWord("05/2020", 2000, round(2000 + 7 * pitch), 640, SIZE, 95.0, 10),
    ]
    lines = [line.text for line in assemble(words + dates, 1, SCALE, WIDTH * SCALE)]
    assert "Obadiah L. St. Clair, RN, CDN" in lines
    assert "1602 S Peoria Ave, Tulsa, OK 74104" in lines
    assert "Dialysis RN\t05/2020" in lines


def test_a_proportional_face_still_splits_at_a_gap_wider_than_its_letters() -> None:
    words = _words([("Staff Nurse", 300, 700, 500, 1), ("Jun 2019", 1000, 1300, 500, 2)])
    assert [line.text for line in assemble(words, 1, SCALE, WIDTH * SCALE)] == [
        "Staff Nurse\tJun 2019"
    ]

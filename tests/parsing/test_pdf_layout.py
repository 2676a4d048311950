"""Column detection on positioned glyphs: a sidebar is read whole before the main column."""

from __future__ import annotations

from recruit.parsing.pdf_device import Glyph
from recruit.parsing.pdf_layout import layout_page

PAGE_WIDTH = 612.0
LETTER = 4.6  # points per letter of 9 pt type


def _glyphs(text: str, x0: float, baseline: float) -> list[Glyph]:
    return [
        Glyph(x0 + i * LETTER, x0 + (i + 1) * LETTER, baseline, 9.0, char, False)
        for i, char in enumerate(text)
    ]


SIDEBAR = ["CONTACT", "8812 Cedar Lane", "Austin, TX 78701", "(512) 555-0109", "LICENSE"]
SIDEBAR += ["Texas RN 889214 - exp.", "08/31/2028", "CERTIFICATIONS", "CPN - PNCB - 02/2028"]
SIDEBAR += ["PALS - AHA - 06/2027", "NRP - AAP - 03/2027", "BLS - AHA - 06/2027"]
# (baseline, where the line starts, text, date set flush right on its row): read off a photo
# of a sidebar page with keystone, the main column's edge moving right down the page and its
# bullets indented 3 pt
MAIN = [
    (162.0, 237.1, "EXPERIENCE", ""),
    (177.0, 237.4, "RN, Pediatric Acute Care", "3/2017 - present"),
    (188.0, 237.6, "Bayou Children's Hospital | Austin, TX", ""),
    (200.0, 241.0, "- 32-bed pediatrics unit: post-op, DKA", ""),
    (211.0, 241.2, "- Charge and preceptor", ""),
    (225.0, 237.8, "Per diem RN, Level III NICU", "2019 to date"),
    (236.0, 238.3, "Women's Hospital | Austin, TX", ""),
    (248.0, 241.7, "- Two shifts a month: feeders, growers", ""),
    (263.0, 238.3, "RN, Newborn Nursery", "Aug 2014 - Feb 2017"),
    (274.0, 238.8, "Women's Hospital | Austin, TX", ""),
    (295.0, 238.6, "SKILLS", ""),
    (311.0, 240.5, "- Peds IV starts and PICC care", ""),
    (322.0, 240.7, "- Family-centred rounds", ""),
    (333.0, 240.7, "- Spanish, conversational", ""),
]


def test_a_photographed_sidebar_is_read_whole_though_the_main_column_edge_leans() -> None:
    glyphs: list[Glyph] = []
    # most sidebar lines share a row with a main-column line, as on the photo
    sidebar_baselines = [row[0] - 0.5 for row in MAIN[:9]] + [284.0, 302.0, 345.0]
    for n, (text, baseline) in enumerate(zip(SIDEBAR, sidebar_baselines, strict=True)):
        glyphs += _glyphs(text, 72.0 + 0.2 * n, baseline)
    for baseline, x0, text, date in MAIN:
        glyphs += _glyphs(text, x0, baseline)
        if date:
            glyphs += _glyphs(date, 560.0 - LETTER * len(date), baseline)
    lines = [line.text for line in layout_page(glyphs, 1, PAGE_WIDTH).lines]
    assert lines[: len(SIDEBAR)] == SIDEBAR
    assert lines[len(SIDEBAR)] == "EXPERIENCE"
    assert any(line.startswith("RN, Pediatric Acute Care") for line in lines)

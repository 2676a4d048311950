"""An OCR'd e-mail address spelt back from the candidate's name printed larger above it."""

from __future__ import annotations

import pytest

from recruit.parsing.mail_spelling import spelt_like_name

CASES = [
    # (name as read, e-mail as read, e-mail meant)
    ("Desmond Hollingsworth-Appiah", "d.hollingswonh@example.com", "d.hollingsworth@example.com"),
    (
        "Gwendolyn Hart-Iwasaki",
        "gwendolyn.hartiwascki@example.org",
        "gwendolyn.hartiwasaki@example.org",
    ),
    ("Marguerite Okonkwo", "rnarguerite.okonkwo@example.net", "marguerite.okonkwo@example.net"),
    ("Marguerite Okonkwo", "marguerite_okonkvvo@example.net", "marguerite_okonkwo@example.net"),
    # right already, or a nickname, initials, another word: kept as printed
    ("Desmond Hollingsworth-Appiah", "d.hollingsworth@example.com", "d.hollingsworth@example.com"),
    ("Ignatius Brockway", "iggy.brockway@example.net", "iggy.brockway@example.net"),
    ("Katherine Lund", "katie.lund@example.com", "katie.lund@example.com"),
    ("Catherine Lindqvist", "katherine.l@example.com", "katherine.l@example.com"),
    ("Jon Smith", "jsmith22@example.com", "jsmith22@example.com"),
    ("Priya Natarajan", "rn.travel.priya@example.com", "rn.travel.priya@example.com"),
    ("", "a.b@example.com", "a.b@example.com"),
    # differing only in thin strokes, either reading may be the slip: kept as printed
    ("Gwendolyn Hart-Ilwasaki", "gwen.hartiwasaki@example.com", "gwen.hartiwasaki@example.com"),
    ("Gwendolyn Hart-Iwasaki", "gwen.hartiwasakl@example.com", "gwen.hartiwasakl@example.com"),
]


@pytest.mark.parametrize(("name", "read", "meant"), CASES)
def test_a_misread_piece_of_the_address_is_spelt_as_the_name(name, read, meant):
    assert spelt_like_name(read, name) == meant

"""Extraction on the shared corpus of real resumes: reading order and clean text.

The checks are about layout problems each file is known for (truth.jsonl "layout"/"notes"),
not about field values, which belong to the profile tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from recruit.parsing.extract import extract_document
from recruit.parsing.model import Document
from tests.parsing.shared import shared_dir

SHARED = shared_dir()
REAL = SHARED / "corpus" / "real" if SHARED else Path("/nonexistent")
pytestmark = pytest.mark.skipif(
    SHARED is None, reason="shared corpus not found (RECRUIT_SHARED_DIR)"
)


def _extract(name: str) -> Document:
    return extract_document((REAL / name).read_bytes(), name, max_pages=30)


def _index(lines: list[str], needle: str) -> int:
    return next(i for i, line in enumerate(lines) if needle in line)


def test_every_real_resume_extracts_text() -> None:
    for path in sorted(REAL.glob("*.*")):
        if path.suffix in (".pdf", ".docx") and path.name != "qwik-scanned.pdf":
            assert len(_extract(path.name).text) > 300, path.name


@pytest.mark.parametrize("name", ["rm-two-column.pdf", "rm-modern-2col.pdf"])
def test_sidebar_comes_after_the_main_column(name: str) -> None:
    document = _extract(name)
    lines = [line.text for line in document.lines]
    assert lines[0].lower() == "john doe"
    assert _index(lines, "Notion") < _index(lines, "Terraform")
    assert _index(lines, "strategic Redis caching") < _index(lines, "LINKS")
    assert "multi_column" in document.warnings


def test_two_column_contact_block_stays_together() -> None:
    lines = [line.text for line in _extract("ce-two-column.pdf").lines]
    contact = _index(lines, "Contact")
    assert lines[contact + 1 : contact + 4] == [
        "Toronto, ON",
        "(647) 555-0122",
        "priya.sharma@example.com",
    ]


def test_letter_spaced_name_is_repaired() -> None:
    document = _extract("ncp-jcu-grad-nurse.pdf")
    assert document.lines[0].text == "Amelia Chen"


def test_odd_whitespace_and_hyphens_are_normalised() -> None:
    document = _extract("ore-laverne.pdf")
    assert "Leo Leopard" in document.text
    assert "(909) 555-5555" in document.text
    assert "on-campus" in document.text
    assert not any(ch in document.text for ch in "\u00a0\u00ad\u2010\r")


def test_cid_bullets_are_dropped() -> None:
    document = _extract("arp-er-rn.pdf")
    assert "(cid:" not in document.text
    assert (
        "Provide emergency care to 25+ patients per shift in Level 1 Trauma Center" in document.text
    )


def test_ligatures_are_expanded() -> None:
    text = _extract("ore-john-doe.pdf").text
    assert "fixed" in text and "classification" in text and "\ufb01" not in text


def test_right_aligned_dates_stay_with_their_entry() -> None:
    assert "Software Engineer\tMay 2023 - Present" in _extract("ore-john-doe.pdf").text


def test_word_table_cells_are_read() -> None:
    lines = [line.text for line in _extract("ce-word-table.docx").lines]
    assert "React" in lines and "Git" in lines


def test_word_tabs_keep_dates_apart() -> None:
    assert "Emergency Medical Services\t1/2013" in _extract("fr-emt.docx").text


def test_scanned_pdf_is_read_with_ocr() -> None:
    document = _extract("qwik-scanned.pdf")
    assert "ocr" in document.warnings
    assert "LIAM ANDERSON" in document.text

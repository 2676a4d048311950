"""Plain text, RTF and the character clean-up every extractor shares."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recruit.parsing import parse
from recruit.parsing.extract import extract_document
from recruit.parsing.extract_text import rtf_to_text
from recruit.parsing.model import MAX_LINES
from recruit.parsing.textclean import clean_line

CLEAN_CASES = [
    ("tab cr nbsp between words", "Leo\t\r \xa0Leopard", "Leo Leopard"),
    ("soft hyphen plus hyphen", "555-\u00ad\u20105555", "555-5555"),
    ("unicode hyphen", "on\u2010campus", "on-campus"),
    ("ligatures", "\ufb01xed classi\ufb01cation \ufb02ow", "fixed classification flow"),
    ("bullet", "\u2022 Triage", "Triage"),
    ("square bullet", "\u25aa  Wound care", "Wound care"),
    ("hollow bullet", "\u25e6 Epic", "Epic"),
    ("cid bullet", "(cid:127) Epic charting", "Epic charting"),
    ("private-use icon", "\uf0b7 \ue0be 555-0100", "555-0100"),
    ("thin and nbsp spaces", "Reno,\u2009NV\u00a089501", "Reno, NV 89501"),
    ("hyphen kept in text", "Med-Surg - Tele", "Med-Surg - Tele"),
]


@pytest.mark.parametrize(("name", "raw", "clean"), CLEAN_CASES, ids=[c[0] for c in CLEAN_CASES])
def test_clean_line(name: str, raw: str, clean: str) -> None:
    assert clean_line(raw) == clean


def test_tabs_and_alignment_spaces_become_one_tab_when_kept() -> None:
    assert clean_line("EMT - B     12/2012", keep_tabs=True) == "EMT - B\t12/2012"
    assert clean_line("Nurse\t \tJan 2020", keep_tabs=True) == "Nurse\tJan 2020"


def test_plain_text_lines_in_any_common_encoding() -> None:
    for data in (
        "Zoë Ruiz\r\nRN, ICU\r\n".encode("utf-16"),
        "Zoë Ruiz\nRN, ICU\n".encode("cp1252"),
    ):
        document = extract_document(data, "cv.txt", max_pages=30)
        assert [line.text for line in document.lines] == ["Zoë Ruiz", "RN, ICU"]


def test_rtf_keeps_text_breaks_and_escapes() -> None:
    rtf = (
        r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\*\generator Word;}"
        r"\f0 Zo\'eb Ruiz\par RN\tab ICU \u8226? x\par}"
    )
    assert rtf_to_text(rtf) == "Zoë Ruiz\nRN\tICU • x\n"
    lines = extract_document(rtf.encode(), "cv.rtf", max_pages=30).lines
    assert [line.text for line in lines] == ["Zoë Ruiz", "RN\tICU • x"]


def test_rtf_job_line_parts_set_apart_only_by_their_type_are_cells() -> None:
    rtf = (
        r"{\rtf1\ansi{\b\lang1024{\*\listtag0}Certified Occupational Therapy Assistant}"
        r"{\lang1024{\*\listtag0} }{\i Prairie Meadows Senior Living}{ }"
        r"{\i May 2021 \u8211\'96 Present}\par"
        r"{Proficient in }{\b Epic}{ }{and Cerner}\par}"
    )
    assert rtf_to_text(rtf) == (
        "Certified Occupational Therapy Assistant\tPrairie Meadows Senior Living "
        "May 2021 \u2013 Present\nProficient in Epic and Cerner\n"
    )


def test_parse_reports_a_surprise_in_an_extractor_as_internal(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from recruit.parsing import extract_text, parse

    def boom(data: bytes) -> None:
        raise LookupError("unexpected")

    monkeypatch.setattr(extract_text, "extract_plain", boom)
    result = parse(b"Jane Doe, RN", "cv.txt")
    assert (result.ok, result.error_code) == (False, "internal")


def test_rtf_emoji_surrogate_pairs_become_one_character() -> None:
    rtf = r"{\rtf1\ansi Jane \u-10179?\u-8704? Doe\par}"
    assert rtf_to_text(rtf) == "Jane \U0001f600 Doe\n"


def test_rtf_lone_surrogates_are_dropped_and_the_text_saves_as_utf8() -> None:
    text = rtf_to_text(r"{\rtf1 a\u-10179?b\u-8704?c\par}")
    assert text == "abc\n"
    text.encode("utf-8")


def test_rtf_with_an_endless_number_is_read_not_crashed() -> None:
    rtf = "{\\rtf1 Jane Doe\\par \\u" + "9" * 5000 + "? RN\\par}"
    result = parse(rtf.encode(), "cv.rtf")
    assert result.ok and "Jane Doe" in result.text


@given(st.lists(st.integers(-40000, 70000), max_size=12), st.text(max_size=30))
def test_rtf_unicode_escapes_always_give_savable_text(codes: list[int], filler: str) -> None:
    body = "".join(f"\\u{code}?{filler}" for code in codes)
    rtf_to_text("{\\rtf1 " + body + "}").encode("utf-8")


def test_a_very_long_text_is_read_to_a_limit_and_says_so() -> None:
    data = b"".join(b"Line %d: ICU nurse, Denver, CO, 2019 - 2021\n" % n for n in range(60_000))
    result = parse(data, "long.txt")
    assert result.ok and "too_long" in result.warnings
    assert len(result.text.splitlines()) == MAX_LINES


def test_a_word_file_longer_than_the_limit_is_read_to_the_same_limit() -> None:
    import docx

    document = docx.Document()
    for n in range(MAX_LINES + 50):
        document.add_paragraph(f"Paragraph {n} about ICU nursing in Denver")
    buffer = io.BytesIO()
    document.save(buffer)
    result = parse(buffer.getvalue(), "long.docx")
    assert result.ok and "too_long" in result.warnings
    assert len(result.text.splitlines()) == MAX_LINES

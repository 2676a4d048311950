"""Word 97-2003 .doc files read in process (recruit.parsing.word97): text, tables, fields,
and damaged or hostile files turned into a clear `legacy_doc` error."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recruit.parsing import parse
from recruit.parsing.extract import extract_document
from recruit.parsing.model import ParseError

FILES = Path(__file__).parent / "files"
RN_DOC = (FILES / "word97-rn.doc").read_bytes()

# file -> lines its document must hold, exactly
LINES = {
    "word97-rn.doc": [
        "Maria Lopez, RN",
        "Arizona RN License #RN-204518, Compact, expires 06/2027",
        "01/2019 - Present",
    ],
    "word97-pt-table.doc": [
        "Physical Therapist\tCraig Hospital, Englewood, CO\t03/2020 – Present",
        "Physical Therapist\tDenver Health, Denver, CO\t06/2017 – 02/2020",
        "Certifications",
    ],
    "word97-links.doc": ["Tulsa, OK | grace.whitfield@example.com | (918) 555-0163"],
}
# file -> profile fields it must give
FIELDS = {
    "word97-rn.doc": {
        "name": "Maria Lopez",
        "email": "maria.lopez@example.com",
        "discipline": "RN",
        "licenses": [
            {
                "state": "AZ",
                "type": "RN",
                "number": "RN-204518",
                "compact": True,
                "expires": "2027-06",
            }
        ],
    },
    "word97-pt-table.doc": {"name": "Samuel Okafor", "discipline": "PT"},
    "word97-links.doc": {"email": "grace.whitfield@example.com", "phone": "+19185550163"},
}


def _lines(name: str) -> list[str]:
    document = extract_document((FILES / name).read_bytes(), name, max_pages=30)
    assert document.media_type == "application/msword"
    return [line.text for line in document.lines]


@pytest.mark.parametrize("name", sorted(LINES))
def test_a_word97_file_gives_its_lines(name: str) -> None:
    lines = _lines(name)
    for expected in LINES[name]:
        assert expected in lines


def test_every_line_of_the_source_text_comes_back_in_order() -> None:
    source = (FILES / "word97-rn.txt").read_text(encoding="utf-8")
    assert _lines("word97-rn.doc") == [line for line in source.splitlines() if line.strip()]


def test_a_field_gives_its_result_never_its_code() -> None:
    text = "\n".join(_lines("word97-links.doc"))
    assert "HYPERLINK" not in text and "mailto:" not in text


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_a_word97_resume_gives_its_profile(name: str) -> None:
    result = parse((FILES / name).read_bytes(), name)
    assert result.ok, result.error
    for key, value in FIELDS[name].items():
        assert result.profile[key] == value, key


def _refused(data: bytes) -> ParseError:
    with pytest.raises(ParseError) as error:
        extract_document(data, "cv.doc", max_pages=30)
    return error.value


def test_an_encrypted_word97_file_is_refused_with_the_legacy_doc_message() -> None:
    fib = RN_DOC.index(b"\xec\xa5")
    data = bytearray(RN_DOC)
    data[fib + 0x0B] |= 0x01  # fEncrypted
    error = _refused(bytes(data))
    assert error.code == "legacy_doc" and "PDF or DOCX" in error.message


@pytest.mark.parametrize("size", [512, 1024, 4608, 5000, len(RN_DOC) - 512])
def test_a_truncated_word97_file_is_a_legacy_doc_error(size: int) -> None:
    assert _refused(RN_DOC[:size]).code == "legacy_doc"


FIB = RN_DOC.index(b"\xec\xa5")
# anywhere in the file, but mostly in the OLE header, the FIB and the piece table behind it
OFFSETS = st.integers(0, len(RN_DOC) - 1) | st.integers(0, 511) | st.integers(FIB, FIB + 1023)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(OFFSETS, st.integers(0, 255)), max_size=12))
def test_a_damaged_word97_file_reads_or_says_so(damage: list[tuple[int, int]]) -> None:
    data = bytearray(RN_DOC)
    for at, value in damage:
        data[at] = value
    try:
        extract_document(bytes(data), "cv.doc", max_pages=30)
    except ParseError as error:
        assert error.code in {"legacy_doc", "unsupported_type", "empty"}

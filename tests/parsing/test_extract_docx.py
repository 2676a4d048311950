"""DOCX extraction: document order, tables, text boxes, headers; package checks."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from recruit.parsing import parse
from recruit.parsing.extract import extract_document
from recruit.parsing.model import ParseError
from tests.files.docx import break_deflate, mark_encrypted, resume_docx, rewrite


def _lines(data: bytes) -> list[str]:
    return [line.text for line in extract_document(data, "cv.docx", max_pages=30).lines]


def test_body_tables_boxes_headers_and_footers_in_order() -> None:
    assert _lines(resume_docx()) == [
        "Jane Doe, RN | jane@example.com",
        "Experience",
        "Staff Nurse, ICU\t2019 - Present",
        "First line",
        "Second line",
        "Certifications",
        "Skill 00",
        "Skill 01",
        "Skill 10",
        "Skill 11",
        "Merged once",
        "Before box",
        "Boxed text",
        "After table",
        "References on request",
    ]


def test_first_page_header_is_read() -> None:
    document = docx.Document()
    document.sections[0].different_first_page_header_footer = True
    document.sections[0].first_page_header.paragraphs[0].text = "Ana Ruiz | ana@example.com"
    document.add_paragraph("Travel RN, ICU")
    buffer = io.BytesIO()
    document.save(buffer)
    assert _lines(buffer.getvalue()) == ["Ana Ruiz | ana@example.com", "Travel RN, ICU"]


def _table_docx(rows: list[list[str]]) -> bytes:
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_labelled_table_rows_are_read_as_records_with_their_labels() -> None:
    data = _table_docx(
        [
            ["Credential", "Board", "Compact", "Valid until"],
            ["CNOR", "CCI", "No", "09/2028"],
            ["RN", "Arizona", "Yes", "11/30/2027"],
        ]
    )
    assert _lines(data) == ["CNOR | CCI | exp 09/2028", "RN | Arizona | Compact | exp 11/30/2027"]


def test_a_titled_licence_table_with_a_type_merged_down_reads_a_record_per_row() -> None:
    """'NURSING LICENSURE' across the table, labels below, 'Registered Nurse' merged down beside
    three states: the title is a line, and every row carries the merged type."""
    document = docx.Document()
    rows = [
        ["NURSING LICENSURE", "", "", ""],
        ["License", "State", "Number", "Expires"],
        ["Registered Nurse", "Arizona", "RN241907", "06/2028"],
        ["", "New Mexico", "RN-0077163", "10/2027"],
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=True):
            cell.text = text
    table.cell(0, 0).merge(table.cell(0, 3)).text = "NURSING LICENSURE"
    table.cell(2, 0).merge(table.cell(3, 0)).text = "Registered Nurse"
    buffer = io.BytesIO()
    document.save(buffer)
    assert _lines(buffer.getvalue()) == [
        "NURSING LICENSURE",
        "Registered Nurse | Arizona | RN241907 | exp 06/2028",
        "Registered Nurse | New Mexico | RN-0077163 | exp 10/2027",
    ]


def test_a_table_holding_two_titled_tables_reads_each_under_its_own_labels() -> None:
    """'Licenses' across the table over State | Number | Expires rows, then 'Certifications'
    across it over rows with other labels: each title is a line, each row a record."""
    document = docx.Document()
    rows = [
        ["Licenses", "", ""],
        ["State", "Number", "Expires"],
        ["North Carolina RN, multistate", "301947", "10/2027"],
        ["Certifications", "", ""],
        ["Certification", "Issuing body", "Valid through"],
        ["OCN", "ONCC", "expires on 09/30/2028"],
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=True):
            cell.text = text
    for title_row, title in ((0, "Licenses"), (3, "Certifications")):
        table.cell(title_row, 0).merge(table.cell(title_row, 2)).text = title
    buffer = io.BytesIO()
    document.save(buffer)
    assert _lines(buffer.getvalue()) == [
        "Licenses",
        "North Carolina RN, multistate | 301947 | exp 10/2027",
        "Certifications",
        "OCN | ONCC | expires on 09/30/2028",
    ]


def test_a_certificate_that_never_expires_is_still_a_record_under_the_labels() -> None:
    data = _table_docx(
        [
            ["Certification", "Issuing organization", "Expires"],
            ["IV Therapy Certification", "Bluegrass Community College", "does not expire"],
            ["Basic Life Support (BLS)", "American Heart Association", "Exp. 04/2027"],
        ]
    )
    assert _lines(data) == [
        "IV Therapy Certification | Bluegrass Community College | does not expire",
        "Basic Life Support (BLS) | American Heart Association | Exp. 04/2027",
    ]


def test_a_licence_table_with_no_label_row_reads_a_record_per_row() -> None:
    data = _table_docx(
        [
            ["New Hampshire", "RN", "097723-21", "Multistate (compact)", "exp 03/2028"],
            ["Massachusetts", "RN", "RN2347719", "MA is not a compact state", "exp 10/2027"],
        ]
    )
    assert _lines(data) == [
        "New Hampshire | RN | 097723-21 | Multistate (compact) | exp 03/2028",
        "Massachusetts | RN | RN2347719 | MA is not a compact state | exp 10/2027",
    ]


def test_unlabelled_table_cells_stay_lines_of_their_own() -> None:
    assert _lines(_table_docx([["Wound care", "Telemetry"], ["IV starts", "Epic"]])) == [
        "Wound care",
        "Telemetry",
        "IV starts",
        "Epic",
    ]


def test_a_table_of_boxes_under_section_headings_is_read_box_after_box() -> None:
    data = _table_docx(
        [
            ["LICENSES", "CERTIFICATIONS"],
            ["Kentucky PT #PT-008821, exp. 03/2027\nOhio PT #PT-1190, exp. 01/2028", "BLS, AHA"],
        ]
    )
    assert _lines(data) == [
        "LICENSES",
        "Kentucky PT #PT-008821, exp. 03/2027",
        "Ohio PT #PT-1190, exp. 01/2028",
        "CERTIFICATIONS",
        "BLS, AHA",
    ]


def test_headings_and_bold_paragraphs_are_marked_bold() -> None:
    lines = extract_document(resume_docx(), "cv.docx", max_pages=30).lines
    bold = {line.text for line in lines if line.bold}
    assert {"Experience", "Certifications"} <= bold
    assert "Staff Nurse, ICU\t2019 - Present" not in bold


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in entries.items():
            archive.writestr(name, body)
    return out.getvalue()


DOCTYPE = (
    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document/>'
)


@pytest.mark.parametrize(
    ("name", "build", "code"),
    [
        (
            "zip bomb",
            lambda: rewrite(resume_docx(), {"word/big.xml": b"\0" * 60_000_000}),
            "too_large",
        ),
        (
            "ratio bomb",
            lambda: rewrite(resume_docx(), {"word/media/a.bin": b"\0" * 5_000_000}),
            "too_large",
        ),
        ("zip slip", lambda: rewrite(resume_docx(), {"../../evil.txt": b"x"}), "corrupt"),
        ("absolute path", lambda: rewrite(resume_docx(), {"/etc/cron.d/x": b"x"}), "corrupt"),
        ("doctype", lambda: rewrite(resume_docx(), {"word/document.xml": DOCTYPE}), "corrupt"),
        (
            "many entries",
            lambda: rewrite(resume_docx(), {f"x/{i}": b"" for i in range(1001)}),
            "corrupt",
        ),
        (
            "macro",
            lambda: rewrite(
                resume_docx(),
                {
                    "[Content_Types].xml": b"<Types>application/"
                    b"vnd.ms-word.document.macroEnabled.main+xml</Types>"
                },
            ),
            "unsupported_type",
        ),
        ("not word", lambda: _zip({"hello.txt": b"hi"}), "unsupported_type"),
        ("broken deflate", lambda: break_deflate(resume_docx(), "word/styles.xml"), "corrupt"),
        (
            "content types do not inflate",
            lambda: break_deflate(resume_docx(), "[Content_Types].xml"),
            "corrupt",
        ),
        (
            "encrypted content types",
            lambda: mark_encrypted(resume_docx(), "[Content_Types].xml"),
            "corrupt",
        ),
        (
            "huge content types",
            lambda: rewrite(resume_docx(), {"[Content_Types].xml": b"<Types>" + b" " * 1_100_000}),
            "too_large",
        ),
    ],
)
def test_hostile_packages_are_refused_before_parsing(name: str, build, code: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ParseError) as error:
        extract_document(build(), "cv.docx", max_pages=30)
    assert error.value.code == code, name


def test_a_word_file_whose_parts_list_will_not_inflate_is_damaged_not_an_internal_error() -> None:
    result = parse(break_deflate(resume_docx(), "[Content_Types].xml"), "cv.docx")
    assert not result.ok
    assert result.error_code == "corrupt"
    assert result.error == "This Word file is damaged and we could not read it."


def test_a_dated_job_line_set_apart_only_by_type_keeps_a_cell_gap_and_prose_keeps_spaces() -> None:
    document = docx.Document()
    job = document.add_paragraph()
    job.add_run("Staff RN, Cardiac ICU").bold = True
    job.add_run(" ")
    job.add_run("Mercy Heart Hospital").italic = True
    job.add_run(" ")
    job.add_run("March 2019 – Present").italic = True
    prose = document.add_paragraph()
    prose.add_run("Charted in ")
    prose.add_run("Epic").bold = True
    prose.add_run(" and Cerner from 2019 to 2024.")
    buffer = io.BytesIO()
    document.save(buffer)
    assert _lines(buffer.getvalue()) == [
        "Staff RN, Cardiac ICU\tMercy Heart Hospital March 2019 – Present",
        "Charted in Epic and Cerner from 2019 to 2024.",
    ]

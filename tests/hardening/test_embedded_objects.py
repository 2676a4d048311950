"""A Word file carrying a program is refused; other embedded objects are flagged to recruiters."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.applications.archive import check_docx
from recruit.candidates.parse_results import save_parse_result
from recruit.parsing import parse
from tests.files.docx import resume_docx, rewrite
from tests.helpers import login, make_submission, make_user

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PACKAGE_STREAM = "\x01Ole10Native".encode("utf-16-le")


def ole_package(filename: bytes, payload: bytes) -> bytes:
    """The parts of an OLE Package object the check reads: its stream name and the file's
    NUL-terminated name, label and temp path before the payload (a compound file in spirit)."""
    native = b"\x02\x00" + filename + b"\x00" + b"C:\\Temp\\" + filename + b"\x00" + payload
    return OLE_MAGIC + b"\x00" * 504 + native + b"\x00" * 512 + PACKAGE_STREAM


PE = b"MZ\x90\x00" + b"\x00" * 60 + b"This program cannot be run in DOS mode.\r\r\n$"
CARRYING_A_PROGRAM = {
    "ole package with an exe": {"word/embeddings/oleObject1.bin": ole_package(b"cv.exe", PE)},
    "ole package with a script": {
        "word/embeddings/oleObject1.bin": ole_package(b"open.vbs", b"CreateObject(...)")
    },
    "a bare executable": {"word/embeddings/Package1.bin": PE},
    "an executable by name": {"word/embeddings/setup.exe": b"anything"},
}
HARMLESS = {
    "an embedded spreadsheet": {"word/embeddings/Microsoft_Excel_Worksheet.xlsx": b"PK\x03\x04"},
    "an ole object naming a website": {
        "word/embeddings/oleObject2.bin": OLE_MAGIC + b"see www.example.com\x00 for more"
    },
}


@pytest.mark.parametrize("name", list(CARRYING_A_PROGRAM))
def test_a_word_file_carrying_a_program_is_refused_at_upload_and_by_the_parser(
    name: str,
) -> None:
    data = rewrite(resume_docx(), CARRYING_A_PROGRAM[name])
    problem = check_docx(data)
    assert problem is not None and problem.code == "embedded_program"
    assert parse(data, "cv.docx").error_code == "unsupported_type"


@pytest.mark.parametrize("name", list(HARMLESS))
def test_other_embedded_objects_are_accepted_and_flagged(name: str) -> None:
    data = rewrite(resume_docx(), HARMLESS[name])
    assert check_docx(data) is None
    result = parse(data, "cv.docx")
    assert result.ok and "embedded_objects" in result.warnings


def test_a_plain_word_file_has_no_embedded_object_warning() -> None:
    assert "embedded_objects" not in parse(resume_docx(), "cv.docx").warnings


def test_the_recruiter_sees_the_embedded_object_warning(
    client: FlaskClient, session: Session
) -> None:
    make_user(session)
    submission = make_submission(session)
    data = rewrite(resume_docx(), HARMLESS["an embedded spreadsheet"])
    save_parse_result(session, submission, parse(data, "cv.docx"))
    session.commit()
    login(client)
    page = client.get(f"/candidates/{submission.candidate_id}").get_data(as_text=True)
    assert "has other files or objects embedded in it" in page

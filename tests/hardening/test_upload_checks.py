"""The web edge: what is refused before anything is stored, and how names and text render."""

from __future__ import annotations

import io
import json
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from PIL import Image
from sqlalchemy.orm import Session

from bench.stack import find_shared_dir
from recruit.applications.archive import check_docx, check_image
from recruit.candidates.parse_results import save_parse_result
from recruit.models import Candidate, Document, ParseResultRow, Submission
from recruit.parsing import parse
from recruit.parsing.docx_package import is_safe_member_name
from recruit.parsing.docx_safety import check_package
from recruit.parsing.model import ParseError, ParseResult
from tests.files import hostile
from tests.files.docx import break_deflate, resume_docx
from tests.helpers import TEXT_RESUME, login, make_submission, make_user

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def app_config(app_config: dict[str, Any]) -> dict[str, Any]:
    app_config.update(MAX_UPLOAD_MB=10, RATE_LIMIT_APPLY="1000/3600")
    return app_config


def upload(client: FlaskClient, data: bytes, filename: str) -> Any:
    form = {"resume": (io.BytesIO(data), filename), "consent": "y"}
    return client.post("/apply", data=form, content_type="multipart/form-data")


def stored_rows(session: Session) -> int:
    session.rollback()
    return session.query(Document).count()


@pytest.mark.parametrize("name", sorted(hostile.BUILT))
def test_built_hostile_files_are_refused_or_queued_by_their_content(
    client: FlaskClient, session: Session, app: Any, name: str
) -> None:
    factory, expected = hostile.BUILT[name]
    response = upload(client, factory(), name)
    if expected == "rejected":
        assert response.status_code == 400
        assert 'class="errors"' in response.get_data(as_text=True)
        assert stored_rows(session) == 0
        assert not any(Path(app.config["STORAGE_DIR"]).rglob("*"))
    else:
        assert response.status_code == 302
        assert stored_rows(session) == 1


def test_docx_checks_pass_a_plain_document_and_name_each_problem() -> None:
    assert check_docx(resume_docx()) is None
    assert check_docx(hostile.zip_bomb_docx()).code == "too_large"  # type: ignore[union-attr]
    assert check_docx(hostile.zip_slip_docx()).code == "unsafe_archive"  # type: ignore[union-attr]
    assert check_docx(hostile.macro_docx()).code == "macros"  # type: ignore[union-attr]
    assert check_docx(hostile.many_entries_docx()).code == "too_large"  # type: ignore[union-attr]
    assert check_docx(b"PK\x03\x04 broken").code == "unsupported_type"  # type: ignore[union-attr]


def test_a_docx_that_does_not_inflate_is_refused_with_a_page_not_an_error(
    client: FlaskClient, session: Session
) -> None:
    response = upload(client, break_deflate(resume_docx(), "[Content_Types].xml"), "cv.docx")
    assert response.status_code == 400
    assert "does not look like a Word document" in response.get_data(as_text=True)
    assert stored_rows(session) == 0


def vba_project_only_docx() -> bytes:
    return hostile.macro_docx(declared=False)


@pytest.mark.parametrize(
    ("build", "upload_code", "parser_code"),
    [
        (hostile.zip_bomb_docx, "too_large", "too_large"),
        (hostile.zip_slip_docx, "unsafe_archive", "corrupt"),
        (hostile.macro_docx, "macros", "unsupported_type"),
        (vba_project_only_docx, "macros", "unsupported_type"),
        (hostile.many_entries_docx, "too_large", "corrupt"),
    ],
)
def test_the_upload_and_the_parser_refuse_the_same_packages_in_their_own_words(
    build: Callable[[], bytes], upload_code: str, parser_code: str
) -> None:
    data = build()
    problem = check_docx(data)
    assert problem is not None and problem.code == upload_code
    with pytest.raises(ParseError) as refused:
        check_package(data)
    assert refused.value.code == parser_code


@pytest.mark.parametrize(
    "name", ["../a.xml", "/etc/passwd", "a\\..\\b", "C:/x", "word/../../x", "a\x00b", ""]
)
def test_archive_member_names_that_could_escape_are_unsafe(name: str) -> None:
    assert not is_safe_member_name(name)


def test_pixel_floods_are_refused_but_ordinary_photos_pass() -> None:
    assert check_image(hostile.pixel_flood_png()) is not None
    photo = io.BytesIO()
    Image.new("1", (4000, 3000)).save(photo, "PNG")
    assert check_image(photo.getvalue()) is None


def test_a_picture_whose_header_the_decoder_cannot_read_is_refused_at_upload() -> None:
    problem = check_image(hostile.pixel_flood_png(4000, 3000))  # its chunks after IHDR are junk
    assert problem is not None and problem.code == "corrupt"


def hostile_names() -> list[str]:
    names = ["../../etc/passwd", "..\\..\\win.ini", "a\x00b.pdf", "resume\u202efdp.exe", XSS]
    shared = find_shared_dir()
    listing = shared / "corpus/hostile/generated/filenames.json" if shared else None
    if listing and listing.exists():
        names += [item["filename"] for item in json.loads(listing.read_text())]
    return names


def test_hostile_file_names_never_become_paths_and_display_inertly(
    client: FlaskClient, session: Session, app: Any
) -> None:
    names = hostile_names()
    for number, name in enumerate(names):
        status = upload(client, TEXT_RESUME + b"#%d" % number, name).status_code
        assert status == (302 if name else 400)  # an empty name is "no file chosen"
    session.rollback()
    documents = session.query(Document).all()
    assert len(documents) == len([name for name in names if name])
    for document in documents:
        assert "/" not in document.display_name and "\\" not in document.display_name
        assert not any(ord(ch) < 32 or ch == "\u202e" for ch in document.display_name)
    stored = {p.name for p in Path(app.config["STORAGE_DIR"]).rglob("*") if p.is_file()}
    assert stored == {d.storage_key for d in documents}
    assert all(len(name) == 64 for name in stored)
    make_user(session)
    session.commit()
    login(client)
    for document in documents:
        page = candidate_page(client, session, document.submission.candidate_id)
        assert "<script>" not in page and "<img src=x" not in page


def candidate_page(client: FlaskClient, session: Session, candidate_id: int) -> str:
    response = client.get(f"/candidates/{candidate_id}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_markup_in_a_resume_is_shown_as_text_on_every_recruiter_page(
    client: FlaskClient, session: Session
) -> None:
    candidate = Candidate(display_name=XSS, discipline="RN")
    submission = make_submission(session, candidate, display_name=XSS + ".pdf")
    profile = {"name": XSS, "email": XSS, "specialties": [XSS], "ehr_systems": [XSS]}
    save_parse_result(session, submission, ParseResult(ok=True, profile=profile, text=XSS))
    make_user(session)
    session.commit()
    login(client)
    for path in ("/queue", f"/candidates/{candidate.id}"):
        page = client.get(path).get_data(as_text=True)
        assert "<script>" not in page and "onerror=alert" not in page.replace(
            "onerror=alert(1)&gt;", ""
        )
        assert "&lt;script&gt;" in page


def test_an_encrypted_pdf_asks_the_recruiter_for_an_unprotected_copy(
    client: FlaskClient, session: Session
) -> None:
    submission = make_submission(session)
    failure = ParseError("encrypted", "This PDF is protected by a password.")
    save_parse_result(session, submission, ParseResult.failure(failure))
    make_user(session)
    session.commit()
    row = session.query(ParseResultRow).one()
    assert (row.error_code, row.ok) == ("encrypted", False)
    assert session.get_one(Submission, submission.id).status == "parse_failed"
    login(client)
    page = candidate_page(client, session, submission.candidate_id)
    assert "password-protected" in page and "unprotected copy" in page


def _jpeg(*segments: bytes) -> bytes:
    return b"\xff\xd8" + b"".join(segments) + b"\xff\xd9"


def _sof(width: int, height: int) -> bytes:
    body = struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xc0" + struct.pack(">H", len(body) + 2) + body


def _app0() -> bytes:
    body = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return b"\xff\xe0" + struct.pack(">H", len(body) + 2) + body


def _sos() -> bytes:
    return b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00" + b"\x00" * 16


HUGE = (30_000, 30_000)
JPEG_FLOODS = {
    "plain": _jpeg(_app0(), _sof(*HUGE), _sos()),
    "fill bytes before the frame": _jpeg(_app0(), b"\xff" * 7 + _sof(*HUGE)[1:], _sos()),
    "junk before the frame": _jpeg(_app0(), b"junk\x00\x01", _sof(*HUGE), _sos()),
    "a second frame header": _jpeg(_app0(), _sof(100, 100), _sof(*HUGE), _sos()),
}


@pytest.mark.parametrize("name", list(JPEG_FLOODS))
def test_jpeg_pixel_floods_are_refused_however_the_header_is_dressed(name: str) -> None:
    problem = check_image(JPEG_FLOODS[name])
    assert problem is not None and problem.code == "too_large"


def test_the_upload_refuses_every_jpeg_flood_the_parser_refuses() -> None:
    for data in JPEG_FLOODS.values():
        assert parse(data, "photo.jpg").error_code in ("too_large", "corrupt")
        assert check_image(data) is not None


def test_an_ordinary_jpeg_passes_the_image_check() -> None:
    assert check_image(_jpeg(_app0(), _sof(3000, 4000), _sos())) is None

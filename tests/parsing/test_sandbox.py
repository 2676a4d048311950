"""parse_sandboxed: limits turn hostile files into clear results, never exceptions or hangs."""

from __future__ import annotations

import io
import signal
import subprocess
import sys
import time

import pytest

from recruit.parsing.sandbox import Limits, _death_cause, parse_sandboxed
from tests.files import hostile
from tests.files.pdf import Page, Text, one_page, pages_pdf

QUICK = Limits(cpu_seconds=3, memory_mb=200, wall_seconds=10.0, max_pages=30)


def test_a_good_pdf_parses_in_the_child() -> None:
    result = parse_sandboxed(
        one_page(Text(72, 40, "Jane Doe"), Text(72, 60, "jane@example.com")), "cv.pdf", QUICK
    )
    assert result.ok, result.error
    assert result.text == "Jane Doe\njane@example.com"
    assert result.profile is not None and result.profile["email"] == "jane@example.com"


CASES = [
    ("flate bomb", hostile.flate_bomb, {"memory"}),
    ("xobject fan-out", hostile.xobject_fanout, {"timeout"}),
    ("deep nesting", hostile.deep_nesting, {"ok", "corrupt"}),
    ("truncated pdf", hostile.truncated, {"corrupt"}),
    ("exe renamed .pdf", hostile.exe_renamed, {"unsupported_type"}),
    ("zip bomb docx", hostile.zip_bomb_docx, {"too_large"}),
    ("zip slip docx", hostile.zip_slip_docx, {"corrupt"}),
    ("entity docx", hostile.entity_docx, {"corrupt"}),
    ("empty", lambda: b"", {"empty"}),
]


@pytest.mark.parametrize(("name", "build", "outcomes"), CASES, ids=[c[0] for c in CASES])
def test_hostile_file_ends_in_a_clear_result(name: str, build, outcomes: set[str]) -> None:  # type: ignore[no-untyped-def]
    data = build()  # building a bomb is not the parser's time
    started = time.monotonic()
    result = parse_sandboxed(data, "upload", QUICK)
    assert ("ok" if result.ok else result.error_code) in outcomes, result.error
    assert time.monotonic() - started < QUICK.wall_seconds + 3
    assert result.ok or result.error


def test_wall_clock_limit_kills_a_slow_child() -> None:
    started = time.monotonic()
    result = parse_sandboxed(
        hostile.xobject_fanout(),
        "slow.pdf",
        Limits(cpu_seconds=60, memory_mb=200, wall_seconds=1.0),
    )
    assert result.error_code == "timeout"
    assert "too long" in (result.error or "")
    assert time.monotonic() - started < 4


def test_page_limit_is_passed_to_the_parser() -> None:
    data = pages_pdf([Page().add(72, 40, f"Page {n}") for n in range(3)])
    result = parse_sandboxed(data, "cv.pdf", Limits(max_pages=2))
    assert result.error_code == "too_many_pages"


@pytest.mark.parametrize(
    ("exitcode", "code"),
    [
        (-signal.SIGXCPU, "timeout"),
        (-signal.SIGKILL, "memory"),
        (-signal.SIGSEGV, "internal"),
        (1, "internal"),
    ],
)
def test_a_child_that_dies_without_answering_is_explained(exitcode: int, code: str) -> None:
    assert _death_cause(exitcode).code == code


CALLER_SCRIPT = """
import sys
with open(sys.argv[1], "a") as marks:
    marks.write("imported\\n")
from recruit.parsing.sandbox import Limits, parse_sandboxed
if __name__ == "__main__":
    for _ in range(3):
        assert parse_sandboxed(b"Jane Doe\\njane@example.com\\n", "r.txt", Limits()).ok
"""


def test_children_do_not_re_run_the_calling_script(tmp_path) -> None:  # type: ignore[no-untyped-def]
    script, marks = tmp_path / "caller.py", tmp_path / "marks.txt"
    script.write_text(CALLER_SCRIPT)
    subprocess.run([sys.executable, str(script), str(marks)], check=True, timeout=120)
    assert marks.read_text().splitlines() == ["imported"]


def _scan(pages: int, rows: int = 60) -> bytes:
    """Image-only letter pages at 300 dpi with `rows` lines of text (60: seconds of OCR each)."""
    from PIL import Image, ImageDraw, ImageFont

    images = []
    for _ in range(pages):
        page = Image.new("L", (2550, 3300), 255)
        draw, font = ImageDraw.Draw(page), ImageFont.load_default(size=40)
        for row in range(rows):
            draw.text((150, 150 + row * 50), "Registered Nurse ICU 2019 - Present " * 3, font=font)
        images.append(page)
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=300.0, save_all=True, append_images=images[1:])
    return buffer.getvalue()


def test_the_wall_clock_limit_kills_a_child_inside_tesseract() -> None:
    data = _scan(4)
    started = time.monotonic()
    result = parse_sandboxed(data, "scan.pdf", Limits(wall_seconds=1.5))
    assert result.error_code == "timeout"
    assert time.monotonic() - started < 4.5


def test_ocr_fits_in_the_default_memory_limit() -> None:
    result = parse_sandboxed(_scan(1, rows=6), "scan.pdf", Limits())
    assert result.ok, result.error
    assert "ocr" in result.warnings and "Registered Nurse" in result.text


def test_a_page_too_big_for_the_memory_limit_is_a_memory_error_not_an_empty_page() -> None:
    result = parse_sandboxed(_scan(1, rows=6), "scan.pdf", Limits(memory_mb=60))
    assert result.error_code == "memory"

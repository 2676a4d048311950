from __future__ import annotations

import json
from pathlib import Path

from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy.orm import Session

from recruit.auth.users import authenticate
from recruit.cli import main
from tests.files.pdf import text_pdf
from tests.helpers import PASSWORD, TEXT_RESUME


def test_users_create_reads_the_password_from_stdin(
    runner: FlaskCliRunner, session: Session
) -> None:
    result = runner.invoke(
        main, args=["users", "create", "Rita@Example.com", "--role", "admin"], input=PASSWORD + "\n"
    )
    assert result.exit_code == 0, result.output
    assert "created admin rita@example.com" in result.output
    user = authenticate(session, "rita@example.com", PASSWORD)
    assert user is not None and user.role == "admin"


def test_users_create_explains_a_refusal_without_a_traceback(runner: FlaskCliRunner) -> None:
    result = runner.invoke(main, args=["users", "create", "rita@example.com"], input="short\n")
    assert result.exit_code == 1
    assert "at least 12 characters" in result.output
    assert "Traceback" not in result.output


def test_users_create_refuses_an_unknown_role(runner: FlaskCliRunner) -> None:
    result = runner.invoke(
        main, args=["users", "create", "a@b.c", "--role", "owner"], input=PASSWORD
    )
    assert result.exit_code == 2


def test_parse_json_prints_one_object_per_file_in_input_order(
    runner: FlaskCliRunner, tmp_path: Path
) -> None:
    text = tmp_path / "resume.txt"
    text.write_bytes(TEXT_RESUME)
    pdf = tmp_path / "resume.pdf"
    pdf.write_bytes(text_pdf(["Jane Example, RN", "jane@example.com"]))
    result = runner.invoke(main, args=["parse", "--json", str(pdf), str(text)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == [str(pdf), str(text)]
    for line in lines:
        assert set(line) >= {"source", "ok", "error", "warnings", "timing_ms", "profile"}
        assert line["ok"] is True and isinstance(line["profile"], dict)
    assert lines[0]["profile"]["email"] == "jane@example.com"


def test_parse_exits_1_and_names_each_failure_on_stderr(
    runner: FlaskCliRunner, tmp_path: Path
) -> None:
    good = tmp_path / "resume.txt"
    good.write_bytes(TEXT_RESUME)
    missing = tmp_path / "missing.pdf"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(main, args=["parse", "--json", str(missing), str(good), str(empty)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["ok"] for line in lines] == [False, True, False]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert str(missing) in errors[0] and str(empty) in errors[1]
    assert "Traceback" not in result.stderr


def test_parse_reports_a_crashing_parser_as_a_failure(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    app.config["PARSE_FUNCTION"] = "tests.fakes:crashing_parse"
    good = tmp_path / "resume.txt"
    good.write_bytes(TEXT_RESUME)
    result = runner.invoke(main, args=["parse", str(good)])
    assert result.exit_code == 1
    assert "the parser failed: RuntimeError" in result.stderr
    assert "Traceback" not in result.stderr


def test_db_upgrade_brings_an_empty_database_to_the_latest_schema(
    tmp_path: Path,
) -> None:
    from recruit import create_app

    app = create_app(
        {"INSTANCE_PATH": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite3'}"}
    )
    result = app.test_cli_runner().invoke(main, args=["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output


def test_commands_that_need_the_schema_say_how_to_create_it(tmp_path: Path) -> None:
    from recruit import create_app

    app = create_app(
        {"INSTANCE_PATH": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite3'}"}
    )
    result = app.test_cli_runner().invoke(main, args=["users", "create", "a@b.c"], input=PASSWORD)
    assert result.exit_code == 1
    assert "run `recruit db upgrade`" in result.output


def test_parse_as_of_resolves_present_and_years_on_that_date(
    runner: FlaskCliRunner, tmp_path: Path
) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_bytes(
        b"Dana Whit, RN\nExperience\nStaff Nurse, ICU\nSt. David's Medical Center"
        b", Austin, TX\n01/2020 - Present\n"
    )
    years = {}
    for as_of in ("2024-01-01", "2026-01-01"):
        result = runner.invoke(main, args=["parse", "--json", "--as-of", as_of, str(resume)])
        assert result.exit_code == 0, result.output
        line = json.loads(result.stdout)
        assert line["as_of"] == as_of
        years[as_of] = line["profile"]["years_experience"]
    assert years == {"2024-01-01": 4.1, "2026-01-01": 6.1}


def test_parse_refuses_an_as_of_that_is_not_a_date(runner: FlaskCliRunner, tmp_path: Path) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_bytes(TEXT_RESUME)
    result = runner.invoke(main, args=["parse", "--as-of", "last tuesday", str(resume)])
    assert result.exit_code == 2
    assert "--as-of" in result.output


def test_doctor_lists_every_format_and_measures_ocr_in_the_sandbox(
    runner: FlaskCliRunner,
) -> None:
    result = runner.invoke(main, args=["doctor"])
    assert result.exit_code == 0, result.output
    for reader in ("PDF with text", "Word .docx", "Word 97-2003 .doc", "Scanned PDF"):
        line = next(line for line in result.output.splitlines() if reader in line)
        assert line.split()[0] == "yes", line
    ocr = next(line for line in result.output.splitlines() if line.startswith("OCR:"))
    assert "s per page" in ocr
    read, total = ocr.split(", ")[-1].split()[0].split("/")
    assert int(read) >= int(total) - 2

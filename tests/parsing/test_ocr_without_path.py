"""A scan and a photo parse with no `tesseract` program anywhere on PATH: OCR runs in the parse
child through tesserocr, with the model from a pip package."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CASES = ["pta-scan", "rn-er-photo"]  # an image-only PDF and a JPEG phone photo
CHILD = """
import json, os, shutil, sys
from recruit.parsing.sandbox import parse_sandboxed

if __name__ == "__main__":
    found = {"tesseract": shutil.which("tesseract"), "PATH": os.environ["PATH"]}
    for path in sys.argv[1:]:
        result = parse_sandboxed(open(path, "rb").read(), os.path.basename(path))
        profile = result.profile or {}
        found[os.path.basename(path)] = {
            "ok": result.ok, "warnings": result.warnings, "media_type": result.media_type,
            "name": profile.get("name"), "email": profile.get("email"),
        }
    print(json.dumps(found))
"""


def _path_without_tesseract() -> str:
    folders = os.environ.get("PATH", "").split(os.pathsep)
    return os.pathsep.join(f for f in folders if not (Path(f) / "tesseract").exists())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("ocr_corpus_build", HERE / "corpus" / "build.py")
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build  # its dataclasses look their module up
    spec.loader.exec_module(build)
    out = tmp_path_factory.mktemp("ocr")
    return {case: build.build_case(case, out) for case in CASES}


def test_a_scan_and_a_photo_parse_with_no_tesseract_on_path(built: dict) -> None:
    paths = [str(item.path) for item in built.values()]
    run = subprocess.run(
        [sys.executable, "-c", CHILD, *paths],
        env={**os.environ, "PATH": _path_without_tesseract()},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    found = json.loads(run.stdout)
    assert found["tesseract"] is None
    for case, item in built.items():
        got = found[item.path.name]
        assert got["ok"], case
        assert "ocr" in got["warnings"] and "ocr_unavailable" not in got["warnings"]
        assert got["name"] == item.expected["name"], case
        assert got["email"] == item.expected["email"], case

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_importing_the_parser_does_not_load_the_web_stack() -> None:
    """The sandbox child imports recruit.parsing; it must stay light and free of Flask."""
    code = "import sys, recruit.parsing; print('flask' in sys.modules, 'sqlalchemy' in sys.modules)"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert output.stdout.split() == ["False", "False"]


def test_importing_the_cli_builds_no_app_and_creates_no_instance_folder(tmp_path: Path) -> None:
    env = {"RECRUIT_INSTANCE_PATH": str(tmp_path / "instance"), "PATH": ""}
    code = "import recruit.cli"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=tmp_path)
    assert not (tmp_path / "instance").exists()

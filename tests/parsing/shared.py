"""Where the team's shared corpus lives: RECRUIT_SHARED_DIR, or a `shared` folder by the repo."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def shared_dir() -> Path | None:
    env = os.environ.get("RECRUIT_SHARED_DIR")
    candidates = [Path(env)] if env else []
    # a worktree sits one level deeper than the main checkout
    candidates += [REPO.parent / "shared", REPO.parent.parent / "shared"]
    for candidate in candidates:
        if (candidate / "corpus").is_dir():
            return candidate
    return None

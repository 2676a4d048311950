"""Messages we would email, written as files for an operator to send (no mail server yet).

Nothing here logs the message: links in it are credentials.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from recruit.db import utcnow


def write_message(outbox_dir: str, to: str, subject: str, body: str) -> Path:
    """One plain-text file per message, readable only by the service's user."""
    folder = Path(outbox_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{utcnow():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}.txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(f"To: {to}\nSubject: {subject}\n\n{body}\n")
    return path

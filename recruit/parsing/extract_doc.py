"""Legacy Word .doc -> Document through antiword, when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile

from recruit.parsing.detect import DOC
from recruit.parsing.extract_text import lines_document
from recruit.parsing.model import Document, ParseError

ANTIWORD_TIMEOUT = 10.0
LEGACY = ParseError(
    "legacy_doc",
    "We can't read old Word .doc files yet. Please save it as PDF or DOCX and upload again.",
)


def extract_doc(data: bytes) -> Document:
    exe = shutil.which("antiword")
    if exe is None:
        raise LEGACY
    # antiword wants a seekable file, not a pipe
    with tempfile.NamedTemporaryFile(suffix=".doc") as handle:
        handle.write(data)
        handle.flush()
        try:
            done = subprocess.run(
                [exe, "-w", "0", handle.name],
                capture_output=True,
                timeout=ANTIWORD_TIMEOUT,
                check=False,
            )
        except (subprocess.TimeoutExpired, OSError) as error:
            raise LEGACY from error
    if done.returncode != 0:
        raise LEGACY
    return lines_document(done.stdout.decode("utf-8", "replace"), DOC)

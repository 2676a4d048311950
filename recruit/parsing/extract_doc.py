"""Legacy Word 97-2003 .doc -> Document, in process (recruit.parsing.word97): no antiword."""

from __future__ import annotations

import struct

from recruit.parsing.detect import DOC
from recruit.parsing.extract_text import lines_document
from recruit.parsing.model import Document, ParseError
from recruit.parsing.word97 import Word97Error, word97_text

LEGACY = ParseError(
    "legacy_doc",
    "We could not read this older Word .doc file. Please save it as PDF or DOCX and upload again.",
)


def extract_doc(data: bytes) -> Document:
    try:
        text = word97_text(data)
    except (Word97Error, struct.error, ValueError, OSError) as error:
        raise LEGACY from error
    return lines_document(text, DOC)

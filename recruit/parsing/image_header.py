"""The size a photo declares, read by the same decoder (Pillow) that will later open it.

The upload check and the image extractor both ask this module, so fill bytes, junk before a
frame marker or a second frame header are read the same way in both places.
"""

from __future__ import annotations

import io
import struct
import warnings

from PIL import Image

MAX_PIXELS = 40_000_000  # a phone photo is 12-50 Mpixel; OCR needs far less
_UNREADABLE = (OSError, ValueError, SyntaxError, EOFError, struct.error)


def declared_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) as Pillow reads the header, or None when it cannot read one."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                return image.size
    except Image.DecompressionBombError:
        return (MAX_PIXELS, MAX_PIXELS)  # Pillow's own guard: far beyond any limit of ours
    except _UNREADABLE:
        return None


def too_many_pixels(size: tuple[int, int]) -> bool:
    return size[0] * size[1] > MAX_PIXELS

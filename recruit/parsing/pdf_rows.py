"""The row and fragment types shared by the PDF layout and its header-block ordering."""

from __future__ import annotations

from dataclasses import dataclass, field

from recruit.parsing.pdf_device import Glyph


@dataclass(slots=True)
class Fragment:
    glyphs: list[Glyph]
    x0: float
    x1: float

    @property
    def chars(self) -> int:
        return len(self.glyphs)


@dataclass(slots=True)
class Row:
    baseline: float
    size: float
    fragments: list[Fragment] = field(default_factory=list)

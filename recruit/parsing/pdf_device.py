"""A minimal pdfminer device: records positioned glyphs without building layout objects.

pdfminer's own converters allocate an LTChar per glyph and run layout analysis; we only need
(text, box, size, boldness), so this device does the text-space arithmetic itself.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.utils import apply_matrix_rect, mult_matrix

_BOLD_MARKERS = ("bold", "black", "heavy", "semibold", "demi")
# icon fonts map pictograms (phone, envelope, LinkedIn logo) onto letters like "I", "#", "§"
_ICON_MARKERS = (
    "fontawesome",
    "icons",
    "glyphicons",
    "emoji",
    "materialsymbols",
    "wingdings",
    "webdings",
)
UNDEFINED = "\ufffc"
_new_tuple = tuple.__new__  # builds a Glyph without NamedTuple's Python-level __new__ (hot loop)


class Glyph(NamedTuple):
    x0: float
    x1: float
    baseline: float  # distance from the top of the page
    size: float
    text: str
    bold: bool


class GlyphCollector(PDFTextDevice):
    """Collects glyphs per page. Text turned a quarter (a heading on end in a margin) becomes
    one flat glyph at its top; other rotated or vertical text is skipped."""

    def __init__(self, rsrcmgr: Any) -> None:
        super().__init__(rsrcmgr)
        self.pages: list[list[Glyph]] = []
        self.page_sizes: list[tuple[float, float]] = []
        self._glyphs: list[Glyph] = []
        self.images = 0
        self._height = 0.0
        self._fonts: dict[int, tuple[dict[int, tuple[str, float]], bool, bool]] = {}

    def begin_page(self, page: Any, ctm: Any) -> None:
        x0, y0, x1, y1 = apply_matrix_rect(ctm, page.mediabox)
        self._height = abs(y1 - y0)
        self.page_sizes.append((abs(x1 - x0), self._height))
        self._glyphs = []

    def end_page(self, page: Any) -> None:
        self.pages.append(self._glyphs)

    def render_image(self, name: str, stream: Any) -> None:
        self.images += 1

    def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
        font = textstate.font
        if font is None or font.is_vertical() or self.ctm is None:
            return
        a, b, c, d, e, f = mult_matrix(textstate.matrix, self.ctm)
        if abs(a) < 1e-3 and abs(d) < 1e-3 and abs(b) > 1e-3 and b * c < 0:
            self._turned_string(textstate, seq, b, e, f)
            return
        if a <= 0 or d <= 0 or abs(b) > 1e-3 or abs(c) > 1e-3:
            return
        x, y = textstate.linematrix
        scaling = textstate.scaling * 0.01
        fontsize = textstate.fontsize
        charspace = textstate.charspace * scaling
        wordspace = 0.0 if font.is_multibyte() else textstate.wordspace * scaling
        dxscale = 0.001 * fontsize * scaling
        size = fontsize * d
        baseline = self._height - (d * (y + textstate.rise) + f)
        cache, bold, icon = self._font_info(font)
        out = self._glyphs
        needcharspace = False
        for obj in seq:
            if isinstance(obj, (int, float)):
                x -= obj * dxscale
                needcharspace = True
                continue
            if not isinstance(obj, bytes):
                continue
            for cid in font.decode(obj):
                if needcharspace:
                    x += charspace
                info = cache.get(cid)
                if info is None:
                    info = cache[cid] = _char_info(font, cid)
                adv = info[1] * fontsize * scaling
                gx = a * x + e
                if not icon:
                    out.append(_new_tuple(Glyph, (gx, gx + a * adv, baseline, size, info[0], bold)))
                x += adv
                if cid == 32 and wordspace:
                    x += wordspace
                needcharspace = True
        textstate.linematrix = (x, y)

    def _turned_string(self, textstate: Any, seq: Any, b: float, e: float, f: float) -> None:
        """A heading set on end in a margin ('EXPERIENCE' turned a quarter): one glyph holding
        the whole string, laid flat at the string's top, so it heads the rows beside it."""
        font = textstate.font
        cache, bold, icon = self._font_info(font)
        fontsize = textstate.fontsize
        dxscale = 0.001 * fontsize * textstate.scaling * 0.01
        x, _ = textstate.linematrix
        start, chars = x, []
        for obj in seq:
            if isinstance(obj, (int, float)):
                x -= obj * dxscale
            elif isinstance(obj, bytes):
                for cid in font.decode(obj):
                    info = cache.get(cid)
                    if info is None:
                        info = cache[cid] = _char_info(font, cid)
                    chars.append(info[0])
                    x += info[1] * fontsize * textstate.scaling * 0.01 + textstate.charspace
        text = "".join(chars).strip()
        if icon or not text:
            return
        size = abs(b) * fontsize
        top = max(f + b * start, f + b * x)
        self._glyphs.append(Glyph(e - size, e, self._height - top + size, size, text, bold))

    def _font_info(self, font: PDFFont) -> tuple[dict[int, tuple[str, float]], bool, bool]:
        entry = self._fonts.get(id(font))
        if entry is None:
            # fontname comes from the descriptor, basefont from the font dict: either may be missing
            name = f"{getattr(font, 'fontname', '')} {getattr(font, 'basefont', '')}".lower()
            bold = any(m in name for m in _BOLD_MARKERS)
            entry = self._fonts[id(font)] = ({}, bold, any(m in name for m in _ICON_MARKERS))
        return entry


def _char_info(font: PDFFont, cid: int) -> tuple[str, float]:
    try:
        text = font.to_unichr(cid)
    except PDFUnicodeNotDefined:
        text = UNDEFINED
    return text, font.char_width(cid)

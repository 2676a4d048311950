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
# letters of text on end placed one by one: the next starts within this share of the size of
# where the last ended, and a gap over the smaller share is a space between words
_TURNED_GAP = 0.6
_TURNED_SPACE = 0.2
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
        self._turned: tuple[Glyph, float] | None = None  # the last text on end, where it ended

    def begin_page(self, page: Any, ctm: Any) -> None:
        x0, y0, x1, y1 = apply_matrix_rect(ctm, page.mediabox)
        self._height = abs(y1 - y0)
        self.page_sizes.append((abs(x1 - x0), self._height))
        self._glyphs = []
        self._turned = None

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
        begin, end = f + b * start, f + b * x
        top = max(begin, end)
        last = self._turned
        if last is not None and last[0] is self._glyphs[-1] and abs(last[0].x1 - e) < 0.5:
            gap = (begin - last[1]) * (1 if b > 0 else -1)
            if abs(last[0].size - size) < 0.5 and -0.1 * size <= gap <= _TURNED_GAP * size:
                # a name set on end a letter at a time (each letter placed on its own)
                space = " " if gap > _TURNED_SPACE * size else ""
                joined = last[0]._replace(
                    text=f"{last[0].text}{space}{text}",
                    baseline=min(last[0].baseline, self._height - top + size),
                )
                self._glyphs[-1] = joined
                self._turned = (joined, end)
                return
        glyph = Glyph(e - size, e, self._height - top + size, size, text, bold)
        self._glyphs.append(glyph)
        self._turned = (glyph, end)

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

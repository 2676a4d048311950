"""Character clean-up shared by the extractors: one visual line in, one clean line out."""

from __future__ import annotations

import re
import unicodedata

_BULLETS = "•▪◦●■□▸►➢➤✓✔◆◇‣⁃∙·○"
_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\t\r\x0b\x0c"
)
_TABLE: dict[int, str | None] = {ord(c): " " for c in _SPACES}
_TABLE.update({0x00AD: None, 0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None})
_TABLE.update({0x2010: "-", 0x2011: "-", 0x2012: "-"})
_TABLE.update({cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFB00, 0xFB07)})
_DOUBLE_HYPHEN = re.compile("-\u00ad?[\u2010\u2011]")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_CID = re.compile(r"\(cid:\d+\)")
_MULTISPACE = re.compile(r"[ ]{2,}")
_ALIGN_SPACES = re.compile(r"[ \u00a0]{3,}")
_LEADING_BULLET = re.compile(f"^[\\s{_BULLETS}\\-*]*?[{_BULLETS}]+\\s*")


def clean_line(text: str, *, keep_tabs: bool = False) -> str:
    """Normalise odd spaces, hyphens, ligatures and icon glyphs; strip a leading bullet."""
    text = _DOUBLE_HYPHEN.sub("-", text)
    if keep_tabs:
        # tabs and runs of spaces align columns (dates on the right): keep them apart
        text = _ALIGN_SPACES.sub("\x00", text.replace("\t", "\x00"))
    text = _PRIVATE_USE.sub("", _CID.sub("", text.translate(_TABLE)))
    text = _MULTISPACE.sub(" ", text)
    if keep_tabs:
        text = re.sub(r" ?\x00[ \x00]*", "\t", text)
    return strip_bullet(text.strip(" \t"))


def strip_bullet(text: str) -> str:
    return (
        _LEADING_BULLET.sub("", text, count=1)
        if text[:1] in _BULLETS or text[:1].isspace()
        else text
    )


def has_cid(text: str) -> bool:
    return _CID.search(text) is not None

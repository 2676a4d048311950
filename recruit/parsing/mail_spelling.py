"""An e-mail address read by OCR, spelt back from the candidate's name.

The name is usually the largest print on the page and the address some of the smallest, so
OCR reads the name right where it misreads the address ('d.hollingswonh@' under HOLLINGSWORTH).
A piece of the address that is nearly, but not exactly, a name part is taken as that part.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

# how much larger the name must be printed than the address for its reading to be the surer one
NAME_PRINTED_LARGER = 1.3
_CLOSE = 0.8  # similarity of a misread piece to the name part it was meant to be
_SHORTEST = 6  # letters: shorter pieces are nicknames and initials as often as misreadings
_PIECES = re.compile(r"[a-z]+")


def spelt_like_name(email: str, name: str) -> str:
    """`email` with every local-part piece that is a near miss of a part of `name` replaced
    by that part; pieces that are a name part already, or nothing like one, are kept."""
    local, at, domain = email.partition("@")
    if not at:
        return email
    parts = _name_parts(name)
    if not parts:
        return email
    spelt = _PIECES.sub(lambda m: _nearest_part(m[0], parts), local.lower())
    return email if spelt == local.lower() else spelt + at + domain


def _name_parts(name: str) -> set[str]:
    """Each word of the name, each piece of a hyphenated word and the hyphenated word run
    together ('hollingsworth', 'appiah', 'hollingsworthappiah')."""
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", name.lower())
    parts = {piece for word in words for piece in word.split("-")}
    parts |= {word.replace("-", "") for word in words}
    return {part for part in parts if len(part) >= _SHORTEST}


def _nearest_part(piece: str, parts: set[str]) -> str:
    if len(piece) < _SHORTEST or piece in parts:
        return piece
    # OCR's commonest slip, 'rn' for 'm', can change the first letter, which otherwise must
    # match: 'katie' for Katherine and 'katherine' for Catherine are the person's own choice
    read = piece.replace("rn", "m")
    close = {
        part: likeness
        for part in parts
        if part[0] == read[0]
        and (likeness := SequenceMatcher(None, read, part).ratio()) >= _CLOSE
        and not _thin_strokes_only(read, part)
    }
    return max(close, key=close.__getitem__, default=piece)


_THIN_STROKES = frozenset("il1j!|")


def _thin_strokes_only(read: str, part: str) -> bool:
    """Whether the two differ only in thin upright strokes ('hartiwasaki' / 'hartilwasaki'):
    OCR adds and drops those in large print as readily as in small, so neither is surer."""
    changed = "".join(
        read[i1:i2] + part[j1:j2]
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, read, part).get_opcodes()
        if tag != "equal"
    )
    return bool(changed) and set(changed) <= _THIN_STROKES

"""Credential items wrapped over several lines (narrow sidebars) joined back.

'Compact RN license (FL)' / '#RN9876543' / 'Exp. 07/31/2026' is one licence: the number and the
expiry only mean something beside the credential they belong to.
"""

from __future__ import annotations

import re
from dataclasses import replace

from recruit.clinical import vocab
from recruit.parsing.dates import RANGE, SINGLE
from recruit.parsing.normalize import Line

_CONTINUES = re.compile(r"^(?:[(a-z]|#|\S*\d)")
_DETAIL = re.compile(r"(?i)^(?:exp(?:ires|iration|iry)?\b|valid\b|renew|issued\b|through\b)")


def join_wrapped(lines: list[Line], kind_of: dict[int, str], kinds: frozenset[str]) -> list[Line]:
    """Lines with each continuation inside a section of the given kinds joined to its item."""
    out: list[Line] = []
    for line in lines:
        before = out[-1] if out else None
        if (
            before is not None
            and kind_of.get(line.index) in kinds
            and kind_of.get(before.index) == kind_of.get(line.index)
            and _continues(before, line)
        ):
            out[-1] = replace(before, text=f"{before.text} {line.text}")
        else:
            out.append(line)
    return out


def _continues(before: Line, line: Line) -> bool:
    if line.bullet or line.page != before.page:
        return False
    if line.text.startswith("("):
        return True
    dated = RANGE.fullmatch(line.text) or SINGLE.fullmatch(line.text)  # 'June 2018 to June 2026'
    if not (_CONTINUES.match(line.text) or _DETAIL.match(line.text) or dated):
        return False
    return not vocab.certification_matcher().search(line.text)

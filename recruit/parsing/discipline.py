"""The candidate's discipline from licences, post-nominals, titles and degrees (weighted votes)."""

from __future__ import annotations

import re
from collections import defaultdict

from recruit.clinical import vocab

LICENSE_TO_DISCIPLINE = {
    "RN": "RN",
    "LPN": "LPN",
    "PT": "PT",
    "PTA": "PTA",
    "OT": "OT",
    "COTA": "COTA",
    "SLP": "SLP",
    "RPh": "Pharmacist",
    "RT": "RT",
}
DISCIPLINE_LICENSE = {v: k for k, v in LICENSE_TO_DISCIPLINE.items()}
_SHORT_TITLE_WORDS = 6
_GOAL = re.compile(r"(?i)\b(?:seeking|looking for|aspir|to obtain|target)\b")
# Non-clinical jobs named after nurses: recruiting and staffing them is not nursing.
_NOT_CLINICAL = re.compile(
    r"(?i)\b(?:nurse|nursing|therapy|pharmacy)\s+(?:recruit\w*|staffing|schedul\w*|sales|informatic\w*)"
)


class Votes:
    def __init__(self) -> None:
        self._votes: dict[str, float] = defaultdict(float)

    def licence(self, kind: str) -> None:
        self._votes[LICENSE_TO_DISCIPLINE.get(kind, "other-allied")] += 5

    def name_line(self, text: str) -> None:
        tail = text.split(",", 1)[1] if "," in text else ""
        for hit in vocab.discipline_credential_matcher().finditer(tail):
            self._votes[hit.canonical] += 4

    def title(self, text: str, weight: float = 2.0) -> None:
        text = _NOT_CLINICAL.sub(" ", _GOAL.split(text)[0])
        for hit in vocab.discipline_title_matcher().finditer(text):
            self._votes[hit.canonical] += weight

    def titled_credential(self, text: str, weight: float) -> None:
        """'Cardiac Cath Lab RN', 'Travel PTA': a short job title made with the licence's
        letters."""
        if len(text.split()) > _SHORT_TITLE_WORDS:
            return
        for hit in vocab.discipline_credential_matcher().finditer(text):
            self._votes[hit.canonical] += weight

    def degree(self, text: str) -> None:
        for hit in vocab.degree_discipline_matcher().finditer(text):
            self._votes[hit.canonical] += 2

    def winner(self) -> str | None:
        if not self._votes:
            return None
        best, score = max(self._votes.items(), key=lambda vote: vote[1])
        return best if score >= 2 else None

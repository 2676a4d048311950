"""One resume's cleaned lines, its sections and the lines to ignore (referees)."""

from __future__ import annotations

from functools import cached_property

from recruit.parsing import contact
from recruit.parsing.card_grid import cards_read_down
from recruit.parsing.labelled_jobs import jobs_joined
from recruit.parsing.model import Document
from recruit.parsing.normalize import Line, lines_of
from recruit.parsing.sections import (
    CREDENTIAL_KINDS,
    HEADER,
    margin_headings_apart,
    split_sections,
)
from recruit.parsing.wrapped import job_dates_rejoined, join_wrapped, titles_rejoined

_SUMMARY_KINDS = frozenset({"summary"})


class Resume:
    """The cleaned lines of one resume, their sections and the lines to ignore."""

    def __init__(self, document: Document) -> None:
        self.lines = margin_headings_apart(
            jobs_joined(titles_rejoined(job_dates_rejoined(lines_of(document))))
        )
        self.sections = split_sections(self.lines)
        self.kind_of = {line.index: s.kind for s in self.sections for line in s.lines}
        refs = {line.index for s in self.sections if s.kind == "references" for line in s.lines}
        self.blocked = contact.referee_lines(self.lines, refs)
        self.usable = [line for line in self.lines if line.index not in self.blocked]
        self.name_line: Line | None = None  # set once the candidate's name is found

    def of_kind(self, *kinds: str) -> list[Line]:
        return [line for line in self.usable if self.kind_of.get(line.index) in kinds]

    @cached_property
    def credential_items(self) -> list[Line]:
        """Usable lines with wrapped credential items joined back into one line each."""
        cards = cards_read_down(self.usable, self.kind_of, CREDENTIAL_KINDS)
        return join_wrapped(cards, self.kind_of, CREDENTIAL_KINDS)

    @cached_property
    def summary(self) -> list[Line]:
        """Summary-section lines plus prose in the unheaded top of the resume."""
        prose = [line for line in self.of_kind(HEADER) if line.words >= 8]
        return self.of_kind(*_SUMMARY_KINDS) + prose

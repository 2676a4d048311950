"""The filter panel's options: a fixed vocabulary, values seen in the counts, the current one."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from recruit.clinical.regions import us_states
from recruit.clinical.vocab import discipline_labels
from recruit.queue.filters import QueueFilters

VOCABULARY = Path(__file__).with_name("vocabulary.json")


@cache
def _vocabulary() -> dict[str, list[str]]:
    data = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    states = sorted(us_states())
    fixed = {k: v for k, v in data.items() if k != "source"}
    return {"discipline": list(discipline_labels()), **fixed, "licence_state": states,
            "can_work_in": states}  # fmt: skip


def filter_options(filters: QueueFilters, facets: dict[str, dict[str, int]]) -> dict[str, list]:
    options = {}
    for name, values in _vocabulary().items():
        current = getattr(filters, name)
        seen = set(values) | set(facets.get(name, {})) | ({current} if current else set())
        options[name] = sorted(seen, key=lambda v: (v not in values, v.lower()))
    return options

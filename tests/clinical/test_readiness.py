"""Readiness rules, one case per entry in readiness_cases.json (add a case, add a test)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from recruit.clinical.readiness import assess, required_certs, rules

CASES = json.loads((Path(__file__).parent / "readiness_cases.json").read_text())


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_readiness_case(case: dict[str, Any]) -> None:
    result = assess(
        case["profile"],
        case["state"],
        date.fromisoformat(case["start"]),
        date.fromisoformat(case["today"]),
    )
    gaps = [(f.level, f.topic, f.message) for f in result.gaps]
    assert len(gaps) == len(case["gaps"]), gaps
    for (level, topic, message), (want_level, want_topic, want_text) in zip(
        gaps, case["gaps"], strict=True
    ):
        assert (level, topic) == (want_level, want_topic) and want_text in message
    assert result.ready is case["ready"]
    assert result.states_today == case["states_today"]


def test_specialty_certifications_come_from_the_data_file_with_its_source() -> None:
    assert "DESIGN.md" in rules()["source"]
    assert required_certs({"specialties": ["Telemetry", "ICU"]}) == ["BLS", "ACLS"]
    assert required_certs({"specialties": ["ER"]}) == ["BLS", "PALS", "TNCC"]


def test_readiness_module_is_pure() -> None:
    source = (Path(__file__).parents[2] / "recruit/clinical/readiness.py").read_text()
    assert "flask" not in source.lower() and "sqlalchemy" not in source.lower()

"""The work history an agency reads: gaps over three months, jobs held at once, several jobs
"to present", lengths — from employer records as the parser writes them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recruit.clinical.work_history import GAP_MONTHS, parse_month, work_history
from tests.file_helpers import SLP_PROFILE

TODAY = date(2026, 12, 6)


def job(name: str, start: str | None, end: str | None) -> dict[str, object]:
    return {"name": name, "start": start, "end": end}


def test_the_slp_history_shows_its_gap_overlap_and_two_open_jobs_newest_first() -> None:
    history = work_history(SLP_PROFILE["employers"], TODAY)
    names = [j.record["name"] for j in history.jobs]
    assert names == [
        "Central Coast Medical Center", "Sierra Rehab", "Valley Children's Hospital",
        "Mercy General Hospital",
    ]  # fmt: skip
    assert [g.label for g in history.gaps] == ["gap: Mar 2022–Dec 2023"]
    assert history.jobs[0].overlaps == ["Sierra Rehab"]
    assert history.jobs[1].overlaps == ["Central Coast Medical Center"]
    assert history.flags == [
        "gap: Mar 2022–Dec 2023",
        "2 jobs “to present”",
        "Central Coast Medical Center and Sierra Rehab at the same time",
    ]
    rows = [r.kind for r in history.rows]
    assert rows == ["job", "job", "gap", "job", "job"]


@pytest.mark.parametrize(
    ("jobs", "gaps"),
    [
        # a change of job within a month is no gap and no overlap
        ([job("A", "2020-01", "2021-03"), job("B", "2021-03", "present")], []),
        # exactly three months off is allowed
        ([job("A", "2020-01", "2020-12"), job("B", "2021-04", "present")], []),
        ([job("A", "2020-01", "2020-12"), job("B", "2021-05", "present")], ["gap: Jan–Apr 2021"]),
        # not working lately is a gap up to today
        ([job("A", "2020-01", "2025-06")], ["gap: no work listed since Jul 2025"]),
        # an undated job says nothing about gaps
        ([job("A", None, None)], []),
    ],
)
def test_gaps_are_months_off_longer_than_three(jobs: list, gaps: list[str]) -> None:
    history = work_history(jobs, TODAY)
    assert [g.label for g in history.gaps] == gaps
    assert all(not j.overlaps for j in history.jobs)


def test_durations_and_dates_read_as_people_write_them() -> None:
    one, two = work_history(
        [job("A", "2019-08", "2022-02"), job("B", "2026-01", "present")], TODAY
    ).jobs
    assert (two.dates, two.duration) == ("Aug 2019 – Feb 2022", "2 y 7 mo")
    assert (one.dates, one.duration) == ("Jan 2026 – present", "1 y")


def test_a_job_ending_before_it_starts_has_no_length_rather_than_a_negative_one() -> None:
    (only,) = work_history([job("A", "2022-05", "2021-01")], TODAY).jobs
    assert only.months is None and only.duration == ""


@pytest.mark.parametrize(
    ("value", "expected"), [("2022-03", (2022, 3)), ("2022", (2022, 1)), ("2022-13", None),
                            ("soon", None), (None, None)],
)  # fmt: skip
def test_months_are_read_from_profile_dates(value: object, expected: object) -> None:
    month = parse_month(value)
    assert (month.year, month.month) == expected if expected else month is None


spans = st.tuples(st.integers(2000 * 12, 2026 * 12), st.integers(0, 60))


@given(st.lists(spans, max_size=8))
def test_gaps_are_long_and_never_inside_a_job(raw: list[tuple[int, int]]) -> None:
    def iso(ordinal: int) -> str:
        return f"{ordinal // 12:04d}-{ordinal % 12 + 1:02d}"

    jobs = [job(f"J{i}", iso(s), iso(min(s + n, 2026 * 12 + 11))) for i, (s, n) in enumerate(raw)]
    history = work_history(jobs, TODAY)
    worked = {
        m
        for j in history.jobs
        if j.start and j.end
        for m in range(j.start.ordinal, j.end.ordinal + 1)
    }
    for gap in history.gaps:
        end = gap.end.ordinal if gap.end else TODAY.year * 12 + TODAY.month - 1
        months = set(range(gap.start.ordinal, end + 1))
        assert not months & worked
        assert len(months) > GAP_MONTHS or gap.end is None

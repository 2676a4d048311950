"""CSV export of the current view: filtered, streamed, formula-safe, on the trail."""

from __future__ import annotations

import csv
import io

import pytest
import sqlalchemy as sa
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.models import Event
from recruit.queue.csv_export import safe_cell
from tests.helpers import login, make_user
from tests.queue_helpers import parsed_candidate, profile


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 555", "'+1 555"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("Plain", "Plain"),
        (None, ""),
        (4.5, "4.5"),
    ],
)
def test_cells_that_a_spreadsheet_would_run_are_quoted(value: object, cell: str) -> None:
    assert safe_cell(value) == cell


def test_export_has_the_filtered_rows_defused_and_is_recorded(
    client: FlaskClient, session: Session
) -> None:
    make_user(session)
    parsed_candidate(session, profile(name="=cmd|' /C calc'!A0", discipline="RN"), hours_ago=2)
    parsed_candidate(session, profile(name="Paul Therapist", discipline="PT"), hours_ago=1)
    session.commit()
    login(client)
    response = client.get("/queue.csv?discipline=RN")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    response.close()  # ends the streamed request, and with it its database transaction
    assert rows[0][:3] == ["id", "received_at", "name"]
    assert [r[2] for r in rows[1:]] == ["'=cmd|' /C calc'!A0"]
    event = session.scalars(sa.select(Event).where(Event.kind == "queue_exported")).one()
    assert event.detail["filters"] == {"discipline": "RN"}

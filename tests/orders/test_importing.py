"""CSV import: automatic mapping, normalisation, row errors before saving, re-import by
(source, external id), missing orders kept, and bad files refused with a message."""

from __future__ import annotations

import base64
import io
import re

import pytest
import sqlalchemy as sa
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.models import JobOrder
from recruit.orders.columns import auto_mapping
from recruit.orders.csvfile import BadFile, read_table
from tests.helpers import login, make_user

CSV = (
    "Req ID,Facility,Profession,Specialty,Unit,Shift,Start Date,Duration,Guaranteed Hours,"
    "Bill Rate,Required Certs,EMR,Min Years,City,State,Status,Mystery\n"
    "A-1,Mercy General,Registered Nurse,Intensive Care,MICU,3x12 Nights,03/01/2027,13 weeks,36,"
    '$98.50,"BLS, ACLS",Epic,2+ years,Austin,Texas,Open,x\n'
    "A-2,St Luke's,RN,ER,ED,Days,2027-04-05,8,36,90,BLS; PALS; TNCC,Cerner,1,Denver,CO,Active,y\n"
    "A-3,Nowhere,Plumber,ICU,,Days,soon,13,,,,,,,Atlantis,Open,z\n"
)


@pytest.fixture
def recruiter(client: FlaskClient, session: Session) -> FlaskClient:
    make_user(session)
    session.commit()
    login(client)
    return client


def upload(client: FlaskClient, data: bytes, source: str = "Aya VMS", full: bool = False):
    form = {"file": (io.BytesIO(data), "orders.csv"), "source": source}
    if full:
        form["full"] = "y"
    return client.post("/orders/import", data=form, content_type="multipart/form-data")


def save(client: FlaskClient, preview_html: str, **extra: str):
    data = re.search(r'name="data" value="([^"]*)"', preview_html).group(1)
    source = re.search(r'name="source" value="([^"]*)"', preview_html).group(1)
    selects = re.findall(
        r'<select id="map-(\d+)" name="map-\d+">(.*?)</select>', preview_html, re.S
    )
    form = {"data": data, "source": source, "action": "save", **extra}
    if 'name="full" value="y"' in preview_html:
        form["full"] = "y"
    for index, options in selects:
        chosen = re.search(r'<option value="([^"]*)" selected>', options)
        form[f"map-{index}"] = chosen.group(1) if chosen else ""
    return client.post("/orders/import/preview", data=form)


def test_common_column_names_are_mapped_automatically() -> None:
    headers = ["Req ID", "Facility", "Profession", "EMR", "Duration", "Required Certs", "Foo"]
    assert auto_mapping(headers) == [
        "external_id", "facility", "discipline", "ehr", "weeks", "certifications", "",
    ]  # fmt: skip


def test_preview_lists_rows_that_cannot_be_understood_before_saving(
    recruiter: FlaskClient, session: Session
) -> None:
    response = upload(recruiter, CSV.encode())
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Line 4 (A-3)" in html
    assert "unknown discipline &#39;Plumber&#39;" in html
    assert "unreadable date &#39;soon&#39;" in html
    assert "unknown US state &#39;Atlantis&#39;" in html
    assert session.scalar(sa.select(sa.func.count(JobOrder.id))) == 0


def test_saving_normalises_values_through_the_clinical_vocabularies(
    recruiter: FlaskClient, session: Session
) -> None:
    html = upload(recruiter, CSV.encode()).get_data(as_text=True)
    assert save(recruiter, html).status_code == 302
    orders = {o.external_id: o for o in session.scalars(sa.select(JobOrder))}
    assert sorted(orders) == ["A-1", "A-2"]
    first = orders["A-1"]
    assert (first.discipline, first.specialty, first.state) == ("RN", "ICU", "TX")
    assert (first.shift, first.shifts_per_week, first.shift_hours) == ("nights", 3, 12)
    assert str(first.start_date) == "2027-03-01" and first.weeks == 13
    assert [c.name for c in first.certifications] == ["BLS", "ACLS"]
    assert (first.ehr, first.min_years, first.bill_rate) == ("Epic", 2.0, 98.5)
    assert [c.name for c in orders["A-2"].certifications] == ["BLS", "PALS", "TNCC"]
    assert orders["A-2"].specialty == "ER" and orders["A-2"].source == "Aya VMS"


def test_reimporting_updates_by_source_and_external_id_and_keeps_missing_orders(
    recruiter: FlaskClient, session: Session
) -> None:
    save(recruiter, upload(recruiter, CSV.encode()).get_data(as_text=True))
    changed = CSV.replace("A-1,Mercy General", "A-1,Mercy General North").splitlines()
    smaller = "\n".join(changed[:2]) + "\n"  # A-2 is no longer in the file
    html = upload(recruiter, smaller.encode(), full=True).get_data(as_text=True)
    assert "In the system but not in this file" in html and "A-2" in html
    save(recruiter, html)
    session.expire_all()
    orders = {o.external_id: o for o in session.scalars(sa.select(JobOrder))}
    assert len(orders) == 2
    assert orders["A-1"].facility == "Mercy General North"
    assert orders["A-2"].status == "open"  # not deleted, not closed without being asked


def test_a_full_reimport_closes_missing_orders_only_when_asked(
    recruiter: FlaskClient, session: Session
) -> None:
    save(recruiter, upload(recruiter, CSV.encode()).get_data(as_text=True))
    smaller = "\n".join(CSV.splitlines()[:2]) + "\n"
    save(recruiter, upload(recruiter, smaller.encode(), full=True).get_data(as_text=True),
         close_missing="y")  # fmt: skip
    session.expire_all()
    assert session.scalar(sa.select(JobOrder.status).where(JobOrder.external_id == "A-2")) == (
        "closed"
    )


def test_a_column_can_be_mapped_by_hand(recruiter: FlaskClient, session: Session) -> None:
    csv = "Posting,Client,Job,Begins,Where\nX9,Mercy,RN,2027-03-01,TX\n"
    html = upload(recruiter, csv.encode()).get_data(as_text=True)
    assert "Req ID: missing" in html
    data = re.search(r'name="data" value="([^"]*)"', html).group(1)
    form = {
        "data": data,
        "source": "hand",
        "action": "save",
        "map-0": "external_id",
        "map-1": "facility",
        "map-2": "discipline",
        "map-3": "start_date",
        "map-4": "state",
    }
    assert recruiter.post("/orders/import/preview", data=form).status_code == 302
    order = session.scalar(sa.select(JobOrder))
    assert (order.external_id, order.facility, order.state) == ("X9", "Mercy", "TX")


def test_excel_bom_and_semicolons_are_read() -> None:
    data = "\ufeffReq ID;Facility;State\nA;Mercy;TX\n".encode()
    table = read_table(data)
    assert table.headers == ["Req ID", "Facility", "State"]
    assert table.rows == [["A", "Mercy", "TX"]]


def test_windows_1252_text_is_read() -> None:
    table = read_table("Req ID,Facility\nA,Caf\u00e9 Hospital\n".encode("cp1252"))
    assert table.rows == [["A", "Caf\u00e9 Hospital"]]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02" * 1000, "binary"),
        (bytes(range(128, 256)) * 100, "encoding"),
        (b"Req ID,Facility\n", "no orders"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(BadFile, match=message):
        read_table(data)


def test_formula_cells_are_refused_as_row_errors(recruiter: FlaskClient) -> None:
    csv = 'Req ID,Facility,Profession,Start Date,State\nA,"=HYPERLINK(""x"")",RN,2027-03-01,TX\n'
    html = upload(recruiter, csv.encode()).get_data(as_text=True)
    assert "a spreadsheet formula" in html


def test_ten_megabytes_of_junk_gets_a_message_not_a_500(
    recruiter: FlaskClient, app_config: dict
) -> None:
    junk = bytes((i * 7919) % 251 for i in range(10 * 1024 * 1024))
    response = upload(recruiter, junk)
    assert response.status_code in (400, 413)
    assert b"Internal" not in response.data


def test_a_broken_preview_form_sends_the_recruiter_back_to_upload(recruiter: FlaskClient) -> None:
    response = recruiter.post("/orders/import/preview", data={"data": "%%%", "action": "save"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/orders/import")
    bad = base64.b64encode(b"\x00\x00").decode()
    assert recruiter.post("/orders/import/preview", data={"data": bad}).status_code == 302


VMS_STYLE = (
    "Req #,Job Title,Hospital Name,Location,Start Date,End Date,# of Openings,"
    "Certifications Required,Years of Experience,Compact License Accepted,Status\n"
    '77,Travel RN - Med/Surg,Baylor,"Dallas, TX 75201",2027-03-01 00:00:00,05/31/2027,2,'
    "None,N/A,No,Urgent\n"
)


def test_a_vms_style_export_fills_fields_from_title_location_and_end_date(
    recruiter: FlaskClient, session: Session
) -> None:
    html = upload(recruiter, VMS_STYLE.encode()).get_data(as_text=True)
    assert "with problems" in html and "<strong>0</strong> with problems" in html
    save(recruiter, html)
    order = session.scalar(sa.select(JobOrder))
    assert (order.external_id, order.facility, order.city, order.state) == (
        "77", "Baylor", "Dallas", "TX",
    )  # fmt: skip
    assert (order.discipline, order.specialty, order.weeks, order.openings) == (
        "RN", "Med-Surg", 13, 2,
    )  # fmt: skip
    assert order.certifications == [] and order.min_years is None
    assert order.compact_accepted is False and order.status == "open"

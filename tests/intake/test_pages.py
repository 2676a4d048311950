"""Candidate pages load fast on a slow phone and the apply page works without JavaScript."""

from __future__ import annotations

import io
import re

from flask import Flask
from flask.testing import FlaskClient
from PIL import Image

from tests.candidate_helpers import applied_and_confirmed, apply
from tests.files.pdf import text_pdf

PAGE_BUDGET = 150 * 1024


def weight(client: FlaskClient, path: str, method: str = "GET", **kwargs: object) -> int:
    """Bytes of the page plus every stylesheet and script it links."""
    page = client.open(path, method=method, **kwargs).get_data()
    assets = re.findall(rb'<(?:link[^>]+href|script[^>]+src)="(/static/[^"]+)"', page)
    assert assets, "a candidate page links its stylesheet"
    return len(page) + sum(len(client.get(a.decode()).get_data()) for a in assets)


def test_every_candidate_page_with_its_assets_is_under_150_kb(
    client: FlaskClient, app: Flask
) -> None:
    token = applied_and_confirmed(client, app)
    pages = [
        ("/apply", "GET", {}),
        (f"/apply/{token}/done", "GET", {}),
        (f"/status/{token}", "GET", {}),
        (f"/status/{token}/delete", "GET", {}),
        ("/privacy", "GET", {}),
        ("/status/no-such-token", "GET", {}),
        ("/apply", "POST", {"data": {"consent": "y"}}),  # the error page
    ]
    fresh = apply(client)
    pages.append((f"/apply/{fresh}/confirm", "GET", {}))
    for path, method, kwargs in pages:
        assert weight(client, path, method, **kwargs) < PAGE_BUDGET, path
    deleted = client.post(f"/status/{token}/delete").get_data()
    assert len(deleted) < PAGE_BUDGET


def test_apply_offers_a_file_a_drop_zone_and_a_camera(client: FlaskClient) -> None:
    page = client.get("/apply").get_data(as_text=True)
    assert 'accept="application/pdf,.pdf,.doc,.docx,.rtf,.txt,image/jpeg,image/png"' in page
    assert 'capture="environment"' in page and 'accept="image/*"' in page
    assert 'id="drop-zone"' in page and "<progress" in page
    assert 'href="/privacy"' in page


def test_a_photo_alone_is_enough(client: FlaskClient) -> None:
    photo = io.BytesIO()
    Image.new("L", (60, 80), 255).save(photo, "JPEG")
    jpeg = photo.getvalue()
    form = {"photo": (io.BytesIO(jpeg), "IMG_0001.jpg"), "consent": "y"}
    response = client.post("/apply", data=form, content_type="multipart/form-data")
    assert response.status_code == 302 and "/confirm" in response.headers["Location"]


def test_no_file_at_all_says_what_to_do(client: FlaskClient) -> None:
    response = client.post("/apply", data={"consent": "y"}, content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Please choose your resume file, or take a photo of it." in page
    assert 'href="#resume"' in page


def test_the_upload_script_gets_json_not_pages(client: FlaskClient) -> None:
    headers = {"Accept": "application/json"}
    pdf = {"resume": (io.BytesIO(text_pdf(["Jane"])), "r.pdf"), "consent": "y"}
    ok = client.post("/apply", data=pdf, headers=headers, content_type="multipart/form-data")
    assert ok.status_code == 200 and ok.get_json()["next"].endswith("/confirm")
    gif = {"resume": (io.BytesIO(b"GIF89a" + b"\x00" * 20), "r.pdf"), "consent": "y"}
    bad = client.post("/apply", data=gif, headers=headers, content_type="multipart/form-data")
    assert bad.status_code == 400
    assert "We can read these kinds of file" in bad.get_json()["errors"]["resume"][0]


def test_a_body_over_the_server_limit_gets_the_413_page_not_a_crash(
    client: FlaskClient, app: Flask
) -> None:
    big = b"%PDF-1.4\n" + b"0" * (app.config["MAX_CONTENT_LENGTH"] + 1)
    form = {"resume": (io.BytesIO(big), "big.pdf"), "consent": "y"}
    response = client.post("/apply", data=form, content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 413
    assert "That file is too big" in page and "What to do" in page


def test_status_tokens_are_redacted_from_log_lines() -> None:
    import logging

    from recruit.applications.status_links import RedactStatusTokens, new_token

    token = new_token()
    record = logging.LogRecord(
        "werkzeug", logging.INFO, __file__, 1, '"GET /status/%s HTTP/1.1" 200', (token,), None
    )
    RedactStatusTokens().filter(record)
    assert token not in record.getMessage()
    assert "/status/<token>" in record.getMessage()


def test_no_candidate_page_repeats_an_element_id(client: FlaskClient, app: Flask) -> None:
    token = applied_and_confirmed(client, app)
    for path in ("/apply", f"/status/{token}", f"/status/{token}/delete", "/privacy"):
        ids = re.findall(r'\sid="([^"]+)"', client.get(path).get_data(as_text=True))
        assert len(ids) == len(set(ids)), (path, sorted(i for i in ids if ids.count(i) > 1))
    fresh = apply(client)
    ids = re.findall(
        r'\sid="([^"]+)"', client.get(f"/apply/{fresh}/confirm").get_data(as_text=True)
    )
    assert len(ids) == len(set(ids))

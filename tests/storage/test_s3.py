"""What the S3 backend adds to the contract: object names, encryption, no second upload,
retries under throttling, undelete from a versioned bucket, and clear start-up errors."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bench.stack import Stack
from recruit import create_app
from recruit.cli import main
from recruit.storage import S3BlobStore, S3Settings, StorageNotReady
from tests import s3
from tests.helpers import create_schema, make_config

RESUME = b"Jane Example, RN - ICU travel nurse"


def store_for(endpoint: str, bucket: str, **settings: Any) -> S3BlobStore:
    return S3BlobStore(S3Settings(bucket=bucket, endpoint_url=endpoint, **settings))


def test_objects_are_named_by_prefix_and_sha256_and_listing_skips_other_objects(
    s3_endpoint: str, s3_bucket: str
) -> None:
    store = store_for(s3_endpoint, s3_bucket, prefix="recruit/blobs/")
    key = store.put(RESUME)
    other = s3.client(s3_endpoint)
    other.put_object(Bucket=s3_bucket, Key="recruit/blobs/notes.txt", Body=b"not ours")
    other.put_object(Bucket=s3_bucket, Key="elsewhere/" + key, Body=b"not ours either")
    assert f"recruit/blobs/{key}" in s3.object_keys(s3_endpoint, s3_bucket)
    assert [(blob.key, blob.size) for blob in store.list_blobs()] == [(key, len(RESUME))]


def test_a_known_hash_is_not_uploaded_a_second_time(s3_endpoint: str, s3_bucket: str) -> None:
    store = store_for(s3_endpoint, s3_bucket)
    uploads: list[str] = []

    def count(params: dict[str, Any], **_: Any) -> None:
        uploads.append(params["Key"])

    events = store.client.meta.events
    events.register("provide-client-params.s3.PutObject", count)
    try:
        store.put(RESUME)
        store_for(s3_endpoint, s3_bucket).put(RESUME)  # another process, the same bytes
    finally:
        events.unregister("provide-client-params.s3.PutObject", count)
    assert uploads == [hashlib.sha256(RESUME).hexdigest()]


def test_server_side_encryption_is_asked_for_when_configured(
    s3_endpoint: str, s3_bucket: str
) -> None:
    key = store_for(s3_endpoint, s3_bucket, encryption="AES256").put(RESUME)
    head = s3.client(s3_endpoint).head_object(Bucket=s3_bucket, Key=key)
    assert head["ServerSideEncryption"] == "AES256"


def test_uploads_are_retried_with_backoff_when_s3_throttles(
    s3_endpoint: str, s3_bucket: str
) -> None:
    with s3.flaky_s3(s3_endpoint, failures=2) as proxy:
        store = store_for(proxy.url, s3_bucket, max_attempts=4)
        key = store.put(RESUME)
    assert proxy.puts_seen == 3
    with store_for(s3_endpoint, s3_bucket).open(key) as handle:
        assert handle.read() == RESUME


def test_throttling_that_outlasts_the_retries_is_an_error_not_a_lost_file(
    s3_endpoint: str, s3_bucket: str
) -> None:
    with s3.flaky_s3(s3_endpoint, failures=10) as proxy:
        with pytest.raises(Exception, match="SlowDown"):
            store_for(proxy.url, s3_bucket, max_attempts=2).put(RESUME)
    assert proxy.puts_seen == 2
    assert s3.object_keys(s3_endpoint, s3_bucket) == []


def test_a_deleted_blob_comes_back_from_a_versioned_bucket(s3_endpoint: str) -> None:
    bucket = s3.create_bucket(s3_endpoint, versioned=True)
    try:
        store = store_for(s3_endpoint, bucket)
        key = store.put(RESUME)
        store.delete(key)
        assert not store.exists(key)
        assert store.undelete(key)
        with store.open(key) as handle:
            assert handle.read() == RESUME
        never = hashlib.sha256(b"never stored").hexdigest()
        assert not store.undelete(never)
    finally:
        s3.remove_bucket(s3_endpoint, bucket)


def test_a_missing_bucket_is_named_at_start_up(s3_endpoint: str) -> None:
    with pytest.raises(StorageNotReady, match="'no-such-recruit-bucket' does not exist"):
        store_for(s3_endpoint, "no-such-recruit-bucket").check()


def test_missing_credentials_are_explained_at_start_up(
    s3_endpoint: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    # A fresh client: the cached one already holds credentials.
    settings = S3Settings(bucket="resumes", endpoint_url=s3_endpoint, timeout_s=5.0)
    with pytest.raises(StorageNotReady, match="no S3 credentials"):
        S3BlobStore(settings, client=fresh_client(settings)).check()


def test_an_unreachable_endpoint_is_explained_at_start_up(s3_bucket: str) -> None:
    settings = S3Settings(
        bucket=s3_bucket, endpoint_url="http://127.0.0.1:9", max_attempts=1, timeout_s=2.0
    )
    with pytest.raises(StorageNotReady, match="cannot reach S3 at http://127.0.0.1:9"):
        S3BlobStore(settings).check()


def fresh_client(settings: S3Settings) -> Any:
    import boto3

    return boto3.session.Session().client(
        "s3", endpoint_url=settings.endpoint_url, region_name=s3.REGION
    )


def test_workers_refuse_to_start_without_their_bucket(s3_endpoint: str, tmp_path: Path) -> None:
    config = make_config(
        f"sqlite:///{tmp_path / 'db.sqlite3'}",
        tmp_path,
        **s3.s3_settings(s3_endpoint, "no-such-recruit-bucket"),
    )
    create_schema(config["DATABASE_URL"])
    app = create_app(config)
    runner = CliRunner()
    for command in (["worker"], ["blobs", "check"]):
        result = runner.invoke(main, command, obj=_script_info(app))
        assert result.exit_code == 1, result.output
        assert "'no-such-recruit-bucket' does not exist" in result.output


def _script_info(app: Any) -> Any:
    from flask.cli import ScriptInfo

    return ScriptInfo(create_app=lambda: app)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"STORAGE_BACKEND": "s3"}, "needs RECRUIT_S3_BUCKET"),
        ({"STORAGE_BACKEND": "s3", "S3_BUCKET": "b", "S3_SSE": "des"}, "RECRUIT_S3_SSE"),
        (
            {"STORAGE_BACKEND": "s3", "S3_BUCKET": "b", "S3_SSE_KMS_KEY_ID": "k"},
            "needs RECRUIT_S3_SSE=aws:kms",
        ),
    ],
)
def test_s3_settings_that_cannot_work_are_refused_when_the_app_is_built(
    tmp_path: Path, settings: dict[str, str], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        create_app({"INSTANCE_PATH": str(tmp_path), **settings})


def test_s3_settings_come_from_recruit_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    variables = {"STORAGE_BACKEND": "s3", "S3_BUCKET": "resumes", "S3_PREFIX": "prod/",
                 "S3_ENDPOINT_URL": "https://minio.internal:9000", "S3_REGION": "eu-west-1",
                 "S3_SSE": "aws:kms", "S3_SSE_KMS_KEY_ID": "alias/recruit"}  # fmt: skip
    for name, value in variables.items():
        monkeypatch.setenv(f"RECRUIT_{name}", value)
    settings = S3Settings.from_config(create_app({"INSTANCE_PATH": str(tmp_path)}).config)
    assert settings == S3Settings(
        bucket="resumes", prefix="prod/", endpoint_url="https://minio.internal:9000",
        region="eu-west-1", encryption="aws:kms", kms_key_id="alias/recruit",
    )  # fmt: skip


def test_gunicorn_refuses_to_boot_without_its_bucket(s3_endpoint: str, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    create_schema(url)
    stack = Stack(tmp_path, url, s3.s3_settings(s3_endpoint, "no-such-recruit-bucket"))
    web = stack.start_web()
    try:
        assert web.wait(60) != 0
    finally:
        stack.stop()
    assert "'no-such-recruit-bucket' does not exist" in stack.log_text()

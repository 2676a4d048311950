"""A real S3 API for the tests: moto's standalone server in a process of its own on a free
loopback port, or any S3-compatible endpoint named by RECRUIT_TEST_S3_ENDPOINT (its
credentials then come from the usual AWS_* variables)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import boto3

from bench.stack import free_port

REGION = "us-east-1"
MOTO_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "recruit-test",
    "AWS_SECRET_ACCESS_KEY": "recruit-test-secret",
    "AWS_DEFAULT_REGION": REGION,
    # No instance-metadata lookups (they wait for a network that is not there).
    "AWS_EC2_METADATA_DISABLED": "true",
}


@contextmanager
def moto_server() -> Iterator[str]:
    """Start `moto.server` on a free port; yield its URL; stop it."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_answering(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def _wait_until_answering(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"moto server exited with {process.returncode}")
        try:
            urllib.request.urlopen(f"{url}/moto-api/", timeout=1).close()
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"moto server at {url} did not answer")


def client(endpoint: str) -> Any:
    return boto3.session.Session().client("s3", endpoint_url=endpoint, region_name=REGION)


def create_bucket(endpoint: str, versioned: bool = False) -> str:
    name = f"recruit-test-{uuid.uuid4().hex[:16]}"
    s3 = client(endpoint)
    s3.create_bucket(Bucket=name)
    if versioned:
        s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
    return name


def remove_bucket(endpoint: str, name: str) -> None:
    """Every version and delete marker, then the bucket."""
    s3 = client(endpoint)
    for page in s3.get_paginator("list_object_versions").paginate(Bucket=name):
        for item in page.get("Versions", []) + page.get("DeleteMarkers", []):
            s3.delete_object(Bucket=name, Key=item["Key"], VersionId=item["VersionId"])
    s3.delete_bucket(Bucket=name)


def object_keys(endpoint: str, bucket: str) -> list[str]:
    listing = client(endpoint).list_objects_v2(Bucket=bucket)
    return sorted(item["Key"] for item in listing.get("Contents", []))


def s3_settings(endpoint: str, bucket: str, **overrides: Any) -> dict[str, Any]:
    """App config for the S3 backend."""
    return {
        "STORAGE_BACKEND": "s3",
        "S3_BUCKET": bucket,
        "S3_ENDPOINT_URL": endpoint,
        "S3_REGION": REGION,
        **overrides,
    }


def external_endpoint() -> str | None:
    return os.environ.get("RECRUIT_TEST_S3_ENDPOINT") or None

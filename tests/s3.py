"""A real S3 API for the tests: moto's standalone server in a process of its own on a free
loopback port, or any S3-compatible endpoint named by RECRUIT_TEST_S3_ENDPOINT (its
credentials then come from the usual AWS_* variables)."""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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


SLOW_DOWN = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code>'
    b"<Message>Please reduce your request rate.</Message></Error>"
)


class FlakyS3(ThreadingHTTPServer):
    """A proxy in front of an S3 endpoint that answers the first `failures` uploads (PUTs)
    with 503 SlowDown, as S3 does under throttling, and passes everything else through."""

    def __init__(self, upstream: str, failures: int) -> None:
        super().__init__(("127.0.0.1", 0), _FlakyHandler)
        self.upstream = urllib.parse.urlsplit(upstream)
        self.failures_left = failures
        self.puts_seen = 0
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def should_fail(self, method: str) -> bool:
        with self.lock:
            if method != "PUT":
                return False
            self.puts_seen += 1
            if self.failures_left > 0:
                self.failures_left -= 1
                return True
            return False


class _FlakyHandler(BaseHTTPRequestHandler):
    server: FlakyS3

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base's name)
        pass

    def _handle(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.server.should_fail(self.command):
            self.send_response(503)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(SLOW_DOWN)))
            self.end_headers()
            self.wfile.write(SLOW_DOWN)
            return
        upstream = self.server.upstream
        connection = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=30)
        connection.request(self.command, self.path, body=body, headers=dict(self.headers))
        response = connection.getresponse()
        payload = response.read()
        head = self.command == "HEAD"  # its Content-Length is the object's, with no body
        self.send_response(response.status)
        for name, value in response.getheaders():
            if name.lower() not in ("transfer-encoding", "connection", "content-length") or (
                head and name.lower() == "content-length"
            ):
                self.send_header(name, value)
        if not head:
            self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(b"" if head else payload)
        connection.close()

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _handle


@contextmanager
def flaky_s3(upstream: str, failures: int) -> Iterator[FlakyS3]:
    server = FlakyS3(upstream, failures)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()

"""Blobs as objects in an S3-compatible bucket (AWS S3, MinIO, Ceph RGW, moto…), for hosts
that share no filesystem.

Object names are RECRUIT_S3_PREFIX + the sha256 of the bytes. Credentials come from boto3's
usual chain (AWS_ACCESS_KEY_ID…, ~/.aws, an instance role); they never pass through our config.
Objects stay private: originals reach a browser only through the app's access checks.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, BinaryIO

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

from recruit.storage.base import (
    BlobNotFound,
    StorageNotReady,
    StoredBlob,
    blob_key,
    check_key,
    is_key,
)


class S3WriteError(OSError):
    """An upload S3 refused or never answered: callers treat it as they treat a full disk."""


@dataclass(frozen=True)
class S3Settings:
    bucket: str
    prefix: str = ""
    endpoint_url: str | None = None
    region: str | None = None
    encryption: str = ""  # "" (the bucket's default), "AES256" or "aws:kms"
    kms_key_id: str = ""
    max_attempts: int = 5
    timeout_s: float = 30.0

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> S3Settings:
        return cls(
            bucket=config["S3_BUCKET"],
            prefix=config["S3_PREFIX"],
            endpoint_url=config["S3_ENDPOINT_URL"] or None,
            region=config["S3_REGION"] or None,
            encryption=config["S3_SSE"],
            kms_key_id=config["S3_SSE_KMS_KEY_ID"],
            max_attempts=int(config["S3_MAX_ATTEMPTS"]),
            timeout_s=float(config["S3_TIMEOUT_S"]),
        )


def client_for(settings: S3Settings) -> Any:
    return _client(
        settings.endpoint_url, settings.region, settings.max_attempts, settings.timeout_s
    )


@cache
def _client(endpoint_url: str | None, region: str | None, attempts: int, timeout_s: float) -> Any:
    """One client per process and endpoint (clients are thread-safe; building one is slow).

    'standard' retries back off exponentially, with jitter, on 5xx, throttling (SlowDown,
    503) and dropped connections, up to max_attempts tries in all.
    """
    config = Config(
        retries={"total_max_attempts": attempts, "mode": "standard"},
        connect_timeout=timeout_s,
        read_timeout=timeout_s,
    )
    session = boto3.session.Session()
    return session.client("s3", endpoint_url=endpoint_url, region_name=region, config=config)


class S3BlobStore:
    def __init__(self, settings: S3Settings, client: Any = None) -> None:
        self.settings = settings
        self.client = client if client is not None else client_for(settings)

    def _name(self, key: str) -> str:
        return self.settings.prefix + check_key(key)

    def put(self, data: bytes) -> str:
        """Upload unless an object with these bytes is already there (content-addressed).

        Raises S3WriteError, an OSError like a full disk's, once the retries are spent.
        """
        key = blob_key(data)
        try:
            if not self.exists(key):
                self._upload(key, data)
        except (BotoCoreError, ClientError) as error:
            raise S3WriteError(f"S3 did not store the blob: {error}") from error
        return key

    def _upload(self, key: str, data: bytes) -> None:
        digest = base64.b64encode(hashlib.sha256(data).digest()).decode()
        self.client.put_object(
            Bucket=self.settings.bucket,
            Key=self._name(key),
            Body=data,
            ChecksumSHA256=digest,  # the server refuses bytes damaged on the way
            **self._encryption(),
        )

    def open(self, key: str) -> BinaryIO:
        """A stream over the object's bytes, read from the network as the caller reads."""
        try:
            response = self.client.get_object(Bucket=self.settings.bucket, Key=self._name(key))
        except ClientError as error:
            if _status(error) == 404:
                raise BlobNotFound(key) from error
            raise
        body: BinaryIO = response["Body"]
        return body

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.settings.bucket, Key=self._name(key))

    def exists(self, key: str) -> bool:
        try:
            self.client.head_object(Bucket=self.settings.bucket, Key=self._name(key))
        except ClientError as error:
            if _status(error) == 404:
                return False
            raise
        return True

    def list_blobs(self) -> Iterator[StoredBlob]:
        """Every blob under the prefix; other objects in the bucket are never ours."""
        prefix = self.settings.prefix
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.settings.bucket, Prefix=prefix
        )
        for page in pages:
            for item in page.get("Contents", []):
                key = item["Key"][len(prefix) :]
                if is_key(key):
                    yield StoredBlob(key, int(item["Size"]), item["LastModified"])

    def undelete(self, key: str) -> bool:
        """In a versioned bucket, bring a deleted blob back by removing its delete markers.

        False when no earlier version is kept (versioning off, or the version expired).
        """
        name = self._name(key)
        listing = self.client.list_object_versions(Bucket=self.settings.bucket, Prefix=name)
        if not any(v["Key"] == name for v in listing.get("Versions", [])):
            return False
        for marker in listing.get("DeleteMarkers", []):
            if marker["Key"] == name:
                self.client.delete_object(
                    Bucket=self.settings.bucket, Key=name, VersionId=marker["VersionId"]
                )
        return True

    def check(self) -> None:
        """Fail at start-up, with what to fix, when the bucket cannot be used."""
        bucket, where = self.settings.bucket, self.settings.endpoint_url or "AWS S3"
        try:
            self.client.head_bucket(Bucket=bucket)
        except NoCredentialsError:
            raise StorageNotReady(
                "no S3 credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
                "AWS_PROFILE, or give the host an instance role"
            ) from None
        except ClientError as error:
            raise StorageNotReady(_bucket_problem(_status(error), bucket, where)) from None
        except BotoCoreError as error:
            raise StorageNotReady(f"cannot reach S3 at {where}: {error}") from None

    def _encryption(self) -> dict[str, str]:
        if not self.settings.encryption:
            return {}
        extra = {"ServerSideEncryption": self.settings.encryption}
        if self.settings.kms_key_id:
            extra["SSEKMSKeyId"] = self.settings.kms_key_id
        return extra


def _status(error: ClientError) -> int:
    return int(error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0))


def _bucket_problem(status: int, bucket: str, where: str) -> str:
    if status == 404:
        return f"S3 bucket {bucket!r} does not exist at {where} (RECRUIT_S3_BUCKET)"
    if status in (400, 401, 403):
        return (
            f"S3 refused access to bucket {bucket!r} at {where} (HTTP {status}): the "
            "credentials are wrong, expired, or not allowed to use this bucket"
        )
    return f"S3 bucket {bucket!r} at {where} answered HTTP {status}"

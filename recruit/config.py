"""Configuration: defaults, then instance/config.py, then RECRUIT_* variables, then test_config.

Read once, when create_app() runs; nothing here is evaluated at import time.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

# name -> (type, default); each is read from RECRUIT_<name>. None defaults are filled below.
ENV_SETTINGS: dict[str, tuple[type, Any]] = {
    "DATABASE_URL": (str, None),
    "STORAGE_BACKEND": (str, "file"),
    "STORAGE_DIR": (str, None),
    # STORAGE_BACKEND=s3: an S3-compatible bucket; credentials from boto3's own chain (AWS_*).
    "S3_BUCKET": (str, ""),
    "S3_PREFIX": (str, ""),
    "S3_ENDPOINT_URL": (str, ""),
    "S3_REGION": (str, ""),
    "S3_SSE": (str, ""),
    "S3_SSE_KMS_KEY_ID": (str, ""),
    "S3_MAX_ATTEMPTS": (int, 5),
    "S3_TIMEOUT_S": (float, 30.0),
    "SECRET_KEY": (str, None),
    "MAX_UPLOAD_MB": (int, 10),
    "PARSE_TIMEOUT_S": (float, 30.0),
    "PARSE_CPU_S": (int, 20),
    "PARSE_MEMORY_MB": (int, 512),
    "PARSE_MAX_PAGES": (int, 30),
    "WORKERS": (int, 1),  # parse worker threads of the worker process `recruit run` starts
    "WEB_PROCESSES": (int, 1),  # gunicorn processes of `recruit run` (8 threads each)
    "JOB_MAX_ATTEMPTS": (int, 3),
    "JOB_LEASE_S": (int, 120),
    "JOB_RETRY_DELAY_S": (float, 10.0),
    "WORKER_POLL_S": (float, 1.0),
    "HEARTBEAT_STALE_S": (int, 60),
    "OUTBOX_DIR": (str, None),
    "SECURE_COOKIES": (str, "auto"),
    # Candidate experience: confirmation email, clean-up of unconfirmed uploads, retention.
    "SMTP_HOST": (str, ""),
    "SMTP_PORT": (int, 587),
    "SMTP_USER": (str, ""),
    "SMTP_PASSWORD": (str, ""),
    "SMTP_FROM": (str, "recruit@localhost"),
    "SMTP_STARTTLS": (bool, True),
    "UNCONFIRMED_TTL_H": (float, 24.0),
    "RETENTION_MONTHS": (int, 24),
    # Hardening: proxies trusted for X-Forwarded-*, rate limits as "count/seconds", blob gc.
    "BEHIND_PROXY": (int, 0),
    "RATE_LIMIT_ENABLED": (int, 1),
    # Uploads (a first resume or a newer one) per address: loose, as a job fair or a hospital
    # sends many clinicians from one address; per email and phone (RATE_LIMIT_CONTACT) tight.
    "RATE_LIMIT_APPLY": (str, "200/3600"),
    "RATE_LIMIT_LOGIN_ACCOUNT": (str, "10/900"),  # per account from one address or device
    "RATE_LIMIT_LOGIN_ACCOUNT_ANYWHERE": (str, "100/900"),  # per account, unknown browsers
    "RATE_LIMIT_LOGIN_ADDRESS": (str, "50/900"),
    "RATE_LIMIT_STATUS": (str, "600/3600"),
    "RATE_LIMIT_POLL": (str, "3600/3600"),
    "RATE_LIMIT_CONTACT": (str, "5/3600"),
    "RATE_LIMIT_PROOF_EMAIL": (str, "3/3600"),
    "DOCX_MAX_ENTRIES": (int, 1000),
    "DOCX_MAX_UNCOMPRESSED_MB": (int, 100),
    "BLOB_GC_GRACE_H": (float, 24.0),
}

DEFAULTS: dict[str, Any] = {
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "REMEMBER_COOKIE_HTTPONLY": True,
    "WTF_CSRF_TIME_LIMIT": None,
    # A test hook: "module:function" with parse_sandboxed's signature.
    "PARSE_FUNCTION": "recruit.parsing.sandbox:parse_sandboxed",
}


def load_config(app: Flask, test_config: Mapping[str, Any] | None) -> None:
    """Fill app.config in order of precedence: defaults < instance file < environment < tests."""
    app.config.update({name: default for name, (_, default) in ENV_SETTINGS.items()})
    app.config.update(DEFAULTS)
    app.config.from_pyfile("config.py", silent=True)
    app.config.update(_from_environment(os.environ))
    if test_config is not None:
        app.config.update(test_config)
    _fill_derived(app)


def _from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, (kind, _) in ENV_SETTINGS.items():
        raw = environ.get(f"RECRUIT_{name}")
        if raw is not None and raw != "":
            values[name] = _convert(name, kind, raw)
    return values


def _convert(name: str, kind: type, raw: str) -> Any:
    if kind is bool:
        return raw.strip().lower() in ("1", "true", "yes", "on")
    try:
        return kind(raw)
    except ValueError as error:
        raise ValueError(f"RECRUIT_{name} must be {kind.__name__}, got {raw!r}") from error


def _fill_derived(app: Flask) -> None:
    instance = Path(app.instance_path)
    instance.mkdir(mode=0o700, parents=True, exist_ok=True)  # database, blobs, outbox, key
    if not app.config["DATABASE_URL"]:
        app.config["DATABASE_URL"] = f"sqlite:///{instance / 'recruit.sqlite3'}"
    if not app.config["STORAGE_DIR"]:
        app.config["STORAGE_DIR"] = str(instance / "blobs")
    if not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = _instance_secret_key(instance / "secret_key")
    if not app.config["OUTBOX_DIR"]:
        app.config["OUTBOX_DIR"] = str(instance / "outbox")
    if app.config["SECURE_COOKIES"] not in ("auto", "on", "off"):
        raise ValueError("RECRUIT_SECURE_COOKIES must be 'auto', 'on' or 'off'")
    if app.config["SECURE_COOKIES"] != "auto":
        secure = app.config["SECURE_COOKIES"] == "on"
        app.config["SESSION_COOKIE_SECURE"] = app.config["REMEMBER_COOKIE_SECURE"] = secure
    _check_storage_settings(app.config)
    app.config["MAX_UPLOAD_BYTES"] = int(app.config["MAX_UPLOAD_MB"]) * 1024 * 1024
    # Room for the multipart envelope and the other form fields around the file.
    app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_UPLOAD_BYTES"] + 64 * 1024


def _check_storage_settings(config: Mapping[str, Any]) -> None:
    """Settings that cannot work are refused here; whether the bucket answers is checked when
    a server or worker starts (recruit.storage.check_store)."""
    if config["STORAGE_BACKEND"] not in ("file", "database", "s3"):
        raise ValueError("RECRUIT_STORAGE_BACKEND must be 'file', 'database' or 's3'")
    if config["STORAGE_BACKEND"] != "s3":
        return
    if not config["S3_BUCKET"]:
        raise ValueError("RECRUIT_STORAGE_BACKEND=s3 needs RECRUIT_S3_BUCKET")
    if config["S3_SSE"] not in ("", "AES256", "aws:kms"):
        raise ValueError("RECRUIT_S3_SSE must be empty, 'AES256' or 'aws:kms'")
    if config["S3_SSE_KMS_KEY_ID"] and config["S3_SSE"] != "aws:kms":
        raise ValueError("RECRUIT_S3_SSE_KMS_KEY_ID needs RECRUIT_S3_SSE=aws:kms")


def _instance_secret_key(path: Path) -> str:
    """Generate the key once and keep it, so sessions survive restarts."""
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    key = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process won the race; use its key
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key

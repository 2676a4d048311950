"""A small HTTP client for the candidate's upload path: keep-alive, cookies, CSRF, multipart.
Standard library only, one instance per thread."""

from __future__ import annotations

import http.client
import re
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

TOKEN = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


class Client:
    def __init__(self, base_url: str, timeout: float = 30.0) -> None:
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.timeout = timeout
        self.cookies: dict[str, str] = {}
        self._connection: http.client.HTTPConnection | None = None

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for attempt in (1, 2):  # a kept-alive connection the server closed gets one retry
            connection = self._connection or http.client.HTTPConnection(
                self.host, self.port, timeout=self.timeout
            )
            self._connection = connection
            try:
                connection.request(method, path, body=body, headers=headers)
                raw = connection.getresponse()
                response = Response(
                    raw.status, {k.lower(): v for k, v in raw.getheaders()}, raw.read()
                )
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.close()
                if attempt == 2 or body is not None:
                    raise
        for value in raw.headers.get_all("Set-Cookie") or []:
            name, _, rest = value.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        if raw.will_close:
            self.close()
        return response

    def get(self, path: str) -> Response:
        return self.request("GET", path)

    def csrf_token(self, path: str = "/apply") -> str:
        match = TOKEN.search(self.get(path).text)
        if match is None:
            raise ValueError(f"no CSRF token on {path}")
        return match.group(1)

    def post_form(
        self, path: str, fields: dict[str, str], files: dict[str, tuple[str, bytes]]
    ) -> Response:
        body, content_type = multipart(fields, files)
        return self.request("POST", path, body, {"Content-Type": content_type})

    def apply(self, data: bytes, filename: str, token: str | None = None) -> Response:
        """The candidate's upload: fetch the form (for its CSRF token), then post the file."""
        fields = {"csrf_token": token or self.csrf_token(), "consent": "y"}
        return self.post_form("/apply", fields, {"resume": (filename, data)})

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts: list[bytes] = []
    for name, value in fields.items():
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
        parts.append(f"{head}{value}\r\n".encode())
    for name, (filename, data) in files.items():
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{_quote(filename)}"\r\nContent-Type: application/octet-stream\r\n\r\n'
        )
        parts.append(head.encode("utf-8", errors="surrogateescape") + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def _quote(filename: str) -> str:
    """As browsers do: only the quote and line breaks are escaped, everything else is sent raw."""
    return filename.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")

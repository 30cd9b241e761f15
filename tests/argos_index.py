"""An Argos package index served on loopback, and a socket guard that lets only loopback through.

    from argos_index import LoopbackIndex, guard_network
    with LoopbackIndex() as server:
        server.add("en", "de", data)                  # /translate-en_de.argosmodel, in index.json
        server.add("de", "en", data, how="truncate")  # Content-Length says all, half is sent
        os.environ["ARGOS_PACKAGE_INDEX"] = server.url  # what argostranslate and mtlint read

The server is a ``http.server`` thread bound to 127.0.0.1 on a free port: tests that download
never reach another host, and the guard fails any test that tries.
"""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1"})


def _is_loopback(address: Any) -> bool:
    # A Unix socket path (the app's engine child process) never leaves the machine.
    if isinstance(address, str | bytes):
        return True
    return isinstance(address, tuple) and bool(address) and address[0] in LOOPBACK_HOSTS


def guard_network(monkeypatch: Any) -> list[object]:
    """Refuse every socket connection except to 127.0.0.1/::1 (and Unix sockets); returns the
    refused attempts."""
    attempts: list[object] = []
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex
    original_create = socket.create_connection

    def refuse(address: Any) -> None:
        attempts.append(address)
        raise ConnectionRefusedError(f"network access attempted: {address!r}")

    def connect(self: socket.socket, address: Any) -> Any:
        if _is_loopback(address):
            return original_connect(self, address)
        return refuse(address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        if _is_loopback(address):
            return original_connect_ex(self, address)
        return refuse(address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
        if _is_loopback(address):
            return original_create(address, *args, **kwargs)
        return refuse(address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    return attempts


class LoopbackIndex:
    """index.json plus packages over HTTP on 127.0.0.1; each package can be served broken."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[bytes, str]] = {}  # path → (body, how)
        self.entries: list[dict[str, Any]] = []
        self.requests: list[str] = []
        self.server: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/"

    def add(
        self,
        from_code: str,
        to_code: str,
        data: bytes,
        *,
        how: str = "ok",
        sha256: str | None = None,
        size: int | None = None,
    ) -> str:
        """Serve ``data`` as the pair's package. ``how``: "ok", "truncate" (the connection closes
        halfway, Content-Length promising all), "corrupt" (other bytes of the same length),
        "slow" (32 kB every 50 ms: time to cancel);
        ``sha256``/``size`` override what the index promises."""
        name = f"translate-{from_code}_{to_code}.argosmodel"
        body = data
        if how == "corrupt":
            body = bytes((b ^ 0x5A) for b in data)
        self.files["/" + name] = (body, how)
        self.entries.append(
            {
                "package_version": "0.1-tiny",
                "argos_version": "1.9.0",
                "from_code": from_code,
                "from_name": from_code,
                "to_code": to_code,
                "to_name": to_code,
                "code": f"translate-{from_code}_{to_code}",
                "links": [self.url + name],
                "size": len(data) if size is None else size,
                "sha256": hashlib.sha256(data).hexdigest() if sha256 is None else sha256,
            }
        )
        return name

    def __enter__(self) -> LoopbackIndex:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet test output
                pass

            def do_GET(self) -> None:
                owner.requests.append(self.path)
                if self.path == "/index.json":
                    body, how = json.dumps(owner.entries).encode(), "ok"
                elif self.path in owner.files:
                    body, how = owner.files[self.path]
                else:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if how == "truncate":
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if how == "slow":
                    for start in range(0, len(body), 1 << 15):
                        try:
                            self.wfile.write(body[start : start + (1 << 15)])
                            self.wfile.flush()
                        except OSError:  # the client hung up: it cancelled
                            return
                        time.sleep(0.05)
                    return
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.server is not None and self.thread is not None
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)

"""The rating page's local web server (standard library ``http.server``).

The standard library's threaded server is enough for a handful of raters on one machine, and it
lets each answer be written and fsync'ed synchronously before the reply (no event loop to block).

Routes: ``GET /`` (the page), ``GET /api/study`` (raters, criteria, scale), ``GET
/api/rater/<name>`` (that rater's items in their order, and their saved answers), ``POST
/api/answer`` (one answer, appended durably), ``GET /images/<name>`` (only the image names listed
in ``study.json``, read from the study's ``images/`` folder). Nothing else of the study folder is
reachable: in particular not ``key.json`` or other raters' answer files.
"""

from __future__ import annotations

import ipaddress
import json
import socket
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from slava_lightning.humaneval.answers import AnswerLog
from slava_lightning.humaneval.study import Study, load_study

__all__ = ["StudyServer", "check_host", "make_server"]

_MAX_BODY = 64 * 1024
_CSP = "default-src 'self'; img-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"


def check_host(host: str, allow_remote: bool = False) -> None:
    """Refuse a non-loopback bind address unless ``allow_remote``.

    Raises:
        ValueError: ``host`` is not ``localhost`` or a loopback address and ``allow_remote`` is
            false.
    """
    if host == "localhost":
        return
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback and not allow_remote:
        raise ValueError(
            f"--host {host!r} is not a loopback address: the study would be reachable from other "
            "machines; pass --allow-remote to do that on purpose"
        )


def _page() -> bytes:
    return resources.files("slava_lightning").joinpath("assets/humaneval/index.html").read_bytes()


class StudyServer(ThreadingHTTPServer):
    """A threaded HTTP server holding one study and its answer log."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], study: Study, loopback_only: bool) -> None:
        self.study = study
        self.log = AnswerLog(study)
        self.page = _page()
        self.loopback_only = loopback_only
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)

    def rater_payload(self, rater: str) -> dict[str, Any]:
        """Items of ``rater`` in their order, and their latest answers."""
        study = self.study
        answers = {
            item: {"scores": a.scores, "comment": a.comment}
            for item, a in self.log.latest[rater].items()
        }
        return {
            "rater": rater,
            "criteria": study.criteria,
            "scale": list(study.scale),
            "items": [study.items[i].public() for i in study.order[rater]],
            "answers": answers,
        }


class _Handler(BaseHTTPRequestHandler):
    server: StudyServer
    server_version = "slava-humaneval"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # raters' requests are not worth a console line each

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", _CSP)
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, payload: Any) -> None:
        self._send(status, json.dumps(payload).encode("utf-8"), "application/json")

    def _error(self, status: int, message: str) -> None:
        self._json(status, {"error": message})

    def _host_ok(self) -> bool:
        # A page on another site could reach a loopback server through DNS rebinding; the Host
        # header of such a request names the other site.
        if not self.server.loopback_only:
            return True
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]")
        return host in ("localhost", "127.0.0.1", "::1") or host.startswith("127.")

    def do_GET(self) -> None:
        if not self._host_ok():
            return self._error(HTTPStatus.FORBIDDEN, "unexpected Host header")
        path = unquote(urlsplit(self.path).path)
        study = self.server.study
        if path in ("/", "/index.html"):
            return self._send(HTTPStatus.OK, self.server.page, "text/html; charset=utf-8")
        if path == "/api/study":
            return self._json(
                HTTPStatus.OK,
                {
                    "raters": study.raters,
                    "criteria": study.criteria,
                    "scale": list(study.scale),
                    "n_items": len(study.items),
                },
            )
        if path.startswith("/api/rater/"):
            rater = path[len("/api/rater/") :]
            if rater not in study.raters:
                return self._error(HTTPStatus.NOT_FOUND, f"no rater {rater!r} in this study")
            return self._json(HTTPStatus.OK, self.server.rater_payload(rater))
        if path.startswith("/images/"):
            name = path[len("/images/") :]
            # Only names listed in study.json are served, so no path can leave images/.
            if name not in study.image_names:
                return self._error(HTTPStatus.NOT_FOUND, "no such image")
            data = (study.root / "images" / name).read_bytes()
            return self._send(HTTPStatus.OK, data, "image/png")
        return self._error(HTTPStatus.NOT_FOUND, f"no such page {path!r}")

    def do_POST(self) -> None:
        if not self._host_ok():
            return self._error(HTTPStatus.FORBIDDEN, "unexpected Host header")
        if urlsplit(self.path).path != "/api/answer":
            return self._error(HTTPStatus.NOT_FOUND, "POST goes to /api/answer")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 < length <= _MAX_BODY:
            return self._error(HTTPStatus.BAD_REQUEST, "bad or missing Content-Length")
        try:
            record = json.loads(self.rfile.read(length))
            answer = self.server.log.append(record)
        except json.JSONDecodeError as err:
            return self._error(HTTPStatus.BAD_REQUEST, f"answer is not JSON ({err.msg})")
        except ValueError as err:
            return self._error(HTTPStatus.BAD_REQUEST, str(err))
        done = len(self.server.log.latest[answer.rater])
        self._json(
            HTTPStatus.OK,
            {
                "saved": True,
                "item": answer.item,
                "answered": done,
                "total": len(self.server.study.items),
            },
        )


def make_server(
    root: Path, host: str = "127.0.0.1", port: int = 8765, allow_remote: bool = False
) -> StudyServer:
    """A server for the study in ``root``, bound but not yet serving (``port`` 0: any free one).

    Raises:
        ValueError: a non-loopback ``host`` without ``allow_remote``, or a bad study or answer
            file (named).
    """
    check_host(host, allow_remote)
    study = load_study(root)
    return StudyServer((host, port), study, loopback_only=not allow_remote)

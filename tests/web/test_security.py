"""Untrusted text, untrusted requests: escaping, headers, limits, origins, URL fetching."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

from sumber.errors import FetchError
from sumber.inputs import fetch as fetch_module
from sumber.inputs.fetch import fetch, is_public_address
from sumber.web.security import CSP


def test_article_text_title_and_url_are_escaped(client: Any, hostile: dict[str, Any]) -> None:
    page = client.get(f"/articles/{quote(hostile['id'], safe='')}").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<b onmouseover" not in page and "&lt;b onmouseover=alert(2)&gt;" in page
    assert 'href="javascript:' not in page, "a javascript: URL is shown, never linked"
    assert "<script" not in page.replace("&lt;script", "")


@pytest.mark.parametrize("path", ["/", "/disputes", "/search?q=%3Cscript%3E", "/claims"])
def test_lists_escape_hostile_titles(client: Any, path: str) -> None:
    page = client.get(path).text
    assert "<b onmouseover" not in page and "<script>alert" not in page


def test_search_query_is_escaped(client: Any) -> None:
    page = client.get("/search", params={"q": '"><script>alert(3)</script>'}).text
    assert "<script>alert(3)" not in page and "&lt;script&gt;alert(3)" in page


def test_analyze_form_escapes_what_it_shows(tmp_path: Any) -> None:
    from fastapi.testclient import TestClient

    from sumber.web import create_app

    with TestClient(create_app(f"sqlite:///{tmp_path / 'a.db'}")) as c:
        text = 'The minister said "<svg onload=alert(4)>" was the answer.'
        page = c.post("/analyze", data={"text": text}).text
        assert "<svg onload" not in page and "&lt;svg onload=alert(4)&gt;" in page


@pytest.mark.parametrize("path", ["/", "/articles.json", "/nowhere", "/articles/x.json"])
def test_security_headers_on_every_response(client: Any, path: str) -> None:
    r = client.get(path)
    assert r.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def test_pages_load_no_inline_script(client: Any) -> None:
    for path in ("/", "/disputes", "/analyze"):
        page = client.get(path).text
        assert "<script" not in page and " onclick=" not in page


def test_cross_site_posts_are_refused(tmp_path: Any) -> None:
    from fastapi.testclient import TestClient

    from sumber.web import create_app

    with TestClient(create_app(f"sqlite:///{tmp_path / 'o.db'}")) as c:
        body = {"text": "The mayor said the road would open in May."}
        evil = c.post("/api/ingest", json=body, headers={"origin": "https://evil.example"})
        assert evil.status_code == 403
        refer = c.post("/analyze", data=body, headers={"referer": "https://evil.example/x"})
        assert refer.status_code == 403
        assert c.get("/articles.json").json() == []
        same = c.post("/api/ingest", json=body, headers={"origin": "http://testserver"})
        assert same.status_code == 200


def test_unknown_host_names_are_refused(store_url: str) -> None:
    from fastapi.testclient import TestClient

    from sumber.web import create_app
    from sumber.web.security import LOOPBACK_HOSTS

    app = create_app(store_url, allowed_hosts=[*LOOPBACK_HOSTS])
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/").status_code == 200
        assert c.get("/", headers={"host": "localhost:8000"}).status_code == 200
        assert c.get("/", headers={"host": "attacker.example"}).status_code == 400


def test_large_bodies_are_refused_even_without_a_length(tmp_path: Any) -> None:
    from fastapi.testclient import TestClient

    from sumber.web import create_app

    with TestClient(create_app(f"sqlite:///{tmp_path / 'l.db'}", max_body=1000)) as c:
        declared = c.post(
            "/api/analyze", content=b"a" * 2000, headers={"content-type": "text/plain"}
        )
        assert declared.status_code == 413

        def chunks() -> Iterator[bytes]:
            for _ in range(5):
                yield b"b" * 400

        streamed = c.post("/api/analyze", content=chunks(), headers={"content-type": "text/plain"})
        assert streamed.status_code == 413
        assert "too large" in streamed.json()["error"]["message"]


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.0.0.8", False),
        ("172.16.5.4", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("::1", False),
        ("fd12::1", False),
        ("fe80::1%eth0", False),
        ("::ffff:10.0.0.1", False),
        ("224.0.0.1", False),
        ("93.184.216.34", True),
        ("2606:2800:220:1::1", True),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(address) is public


@pytest.fixture()
def local_site() -> Iterator[dict[str, Any]]:
    """Two tiny HTTP servers on loopback: 127.0.0.1 serves a page, 127.0.0.2 redirects to it."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.server.server_address[0] == "127.0.0.2":  # type: ignore[index]
                self.send_response(302)
                self.send_header("Location", f"http://127.0.0.1:{ports[0]}/page")
                self.end_headers()
                return
            body = (
                b"<html><head><title>Port news</title></head><body><article><p>"
                b"The harbour master said on Monday that the port would reopen in June."
                b"</p></article></body></html>"
            )
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    servers = []
    ports: list[int] = []
    for host in ("127.0.0.1", "127.0.0.2"):
        try:
            srv = http.server.ThreadingHTTPServer((host, 0), Handler)
        except OSError:
            pytest.skip(f"cannot listen on {host}")
        servers.append(srv)
        ports.append(srv.server_address[1])
        threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield {"page": f"http://127.0.0.1:{ports[0]}/page", "redirect": f"http://127.0.0.2:{ports[1]}/"}
    for srv in servers:
        srv.shutdown()
        srv.server_close()


def test_server_refuses_loopback_urls_unless_allowed(tmp_path: Any, local_site: dict) -> None:
    from fastapi.testclient import TestClient

    from sumber.web import create_app

    with TestClient(create_app(f"sqlite:///{tmp_path / 'u.db'}")) as c:
        r = c.post("/api/analyze", json={"url": local_site["page"]})
        assert r.status_code == 400 and "private" in r.json()["error"]["message"]
    app = create_app(f"sqlite:///{tmp_path / 'v.db'}", allow_private_urls=True)
    with TestClient(app) as c:
        r = c.post("/api/analyze", json={"url": local_site["page"]})
        assert r.status_code == 200
        assert "harbour master" in r.json()["text"]
        assert r.json()["url"] == local_site["page"]


def test_a_redirect_to_a_private_address_is_refused(
    local_site: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pretend 127.0.0.2 is a public address: its redirect to 127.0.0.1 must still be refused
    real = fetch_module.is_public_address
    monkeypatch.setattr(fetch_module, "is_public_address", lambda a: a == "127.0.0.2" or real(a))
    with pytest.raises(FetchError, match="private"):
        fetch(local_site["redirect"], public_only=True)
    page = fetch(local_site["redirect"], public_only=False)
    assert b"harbour master" in page.data


def test_a_name_with_any_private_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def resolve(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", port)),
        ]

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", resolve)
    with pytest.raises(FetchError, match="private"):
        fetch("http://mixed.example/", public_only=True)

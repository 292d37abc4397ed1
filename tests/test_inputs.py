"""Reading inputs: decoding, HTML extraction, fetching (from a local server only), JSON Lines."""

from __future__ import annotations

import codecs
import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from sumber.cli import cli
from sumber.errors import BinaryInputError, EmptyInputError, FetchError, InputTooLargeError
from sumber.inputs.decode import decode_bytes, looks_binary
from sumber.inputs.extract import declared_charset, extract_html, looks_like_html
from sumber.inputs.fetch import fetch
from sumber.inputs.sources import Input, make_article, normalise_date, plan, records
from sumber.options import Options

TEXT = "The spokesperson said the meeting “did not happen”, and declined to comment further.\n"


# --- decoding -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_marks_decide_and_are_dropped(bom: bytes, codec: str) -> None:
    decoded = decode_bytes(bom + TEXT.encode(codec))
    assert decoded.text == TEXT
    assert decoded.encoding == codec
    assert decoded.warning is None


def test_plain_utf8_is_kept_exactly() -> None:
    raw = "  a\r\nb\u00a0c\r\n\n"
    assert decode_bytes(raw.encode("utf-8")).text == raw


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(BinaryInputError, match="NUL"):
        decode_bytes(b"hello\x00world")


def test_control_characters_are_binary() -> None:
    with pytest.raises(BinaryInputError, match="control"):
        decode_bytes(bytes(range(1, 32)) * 20 + b"some text")


def test_looks_binary() -> None:
    assert looks_binary(b"\x00\x01")
    assert not looks_binary(TEXT.encode("utf-8"))
    assert not looks_binary(b"")


def test_short_latin1_is_read_as_cp1252_with_a_warning() -> None:
    decoded = decode_bytes("Señor Núñez said “no”.".encode("cp1252"))
    assert decoded.text == "Señor Núñez said “no”."
    assert decoded.encoding == "cp1252"
    assert decoded.warning and "not UTF-8" in decoded.warning


def test_bytes_cp1252_leaves_undefined_fall_back_to_latin1() -> None:
    decoded = decode_bytes(b"caf\xe9 \x81 ok")
    assert decoded.encoding == "latin-1"
    assert decoded.text == "caf\xe9 \x81 ok"


def test_long_cyrillic_cp1251_is_detected() -> None:
    text = (
        "Представитель министерства заявил журналистам, что встреча не состоялась. "
        "По его словам, никаких переговоров на этой неделе не планируется. "
    ) * 4
    decoded = decode_bytes(text.encode("cp1251"))
    assert decoded.text == text
    assert decoded.warning is not None


def test_declared_encoding_is_used_when_it_fits() -> None:
    decoded = decode_bytes("naïve".encode("latin-1"), declared="iso-8859-1")
    assert decoded.text == "naïve" and decoded.warning is None


def test_broken_bom_is_an_error() -> None:
    with pytest.raises(BinaryInputError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfa")


# --- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-12", "2024-11-12"),
        (" 2024-11-12 ", "2024-11-12"),
        ("2024-11-12T08:30:00", "2024-11-12"),
        ("2024-11-12T08:30:00Z", "2024-11-12"),
        ("2024-11-12 08:30+07:00", "2024-11-12"),
    ],
)
def test_normalise_date(value: str, expected: str) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize("value", ["", "2024-02-30", "11/12/2024", "Monday", "2024-1-5"])
def test_normalise_date_refuses(value: str) -> None:
    with pytest.raises(ValueError, match="invalid date"):
        normalise_date(value)


# --- HTML -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("<!DOCTYPE html><html>", True),
        ("\n\n  <html lang='en'>", True),
        ("<!-- saved page --><!doctype html>", True),
        ("<p>just a fragment</p>", False),
        ("The <html> tag is explained below.", False),
        ("<htmlish>", False),
    ],
)
def test_looks_like_html(start: str, expected: bool) -> None:
    assert looks_like_html(start) is expected


def test_declared_charset() -> None:
    assert declared_charset(b'<html><head><meta charset="windows-1252">') == "windows-1252"
    assert (
        declared_charset(
            b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
        )
        == "ISO-8859-1"
    )
    assert declared_charset(b"<html><body>no charset</body></html>") is None


ARTICLE_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Port strike ends | Harbour Daily"
    "</title><meta property='og:title' content='Port strike ends'>"
    "<meta name='date' content='2023-06-01'>"
    "<link rel='canonical' href='https://harbour.example.org/strike'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><article>"
    "<p>The union said on Thursday that the strike at the port was over after six days.</p>"
    "<p>“We have an agreement,” a union official told reporters outside the gates.</p>"
    "<p>The port authority declined to comment on the terms of the deal.</p></article>"
    "<div class='comments'><p>Reader comment: great news!</p></div>"
    "<footer>© Harbour Daily</footer></body></html>"
)


def test_extract_article_page() -> None:
    page = extract_html(ARTICLE_PAGE)
    assert "strike at the port was over" in page.text
    assert "Home" not in page.text.split("\n")
    assert page.title == "Port strike ends"
    assert page.url == "https://harbour.example.org/strike"
    assert page.published == "2023-06-01"


def test_extract_falls_back_for_tiny_or_broken_pages() -> None:
    page = extract_html("<html><head><title>Tiny</title></head><body><p>One line only.")
    assert page.text == "One line only."
    assert page.title == "Tiny"


def test_extract_xml_declaration() -> None:
    page = extract_html(
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>Short xhtml page.</p></body></html>"
    )
    assert page.text == "Short xhtml page."


def test_extract_nothing_visible() -> None:
    with pytest.raises(EmptyInputError, match="no article text found in HTML"):
        extract_html(
            "<html><body><script>document.write('x')</script><style>p{}</style></body></html>"
        )
    with pytest.raises(EmptyInputError):
        extract_html("<html></html>")


@pytest.mark.parametrize(
    "junk",
    [
        "<<<>>>",
        "<html><body><p>" + "<div>" * 5000 + "deep text",
        "<html><body>\x0b\x0c",
        "<!doctype",
    ],
)
def test_extract_never_crashes_on_junk(junk: str) -> None:
    try:
        page = extract_html(junk)
    except EmptyInputError:
        return
    assert isinstance(page.text, str) and page.text.strip()


def test_make_article_from_html_bytes_uses_declared_charset() -> None:
    html = (
        "<html><head><meta charset='windows-1252'><title>Café</title></head>"
        "<body><p>The café said it would reopen.</p></body></html>"
    ).encode("cp1252")
    warnings: list[str] = []
    article = make_article(html, html=True, warnings=warnings)
    assert article.text == "The café said it would reopen."
    assert article.title == "Café"
    assert warnings == []


def test_make_article_user_fields_win_over_page_metadata() -> None:
    article = make_article(
        ARTICLE_PAGE, html=True, title="My title", url="https://x.example/1", published="2020-01-01"
    )
    assert (article.title, article.url, article.published) == (
        "My title",
        "https://x.example/1",
        "2020-01-01",
    )


# --- reading --------------------------------------------------------------------------


def test_jsonl_line_over_the_limit_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text(
        json.dumps({"id": "big", "text": "x " * 500})
        + "\n"
        + json.dumps({"id": "ok", "text": TEXT})
        + "\n"
    )
    options = Options(max_bytes=200)
    out = list(records(plan([str(path)], options), options))
    assert isinstance(out[0].error, InputTooLargeError)
    assert out[0].name == f"{path}:1"
    assert out[1].article is not None and out[1].article.id == "ok"


def test_jsonl_binary_file_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_bytes(bytes(range(256)) * 100)
    out = list(records(plan([str(path)], Options()), Options()))
    assert len(out) == 1 and out[0].error is not None


def test_jsonl_fields_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    lines = [
        {"text": 5},
        {"text": "   "},
        {"text": TEXT, "published": "soon"},
        {"text": TEXT, "language": "zz"},
        {"text": TEXT, "url": ["a"]},
    ]
    path.write_text("\n".join(json.dumps(obj) for obj in lines))
    out = list(records(plan([str(path)], Options()), Options()))
    messages = [r.error.message for r in out if r.error]
    assert messages[:3] == [
        '"text" is not a string',
        '"text" is empty',
        "\"published\": invalid date 'soon' (expected YYYY-MM-DD)",
    ]
    assert messages[3].startswith("no language pack for 'zz' (available: ")
    assert messages[4:] == ['"url" is not a string']


def test_plan_kinds(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.ndjson").write_text("")
    items = plan(
        [str(tmp_path / "a.txt"), str(tmp_path / "b.ndjson"), "https://x.example/", "file:///etc"],
        Options(),
    )
    assert [i.kind for i in items] == ["file", "jsonl", "url", "error"]


def test_records_of_an_error_input() -> None:
    err = FetchError("nope")
    (rec,) = list(records([Input(name="u", kind="error", error=err)], Options()))
    assert rec.error is err


# --- fetching (local server only: the tests never touch the network) ------------------


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {
        "/article": (200, "text/html; charset=utf-8", ARTICLE_PAGE.encode("utf-8")),
        "/plain": (200, "text/plain; charset=utf-8", TEXT.encode("utf-8")),
        "/pdf": (200, "application/pdf", b"%PDF-1.4"),
        "/big": (200, "text/html", b"<p>" + b"word " * 2000 + b"</p>"),
    }

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        code, ctype, body = self.routes.get(self.path, (404, "text/html", b"not found"))
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


@pytest.fixture()
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_fetch_html(server: str) -> None:
    page = fetch(server + "/article", Options(fetch_timeout=5))
    assert page.html and page.charset == "utf-8"
    assert b"strike at the port" in page.data


def test_fetch_errors(server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(server + "/missing", Options(fetch_timeout=5))
    with pytest.raises(FetchError, match="not an HTML page"):
        fetch(server + "/pdf", Options(fetch_timeout=5))
    with pytest.raises(InputTooLargeError):
        fetch(server + "/big", Options(fetch_timeout=5, max_bytes=1000))


def test_fetch_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("http_proxy", raising=False)
    monkeypatch.delenv("HTTP_PROXY", raising=False)
    with pytest.raises(FetchError, match="could not fetch URL"):
        fetch("http://127.0.0.1:9/", Options(fetch_timeout=5))


def test_analyze_url_end_to_end(server: str) -> None:
    url = server + "/article"
    result = CliRunner().invoke(cli, ["analyze", url])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["id"] == url and record["url"] == url  # the URL the user gave wins
    assert record["title"] == "Port strike ends"
    assert record["published"] == "2023-06-01"
    assert "strike at the port was over" in record["text"]


def test_analyze_plain_text_url(server: str) -> None:
    result = CliRunner().invoke(cli, ["analyze", server + "/plain"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["text"] == TEXT


def test_stdin_sniff_keeps_leading_blank_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = "\n\n" + TEXT
    result = CliRunner().invoke(cli, ["analyze", "-"], input=io.BytesIO(raw.encode()).read())
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["text"] == raw


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    decoded = decode_bytes("naïve “quotes”".encode(), declared="iso-8859-1")
    assert decoded.text == "naïve “quotes”" and decoded.encoding == "utf-8"


def test_meta_charset_in_plain_text_is_ignored() -> None:
    text = 'An article about markup: write <meta charset="iso-8859-1"> and say “café”.'
    article = make_article(text.encode("utf-8"))
    assert article.text == text
    broken = (
        "<html><head><meta charset='windows-1252'></head><body><p>"
        "The café said “no”.</p></body></html>"
    ).encode("cp1252")
    warnings: list[str] = []
    assert make_article(broken, warnings=warnings).text == "The café said “no”."
    assert warnings == []

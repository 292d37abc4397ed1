"""``sumber analyze`` as a user runs it: inputs of every kind, output formats, and errors.

Every error must be exactly one ``sumber: error:`` line on stderr, never a traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sumber.cli import cli

EN = "The minister said on Monday that the talks had failed. “We will try again,” she added.\n"
ID = "Juru bicara kementerian mengatakan rapat itu ditunda. “Kami belum siap,” katanya.\n"


def run(*args: str, input: bytes | str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["analyze", *args], input=input)
    return result.exit_code, result.stdout, result.stderr


def error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr
    return [line for line in stderr.splitlines() if line.startswith("sumber: error:")]


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture()
def en_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(EN, encoding="utf-8")
    return path


def test_one_text_file_gives_one_json_object(en_file: Path) -> None:
    code, out, err = run(str(en_file), "--published", "2024-11-12")
    assert code == 0, err
    record = json.loads(out)
    assert record["schema"] == "sumber/1"
    assert record["text"] == EN
    assert record["id"] == str(en_file)
    assert record["published"] == "2024-11-12"
    assert err == ""


def test_text_is_exactly_the_input_except_a_utf8_bom(tmp_path: Path) -> None:
    raw = "\ufeffFirst line.\r\n\r\n  The mayor said it was over.  \r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    code, out, err = run(str(path))
    assert code == 0, err
    assert json.loads(out)["text"] == raw[1:]


def test_several_files_give_jsonl_in_order_with_ids(tmp_path: Path) -> None:
    paths = []
    for i, text in enumerate([EN, ID, EN]):
        p = tmp_path / f"f{i}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    code, out, err = run(*paths)
    assert code == 0, err
    records = jsonl(out)
    assert [r["id"] for r in records] == paths
    assert [r["text"] for r in records] == [EN, ID, EN]
    assert len(out.splitlines()) == 3


def test_jsonl_with_a_malformed_line_in_the_middle(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": EN, "published": "2024-11-12"}),
        '{"id": "b", "text": "unclosed',
        json.dumps({"id": "c", "text": ID, "language": "id"}),
        json.dumps({"id": "d", "title": "no text here"}),
        "",
        json.dumps({"text": EN}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(str(path))
    assert code == 1
    records = jsonl(out)
    assert [r["id"] for r in records] == ["a", "c", f"{path}:6"]
    assert records[0]["published"] == "2024-11-12"
    assert records[1]["language"] == "id"
    errors = error_lines(err)
    assert len(errors) == 2
    assert errors[0].startswith(f"sumber: error: {path}:2: malformed JSON line")
    assert errors[1] == f'sumber: error: {path}:4: line has neither "text" nor "html"'


def test_jsonl_html_line_and_line_fields(tmp_path: Path) -> None:
    html = "<html><head><title>Council news</title></head><body><p>" + EN + "</p></body></html>"
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps({"id": 7, "html": html, "url": "https://example.org/a"}) + "\n")
    code, out, err = run(str(path), "--published", "2024-01-02")
    assert code == 0, err
    (record,) = jsonl(out)
    assert record["id"] == "7"
    assert record["url"] == "https://example.org/a"
    assert record["title"] == "Council news"
    assert "talks had failed" in record["text"]
    assert record["published"] == "2024-01-02"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code, out, err = run(str(path))
    assert code == 1 and out == ""
    assert error_lines(err) == [f"sumber: error: {path}: empty input"]


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t \n")
    code, out, err = run(str(path))
    assert code == 1 and out == ""
    assert len(error_lines(err)) == 1 and "empty input" in err


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    code, out, err = run(str(path))
    assert code == 1 and out == ""
    (line,) = error_lines(err)
    assert line.startswith(f"sumber: error: {path}: binary data")


def test_latin1_file_is_read_with_a_warning(tmp_path: Path) -> None:
    text = "The café owner José said the plan was not fair.\n"
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    code, out, err = run(str(path))
    assert code == 0
    assert json.loads(out)["text"] == text
    assert error_lines(err) == []
    (warning,) = err.splitlines()
    assert warning.startswith(f"sumber: warning: {path}: not UTF-8")


def test_utf16_file_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(EN.encode("utf-16"))  # with a BOM
    code, out, err = run(str(path))
    assert code == 0, err
    assert json.loads(out)["text"] == EN


def test_file_over_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(EN * 10)
    code, out, err = run(str(path), "--max-bytes", "100")
    assert code == 1 and out == ""
    (line,) = error_lines(err)
    assert line.startswith(f"sumber: error: {path}: input too large")


def test_real_50_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:  # sparse: instant to make
        f.truncate(50 * 1024 * 1024)
    code, out, err = run(str(path))
    assert code == 1 and out == ""
    (line,) = error_lines(err)
    assert "input too large (52,428,800 bytes; the limit is 20,000,000 bytes" in line


def test_stdin_over_max_bytes() -> None:
    code, out, err = run("-", "--max-bytes", "50", input=EN * 5)
    assert code == 1 and out == ""
    assert len(error_lines(err)) == 1 and "input too large" in err


def test_bad_max_bytes(en_file: Path) -> None:
    code, out, err = run(str(en_file), "--max-bytes", "0")
    assert code == 2 and out == ""
    assert len(error_lines(err)) == 1


def test_malformed_html_unclosed_tags(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><p>The mayor said <b>the bridge <i>would close soon")
    code, out, err = run(str(path))
    assert code == 0, err
    assert json.loads(out)["text"] == "The mayor said the bridge would close soon"


def test_script_only_html(tmp_path: Path) -> None:
    path = tmp_path / "script.html"
    path.write_text(
        "<!doctype html><html><head><title>x</title></head>"
        "<body><script>var a = '<p>not text</p>';</script></body></html>"
    )
    code, out, err = run(str(path))
    assert code == 1 and out == ""
    assert error_lines(err) == [f"sumber: error: {path}: no article text found in HTML"]


def test_html_page_with_title_and_date(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Bridge to close | Town News</title>"
        '<meta property="og:title" content="Bridge to close">'
        '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
        '<link rel="canonical" href="https://news.example.org/bridge"></head><body>'
        "<nav>Home | Town | Sport</nav><article><h1>Bridge to close</h1>"
        "<p>The mayor said on Tuesday that the old bridge would close for repairs in May.</p>"
        "<p>A council spokesperson declined to comment on the cost of the work.</p>"
        "<p>Residents said they had not been told when the bridge would open again.</p>"
        "</article><footer>All rights reserved</footer></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_text(page)
    code, out, err = run(str(path), "--published", "2000-01-01")
    assert code == 0, err
    record = json.loads(out)
    assert record["title"] == "Bridge to close"
    assert record["published"] == "2024-03-05"  # the page's date beats --published
    assert record["url"] == "https://news.example.org/bridge"
    assert "old bridge would close" in record["text"]
    assert "<p>" not in record["text"]


def test_html_sniffed_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_text("\n  <!DOCTYPE html><html><body><p>" + EN + "</p></body></html>")
    code, out, err = run(str(path))
    assert code == 0, err
    assert json.loads(out)["text"].startswith("The minister said")


def test_stdin_dash(en_file: Path) -> None:
    code, out, err = run("-", input=EN)
    assert code == 0, err
    record = json.loads(out)
    assert record["text"] == EN and record["id"] is None


def test_stdin_jsonl() -> None:
    data = (
        json.dumps({"id": "x", "text": EN}) + "\nnot json\n" + json.dumps({"id": "y", "text": ID})
    )
    code, out, err = run("-", input=data)
    assert code == 1
    assert [r["id"] for r in jsonl(out)] == ["x", "y"]
    assert error_lines(err)[0].startswith("sumber: error: <stdin>:2: malformed JSON line")


def test_stdin_through_a_real_pipe() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "sumber", "analyze", "-", "--lang", "en"],
        input=EN.encode("utf-8"),
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout.decode("utf-8"))
    assert record["text"] == EN and record["language"] == "en"


def test_folder(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    (folder / "b.txt").write_text(ID)
    (folder / "a.txt").write_text(EN)
    (folder / "sub" / "c.html").write_text("<html><body><p>" + EN + "</p></body></html>")
    (folder / "sub" / "d.jsonl").write_text(json.dumps({"id": "line1", "text": ID}) + "\n")
    (folder / "notes.md").write_text("skipped")
    (folder / ".hidden" / "x.txt").write_text(EN)
    code, out, err = run(str(folder))
    assert code == 0, err
    assert [r["id"] for r in jsonl(out)] == ["a.txt", "b.txt", "sub/c.html", "line1"]
    assert error_lines(err) == []
    assert err.splitlines() == [
        f"sumber: note: {folder}: skipped 1 file not named .txt, .html, .htm or .jsonl"
    ]


def test_empty_folder(tmp_path: Path) -> None:
    code, out, err = run(str(tmp_path))
    assert code == 1 and out == ""
    assert len(error_lines(err)) == 1


def test_missing_file_among_others(en_file: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    code, out, err = run(str(en_file), str(missing), str(en_file))
    assert code == 1
    assert len(jsonl(out)) == 2
    assert error_lines(err) == [f"sumber: error: {missing}: no such file or directory"]


def test_format_text(en_file: Path) -> None:
    code, out, err = run(str(en_file), "--format", "text", "--published", "2024-11-12")
    assert code == 0, err
    assert out.startswith("══ ")
    assert "Language   en" in out and "Published 2024-11-12" in out
    for heading in ("Attributions", "Claims", "Times", "Entities"):
        assert heading in out
    assert "\x1b[" not in out  # no colours when not a terminal


def test_format_json_with_several_inputs_is_an_array(en_file: Path) -> None:
    code, out, err = run(str(en_file), str(en_file), "--format", "json")
    assert code == 0, err
    assert [r["text"] for r in json.loads(out)] == [EN, EN]


def test_format_jsonl_for_one_input(en_file: Path) -> None:
    code, out, err = run(str(en_file), "--format", "jsonl")
    assert code == 0, err
    assert len(out.splitlines()) == 1 and json.loads(out)["text"] == EN


@pytest.mark.parametrize("date", ["2024-13-01", "yesterday", "12/11/2024", ""])
def test_bad_published_is_a_one_line_usage_error(en_file: Path, date: str) -> None:
    code, out, err = run(str(en_file), "--published", date)
    assert code == 2 and out == ""
    assert error_lines(err) == [err.strip()]
    assert err.startswith("sumber: error: --published: invalid date")


def test_published_datetime_is_reduced_to_its_date(en_file: Path) -> None:
    code, out, err = run(str(en_file), "--published", "2024-11-12T08:30:00+07:00")
    assert code == 0, err
    assert json.loads(out)["published"] == "2024-11-12"


def test_unknown_lang(en_file: Path) -> None:
    code, out, err = run(str(en_file), "--lang", "xx")
    assert code == 2 and out == ""
    (line,) = err.splitlines()
    assert line.startswith("sumber: error: --lang: no language pack for 'xx'")


def test_lang_forces_the_language(en_file: Path) -> None:
    code, out, err = run(str(en_file), "--lang", "ID")
    assert code == 0, err
    assert json.loads(out)["language"] == "id"


def test_unsupported_url_scheme() -> None:
    code, out, err = run("ftp://example.org/a.txt")
    assert code == 1 and out == ""
    assert error_lines(err) == [
        "sumber: error: ftp://example.org/a.txt: unsupported URL scheme 'ftp' (only http and https)"
    ]


def test_unreachable_url_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    code, out, err = run("http://127.0.0.1:9/news/1")
    assert code == 1 and out == ""
    (line,) = error_lines(err)
    assert line.startswith("sumber: error: http://127.0.0.1:9/news/1: could not fetch URL: ")


def test_internal_error_in_one_input_does_not_stop_the_batch(
    en_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sumber import pipeline

    real_run = pipeline.run

    def flaky(article, options=None):  # type: ignore[no-untyped-def]
        if article.id and article.id.endswith("bad.txt"):
            raise ValueError("boom\nsecond line")
        return real_run(article, options)

    monkeypatch.setattr(pipeline, "run", flaky)
    monkeypatch.delenv("SUMBER_DEBUG", raising=False)
    bad = tmp_path / "bad.txt"
    bad.write_text(EN)
    code, out, err = run(str(en_file), str(bad), str(en_file))
    assert code == 1
    assert len(jsonl(out)) == 2
    assert error_lines(err) == [
        f"sumber: error: {bad}: internal error: ValueError: boom second line"
    ]


NASTY = [
    ("unbalanced", 'The mayor said, “we will never close it. Then he left. "Another one opened.'),
    ("punctuation", '“”""«»„“ ... !!! ??? ,,, —— '),
    ("one-long-word", "x" * 100_000),
    ("lone-surrogate", "The minister said \ud800 it was over."),
    ("nul-char", "The minister said \u0000 it was over."),
    ("only-quotes", '"' * 5000),
    ("mixed-scripts", "قال الوزير إن الاجتماع انتهى. The minister said 😀 it was over."),
]


def test_nasty_texts_never_break_the_batch(tmp_path: Path) -> None:
    path = tmp_path / "nasty.jsonl"
    path.write_text(
        "\n".join(json.dumps({"id": i, "text": t}) for i, t in NASTY) + "\n", encoding="utf-8"
    )
    code, out, err = run(str(path))
    assert "Traceback" not in err
    records = jsonl(out)
    assert [r["id"] for r in records] == [i for i, _ in NASTY]
    assert [r["text"] for r in records] == [t for _, t in NASTY]
    assert code == 0, err


def test_nasty_texts_as_text_summary(tmp_path: Path) -> None:
    path = tmp_path / "nasty.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in NASTY) + "\n")
    code, out, err = run(str(path), "--format", "text")
    assert code == 0, err
    assert out.count("══ ") == len(NASTY)


def test_internal_error_while_reading_does_not_stop_the_batch(
    en_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sumber.inputs import article

    def broken(html: str, url: str | None = None) -> None:
        raise KeyError("parser")

    monkeypatch.setattr(article, "extract_html", broken)
    monkeypatch.delenv("SUMBER_DEBUG", raising=False)
    page = tmp_path / "p.html"
    page.write_text("<html><body><p>Hello.</p></body></html>")
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": "h", "html": "<p>x</p>"}) + "\n")
    code, out, err = run(str(page), str(en_file), str(batch))
    assert code == 1
    assert [r["text"] for r in jsonl(out)] == [EN]
    assert error_lines(err) == [
        f"sumber: error: {page}: internal error: KeyError: 'parser'",
        f"sumber: error: {batch}:1: internal error: KeyError: 'parser'",
    ]


def test_empty_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n")
    code, out, err = run(str(path))
    assert code == 1 and out == ""
    assert error_lines(err) == [f"sumber: error: {path}: empty input (no JSON lines)"]

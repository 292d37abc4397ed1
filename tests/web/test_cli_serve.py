"""``sumber serve``: it serves the store on loopback, and says clearly when it cannot."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from sumber.cli import cli

SERVE = [sys.executable, "-c", "from sumber.cli import main; main()", "serve"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_on_loopback(store_url: str) -> None:
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [*SERVE, "--db", store_url, "--port", str(port)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/disputes.json") as r:
                    disputes = json.loads(r.read())
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("sumber serve did not come up") from None
                time.sleep(0.2)
        assert disputes and disputes[0]["status"] == "disputed"
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in err
    assert "Traceback" not in err


def test_a_taken_port_is_one_error_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(
            cli, ["serve", "--db", str(tmp_path / "s.db"), "--port", str(port)]
        )
    assert result.exit_code == 1
    assert result.output.strip().startswith("sumber: error: cannot listen on 127.0.0.1:")
    assert len(result.output.strip().splitlines()) == 1


def test_a_bad_database_is_one_error_line(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db"
    bad.write_bytes(b"this is not a database at all" * 100)
    result = CliRunner().invoke(cli, ["serve", "--db", str(bad), "--port", str(_free_port())])
    assert result.exit_code == 1
    assert result.output.startswith("sumber: error:")
    assert "Traceback" not in result.output

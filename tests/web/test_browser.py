"""The web UI in a real browser: Debian's headless Chromium driven by Selenium.

The test starts ``sumber``'s server on a free loopback port, opens an article, checks
that its spans are highlighted (the style sheet applies under the Content-Security-Policy),
clicks through to a claim's dispute board and saves screenshots of both pages in
``build/screenshots/`` (or ``$SUMBER_SCREENSHOTS``). It uses the system's ``chromium``
and ``chromedriver`` (``apt-get install chromium chromium-driver``; ``.ci/run`` installs
them); nothing is downloaded. Without them the test skips, except under ``CI=true``.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

SHOTS = Path(
    os.environ.get("SUMBER_SCREENSHOTS") or Path(__file__).parents[2] / "build" / "screenshots"
)


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def server(store_url: str) -> Iterator[str]:
    import uvicorn

    from sumber.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(store_url), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium is not installed")
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not binary or not driver_path:
        _missing("Debian's chromium and chromium-driver are not installed")
    options = Options()
    options.binary_location = binary
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1600",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _errors(browser: Any) -> list[str]:
    return [e["message"] for e in browser.get_log("browser") if e.get("level") == "SEVERE"]


def test_article_highlights_and_click_through_to_the_claim(
    server: str, browser: Any, example_ids: list[str]
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{server}/articles/{quote(example_ids[0], safe='')}")
    text = browser.find_element(By.ID, "article-text")
    contents = text.find_elements(By.CSS_SELECTOR, ".m-content")
    assert contents, "attribution contents are highlighted"
    assert text.find_elements(By.CSS_SELECTOR, ".m-source")
    assert text.find_elements(By.CSS_SELECTOR, ".m-cue")
    assert text.find_elements(By.CSS_SELECTOR, "a.m-mention")
    colour = contents[0].value_of_css_property("background-color")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent"), "the style sheet colours stances"
    stance = next(c for c in contents[0].get_attribute("class").split() if c.startswith("st-"))
    assert stance in {"st-asserts", "st-reports", "st-hedges", "st-denies", "st-no_comment"}
    SHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SHOTS / "article.png"))
    assert not [e for e in _errors(browser) if "Content Security Policy" in e]

    browser.find_element(By.CSS_SELECTOR, ".panel .claim-link").click()
    WebDriverWait(browser, 20).until(ec.url_contains("/claims/"))
    board = browser.find_element(By.CSS_SELECTOR, ".board")
    assert board.find_elements(By.CSS_SELECTOR, ".col-denies"), "the examples' claim is denied"
    status = browser.find_element(By.CSS_SELECTOR, ".claim-head .status").text
    assert status == "disputed"
    browser.save_screenshot(str(SHOTS / "claim.png"))
    assert (SHOTS / "article.png").stat().st_size > 10_000


def test_hostile_article_runs_no_script(server: str, browser: Any, hostile: dict) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/articles/{quote(hostile['id'], safe='')}")
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert heading == hostile["title"], "the markup in the title is shown as text"
    assert "<img src=x onerror=alert(1)>" in browser.find_element(By.ID, "article-text").text
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    assert not browser.find_elements(By.CSS_SELECTOR, "#article-text script, #article-text img")


def test_analyze_form_in_the_browser(server: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{server}/analyze")
    browser.find_element(By.ID, "text").send_keys(
        "Harbour talks stall\n\nPort director Lena Moss said on Monday that the talks had "
        'stalled. "We will not sign before June," Moss told reporters.'
    )
    browser.find_element(By.CSS_SELECTOR, "form.analyze button").click()
    WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.ID, "article-text")))
    assert "not stored" in browser.find_element(By.CSS_SELECTOR, ".notice").text
    sources = browser.find_elements(By.CSS_SELECTOR, "#article-text .m-source")
    assert any("Moss" in s.text for s in sources)
    browser.save_screenshot(str(SHOTS / "analyze.png"))

"""`sitegen serve` in a real browser: the page reloads after a saved edit, a
failed build shows the error overlay (and the last good page stays), undoing
the error hides it without a reload, a fix clears it, and the live-reload
script breaks no Content-Security-Policy rule.

Runs with the release binary named by SITEGEN_BIN (40-browser.sh sets it);
skipped when that binary has no `serve`.
"""
import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import time

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("SITEGEN_BIN", str(REPO / ".build" / "release" / "sitegen"))
PAGE = "Content/methods/cancel-account.md"


def has_serve():
    if not os.access(BINARY, os.X_OK):
        return False
    result = subprocess.run([BINARY, "--help"], capture_output=True, text=True)
    return re.search(r"^  serve ", result.stdout, re.M) is not None


pytestmark = pytest.mark.skipif(not has_serve(), reason="sitegen serve is not in this build")


@pytest.fixture()
def served_site():
    root = pathlib.Path(tempfile.mkdtemp(prefix="sitegen-serve-browser-"))
    shutil.copytree(REPO / "Content", root / "Content")
    shutil.copy(REPO / "sitegen.yml", root / "sitegen.yml")
    log = open(root / "serve.log", "w+")
    process = subprocess.Popen([BINARY, "serve", "--root", str(root), "--port", "0"], stdout=log,
                               stderr=subprocess.STDOUT)
    port = None
    deadline = time.time() + 60
    while port is None and time.time() < deadline and process.poll() is None:
        time.sleep(0.2)
        log.seek(0)
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", log.read())
        port = int(match.group(1)) if match else None
    try:
        assert port, "sitegen serve did not start"
        yield root, f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=20)
        shutil.rmtree(root, ignore_errors=True)


def wait_until(condition, seconds=15):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def overlay_text(browser):
    return browser.execute_script(
        "var o = document.getElementById('sitegen-error-overlay'); return o ? o.textContent : null;")


def test_reload_overlay_and_csp(browser, served_site):
    root, url = served_site
    page = root / PAGE
    original = page.read_text(encoding="utf-8")
    browser.get("about:blank")
    browser.get(url + "methods/cancel-account/index.html")
    browser.get_log("browser")  # start with a clean log
    time.sleep(1.0)  # the event stream connects

    page.write_text(original + "\n\nlive-reload-marker-one\n", encoding="utf-8")
    assert wait_until(lambda: "live-reload-marker-one" in browser.page_source), "the page did not reload"
    time.sleep(1.0)  # the search index is written once builds have been quiet for 0.3 s

    page.write_text(original.replace("title: 官方注销账户流程", "title: [unclosed"), encoding="utf-8")
    assert wait_until(lambda: overlay_text(browser) is not None), "no error overlay"
    text = overlay_text(browser)
    assert "Content/methods/cancel-account.md" in text and "front-matter-invalid" in text
    assert browser.execute_script(
        "var o = document.getElementById('sitegen-error-overlay'); return o.dir + ' ' + o.lang;") == "ltr en", \
        "English diagnostics stay left to right on a right-to-left page"
    assert "live-reload-marker-one" in browser.page_source, "the last good page stays"

    # Undoing the error gives the last good site again: the overlay goes, the page is not reloaded.
    browser.execute_script("window.sitegenTestStayed = true;")
    page.write_text(original + "\n\nlive-reload-marker-one\n", encoding="utf-8")
    assert wait_until(lambda: overlay_text(browser) is None), "undoing the error left the overlay"
    time.sleep(0.5)
    assert browser.execute_script("return window.sitegenTestStayed === true;"), "the page reloaded, nothing had changed"

    page.write_text(original.replace("title: 官方注销账户流程", "title: [unclosed"), encoding="utf-8")
    assert wait_until(lambda: overlay_text(browser) is not None), "no error overlay the second time"

    page.write_text(original + "\n\nlive-reload-marker-two\n", encoding="utf-8")
    assert wait_until(lambda: "live-reload-marker-two" in browser.page_source), "the fix did not reload"
    assert overlay_text(browser) is None

    violations = [entry["message"] for entry in browser.get_log("browser")
                  if "Content Security Policy" in entry["message"] or "Refused" in entry["message"]]
    assert violations == []

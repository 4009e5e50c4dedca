"""Shared fixtures of the browser tests: the built site, a loopback HTTP
server, headless Chromium (script on, script blocked, JavaScript off) and
axe-core.

The site is built by Scripts/test.d/40-browser.sh and named by SITEGEN_SITE
(a folder with index.html). Without it the tests build the fixture site
Tests/Fixtures/sites/matrix themselves with the debug binary.
"""
import contextlib
import functools
import http.server
import os
import pathlib
import subprocess
import tempfile
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPO = pathlib.Path(__file__).resolve().parents[2]
FIXTURE = REPO / "Tests" / "Fixtures" / "sites" / "matrix"


def pytest_configure(config):
    config.addinivalue_line("markers", "sample: runs against the sample site too (40-browser.sh -m sample)")


def build_site(root, output, templates=None):
    """Builds a site with the sitegen binary named by SITEGEN_BIN (or the debug build)."""
    binary = os.environ.get("SITEGEN_BIN")
    command = [binary] if binary else ["swift", "run", "--package-path", str(REPO), "sitegen"]
    command += ["build", "--quiet", "--root", str(root), "--output", str(output)]
    if templates:
        command += ["--templates", str(templates)]
    subprocess.run(command, check=True, cwd=REPO)
    return pathlib.Path(output)


@pytest.fixture(scope="session")
def site():
    """The built site's folder."""
    if os.environ.get("SITEGEN_SITE"):
        return pathlib.Path(os.environ["SITEGEN_SITE"])
    return build_site(FIXTURE, pathlib.Path(tempfile.mkdtemp()) / "public")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(site):
    """Base URL of the site served on the loopback interface."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@contextlib.contextmanager
def serving(folder):
    """Serves `folder` on the loopback interface while the block runs; yields its base URL."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def make_driver(javascript=True, width=1280, height=900):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--lang=zh-CN", "--allow-file-access-from-files"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(20)
    return driver


@pytest.fixture(scope="session")
def browser():
    driver = make_driver()
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def phone():
    """A phone-sized viewport (desktop Chromium will not make a window this narrow)."""
    driver = make_driver()
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True})
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def blocked_browser():
    """Chromium with sitegen.js blocked (as by a failed download or a strict proxy)."""
    driver = make_driver()
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*sitegen.js*"]})
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def nojs_browser():
    driver = make_driver(javascript=False)
    yield driver
    driver.quit()


@pytest.fixture()
def page(browser, server):
    """Opens a page of the site (path relative to the root) in the shared browser, with a clean fragment."""
    def open_page(path, fragment=""):
        browser.get("about:blank")
        browser.get(server + path + (("#" + fragment) if fragment else ""))
        return browser
    return open_page


def html_pages(site):
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))

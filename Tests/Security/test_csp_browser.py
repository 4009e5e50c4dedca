"""The default layout's Content-Security-Policy holds in a real Chromium: the
sample site's pages raise no violation, from file:// and from a loopback
HTTP server, while a page with inline script and styles (the control) does.

Run: SITEGEN_BIN=.build/release/sitegen python3 -m unittest discover -s Tests/Security -p 'test_csp*' -v
"""
import functools
import http.server
import os
import re
import shutil
import subprocess
import tempfile
import threading
import unittest

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

BINARY = os.environ.get("SITEGEN_BIN", ".build/release/sitegen")
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
VIOLATION = re.compile(r"Content Security Policy|Refused to (execute|load|apply|evaluate|run)", re.I)


def browser():
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--allow-file-access-from-files"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class CSPTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = tempfile.mkdtemp(prefix="sitegen-csp-")
        public = os.path.join(cls.out, "public")
        subprocess.run([BINARY, "build", "--root", REPO, "--output", public, "--quiet"], check=True, timeout=300)
        cls.pages = sorted(os.path.relpath(os.path.join(folder, name), public)
                           for folder, _, names in os.walk(public) for name in names if name.endswith(".html"))
        # The control: a built page with inline script, an inline handler and inline styles added.
        with open(os.path.join(public, "index.html"), encoding="utf-8") as f:
            html = f.read()
        control = html.replace("</main>", '<script>document.title="inline ran"</script>'
                               '<img src="x.png" onerror="document.title=\'handler ran\'">'
                               '<p style="color:red">styled</p><style>p{color:red}</style></main>')
        with open(os.path.join(public, "control.html"), "w", encoding="utf-8") as f:
            f.write(control)
        handler = functools.partial(QuietHandler, directory=public)
        cls.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.base_http = f"http://127.0.0.1:{cls.server.server_address[1]}/"
        cls.base_file = "file://" + public + "/"
        cls.driver = browser()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.shutdown()
        shutil.rmtree(cls.out, ignore_errors=True)

    def violations(self, url):
        self.driver.get_log("browser")  # drop what came before
        self.driver.get(url)
        self.driver.execute_script("return document.readyState")
        return [entry["message"] for entry in self.driver.get_log("browser") if VIOLATION.search(entry["message"])]

    def test_pages_raise_no_violation(self):
        self.assertGreaterEqual(len(self.pages), 5)
        for base in (self.base_file, self.base_http):
            for page in self.pages:
                if page == "control.html":
                    continue
                with self.subTest(url=base + page):
                    self.assertEqual(self.violations(base + page), [])

    def test_theme_styles_apply(self):
        """'self' covers the theme's own files, from file:// too: Chromium matches 'self' on a file: page
        against file: URLs, so the policy needs no file: special case (checked, not assumed)."""
        for base in (self.base_file, self.base_http):
            with self.subTest(base=base):
                self.driver.get(base + "index.html")
                skip_link = self.driver.execute_script(
                    "return getComputedStyle(document.querySelector('.skip-link')).position")
                self.assertEqual(skip_link, "absolute")  # a rule from assets/sitegen.css

    def test_control_page_is_blocked(self):
        for base in (self.base_file, self.base_http):
            with self.subTest(base=base):
                messages = self.violations(base + "control.html")
                self.assertTrue(any("script" in m for m in messages), messages)
                self.assertTrue(any("style" in m for m in messages), messages)
                self.assertNotIn("ran", self.driver.title)


if __name__ == "__main__":
    unittest.main()

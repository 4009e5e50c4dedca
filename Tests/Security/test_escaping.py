"""Every value that reaches HTML is escaped for its context; raw HTML and
script URLs are neutralised unless the site turns raw HTML on.

Run: SITEGEN_BIN=.build/release/sitegen python3 -m unittest discover -s Tests/Security -v
"""
import json
import os
import shutil
import unittest

import hostile_site as hs

BINARY = os.environ.get("SITEGEN_BIN", ".build/release/sitegen")


class EscapingTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root, cls.result = hs.build(BINARY)
        cls.pages = dict(hs.pages(cls.root))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.root, ignore_errors=True)

    def test_builds(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        self.assertGreaterEqual(len(self.pages), 4, sorted(self.pages))

    def test_no_executable_markup(self):
        for path, html in self.pages.items():
            with self.subTest(page=path):
                self.assertEqual(hs.problems(html), [])

    def test_payloads_survive_as_text(self):
        """Escaped, not stripped: the reader sees exactly what the author wrote."""
        home = hs.text_of(self.pages["public/index.html"])
        for payload in hs.PAYLOADS:
            self.assertIn("Site " + hs.ALL, home)          # site title (header)
            self.assertIn("Home " + hs.ALL, home)          # page title
            self.assertIn(payload, home)
        page = next(html for path, html in self.pages.items() if path.startswith("public/guide/x"))
        text = hs.text_of(page)
        # From front matter and annotations: kept exactly. (Raw HTML inside Markdown text and
        # cells is omitted by cmark's safe mode instead, which test_no_executable_markup covers.)
        for expected in ["Page " + hs.ALL, "Cap " + hs.ALL, "Label " + hs.ALL, hs.SCRIPT + " " + hs.IMG]:
            self.assertIn(expected, text)

    def test_mustache_in_content_is_not_expanded(self):
        for path, html in self.pages.items():
            text = hs.text_of(html)
            if "{{" in hs.text_of(html):
                self.assertIn(hs.MUSTACHE, text, path)

    def test_attributes_keep_their_values(self):
        """Values in attributes (description, OpenGraph, time) are escaped, not cut."""
        page = next(html for path, html in self.pages.items() if path.startswith("public/guide/x"))
        document = hs.html5lib.parse(page, namespaceHTMLElements=False)
        description = document.find(".//meta[@name='description']")
        self.assertEqual(description.get("content"), hs.IMG)
        og_title = document.find(".//meta[@property='og:title']")
        self.assertEqual(og_title.get("content"), "Page " + hs.ALL)
        self.assertEqual(document.find(".//time").get("datetime"), "2026-01-31")

    def test_refused_values(self):
        """A date or language carrying markup never reaches an attribute: the build refuses it."""
        root, result = hs.build_refused(BINARY)
        try:
            self.assertEqual(result.returncode, 1, result.stderr)
            self.assertIn("error: 'date' must be a date like 2026-01-31", result.stderr)
            self.assertIn("error: 'lang' must be a BCP 47 language tag", result.stderr)
            self.assertFalse(os.path.exists(os.path.join(root, "public")))
        finally:
            shutil.rmtree(root, ignore_errors=True)

    def test_json_islands_and_search_index_parse(self):
        """JSON data (islands and the search index, when the theme writes them) round-trips U+2028."""
        for folder, _, names in os.walk(os.path.join(self.root, "public")):
            for name in names:
                if name.endswith(".json"):
                    with open(os.path.join(folder, name), encoding="utf-8") as f:
                        text = f.read()
                    json.loads(text)
                    self.assertNotIn("</script", text.lower())
        for path, html in self.pages.items():
            self.assertNotIn("<!--", "".join(
                s.text or "" for s in hs.html5lib.parse(html, namespaceHTMLElements=False).iter("script")), path)

    def test_search_index_files_are_one_assignment_of_json_each(self):
        """search-index.js and its shards run as scripts: each must be exactly one assignment of JSON
        (`window.sitegenSearch=<JSON>;`, `sitegenSearch.shards["URL"]=<JSON>;`, URL as the manifest
        names the shard) with the payloads inside JSON strings (U+2028/2029 escaped, so older JS
        engines parse it too)."""
        public = os.path.join(self.root, "public")
        scripts = {"search-index.js": "window.sitegenSearch="}
        with open(os.path.join(public, "search-index.js"), encoding="utf-8") as f:
            manifest = json.loads(f.read()[len(scripts["search-index.js"]):-2])
        urls = {url.split("?")[0]: url for url in manifest["termFiles"] + manifest["documentFiles"]}
        for name in sorted(os.listdir(os.path.join(public, "search-index"))):
            path = "search-index/" + name
            scripts[path] = 'sitegenSearch.shards["%s"]=' % urls.get(path, "not in the manifest")
        self.assertGreater(len(scripts), 2)
        data = {}
        for path, prefix in scripts.items():
            with open(os.path.join(public, path), encoding="utf-8") as f:
                script = f.read()
            suffix = ";\n"
            self.assertTrue(script.startswith(prefix) and script.endswith(suffix), path + ": " + script[:80])
            data[path] = json.loads(script[len(prefix):-len(suffix)])
            self.assertNotIn("\u2028", script, path)
            self.assertNotIn("\u2029", script, path)
            self.assertNotIn("<", script, path)
        self.assertIn("Home " + hs.ALL, [doc[1] for doc in data["search-index/d0.js"]])
        self.assertEqual(len(data["search-index.js"]["termFiles"]) + len(data["search-index.js"]["documentFiles"]),
                         len(scripts) - 1)

    def test_script_urls_are_dropped(self):
        home = self.pages["public/index.html"]
        document = hs.html5lib.parse(home, namespaceHTMLElements=False)
        links = {a.text: a.get("href") for a in document.iter("a")}
        for label in ["js", "JS", "vb", "data", "ent", "angle", "javascript:alert(10)"]:
            self.assertIn(label, links)
            self.assertEqual(links[label], "", f"{label}: {links[label]}")
        self.assertTrue(links["ok"].startswith("https://example.org/"))


class RawHTMLTests(unittest.TestCase):
    """`markdown: {raw-html: true}` trusts the authors: raw HTML passes, but
    cmark-gfm's tag filter still disarms <script>, <iframe> and friends."""

    @classmethod
    def setUpClass(cls):
        cls.root, cls.result = hs.build(BINARY, raw_html=True)
        cls.pages = dict(hs.pages(cls.root))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.root, ignore_errors=True)

    def test_tag_filter_still_applies(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        for path, html in self.pages.items():
            with self.subTest(page=path):
                found = [p for p in hs.problems(html, allow_raw=True) if p.startswith("script element")]
                self.assertEqual(found, [])

    def test_raw_html_passes(self):
        home = hs.html5lib.parse(self.pages["public/index.html"], namespaceHTMLElements=False)
        self.assertTrue(any(img.get("onerror") for img in home.iter("img")), "raw <img onerror> should pass")


if __name__ == "__main__":
    unittest.main()

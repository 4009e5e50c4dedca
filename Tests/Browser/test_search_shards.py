"""Search on a site whose index is many shards: a query loads the manifest and only the shards
its terms and first results need, finds documents in any shard, ranks sections whose title or
heading holds the query first, works from file://, and says so when a shard cannot be loaded."""
import pathlib
import shutil
import tempfile

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO, build_site, make_driver

PAGES = 240
COMMON = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
          "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
          "uniform", "victor", "whiskey", "xray", "yankee", "zulu", "amber", "basalt", "cobalt", "dune",
          "ember", "flint", "garnet", "heron", "iris", "jade", "kelp", "lotus", "maple", "nectar"]


def readable_templates(work):
    """A templates folder with the theme's readable scripts in place of the shipped ones."""
    templates = work / "templates"
    (templates / "assets").mkdir(parents=True)
    for name in ("sitegen.js", "search.js"):
        shutil.copy(REPO / "Scripts" / "js" / name, templates / "assets" / name)
    return templates


def write_site(site, first=()):
    """A site of PAGES pages, three sections each, every section holding the COMMON words; `first`
    names extra pages that sort before them (their documents come first in the index)."""
    content = site / "Content"
    (content / "docs").mkdir(parents=True, exist_ok=True)
    (site / "sitegen.yml").write_text("title: Shards\nlanguage: en\n", encoding="utf-8")
    (content / "_index.md").write_text("---\ntitle: Home\n---\n\nWelcome.\n", encoding="utf-8")
    prose = " ".join(COMMON)
    for name in first:
        (content / "docs" / f"{name}.md").write_text(
            f"---\ntitle: {name.title()}\n---\n\nA new page about {name}. {prose}\n", encoding="utf-8")
    for n in range(PAGES):
        heading = "Zircon notes" if n == 200 else "Details"
        (content / "docs" / f"page-{n:03}.md").write_text(
            f"---\ntitle: Page {n}\n---\n\nUnique marker uniq{n:03}. {prose} zircon.\n\n"
            f"## Usage\n\n{prose}\n\n## {heading}\n\n{prose}\n", encoding="utf-8")


@pytest.fixture(scope="module", params=["shipped", "readable"])
def sharded(request):
    """The site of write_site, built with the shipped (minified) script and with its readable source."""
    work = pathlib.Path(tempfile.mkdtemp())
    templates = readable_templates(work) if request.param == "readable" else None
    write_site(work / "site")
    public = build_site(work / "site", work / "public", templates)
    yield public
    shutil.rmtree(work)


def search(driver, query):
    box = driver.find_element(By.ID, "search-input")
    box.clear()
    box.send_keys(query)
    # (The site is in English: "N results for “query”"; the quotes tell "zirc" from "zircon".)
    WebDriverWait(driver, 10).until(
        lambda d: f"“{query}”" in d.find_element(By.ID, "search-status").get_attribute("textContent"))
    return driver.find_elements(By.CSS_SELECTOR, "#search-results a")


def loaded_shards(driver):
    # (file:// loads are not in the resource timeline: the script elements the search added are.)
    names = driver.execute_script("return [...document.scripts].map(s => s.src)")
    return sorted({name.split("/search-index/")[1].split("?")[0] for name in names if "/search-index/" in name})


def test_a_query_loads_only_the_shards_it_needs(sharded, browser):
    shards = sorted(p.name for p in (sharded / "search-index").iterdir())
    assert sum(name.startswith("t") for name in shards) >= 2 and sum(name.startswith("d") for name in shards) >= 5
    browser.get((sharded / "docs" / "page-007" / "index.html").as_uri())
    results = search(browser, "uniq173")
    assert [r.get_attribute("href").split("/")[-3:-1] for r in results] == [["docs", "page-173"]]
    assert results[0].get_attribute("href").startswith("file://")
    used = loaded_shards(browser)
    assert len([n for n in used if n.startswith("t")]) == 1 and len([n for n in used if n.startswith("d")]) == 1, used


def test_common_words_count_every_section_and_rank_headings_first(sharded, browser):
    browser.get((sharded / "index.html").as_uri())
    results = search(browser, "zircon")
    status = browser.find_element(By.ID, "search-status").text
    assert f"{PAGES + 1} results" in status, status  # the top of every page, and one heading
    first = results[0].get_attribute("href")
    assert first.endswith("docs/page-200/index.html#zircon-notes"), first
    assert results[0].text.startswith("Page 200 › Zircon notes")
    assert len(results) == 20
    prefix = search(browser, "zirc")
    assert prefix[0].get_attribute("href") == first, "the last word matches as a prefix"
    assert f"{PAGES + 1} results" in browser.find_element(By.ID, "search-status").text


@pytest.mark.parametrize("script", ["shipped", "readable"])
def test_a_page_open_across_a_rebuild_searches_the_new_build(script, browser):
    """A reader's page holds the manifest of the build it was loaded from; after a deploy, the shards
    it loads are the new build's (a server ignores ?v=). Mixing them would give one build's document
    numbers to the other's documents: wrong titles and links. The script sees that a shard is not the
    one its manifest names, loads the manifest again and answers from the new build."""
    work = pathlib.Path(tempfile.mkdtemp())
    try:
        templates = readable_templates(work) if script == "readable" else None
        write_site(work / "site")
        public = build_site(work / "site", work / "public", templates)
        browser.get((public / "docs" / "page-007" / "index.html").as_uri())
        assert [r.text.split("\n")[0] for r in search(browser, "uniq005")] == ["Page 5"]
        # The new build: two pages sort before the others (every later document's number moves) and
        # a word the old index did not have.
        write_site(work / "site", first=["aardvark", "abacus"])
        build_site(work / "site", work / "public", templates)
        results = search(browser, "uniq173")
        assert [(r.text.split("\n")[0], r.get_attribute("href").split("/")[-2]) for r in results] == \
            [("Page 173", "page-173")]
        assert [r.text.split("\n")[0] for r in search(browser, "aardvark")] == ["Aardvark"]
        assert [r.text.split("\n")[0] for r in search(browser, "uniq005")] == ["Page 5"]
        assert "could not be loaded" not in browser.find_element(By.ID, "search-status").text
    finally:
        shutil.rmtree(work)


def blocked(pattern):
    """A fresh Chromium that fails every load of a URL matching `pattern`."""
    driver = make_driver()
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": [pattern]})
    return driver


def test_a_shard_that_cannot_load_is_reported(sharded):
    driver = blocked("*search-index/t*")
    try:
        driver.get((sharded / "index.html").as_uri())
        box = driver.find_element(By.ID, "search-input")
        box.send_keys("uniq005")
        status = driver.find_element(By.ID, "search-status")
        WebDriverWait(driver, 10).until(lambda d: "could not be loaded" in status.get_attribute("textContent"))
        assert not driver.find_elements(By.CSS_SELECTOR, "#search-results a")
    finally:
        driver.quit()


def test_a_search_script_that_cannot_load_is_reported(sharded):
    driver = blocked("*assets/search.js*")
    try:
        driver.get((sharded / "index.html").as_uri())
        driver.find_element(By.ID, "search-input").click()
        status = driver.find_element(By.ID, "search-status")
        WebDriverWait(driver, 10).until(lambda d: "could not be loaded" in status.get_attribute("textContent"))
    finally:
        driver.quit()


OLD_HEADER = (REPO / "Tests" / "Browser" / "header-before-search-js.mustache")


def test_a_header_template_from_before_search_js_still_searches(browser):
    """A site that overrides partials/header with a copy from before search.js (no data-script,
    no data-failed) keeps a working search: the page script finds search.js beside itself."""
    work = pathlib.Path(tempfile.mkdtemp())
    try:
        (work / "site" / "Content").mkdir(parents=True)
        (work / "site" / "Templates" / "partials").mkdir(parents=True)
        shutil.copy(OLD_HEADER, work / "site" / "Templates" / "partials" / "header.mustache")
        (work / "site" / "sitegen.yml").write_text("title: Old header\nlanguage: en\n", encoding="utf-8")
        (work / "site" / "Content" / "_index.md").write_text("---\ntitle: Home\n---\n\nWelcome.\n", encoding="utf-8")
        (work / "site" / "Content" / "kept.md").write_text("---\ntitle: Kept\n---\n\nA quokka lives here.\n",
                                                           encoding="utf-8")
        public = build_site(work / "site", work / "public")
        assert 'data-script' not in (public / "index.html").read_text(encoding="utf-8")
        browser.get((public / "index.html").as_uri())
        results = search(browser, "quokka")
        assert [r.get_attribute("href").split("/")[-2] for r in results] == ["kept"]
    finally:
        shutil.rmtree(work)

"""Site search: Chinese phrases, English words, keyboard, file://."""
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def search(driver, query):
    box = driver.find_element(By.ID, "search-input")
    box.clear()
    box.send_keys(query)
    WebDriverWait(driver, 5).until(
        lambda d: d.find_element(By.ID, "search-status").get_attribute("textContent").count(query) > 0)
    return driver.find_elements(By.CSS_SELECTOR, "#search-results a")


def test_finds_a_chinese_phrase_at_its_heading(page):
    driver = page("index.html")
    results = search(driver, "反悔期")
    assert results, driver.find_element(By.ID, "search-status").text
    first = results[0]
    assert first.get_attribute("href").endswith("methods/cancel/index.html#%E5%8F%8D%E6%82%94%E6%9C%9F")
    assert first.text.startswith("注销账户 › 反悔期")
    assert "找到" in driver.find_element(By.ID, "search-status").text


def test_finds_table_cells_and_ranks_titles_first(page):
    driver = page("methods/index.html")
    results = search(driver, "解绑银行卡")
    hrefs = [r.get_attribute("href") for r in results]
    assert "methods/unbind/index.html" in hrefs[0]
    assert any("overview/index.html#" in h for h in hrefs), "matrix cells are indexed"


def test_traditional_chinese_finds_simplified(page):
    # The fixture is Simplified; a reader typing Traditional (銀行卡, 反悔期 has the same forms) finds
    # the same pages, ranked the same, and the status quotes the query as typed.
    driver = page("index.html")
    simplified = [r.get_attribute("href") for r in search(driver, "解绑银行卡")]
    traditional = [r.get_attribute("href") for r in search(driver, "解綁銀行卡")]
    assert simplified and traditional == simplified
    assert "解綁銀行卡" in driver.find_element(By.ID, "search-status").text


def test_finds_an_english_word_and_prefixes(page):
    driver = page("index.html")
    results = search(driver, "serendipity")
    assert [r.get_attribute("href").split("/")[-3:] for r in results] == [["en", "cards", "index.html"]]
    assert len(search(driver, "serendip")) == 1, "the last word matches as a prefix while typing"
    assert search(driver, "xylophone") == []
    assert "No results" in driver.find_element(By.ID, "search-status").text or "没有找到" in \
        driver.find_element(By.ID, "search-status").text


def test_finds_words_of_any_script(page):
    driver = page("index.html")
    arabic = ["ar", "compare", "index.html"]
    # Whole words, prefixes, any case, final sigma, Arabic vowel marks (the page has none).
    for query in ["الاستضافة", "الاستض", "хостинг", "ХОСТ", "οδος", "مُقارَنة"]:
        results = search(driver, query)
        assert results and results[0].get_attribute("href").split("#")[0].split("/")[-3:] == arabic, query


def test_skip_link_moves_to_the_content(page):
    driver = page("index.html")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    skip = driver.switch_to.active_element
    assert skip.get_attribute("class") == "skip-link" and skip.is_displayed()
    skip.send_keys(Keys.ENTER)
    assert driver.switch_to.active_element.get_attribute("id") == "main"


def test_keyboard_only(page):
    driver = page("index.html")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)  # the skip link comes first
    assert driver.switch_to.active_element.get_attribute("class") == "skip-link"
    driver.switch_to.active_element.send_keys(Keys.TAB, Keys.TAB)  # the site title, then the search box
    assert driver.switch_to.active_element.get_attribute("id") == "search-input"
    search(driver, "银行卡")
    driver.switch_to.active_element.send_keys(Keys.TAB)
    assert driver.switch_to.active_element.get_attribute("href").endswith(
        driver.find_element(By.CSS_SELECTOR, "#search-results a").get_attribute("href"))
    outline = driver.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), "focus is visible"
    box = driver.find_element(By.ID, "search-input")
    box.send_keys(Keys.ESCAPE)
    assert box.get_attribute("value") == ""
    WebDriverWait(driver, 2).until(lambda d: not d.find_elements(By.CSS_SELECTOR, "#search-results a"))
    first = search(driver, "银行卡")[0].get_attribute("href")
    start = driver.current_url
    box.send_keys(Keys.ENTER)
    WebDriverWait(driver, 5).until(lambda d: d.current_url != start)
    assert driver.current_url == first


def test_search_from_file_urls(site, browser):
    browser.get((site / "methods" / "cancel" / "index.html").as_uri())
    results = search(browser, "银行卡")
    assert results and all(r.get_attribute("href").startswith("file://") for r in results)

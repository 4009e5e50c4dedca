"""A page in a right-to-left language (the matrix fixture's Arabic page) is laid
out right to left: the sidebar on the right, text starting at the right, the
matrix's option column stuck to the right edge while the table scrolls; the
Chinese pages stay left to right. axe-core and the Nu HTML Checker cover the
page with every other page (test_accessibility.py)."""
from selenium.webdriver.common.by import By

ARABIC = "ar/compare/index.html"
OVERVIEW = "overview/index.html"


def rect(driver, selector):
    return driver.execute_script(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "return {left: r.left, right: r.right, width: r.width};", selector)


def test_the_arabic_page_is_right_to_left_and_the_rest_is_not(page):
    driver = page(ARABIC)
    assert driver.execute_script("return document.documentElement.dir") == "rtl"
    assert driver.execute_script("return getComputedStyle(document.body).direction") == "rtl"
    sidebar, main = rect(driver, "#site-nav"), rect(driver, "main")
    assert sidebar["left"] > main["right"] - 1, "the sidebar is on the right of the content"
    # The body's text and the table's cells start at the right.
    paragraph = driver.find_element(By.CSS_SELECTOR, ".page-body p")
    assert driver.execute_script("return getComputedStyle(arguments[0]).textAlign", paragraph) in ("start", "right")
    # Arabic-Indic digits are numbers: the lowest price (٥) and the most sites (٥٠) are marked best.
    best = [(c.get_attribute("data-sort-value"), c.text.split()[0])
            for c in driver.find_elements(By.CSS_SELECTOR, ".table-matrix td")
            if c.find_elements(By.CSS_SELECTOR, ".best-mark:not([hidden])")]
    assert best == [("5", "٥"), ("50", "٥٠"), ("500", "٥٠٠")], best
    cell = driver.find_element(By.CSS_SELECTOR, ".table-matrix td")
    assert driver.execute_script("return getComputedStyle(arguments[0]).textAlign", cell) == "start"
    # The current page's marker in the sidebar is on its right (inline-start) edge.
    current = driver.find_element(By.CSS_SELECTOR, '.nav-tree a[aria-current="page"]')
    assert driver.execute_script("return getComputedStyle(arguments[0]).boxShadow", current).endswith("inset") \
        and "-3px" in driver.execute_script("return getComputedStyle(arguments[0]).boxShadow", current)
    separator = driver.execute_script(
        "return getComputedStyle(document.querySelector('.breadcrumbs li + li'), '::before').content")
    # U+203A is a mirrored character: in a right-to-left line the browser draws it as ‹, pointing on
    # along the path (writing ‹ would draw ›).
    assert separator == '"›"'

    driver = page(OVERVIEW)
    assert driver.execute_script("return document.documentElement.dir") == "ltr"
    sidebar, main = rect(driver, "#site-nav"), rect(driver, "main")
    assert sidebar["right"] < main["left"] + 1, "the sidebar is on the left of the content"


def test_the_option_column_sticks_to_the_right_edge_while_the_matrix_scrolls(phone, server):
    phone.get(server + ARABIC)
    width = phone.execute_script("return document.documentElement.clientWidth")
    assert phone.execute_script("return document.documentElement.scrollWidth") <= width, "no sideways page scroll"
    scroller = phone.find_element(By.CSS_SELECTOR, ".matrix-scroll")
    assert phone.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", scroller)
    option = phone.find_element(By.CSS_SELECTOR, ".table-matrix tbody th")
    edge = lambda: phone.execute_script(
        "return arguments[1].getBoundingClientRect().right - arguments[0].getBoundingClientRect().right",
        scroller, option)
    assert abs(edge()) < 2, "the option column starts at the right edge"
    # Scroll towards the end (leftwards in a right-to-left box: negative scrollLeft).
    phone.execute_script("arguments[0].scrollLeft = -arguments[0].scrollWidth", scroller)
    assert phone.execute_script("return arguments[0].scrollLeft", scroller) < -50
    assert abs(edge()) < 2, "the option column stays at the right edge"
    last = phone.find_elements(By.CSS_SELECTOR, ".table-matrix tbody tr:first-child td")[-1]
    assert phone.execute_script(
        "return arguments[0].getBoundingClientRect().left >= arguments[1].getBoundingClientRect().left - 2",
        last, scroller), "the last criterion scrolled into view on the left"

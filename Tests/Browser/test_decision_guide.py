"""The documentation's decision-page guide (docs/Content/guides/decision-page.md): prices typed as
money sort by amount, the free option is best, and constraints written by value (`requires`) rule
options out in the browser. Runs only where that page is (the documentation site)."""
import pytest
from selenium.webdriver.common.by import By

from matrixpage import MatrixPage

pytestmark = pytest.mark.sample


@pytest.fixture()
def hosting(page):
    driver = page("guides/decision-page/index.html")
    if not driver.find_elements(By.ID, "matrix-hosting"):
        pytest.skip("this site has no decision-page guide")
    return MatrixPage(driver, "hosting")


def test_prices_sort_by_amount_and_free_is_best(hosting):
    matrix = hosting
    assert matrix.order() == ["Static host", "Object storage", "Own server"]
    matrix.sort("Monthly cost", times=2)
    assert matrix.order() == ["Own server", "Object storage", "Static host"]
    assert matrix.best("Monthly cost") == ["Static host"]


def test_requirements_by_value_rule_options_out(hosting):
    matrix = hosting
    matrix.checkbox("At most $5 a month").click()
    assert matrix.order() == ["Static host", "Object storage"]
    assert matrix.status().startswith("2 of 3 options shown.")
    matrix.checkbox("Running within an hour").click()
    assert matrix.order() == ["Static host"]
    matrix.checkbox("I need my own domain").click()
    assert matrix.order() == ["Static host"], "every option has its own domain: nothing more is ruled out"


def test_the_reader_asks_the_rule_table(page):
    driver = page("guides/decision-page/index.html")
    forms = driver.find_elements(By.CSS_SELECTOR, 'form[data-table="tbl-pick-host"]')
    if not forms:
        pytest.skip("this site has no decision-page guide")
    from selenium.webdriver.support.ui import Select
    selects = forms[0].find_elements(By.TAG_NAME, "select")
    Select(selects[0]).select_by_visible_text("< $1/month")
    Select(selects[1]).select_by_visible_text("yes")
    assert forms[0].find_element(By.CLASS_NAME, "decide-result").text == "Result: Object storage (#2)"
    Select(selects[0]).select_by_visible_text("≥ $6/month")
    assert forms[0].find_element(By.CLASS_NAME, "decide-result").text == "Result: Own server (#4)"

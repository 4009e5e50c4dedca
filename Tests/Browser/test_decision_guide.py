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

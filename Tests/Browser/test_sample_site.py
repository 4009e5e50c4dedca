"""The issue's "done when", on the sample site's overview page (the home
page): a reader says "I must keep my account", weights 恢复可能性 highest and
sees the options re-ranked with the reason. Runs only where that matrix is."""
import pytest
from selenium.webdriver.common.by import By

from matrixpage import MatrixPage

pytestmark = pytest.mark.sample


@pytest.fixture()
def overview(page):
    driver = page("index.html")
    if not driver.find_elements(By.ID, "matrix-methods") or not driver.find_elements(By.CSS_SELECTOR, "[data-s=x]"):
        pytest.skip("this site's home page has no matrix with constraints")
    return MatrixPage(driver, "methods")


def test_keep_my_account_and_weight_recovery_highest(overview):
    matrix = overview
    assert matrix.order() == ["注销账户", "解绑银行卡", "替换实名"]
    matrix.checkbox("我必须保留账号").click()
    assert matrix.order() == ["解绑银行卡", "替换实名"]
    assert "2 / 3" in matrix.status()
    matrix.weight("恢复可能性").select_by_visible_text("非常重要")
    assert matrix.order() == ["解绑银行卡", "替换实名"]
    assert matrix.sorted_headers() == {"综合得分": "descending"}
    assert matrix.score_cell("解绑银行卡").find_element(By.CSS_SELECTOR, ".matrix-reason").text == "优势:恢复可能性、操作耗时"
    view = matrix.view()
    assert "要求:我必须保留账号。" in view and "权重:恢复可能性:非常重要。" in view and "已按综合得分排名" in view
    # With one option left nothing is "best" against anything, so no reason is claimed.
    matrix.checkbox("解绑银行卡").click()
    assert matrix.order() == ["替换实名"]
    assert matrix.score_cell("替换实名").find_element(By.CSS_SELECTOR, ".matrix-reason").text == ""


def test_sorting_the_sample_matrix(overview):
    matrix = overview
    matrix.sort("操作耗时")
    assert matrix.order() == ["解绑银行卡", "替换实名", "注销账户"]
    matrix.sort("解除方式")
    assert matrix.order() == ["解绑银行卡", "替换实名", "注销账户"]  # jiě, tì, zhù

"""The matrix without the script, in print, and on a narrow screen."""
import pytest
from selenium.webdriver.common.by import By

from matrixpage import MatrixPage

OVERVIEW = "overview/index.html"


def test_javascript_off_shows_the_full_accessible_table(nojs_browser, server):
    nojs_browser.get(server + OVERVIEW)
    matrix = MatrixPage(nojs_browser, "methods")
    assert matrix.order() == ["注销账户", "解绑银行卡", "替换实名"]
    assert matrix.headers() == ["方式", "操作耗时", "数据留存", "功能影响", "恢复可能性", "综合得分"]
    assert matrix.find("caption").text == "三种解除方式对比"
    assert {th.get_attribute("scope") for th in matrix.find_all("thead th")} == {"col"}
    assert {th.get_attribute("scope") for th in matrix.find_all("tbody th")} == {"row"}
    links = [a.get_attribute("href") for a in matrix.find_all("tbody th a")]
    assert [link.split("/")[-2] for link in links] == ["cancel", "unbind", "replace"]
    # Canonical sort values: seconds, category ranks.
    assert [td.get_attribute("data-sort-value") for td in matrix.find_all("tbody tr td:nth-of-type(1)")] \
        == ["5184900", "0", "300"]
    assert [td.get_attribute("data-sort-value") for td in matrix.find_all("tbody tr td:nth-of-type(4)")] == ["0", "2", "1"]
    # No dead controls: nothing to click but links.
    assert not matrix.find(".matrix-controls").is_displayed()
    assert not [b for b in nojs_browser.find_elements(By.CSS_SELECTOR, "button, input, select") if b.is_displayed()]
    assert not nojs_browser.find_element(By.ID, "site-search").is_displayed()
    # The build's default ranking and best marks are there already.
    assert matrix.best("恢复可能性") == ["解绑银行卡"]
    assert matrix.score_cell("解绑银行卡").text.startswith("100")


def test_script_blocked_shows_the_full_table(blocked_browser, server):
    blocked_browser.get(server + OVERVIEW)
    matrix = MatrixPage(blocked_browser, "methods")
    assert matrix.order() == ["注销账户", "解绑银行卡", "替换实名"]
    assert not matrix.find(".matrix-controls").is_displayed()
    assert not matrix.find_all("thead button")
    assert matrix.find(".matrix-view").text == ""


def test_sticky_header_and_first_column(page):
    matrix = MatrixPage(page(OVERVIEW), "methods")
    style = lambda e: matrix.driver.execute_script("return getComputedStyle(arguments[0]).position", e)
    assert {style(th) for th in matrix.find_all("thead th")} == {"sticky"}
    assert {style(th) for th in matrix.find_all("tbody th")} == {"sticky"}


@pytest.mark.parametrize("motion, animated", [("reduce", False), ("no-preference", True)])
def test_animations_only_without_reduced_motion(page, motion, animated):
    driver = page(OVERVIEW)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"media": "", "features": [{"name": "prefers-reduced-motion", "value": motion}]})
    try:
        MatrixPage(driver, "methods").open_choices()
        assert (driver.execute_script("return document.getAnimations().length") > 0) == animated
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})


def test_print_hides_controls_and_states_the_view(page):
    driver = page(OVERVIEW, "methods.req=keep-account&methods.sort=4d")
    matrix = MatrixPage(driver, "methods")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not matrix.find(".matrix-controls").is_displayed()
        assert not driver.find_element(By.ID, "site-search").is_displayed()
        assert driver.execute_script("return getComputedStyle(arguments[0], '::after').display",
                                     matrix.header("恢复可能性").find_element(By.TAG_NAME, "button")) == "none"
        assert matrix.view() == "显示 2 / 3 个方案。要求:我必须保留账号。已按“恢复可能性”降序排列。"
        assert matrix.order() == ["解绑银行卡", "替换实名"]
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_usable_at_360_pixels(phone, server):
    phone.get(server + OVERVIEW)
    width = phone.execute_script("return document.documentElement.clientWidth")
    assert width <= 360
    assert phone.execute_script("return document.documentElement.scrollWidth") <= width, "no sideways page scroll"
    matrix = MatrixPage(phone, "methods")
    scroller = matrix.find(".matrix-scroll")
    assert phone.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", scroller), \
        "the table scrolls inside its own box"
    corner = matrix.find("tbody th")
    assert phone.execute_script("return getComputedStyle(arguments[0]).position", corner) == "sticky"
    for control in [matrix.find("details summary"), matrix.find("[data-r]")]:
        assert control.is_displayed() and control.rect["x"] + control.rect["width"] <= width
    matrix.checkbox("我必须保留账号").click()
    matrix.sort("操作耗时")
    assert matrix.order() == ["解绑银行卡", "替换实名"]

"""Choosing what to compare, best marks, weights and constraints."""
from matrixpage import MatrixPage

OVERVIEW = "overview/index.html"
CARDS = "en/cards/index.html"


def test_hiding_options_and_criteria(page):
    matrix = MatrixPage(page(OVERVIEW), "methods")
    box = matrix.checkbox("注销账户")
    box.click()
    assert matrix.order() == ["解绑银行卡", "替换实名"]
    assert matrix.driver.switch_to.active_element == box, "focus stays on the checkbox"
    assert "显示 2 / 3 个方案" in matrix.status()
    matrix.checkbox("数据留存").click()
    assert "数据留存" not in matrix.headers()
    assert all(len([c for c in row.find_elements("css selector", "td") if c.is_displayed()]) == 4
               for row in matrix.find_all("tbody tr") if row.is_displayed())
    assert "数据留存" in matrix.view()
    assert matrix.fragment() == "#methods.hide=0&methods.cols=1"


def test_only_differences_hides_equal_criteria(page):
    matrix = MatrixPage(page(CARDS), "cards")
    matrix.checkbox("Credit").click()
    matrix.checkbox("Overseas").click()
    assert "Online" in matrix.headers()
    matrix.checkbox("Show only differences").click()
    # Debit and Prepaid are both online: that column goes; the others differ.
    assert matrix.headers() == ["Card", "Daily limit", "Review", "Fee", "Note", "Cards", "Score"]
    matrix.checkbox("Credit").click()
    assert "Online" not in matrix.headers()  # still equal: yes, yes, yes
    matrix.checkbox("Overseas").click()
    assert "Online" in matrix.headers()  # Overseas is not online


def test_best_values_are_marked_among_shown_options(page):
    matrix = MatrixPage(page(OVERVIEW), "methods")
    assert matrix.best("恢复可能性") == ["解绑银行卡"]
    assert matrix.best("操作耗时") == ["解绑银行卡"]
    assert matrix.best("数据留存") == []  # no direction: nothing is best
    mark = matrix.find("td .best-mark")
    assert mark.get_attribute("textContent").strip() == "★最佳", "marked with a symbol and text, not colour alone"
    matrix.checkbox("解绑银行卡").click()
    assert matrix.best("恢复可能性") == ["替换实名"]
    assert matrix.best("操作耗时") == ["替换实名"]


def test_weights_rerank_the_options(page):
    matrix = MatrixPage(page(CARDS), "cards")
    assert [matrix.score_cell(o).find_element("tag name", "strong").text for o in ("Debit", "Credit", "Overseas", "Prepaid")] \
        == ["100", "29", "25", "56"]
    for criterion in ("Daily limit", "Fee", "Online"):
        matrix.weight(criterion).select_by_visible_text("Ignore")
    matrix.weight("Review").select_by_visible_text("Very important")
    assert matrix.order() == ["Debit", "Overseas", "Credit", "Prepaid"]
    assert matrix.sorted_headers() == {"Score": "descending"}
    assert [matrix.score_cell(o).find_element("tag name", "strong").text for o in matrix.order()] == ["100", "100", "0", "0"]
    assert "Best at: Review" in matrix.score_cell("Debit").text
    assert "Ranked by score" in matrix.status() and "Review: Very important" in matrix.status()
    assert matrix.fragment() == "#cards.sort=7d&cards.w=0:0,1:3,2:0,4:0"


def test_constraints_filter_and_announce(page):
    matrix = MatrixPage(page(OVERVIEW), "methods")
    matrix.checkbox("我需要支付功能正常使用").click()
    assert matrix.order() == ["替换实名"]
    assert matrix.status() == "显示 1 / 3 个方案。"
    assert matrix.find(".matrix-status").get_attribute("role") == "status", "a polite live region"
    assert "要求:我需要支付功能正常使用。" in matrix.view()
    matrix.checkbox("我要彻底清除实名信息").click()
    assert matrix.order() == []
    empty = matrix.find(".matrix-empty")
    assert empty.is_displayed() and not matrix.find(".matrix-scroll").is_displayed()
    assert "显示 0 / 3 个方案" in matrix.status() and empty.text in matrix.status()
    matrix.checkbox("我需要支付功能正常使用").click()
    assert matrix.order() == ["注销账户"]
    assert not empty.is_displayed()


def test_keep_my_account_and_weight_recovery_highest(page):
    """The issue's "done when": the reader sees the options re-ranked, with the reason."""
    matrix = MatrixPage(page(OVERVIEW), "methods")
    matrix.checkbox("我必须保留账号").click()
    assert "显示 2 / 3 个方案" in matrix.status()
    matrix.weight("恢复可能性").select_by_visible_text("非常重要")
    assert matrix.order() == ["解绑银行卡", "替换实名"]
    assert matrix.sorted_headers() == {"综合得分": "descending"}
    reason = matrix.score_cell("解绑银行卡").find_element("css selector", ".matrix-reason")
    assert reason.is_displayed() and reason.text == "优势:恢复可能性、操作耗时"
    view = matrix.view()
    assert "要求:我必须保留账号。" in view and "权重:恢复可能性:非常重要。" in view and "已按综合得分排名" in view

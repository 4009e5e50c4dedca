"""Sorting a matrix by each kind of value, in a real browser."""
from matrixpage import MatrixPage

OVERVIEW = "overview/index.html"
CARDS = "en/cards/index.html"


def test_sorts_durations_by_canonical_seconds(page):
    matrix = MatrixPage(page(OVERVIEW), "methods")
    assert matrix.order() == ["注销账户", "解绑银行卡", "替换实名"]
    button = matrix.sort("操作耗时")
    # 即时生效 (0 s) < 5-10分钟审核 (300 s) < 约15分钟申请+60天冻结 (60 days and more)
    assert matrix.order() == ["解绑银行卡", "替换实名", "注销账户"]
    assert matrix.sorted_headers() == {"操作耗时": "ascending"}
    assert matrix.driver.switch_to.active_element == button, "focus stays on the sort button"
    matrix.sort("操作耗时")
    assert matrix.order() == ["注销账户", "替换实名", "解绑银行卡"]
    assert matrix.sorted_headers() == {"操作耗时": "descending"}
    assert "操作耗时" in matrix.status() and "降序" in matrix.status()


def test_sorts_ordered_categories_by_rank(page):
    matrix = MatrixPage(page(OVERVIEW), "methods")
    matrix.sort("恢复可能性")
    assert matrix.order() == ["注销账户", "替换实名", "解绑银行卡"]  # 不可恢复 < 可再次更换 < 可重新绑卡


def test_sorts_chinese_text_by_pinyin(page):
    matrix = MatrixPage(page(OVERVIEW), "methods")
    matrix.sort("方式")
    # jiě, tì, zhù — code point order would be 替, 注, 解.
    assert matrix.order() == ["解绑银行卡", "替换实名", "注销账户"]
    matrix.sort("数据留存")
    # 保留 (bǎo) < 覆盖 (fù) < 完全 (wán) — code point order would be 保, 完, 覆.
    assert matrix.order() == ["解绑银行卡", "替换实名", "注销账户"]


def test_sorts_rates_with_units_and_unlimited(page):
    matrix = MatrixPage(page(CARDS), "cards")
    matrix.sort("Daily limit")
    # 1张/周 < 3张/日 < 10张/日 < 无限制
    assert matrix.order() == ["Overseas", "Credit", "Prepaid", "Debit"]
    matrix.sort("Daily limit")
    assert matrix.order() == ["Debit", "Prepaid", "Credit", "Overseas"]


def test_sorts_counts_by_their_lower_bound(page):
    matrix = MatrixPage(page(CARDS), "cards")
    matrix.sort("Cards")
    # 1张 < 2张 < 至少3张 (3 and more) < 5张
    assert matrix.order() == ["Overseas", "Prepaid", "Credit", "Debit"]


def test_empty_cells_sort_last_both_ways(page):
    matrix = MatrixPage(page(CARDS), "cards")
    matrix.sort("Review")
    # 5-10分钟 (300 s) < 1 hour < 约15分钟申请+60天冻结; Prepaid has none.
    assert matrix.order() == ["Debit", "Overseas", "Credit", "Prepaid"]
    matrix.sort("Review")
    assert matrix.order() == ["Credit", "Overseas", "Debit", "Prepaid"]
    matrix.sort("Fee")
    assert matrix.order() == ["Debit", "Prepaid", "Credit", "Overseas"]


def test_ties_keep_their_order_and_english_text_ignores_case(page):
    matrix = MatrixPage(page(CARDS), "cards")
    matrix.sort("Online")
    assert matrix.order() == ["Overseas", "Debit", "Credit", "Prepaid"]
    matrix.sort("Online")
    assert matrix.order() == ["Debit", "Credit", "Prepaid", "Overseas"]
    matrix.sort("Note")
    order = matrix.order()
    assert order.index("Credit") < order.index("Prepaid") < order.index("Debit")  # apple < Mango < Zebra


def test_reset_restores_the_original_view(page):
    matrix = MatrixPage(page(OVERVIEW), "methods")
    matrix.sort("操作耗时")
    assert matrix.fragment() == "#methods.sort=1a"
    matrix.find("[data-r]").click()
    assert matrix.order() == ["注销账户", "解绑银行卡", "替换实名"]
    assert matrix.sorted_headers() == {}
    assert matrix.fragment() == ""
    assert matrix.status() == "视图已重置。"

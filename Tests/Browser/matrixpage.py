"""Reading and driving a comparison matrix the way a reader does."""
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


class MatrixPage:
    def __init__(self, driver, matrix_id):
        self.driver = driver
        self.root = driver.find_element(By.ID, f"matrix-{matrix_id}")

    def find(self, selector):
        return self.root.find_element(By.CSS_SELECTOR, selector)

    def find_all(self, selector):
        return self.root.find_elements(By.CSS_SELECTOR, selector)

    def order(self):
        """Option names of the shown rows, top to bottom (read again if the script re-renders the
        rows while they are read, as after a history navigation)."""
        for _ in range(20):
            try:
                return [row.find_element(By.CSS_SELECTOR, "th").text
                        for row in self.find_all("tbody tr") if row.is_displayed()]
            except StaleElementReferenceException:
                continue
        raise AssertionError("the matrix's rows kept changing")

    def wait_for_order(self, expected, timeout=5):
        """Waits until the shown rows are `expected` (a navigation's re-render is asynchronous)."""
        WebDriverWait(self.driver, timeout).until(lambda _: self.order() == expected)
        return self.order()

    def headers(self):
        """Texts of the shown column headers (sort arrows removed)."""
        return [th.text.replace("↕", "").replace("▲", "").replace("▼", "").strip()
                for th in self.find_all("thead th") if th.is_displayed()]

    def header(self, name):
        for th in self.find_all("thead th"):
            if th.text.replace("↕", "").replace("▲", "").replace("▼", "").strip() == name:
                return th
        raise AssertionError(f"no column {name!r}; columns: {self.headers()}")

    def sort(self, name, times=1):
        button = self.header(name).find_element(By.TAG_NAME, "button")
        for _ in range(times):
            button.click()
        return button

    def sorted_headers(self):
        return {th.text.strip(" ↕▲▼"): th.get_attribute("aria-sort") for th in self.find_all("thead th")
                if th.get_attribute("aria-sort")}

    def open_choices(self):
        for details in self.find_all("details"):
            if details.get_attribute("open") is None:
                details.find_element(By.TAG_NAME, "summary").click()

    def checkbox(self, label):
        self.open_choices()
        for element in self.find_all("label"):
            if element.get_attribute("textContent").strip() == label:
                return element.find_element(By.TAG_NAME, "input")
        raise AssertionError(f"no checkbox labelled {label!r}")

    def weight(self, criterion):
        self.open_choices()
        for element in self.find_all(".matrix-weights label"):
            if element.get_attribute("textContent").strip().startswith(criterion):
                return Select(element.find_element(By.TAG_NAME, "select"))
        raise AssertionError(f"no weight for {criterion!r}")

    def status(self):
        return self.find(".matrix-status").get_attribute("textContent")

    def view(self):
        return self.find(".matrix-view").text

    def score_cell(self, option):
        for row in self.find_all("tbody tr"):
            if row.find_element(By.CSS_SELECTOR, "th").text == option:
                return row.find_element(By.CSS_SELECTOR, "td.matrix-score")
        raise AssertionError(f"no option {option!r}")

    def best(self, criterion):
        """Options whose cell under `criterion` shows the best mark."""
        column = self.headers().index(criterion)
        found = []
        for row in self.find_all("tbody tr"):
            if not row.is_displayed():
                continue
            cells = [c for c in row.find_elements(By.CSS_SELECTOR, "th, td") if c.is_displayed()]
            marks = cells[column].find_elements(By.CSS_SELECTOR, ".best-mark")
            if marks and marks[0].is_displayed():
                found.append(cells[0].text)
        return found

    def fragment(self):
        return self.driver.execute_script("return decodeURIComponent(location.hash)")

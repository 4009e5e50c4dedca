"""axe-core for Selenium: a current 4.x axe.min.js from an installed Python
package (axe-playwright-python ships 4.x; axe-selenium-python ships 3.1),
injected into the page and run with the WCAG 2.x A/AA and best-practice rules."""
import importlib.util
import pathlib


def axe_source():
    for package in ("axe_playwright_python", "axe_selenium_python"):
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        folder = pathlib.Path(list(spec.submodule_search_locations)[0])
        for candidate in (folder / "axe.min.js", folder / "node_modules" / "axe-core" / "axe.min.js"):
            if candidate.exists():
                return candidate.read_text(encoding="utf-8")
    raise RuntimeError("no axe.min.js: pip install axe-playwright-python (axe-core 4.x) or axe-selenium-python")


SOURCE = None


def run_axe(driver):
    """Violations on the current page, as a list of readable strings."""
    global SOURCE
    if SOURCE is None:
        SOURCE = axe_source()
    driver.execute_script(SOURCE)
    version = driver.execute_script("return axe.version")
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(done, e => done({error: String(e)}));")
    if "error" in result:
        raise RuntimeError(result["error"])
    return version, [
        f"{v['id']} ({v['impact']}): {v['help']} — " + "; ".join(n["target"][0] if isinstance(n["target"][0], str)
                                                                 else str(n["target"]) for n in v["nodes"][:5])
        for v in result["violations"]
    ]

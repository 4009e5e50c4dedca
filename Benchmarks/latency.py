#!/usr/bin/env python3
"""Incremental rebuild latency of a running `sitegen serve`.

    Benchmarks/latency.py --url http://127.0.0.1:PORT --site DIR --page REL.md --path /URL/ [--runs 5]
        [--template partials/footer.mustache] [--asset sitegen.css] [--pid SERVER_PID] [--output SERVER_OUTPUT_DIR]

Page edit: appends a unique marker to Content/REL.md and measures the time
from the file being saved (closed) to the first response for /URL/ that
contains the marker. Search index: appends a unique word to the page and
measures the time until the search index (written in the background after
builds go quiet: its shards, then the manifest /search-index.js) holds it, in
the term shard the manifest names for it (read from --output DIR when given,
so that polling costs the server nothing); with --pid, also the server's CPU time (user+sys)
per such edit, rebuild and index together. Template edit (--template): writes
a unique marker into Templates/TEMPLATE and measures the same for /URL/.
Matrix cell edit: respells a percentage in the page's first matrix (`75%` →
`75.0%`, `75.00%`, …: the same value, so no finding, but the page changes) and
measures the time until /URL/ shows it; the cross-page rules that read tables
run again before the page is rendered (skipped when the page has no such cell).
Theme asset edit (--asset): writes Templates/assets/ASSET with a unique
marker and measures the time until /URL/ links the asset with a new version
(`ASSET?v=…`) and that URL serves the marker: every page links its assets
with a version of their bytes, so every page is rendered again.
Prints the runs and the median, in milliseconds; exits non-zero when a change
is never served.
"""
import argparse
import contextlib
import json
import os
import re
import statistics
import time
import urllib.request


def wait_for(url, marker, timeout):
    def check():
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return marker in response.read()
    return poll(check, timeout)


def index_holds(read, word):
    """Whether the search index holds `word`: the manifest (`read("search-index.js")`) names the term
    shard where the word belongs (the last one whose first term is not after it), and that shard
    lists it."""
    script = read("search-index.js").decode("utf-8")
    manifest = json.loads(script[len("window.sitegenSearch="):-2])
    firsts, files = manifest["termShards"], manifest["termFiles"]
    if not files:
        return False
    shard = max([0] + [n for n, first in enumerate(firsts) if first <= word])
    return f'["{word}",'.encode() in read(files[shard].split("?")[0])


def poll(check, timeout):
    """Calls `check` every 2 ms until it returns true (a read failing meanwhile counts as false)."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        try:
            if check():
                return True
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.002)
    return False


def wait_for_index(output, word, timeout):
    """Polls the manifest in the output folder; reads the index again only when the manifest was
    replaced, so polling costs the server nothing."""
    seen = None

    def read(path):
        with open(os.path.join(output, path), "rb") as f:
            return f.read()

    def check():
        nonlocal seen
        stat = os.stat(os.path.join(output, "search-index.js"))
        if (stat.st_ino, stat.st_mtime_ns, stat.st_size) == seen:
            return False
        seen = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        return index_holds(read, word)
    return poll(check, timeout)


def wait_for_served_index(url, word, timeout):
    """The same through the server."""
    def read(path):
        with urllib.request.urlopen(url + "/" + path, timeout=timeout) as response:
            return response.read()
    return poll(lambda: index_holds(read, word), timeout)


def measure(url, path, edit, marker, timeout):
    edit()
    saved = time.perf_counter()
    ok = wait_for(url + path, marker.encode(), timeout)
    return (time.perf_counter() - saved) * 1000 if ok else None


def asset_version(url, asset, timeout):
    """The version /URL/ links ASSET with (`?v=` value), or None."""
    with urllib.request.urlopen(url, timeout=timeout) as response:
        found = re.search(re.escape(asset).encode() + rb"\?v=([0-9a-f]{8})", response.read())
    return found.group(1).decode() if found else None


def measure_asset(url, path, asset, edit, marker, timeout):
    """Time from `edit` to /URL/ linking a new version of ASSET that serves the marker."""
    old = asset_version(url + path, asset, timeout)
    edit()
    saved = time.perf_counter()

    def check():
        version = asset_version(url + path, asset, timeout)
        if version is None or version == old:
            return False
        with urllib.request.urlopen(f"{url}/assets/{asset}?v={version}", timeout=timeout) as response:
            return marker.encode() in response.read()
    return (time.perf_counter() - saved) * 1000 if poll(check, timeout) else None


@contextlib.contextmanager
def restored(path):
    """Yields the file's text (None when there is none) and puts it back afterwards."""
    before = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    try:
        yield before
    finally:
        if before is None:
            os.remove(path)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(before)


def appending(path, before, text):
    """An edit that writes `before` (or nothing) followed by `text` to the file."""
    def edit():
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write((before or "") + text)
    return edit


def cpu_seconds(pid):
    """User+sys CPU time of a process so far (/proc/PID/stat fields 14 and 15)."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_quiet(pid, timeout=60):
    """Waits until the server has used no CPU for half a second (or 3 s without a pid)."""
    if not pid:
        time.sleep(3)
        return
    deadline = time.time() + timeout
    before = cpu_seconds(pid)
    while time.time() < deadline:
        time.sleep(0.5)
        now = cpu_seconds(pid)
        if now - before < 0.02:
            return
        before = now


def matrix_percentage(text):
    """(start, end, number) of the first `N%` value cell of a matrix on the page, or None."""
    in_matrix = False
    offset = 0
    for line in text.splitlines(keepends=True):
        if "kind: matrix" in line:
            in_matrix = True
        elif in_matrix and not line.startswith("|"):
            in_matrix = False
        elif in_matrix:
            found = re.search(r"\| (\d+)% \|", line)
            if found:
                return offset + found.start(1), offset + found.end(1) + 1, found.group(1)
        offset += len(line)
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--site", required=True)
    parser.add_argument("--page", required=True)
    parser.add_argument("--path", required=True)
    parser.add_argument("--template")
    parser.add_argument("--asset", help="a theme asset linked by every page, e.g. sitegen.css")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--pid", type=int, help="the server's process, to measure its CPU time per edit")
    parser.add_argument("--output", help="the server's output folder: the search index is watched there, not fetched")
    args = parser.parse_args()
    page = os.path.join(args.site, "Content", args.page)
    original = open(page, encoding="utf-8").read()
    results = {"page": []}
    cpu_per_edit = None
    try:
        for run in range(args.runs):
            marker = f"latency-marker-{os.getpid()}-{run}-{time.time_ns()}"

            def edit_page():
                with open(page, "w", encoding="utf-8") as f:
                    f.write(original + f"\n\n{marker}\n")
            results["page"].append(measure(args.url, args.path, edit_page, marker, args.timeout))
            time.sleep(0.3)
        cell = matrix_percentage(original)
        if cell:
            results["matrix"] = []
            for run in range(args.runs):
                start, end, number = cell
                marker = f"{number}.{'0' * (run + 1)}%"
                edited = original[:start] + marker + original[end:]

                def edit_cell():
                    with open(page, "w", encoding="utf-8") as f:
                        f.write(edited)
                results["matrix"].append(measure(args.url, args.path, edit_cell, f">{marker}<", args.timeout))
                time.sleep(0.3)
        results["search index"] = []
        wait_quiet(args.pid)  # the last page edit's index written
        cpu_before = cpu_seconds(args.pid) if args.pid else None
        for run in range(args.runs):
            word = f"zqindex{os.getpid()}x{run}x{time.time_ns()}"

            def edit_words():
                with open(page, "w", encoding="utf-8") as f:
                    f.write(original + f"\n\n{word}\n")
            edit_words()
            saved = time.perf_counter()
            found = wait_for_index(args.output, word, args.timeout) if args.output \
                else wait_for_served_index(args.url, word, args.timeout)
            results["search index"].append((time.perf_counter() - saved) * 1000 if found else None)
        if cpu_before is not None:
            cpu_per_edit = (cpu_seconds(args.pid) - cpu_before) / args.runs * 1000
        if args.template:
            template = os.path.join(args.site, "Templates", args.template)
            results["template"] = []
            with restored(template) as before:
                for run in range(args.runs):
                    marker = f"template-marker-{os.getpid()}-{run}-{time.time_ns()}"
                    edit = appending(template, before, f"<!-- {marker} -->\n")
                    results["template"].append(measure(args.url, args.path, edit, marker, args.timeout))
                    time.sleep(1.0)
        if args.asset:
            asset = os.path.join(args.site, "Templates", "assets", args.asset)
            results["asset"] = []
            with restored(asset) as before:
                for run in range(args.runs):
                    marker = f"asset-marker-{os.getpid()}-{run}-{time.time_ns()}"
                    edit = appending(asset, before, f"/* {marker} */\n")
                    results["asset"].append(measure_asset(args.url, args.path, args.asset, edit, marker, args.timeout))
                    wait_quiet(args.pid)  # every page rendered again before the next edit
    finally:
        with open(page, "w", encoding="utf-8") as f:
            f.write(original)
    failed = False
    labels = {"page": "page edit → served", "matrix": "matrix cell edit → served", "search index": "page edit → search index updated",
              "template": "template edit → served", "asset": "stylesheet edit → page served linking it"}
    for kind, values in results.items():
        shown = ", ".join("never" if v is None else f"{v:.0f}" for v in values)
        good = [v for v in values if v is not None]
        failed |= len(good) != len(values)
        median = f"{statistics.median(good):.0f}" if good else "n/a"
        print(f"{labels[kind]}: median {median} ms (runs: {shown})")
        if kind == "search index" and args.pid and good:
            print(f"server CPU per page edit (rebuild and search index): {cpu_per_edit:.0f} ms")
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()

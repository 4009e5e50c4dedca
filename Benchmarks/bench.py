#!/usr/bin/env python3
"""sitegen against Hugo and two cmark-gfm floors, on generated corpora.

    Benchmarks/bench.py [--sizes 1000,10000] [--runs 3] [--work /dev/shm/sitegen-bench] [--out FILE.md]

Expects a release build of sitegen, the floor harness (Benchmarks/run.sh
builds both) and, on PATH, `hugo` and `cmark-gfm` (tools missing are
skipped). One warm-up round, then --runs rounds in which every tool runs
once on every corpus size, in turn (so drift in the machine's speed moves
all tools and sizes alike); prints the median wall time, user+sys CPU, peak RSS and HTML bytes
written, the ratios against the targets, and the incremental latency of
`sitegen serve` on the largest corpus. Output goes to a tmpfs: creating
10,000 files on disk costs seconds of system time and drowns the comparison.
"""
import argparse
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def timed(command, cwd=None):
    """Runs a command under /usr/bin/time: (wall s, cpu s, peak RSS KiB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        full = ["/usr/bin/time", "-f", "%e %U %S %M", "-o", report.name] + command
        result = subprocess.run(full, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if result.returncode != 0:
            raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
        wall, user, system, rss = report.read().split()[-4:]
        return float(wall), float(user) + float(system), int(rss)


def html_bytes(folder):
    total = 0
    for base, _, names in os.walk(folder):
        total += sum(os.path.getsize(os.path.join(base, n)) for n in names if n.endswith(".html"))
    return total


def measure_interleaved(tools, runs):
    """Times every tool once per round, a warm-up round first, then `runs`
    rounds: the tools take turns, so a machine that slows down or speeds up
    during the run moves all of them alike and their ratios stay fair.
    `tools` holds (name, command, output) triples."""
    samples = {name: [] for name, _, _ in tools}
    for attempt in range(runs + 1):  # the first is the warm-up
        for name, command, output in tools:
            if output and os.path.isdir(output):
                shutil.rmtree(output)
            elif output and os.path.exists(output):
                os.remove(output)
            sample = timed(command)
            if attempt > 0:
                samples[name].append(sample)
    rows = []
    for name, _, output in tools:
        size = html_bytes(output) if output and os.path.isdir(output) else (os.path.getsize(output) if output else 0)
        rows.append({
            "name": name,
            "wall": statistics.median(s[0] for s in samples[name]),
            "cpu": statistics.median(s[1] for s in samples[name]),
            "rss": max(s[2] for s in samples[name]),
            "html": size,
            "walls": [s[0] for s in samples[name]],
        })
    return rows


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_latency(sitegen, corpus, work, runs):
    """Starts `sitegen serve` on the corpus and runs latency.py against it."""
    port = free_port()
    output = os.path.join(work, "serve-out")
    template_dir = os.path.join(corpus, "Templates", "partials")
    os.makedirs(template_dir, exist_ok=True)
    footer = os.path.join(template_dir, "footer.mustache")
    shutil.copy(os.path.join(REPO, "Sources/SitegenCore/Theme/footer.mustache"), footer)
    os.makedirs(os.path.join(corpus, "Templates", "assets"), exist_ok=True)
    stylesheet = os.path.join(corpus, "Templates", "assets", "sitegen.css")
    shutil.copy(os.path.join(REPO, "Sources/SitegenCore/Theme/sitegen.css"), stylesheet)
    log = open(os.path.join(work, "serve.log"), "w")
    server = subprocess.Popen([sitegen, "serve", "--root", corpus, "--output", output, "--port", str(port)],
                              stdout=log, stderr=log)
    try:
        deadline = time.time() + 600
        while time.time() < deadline:
            if server.poll() is not None:
                return "sitegen serve exited: " + open(os.path.join(work, "serve.log")).read()[-2000:]
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        page = sorted(p for p in os.listdir(os.path.join(corpus, "Content", "05-api", "part-03")) if p.startswith("page"))[0]
        rel = f"05-api/part-03/{page}"
        result = subprocess.run(
            [sys.executable, os.path.join(HERE, "latency.py"), "--url", f"http://127.0.0.1:{port}", "--site", corpus,
             "--page", rel, "--path", "/" + rel[:-3] + "/", "--runs", str(runs),
             "--template", "partials/footer.mustache", "--asset", "sitegen.css", "--pid", str(server.pid),
             "--output", output],
            capture_output=True, text=True)
        return result.stdout.strip() + (("\n" + result.stderr.strip()) if result.returncode else "")
    finally:
        server.terminate()
        server.wait(timeout=30)
        os.remove(footer)
        os.remove(stylesheet)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", default="/dev/shm/sitegen-bench")
    parser.add_argument("--sitegen", default=os.path.join(REPO, ".build/release/sitegen"))
    parser.add_argument("--floor", default=os.path.join(REPO, ".build/bench/cmark_floor"))
    parser.add_argument("--latency-runs", type=int, default=5)
    parser.add_argument("--out", help="also write the report (Markdown) here")
    parser.add_argument("--latency-only", action="store_true", help="only measure serve latency (largest size)")
    parser.add_argument("--vocabulary", choices=["small", "wide"], default="small",
                        help="the corpus's Chinese words (corpus.py --vocabulary): wide gives a real site's index of 270,000 terms")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    lines = []

    def say(text=""):
        print(text, flush=True)
        lines.append(text)

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    say(f"Machine: {os.cpu_count()} cores ({cpu}), {os.sysconf('SC_PHYS_PAGES') * os.sysconf('SC_PAGE_SIZE') // 2**30} GiB, "
        f"{platform.system()} {platform.release()}; output on {args.work} (tmpfs)")
    hugo = shutil.which("hugo")
    cmark = shutil.which("cmark-gfm")
    if hugo:
        say("Hugo: " + subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip())
    linked = subprocess.run(["ldd", args.sitegen], capture_output=True, text=True).stdout
    say("sitegen: " + os.path.relpath(args.sitegen, REPO) + (", allocating through jemalloc" if "libjemalloc" in linked else ", the C library's malloc"))
    say(f"Command: Benchmarks/bench.py --sizes {args.sizes} --runs {args.runs}"
        + (f" --vocabulary {args.vocabulary}" if args.vocabulary != "small" else ""))
    suffix = "" if args.vocabulary == "small" else "-" + args.vocabulary

    def make_corpus(size):
        corpus = os.path.join(args.work, f"corpus-{size}{suffix}")
        if not os.path.isdir(corpus):
            subprocess.run([sys.executable, os.path.join(HERE, "corpus.py"), "--pages", str(size), "--out", corpus,
                            "--hugo", "--vocabulary", args.vocabulary], check=True, stdout=subprocess.DEVNULL)
        return corpus

    results = {}
    prepared = []
    for size in ([] if args.latency_only else sizes):
        corpus = make_corpus(size)
        pages = sorted(os.path.join(b, n) for b, _, ns in os.walk(os.path.join(corpus, "Content"))
                       for n in ns if n.endswith(".md"))
        source_bytes = sum(os.path.getsize(p) for p in pages)
        concatenated = os.path.join(args.work, f"all-{size}.md")
        with open(concatenated, "wb") as out:
            for p in pages:
                out.write(open(p, "rb").read() + b"\n")
        listing = os.path.join(args.work, f"list-{size}.txt")
        open(listing, "w").write("\n".join(pages) + "\n")
        out = lambda name, size=size: os.path.join(args.work, f"out-{name}-{size}")
        tools = [("sitegen build", [args.sitegen, "build", "--quiet", "--root", corpus, "--output", out("sitegen")],
                  out("sitegen")),
                 ("sitegen check", [args.sitegen, "check", "--root", corpus], None)]
        if hugo:
            tools.append(("hugo", [hugo, "--quiet", "-s", corpus, "-d", out("hugo")], out("hugo")))
        if cmark:
            ext = sum((["-e", e] for e in ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]), [])
            html = out("cmark") + ".html"
            tools.append(("cmark-gfm CLI (concatenated)",
                          ["sh", "-c", f"{cmark} {' '.join(ext)} {concatenated} > {html}"], html))
        if os.path.exists(args.floor):
            tools.append(("cmark-gfm library, 2 threads", ["sh", "-c", f"{args.floor} 2 {out('floor')} < {listing}"],
                          out("floor")))
        prepared.append((size, source_bytes, tools))
    # Every tool on every size in the same rounds: the scaling ratio (10,000 against 1,000 pages)
    # compares runs made side by side too.
    rows = measure_interleaved([(f"{size}|{name}", command, output) for size, _, tools in prepared
                                for name, command, output in tools], args.runs)
    for size, source_bytes, tools in prepared:
        say()
        say(f"## {size} pages ({source_bytes / 1e6:.1f} MB of Markdown)")
        say("| tool | wall (median) | user+sys CPU | peak RSS | HTML written | runs (wall) |")
        say("|---|---|---|---|---|---|")
        results[size] = {}
        for r in rows:
            row_size, name = r["name"].split("|", 1)
            if row_size != str(size):
                continue
            r = dict(r, name=name)
            say(f"| {name} | {r['wall']:.2f} s | {r['cpu']:.2f} s | {r['rss'] / 1024:.0f} MiB | "
                f"{r['html'] / 1e6:.1f} MB | {', '.join(f'{w:.2f}' for w in r['walls'])} |")
            results[size][name] = r
    if args.latency_only:
        corpus = make_corpus(sizes[-1])
    say()
    say("## Ratios (targets in brackets)")
    for size, r in results.items():
        build = r["sitegen build"]
        parts = [f"{size} pages:"]
        if "hugo" in r:
            parts.append(f"build/Hugo wall {build['wall'] / r['hugo']['wall']:.2f} [≤ 0.33]")
            parts.append(f"RSS/Hugo {build['rss'] / r['hugo']['rss']:.2f} [≤ 0.25]")
        if "cmark-gfm library, 2 threads" in r:
            parts.append(f"build/library floor {build['wall'] / r['cmark-gfm library, 2 threads']['wall']:.2f} [≤ 2.5]")
        if "cmark-gfm CLI (concatenated)" in r:
            parts.append(f"build/CLI floor {build['wall'] / r['cmark-gfm CLI (concatenated)']['wall']:.2f}")
        parts.append(f"check/build {r['sitegen check']['wall'] / build['wall']:.3f} [≤ 0.40]")
        say(" ".join(parts))
    if len(results) > 1:
        small, large = results[sizes[0]]["sitegen build"], results[sizes[-1]]["sitegen build"]
        say(f"Scaling: {sizes[-1]} pages take {large['wall'] / small['wall']:.1f}× the time of {sizes[0]} "
            f"[≤ {sizes[-1] / sizes[0] * 1.1:.0f}×]")
    say()
    say(f"## Incremental (sitegen serve, {sizes[-1]} pages) [page ≤ 200 ms, template ≤ 2000 ms; stylesheet: no target]")
    say(serve_latency(args.sitegen, make_corpus(sizes[-1]), args.work, args.latency_runs))
    if args.out:
        open(args.out, "w").write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

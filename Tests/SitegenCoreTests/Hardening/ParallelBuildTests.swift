import Foundation
import Testing
@testable import SitegenCore

/// Work for ThreadSanitizer (Scripts/test.d/66-thread-sanitizer.sh): many pages
/// parsed, checked and rendered on many threads, and the same output as a
/// serial build, byte for byte.
@Suite("Parallel builds", .timeLimit(.minutes(1)))
struct ParallelBuildTests {
    static func files(pages: Int) -> [String: String] {
        var files = ["Content/_index.md": "# Home\n\nSee [the first page](s0/p0.md).\n"]
        for index in 0..<pages {
            files["Content/s\(index % 4)/p\(index).md"] = """
                ---
                title: Page \(index) 中文
                weight: \(pages - index)
                ---

                ## Steps ~~old~~ and **new** {#steps}

                | Step | Time | Done |
                |---|---|---|
                | Install | \(index % 9 + 1)-10分钟 | 是 |
                | Build | 3~7个工作日 | ✓ |

                - [x] task with https://example.org autolink
                > quote with a footnote[^n]

                [^n]: The note.

                Back [home](../_index.md) and [next](../s\((index + 1) % 4)/p\((index + 1) % pages).md#steps).
                """
        }
        return files
    }

    @Test("a parallel build writes the same bytes as a serial one")
    func parallelEqualsSerial() throws {
        let site = try TemporarySite(files: Self.files(pages: 80))
        defer { site.remove() }
        let serial = site.build { $0.workers = 1 }
        #expect(serial.outcome == .success, "\(serial.diagnostics)")
        let one = try site.snapshot()
        for _ in 0..<2 {
            let parallel = site.build { $0.workers = 8 }
            #expect(parallel.outcome == .success)
            #expect(try site.snapshot() == one)
        }
    }

    @Test("pages parse concurrently from many threads at once")
    func concurrentParses() {
        let pages = Self.files(pages: 16).sorted { $0.key < $1.key }.map(\.value)
        let expected = pages.map { parsePage($0).tables.map(\.rows.count) }
        let results = Parallel.map(64, workers: 8) { index in parsePage(pages[index % pages.count]).tables.map(\.rows.count) }
        for (index, result) in results.enumerated() { #expect(result == expected[index % pages.count]) }
    }

    /// What the side job captured is released before `both` returns: the side thread may live
    /// on for a moment, and a process exiting then must not hold the build through it.
    @Test("Parallel.runs covers every index once, in order, in at most one run per worker")
    func runsCoverEveryIndexInOrder() {
        for (count, workers) in [(0, 2), (1, 2), (7, 2), (9, 4), (10, 3), (10, 1), (5, 8), (1_000, 2)] {
            let runs = Parallel.runs(count, workers: workers) { $0 }
            #expect(runs.flatMap { Array($0) } == Array(0..<count), "\(count) on \(workers)")
            #expect(runs.count <= max(1, workers), "\(count) on \(workers)")
        }
    }

    @Test("Parallel.both releases the side job's captures before it returns")
    func sideCapturesReleased() {
        final class Captured: @unchecked Sendable { let value = 7 }
        for _ in 0..<50 {
            weak var watched: Captured?
            let result: (Int, Int) = {
                let captured = Captured()
                watched = captured
                return Parallel.both({ 1 }, alongside: { captured.value })
            }()
            #expect(result == (1, 7))
            #expect(watched == nil)
        }
    }

    /// The LeakSanitizer control (run only by Scripts/swift-test-asan
    /// with SITEGEN_LSAN_CONTROL=1): leaks one cmark parser on purpose, so the
    /// script can check that a leak in the C library would be reported.
    @Test("leakControl", .enabled(if: ProcessInfo.processInfo.environment["SITEGEN_LSAN_CONTROL"] != nil))
    func leakControl() {
        leakOneCmarkParser()
    }
}

/// Leaks on a thread of its own that then ends: a copy of the pointer left on
/// a live thread's stack would count as a reference (the control once passed
/// unreported that way).
private func leakOneCmarkParser() {
    runOnNewThread { leakOneCmarkParserHere() }
    Thread.sleep(forTimeInterval: 0.2)  // let the thread finish exiting
}

@inline(never)
private func leakOneCmarkParserHere() {
    typealias New = @convention(c) (Int32) -> OpaquePointer?
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "cmark_parser_new") else { return }
    _ = unsafeBitCast(symbol, to: New.self)(0)
}

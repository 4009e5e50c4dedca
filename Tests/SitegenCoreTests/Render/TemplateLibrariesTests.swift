import Foundation
import Testing
@testable import SitegenCore

/// Each thread that renders gets a library of its own, parsed from the same
/// sources, and keeps it.
@Suite struct TemplateLibrariesTests {
    @Test("each rendering thread gets a copy of its own, which renders alike and is kept")
    func copyPerThread() throws {
        let (theme, problems) = Theme.load(overrides: [:], displayRoot: "Templates", configStrings: [:])
        #expect(problems.isEmpty)
        let values = Self.values()
        let expected = try #require(theme.library.render(values, withTemplate: "table"))
        #expect(theme.render(values, withTemplate: "table") == expected)
        #expect(theme.libraries.copies == 1)
        for _ in 0..<3 { #expect(theme.render(values, withTemplate: "table") == expected) }
        #expect(theme.libraries.copies == 1)  // the same thread keeps its copy
        let threads = 3
        let (results, release) = Self.renderOnNewThreads(theme, count: threads)
        #expect(results.count == threads && results.allSatisfy { $0 == expected })
        #expect(theme.libraries.copies == 1 + threads)  // three threads of their own, each with a copy
        release()
    }

    @Test("every thread but the first renders with a copy parsed for it, also after the copies of many threads are dropped")
    func firstLibraryGoesToOneThread() throws {
        let (theme, _) = Theme.load(overrides: [:], displayRoot: "Templates", configStrings: [:])
        let expected = try #require(theme.render(Self.values(), withTemplate: "table"))  // this thread takes the first
        // More threads than the copies kept: the copies are dropped once on the way, and every
        // thread still gets a copy parsed for it (the first is in use here).
        let threads = TemplateLibraries.limit + 2
        let (results, release) = Self.renderOnNewThreads(theme, count: threads)
        #expect(results.count == threads && results.allSatisfy { $0 == expected })
        #expect(theme.libraries.parsedCopies == threads)
        #expect(theme.libraries.copies < threads)  // dropped once on the way
        release()
        #expect(theme.render(Self.values(), withTemplate: "table") == expected)
    }

    /// Renders the table template once on each of `count` new threads, which stay alive until
    /// `release` is called (so no thread takes over another's id); the texts they rendered.
    static func renderOnNewThreads(_ theme: Theme, count: Int) -> (results: [String?], release: () -> Void) {
        let rendered = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let results = Results()
        for _ in 0..<count {
            Thread {
                results.add(theme.render(Self.values(), withTemplate: "table"))
                rendered.signal()
                release.wait()
            }.start()
        }
        for _ in 0..<count { rendered.wait() }
        return (results.all, { for _ in 0..<count { release.signal() } })
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var texts: [String?] = []
        func add(_ text: String?) { lock.lock(); texts.append(text); lock.unlock() }
        var all: [String?] { lock.lock(); defer { lock.unlock() }; return texts }
    }

    static func values() -> [String: Any] {
        ["id": "t", "elementID": "tbl-t", "kind": "comparison", "label": "表 1",
         "header": [["html": "<b>A</b>", "align": "left"]], "rows": [[String: Any]]()]
    }
}

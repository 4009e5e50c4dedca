import Foundation
import SitegenFuzzing
import Testing
@testable import SitegenCore

/// Replays what the fuzzer found (`Tests/Fixtures/fuzz/regressions/`) and the
/// seed inputs through the fuzz target's own body, and checks its oracle.
@Suite("Fuzz target: regressions and oracle", .timeLimit(.minutes(1)))
struct FuzzRegressionTests {
    static let regressions = Repository.root + "/Tests/Fixtures/fuzz/regressions"

    static var regressionFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: regressions)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("every input the fuzzer once crashed on now builds and passes the checks", arguments: regressionFiles)
    func regression(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.regressions + "/" + name)))
        FuzzSite.run(bytes)
    }

    @Test("the sample site's pages go through the fuzz target")
    func samplePages() throws {
        let content = Repository.root + "/Content"
        let pages = try FileManager.default.subpathsOfDirectory(atPath: content).filter { $0.hasSuffix(".md") }
        #expect(!pages.isEmpty)
        for page in pages {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: content + "/" + page)))
            let report = FuzzSite.run(FuzzSite.input(from: ["Content/guide/page.md": bytes]))
            #expect(report.outcome != .couldNotRun, "\(page): \(report.diagnostics)")
        }
    }

    @Test("an input splits into site files and back")
    func inputRoundTrip() {
        let files: [String: [UInt8]] = ["Content/_index.md": Array("# Home".utf8), "sitegen.yml": Array("title: T".utf8)]
        let input = FuzzSite.input(from: files)
        #expect(FuzzSite.files(from: input) == files.merging(["Content/guide/page.md": []]) { a, _ in a })
    }

    @Test("a translated site goes through the fuzz target: the translation is built, checked and linked")
    func translatedSite() throws {
        let report = FuzzSite.run(FuzzSite.input(from: [
            "Content/_index.md": Array("# 首页\n".utf8),
            "Content/guide/page.md": Array("# 指南\n\n| 项目 | 值 |\n|---|---|\n| 耗时 | 5分钟 |\n".utf8),
            "sitegen.yml": Array("language: zh-CN\nlanguages: [en]\n".utf8),
            "Content/_schemas/s.yml": Array("fields: [{name: 项目}, {name: 值}]\n".utf8),
            "Content/guide/other.md": Array("# 其他\n".utf8),
            "Content/en/guide/page.md": Array("# Guide\n\n| Item | Value |\n|---|---|\n| Time | 10 min |\n".utf8),
        ]))
        #expect(report.outcome == .success)
        #expect(report.diagnostics.map(\.name) == ["translation-drift"], "\(report.diagnostics)")
    }

    @Test("a failed build in memory leaves the previous output")
    func failedBuild() {
        let report = FuzzSite.run(Array("---\ntitle: [\n---\n".utf8))
        #expect(report.outcome == .contentErrors)
    }

    @Test("the oracle passes the theme's pages", arguments: ["# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", ""])
    func oraclePassesTheme(_ page: String) {
        let memory = MemoryFileSystem(files: ["/s/Content/_index.md": Array(page.utf8)])
        var options = BuildOptions()
        options.root = "/s"
        let report = Pipeline(options: options, fileIO: memory.fileIO).run()
        #expect(report.outcome == .success)
        let html = memory.files.filter { $0.key.hasSuffix(".html") }
        #expect(html.count >= 2)
        for (path, bytes) in html {
            #expect(HTMLSafety.problem(in: String(decoding: bytes, as: UTF8.self)) == nil, "\(path)")
        }
    }

    @Test("the oracle sees executable markup", arguments: [
        "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>", "<a href=' JaVaScRiPt:alert(1)'>x</a>", "<a href=\"java\tscript:x\">x</a>",
        "<a href=\"javascript&#58;alert(1)\">x</a>", "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript&colon;alert(1)\">x</a>", "<a href=\"&#106avascript:alert(1)\">x</a>", "<iframe src=\"https://example.org\"></iframe>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>", "<meta http-equiv=\"refresh\" content=\"0;url=x\">", "<svg><script>alert(1)</script></svg>",
        "<div/onmouseover='x'>", "<script type=\"application/json\">{\"a\":\"<!--\"}</script>",
        "<script src=\"x:assets/sitegen.js\"></script>", "<script src=\"https://evil.example/assets/x.js\"></script>",
        "<script src=\"https://evil.example/assets/x.js?v=0123abcd\"></script>", "<script src=\"../assets/x.json?v=0123abcd\"></script>",
        "<script src=\"../assets/x.js?v=0123abcde\"></script>",
    ])
    func oracleCatches(_ html: String) {
        #expect(HTMLSafety.problem(in: "<p>before</p>" + html) != nil)
    }

    @Test("the oracle leaves escaped text alone", arguments: [
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<p title=\"&quot;&gt;&lt;img onerror=x&gt;\">x</p>",
        "<!-- <script>alert(1)</script> -->", "<a href=\"https://example.org/?q=javascript:\">x</a>",
        "<img src=\"data:image/png;base64,AAAA\" alt=\"\">", "<a href=\"&amp;#rascript:alert(1)\">x</a>",
        "<a href=\"&amp;#106;avascript:alert(1)\">x</a>", "<script src=\"../assets/sitegen.js\" defer></script>",
        "<script src=\"/guide/a:b/assets/sitegen.js\" defer></script>", "<script src=\"../assets/sitegen.js?v=0f1e2d3c\" defer></script>",
        "<script type=\"application/json\" id=\"m\">{\"a\":\"\\u003c/script\\u003e\"}</script>",
    ])
    func oracleAllows(_ html: String) {
        #expect(HTMLSafety.problem(in: html) == nil)
    }
}

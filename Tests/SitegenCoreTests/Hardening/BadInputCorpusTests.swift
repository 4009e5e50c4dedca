import Foundation
import Testing
@testable import SitegenCore

/// Runs every case of `Tests/Fixtures/bad/`: the base site is built, the
/// case's files are laid over it, and the second build must end with exactly
/// the expected diagnostics and exit code, leaving every file as it was.
@Suite("Bad-input corpus", .timeLimit(.minutes(1)))
struct BadInputCorpusTests {
    @Test("the corpus has the cases the issue lists")
    func corpusIsComplete() {
        let names = Set(CorpusCase.all.map(\.name))
        for required in ["invalid-utf8", "nul-byte", "bom", "crlf", "mixed-line-endings", "empty-files",
                         "yaml-malformed", "yaml-not-mapping", "yaml-billion-laughs", "config-unknown-keys",
                         "config-mistyped", "slug-unsafe", "symlink-outside", "symlink-loop", "unreadable-file",
                         "output-slash", "output-root", "output-content", "output-inside-content",
                         "template-syntax-error", "template-missing-partial"] {
            #expect(names.contains(required), "missing corpus case \(required)")
        }
        #expect(CorpusCase.all.allSatisfy { $0.exitCode >= 0 }, "an expect file does not parse")
    }

    @Test("ends with the expected diagnostics and exit code, losing nothing", arguments: CorpusCase.all)
    func corpusCase(_ corpusCase: CorpusCase) throws {
        let site = try TemporarySite(files: [:])
        defer { restorePermissions(site, corpusCase); site.remove() }
        try site.copyTree(from: CorpusCase.folder + "/_base")
        let first = site.build()
        try #require(first.outcome == .success, "the base site must build: \(first.diagnostics)")

        try site.copyTree(from: corpusCase.siteFolder)
        for (link, target) in corpusCase.symlinks {
            try FileManager.default.createSymbolicLink(atPath: site.root + "/" + link, withDestinationPath: target)
        }
        var fileIO = FileIO.disk
        if !corpusCase.unreadable.isEmpty {
            let blocked = Set(corpusCase.unreadable.map { site.root + "/" + $0 })
            if runningAsRoot {
                let read = fileIO.read, list = fileIO.list
                fileIO.read = { path in
                    if blocked.contains(path) { throw FileIOError.cannotRead(path, reason: "permission denied") }
                    return try read(path)
                }
                fileIO.list = { path in
                    if blocked.contains(path) { throw FileIOError.cannotRead(path, reason: "permission denied") }
                    return try list(path)
                }
            } else {
                for path in blocked { chmod(path, 0) }
            }
        }
        let before = TreeSnapshot.take(site.root)

        let report = site.build(fileIO: fileIO) { options in
            if let output = corpusCase.options["output"] { options.output = output }
            if let content = corpusCase.options["content"] { options.content = content }
            if let templates = corpusCase.options["templates"] { options.templates = templates }
        }

        let actual = report.diagnostics.map(CorpusCase.describe)
        let actualErrors = actual.filter { $0.hasPrefix("error ") }.sorted()
        let expectedErrors = corpusCase.diagnostics.filter { $0.hasPrefix("error ") }.sorted()
        #expect(actualErrors == expectedErrors, "\(report.diagnostics.map { "\($0.file): \($0.message)" })")
        for expected in corpusCase.diagnostics where !expected.hasPrefix("error ") {
            #expect(actual.contains(expected), "missing \(expected); got \(actual)")
        }
        #expect(report.exitCode == corpusCase.exitCode)
        for diagnostic in report.diagnostics {
            #expect(!diagnostic.message.isEmpty && diagnostic.hint?.isEmpty != true)
            #expect(diagnostic.message.count < 400, "a diagnostic message runs on: \(diagnostic.message.prefix(80))…")
        }
        if corpusCase.exitCode != 0 {
            let after = TreeSnapshot.take(site.root)
            #expect(after == before, "files changed: \(changes(before, after))")
        }
        for output in corpusCase.outputs {
            #expect(site.exists(output), "\(output) was not written")
        }
        #expect(!(try site.rootEntries()).contains { $0.contains(".staging-") || $0.contains(".previous-") })
    }

    private func restorePermissions(_ site: TemporarySite, _ corpusCase: CorpusCase) {
        for path in corpusCase.unreadable { chmod(site.root + "/" + path, 0o755) }
    }

    private func changes(_ before: [String: String], _ after: [String: String]) -> [String] {
        Set(before.keys).union(after.keys).sorted().filter { before[$0] != after[$0] }
    }
}

import Foundation
import Testing
@testable import SitegenCore

@Suite("A failed build leaves the previous output intact")
struct AtomicOutputTests {
    static let files: [String: String] = [
        "Content/_index.md": "---\ntitle: Home\n---\n\nHello.\n",
        "Content/a.md": "---\ntitle: A\n---\n\n| x | y |\n|---|---|\n| 1 | 2 |\n",
        "Content/z.md": "---\ntitle: Z\n---\n\nLast page.\n",
    ]

    @Test("a write failing on the last page keeps public/ byte for byte")
    func failingWrite() throws {
        let site = try TemporarySite(files: Self.files)
        defer { site.remove() }
        #expect(site.build().outcome == .success)
        let before = try site.snapshot()
        #expect(before["z/index.html"] != nil)

        try site.write("Content/a.md", "---\ntitle: A changed\n---\n\nNew text.\n")
        var failing = FileIO.disk
        let write = failing.write
        failing.write = { path, bytes in
            if path.hasSuffix("/z/index.html") { throw FileIOError.cannotRead(path, reason: "disk full (simulated)") }
            try write(path, bytes)
        }
        let report = site.build(fileIO: failing)
        #expect(report.outcome != .success)
        #expect(report.exitCode != 0)
        #expect(try site.snapshot() == before)
        #expect(!(try site.rootEntries()).contains { $0.contains("staging") || $0.contains("previous") })
    }

    @Test("an output folder that cannot be made is said plainly, with what to do")
    func outputFolderThatCannotBeMade() throws {
        let site = try TemporarySite(files: Self.files)
        defer { site.remove() }
        try site.write("blocker", "a file where the output's folder would be\n")
        let report = site.build { $0.output = "blocker/public" }
        #expect(report.outcome == .couldNotRun)
        let diagnostic = try #require(report.diagnostics.first)
        // (The staging folder's name ends in the process id and a random number.)
        #expect(diagnostic.message.hasPrefix("render failed: cannot write the output folder \(site.root)/blocker/public: "
                                             + "cannot create the folder \(site.root)/blocker/.public.staging-"))
        #expect(diagnostic.message.hasSuffix(": Not a directory"))
        #expect(diagnostic.hint == OutputError.cannotCreate("", reason: "").hint)
        #expect(diagnostic.hint?.contains("--output") == true)
        #expect(!site.exists("blocker/public"))
    }

    @Test("an output folder that is a symbolic link is refused, naming the link's target")
    func outputFolderThatIsALink() throws {
        let site = try TemporarySite(files: Self.files.merging(["deploy/keep.txt": "kept\n"]) { a, _ in a })
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root + "/public", withDestinationPath: "deploy")
        let report = site.build()
        #expect(report.outcome == .couldNotRun)
        let diagnostic = try #require(report.diagnostics.first)
        let target = try #require(FileIO.disk.resolve(site.root + "/deploy"))
        #expect(diagnostic.message == "the output path '\(site.root)/public' is a symbolic link: a build replaces "
                + "the output folder as a whole, so it would replace the link, not write where it points")
        #expect(diagnostic.hint == "give the link's target as the output folder (output: or --output '\(target)'), "
                + "or remove the link")
        #expect(FileIO.disk.kind(site.root + "/public") == .symlink)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root + "/deploy") == ["keep.txt"])
    }

    @Test("a template error stops the build before anything is written")
    func templateError() throws {
        let site = try TemporarySite(files: Self.files)
        defer { site.remove() }
        #expect(site.build().outcome == .success)
        let before = try site.snapshot()
        try site.write("Content/z.md", "---\ntitle: Z\ntemplate: fancy\n---\n")
        try site.write("Templates/layouts/fancy.mustache", "{{<base}}{{$content}}{{#page}}oops{{/content}}{{/base}}\n")
        let report = site.build()
        #expect(report.outcome == .contentErrors)
        let diagnostic = try #require(report.diagnostics.first { $0.name == "template-error" })
        #expect(diagnostic.file == "Templates/layouts/fancy.mustache")
        #expect(diagnostic.range?.start.line == 1)
        #expect(try site.snapshot() == before)
    }

    @Test("a missing partial is reported with file and line")
    func missingPartial() throws {
        var files = Self.files
        files["Templates/partials/footer.mustache"] = "<footer>\n{{>social-links}}\n</footer>\n"
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .contentErrors)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.file == "Templates/partials/footer.mustache")
        #expect(diagnostic.range?.start == SourcePosition(line: 2, column: 1))
        #expect(diagnostic.message == "template refers to partial 'social-links', which does not exist")
        #expect(!site.exists("public"))
    }

    @Test("unsafe output folders are refused", arguments: ["/", ".", "Content", "Content/out"])
    func unsafeOutput(output: String) throws {
        let site = try TemporarySite(files: Self.files)
        defer { site.remove() }
        let report = site.build { $0.output = output }
        #expect(report.outcome == .couldNotRun)
        #expect(report.diagnostics.first?.name == "path-unsafe")
        #expect(site.exists("Content/_index.md"))
    }

    @Test("bad configuration cannot run (exit code 2)")
    func badConfig() throws {
        var files = Self.files
        files["sitegen.yml"] = "title: X\nlanguag: en\n"
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.exitCode == 2)
        #expect(report.diagnostics.first?.message == "unknown setting 'languag' in sitegen.yml")
        #expect(report.diagnostics.first?.hint == "did you mean 'language'?")
        #expect(report.diagnostics.first?.range?.start == SourcePosition(line: 2, column: 1))
    }
}

import Foundation
import Testing
@testable import SitegenCore

/// Random runs of edits a writer makes while `sitegen serve` runs (pages written, added,
/// removed, renamed, made drafts; sections and copied files coming and going; titles, front
/// matter, links, suppressions, matrix values, templates and the configuration changed), each followed by an incremental build that must equal a
/// clean build of the same files: the same diagnostics, and the same `public/` byte for byte.
@Suite struct IncrementalDifferentialTests {
    /// One writer's session: the files it touches, and what it did (printed when a step fails).
    struct Writer {
        let site: TemporarySite
        var random: SeededGenerator  // (SplitMix64: a failing run replays from its seed)
        var log: [String] = []
        var counter = 0

        var content: String { site.root + "/Content" }

        /// Content paths of the files under `Content/` (hidden ones included), `_schemas` left out.
        func files(_ isPage: Bool) -> [String] {
            let all = (FileManager.default.subpaths(atPath: content) ?? []).filter { path in
                var folder: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: content + "/" + path, isDirectory: &folder)
                return exists && !folder.boolValue && !path.hasPrefix("_schemas")
            }
            return all.filter { $0.hasSuffix(".md") == isPage }.sorted()
        }

        func folders() -> [String] {
            let all = (FileManager.default.subpaths(atPath: content) ?? []).filter { path in
                var folder: ObjCBool = false
                return FileManager.default.fileExists(atPath: content + "/" + path, isDirectory: &folder)
                    && folder.boolValue && !path.hasPrefix("_") && !path.hasPrefix(".")
            }
            return [""] + all.sorted()
        }

        mutating func pick<T>(_ items: [T]) -> T? {
            items.isEmpty ? nil : items[Int.random(in: 0..<items.count, using: &random)]
        }

        mutating func name() -> String {
            counter += 1
            return "n\(counter)"
        }

        func page(title: String, links: [String] = []) -> String {
            let see = links.map { "[\($0)](\($0))" }.joined(separator: ", ")
            return "---\ntitle: \(title)\n---\n\nWords about \(title). \(see)\n\n## Details\n\n| Key | Value |\n|---|---|\n| a | 1 |\n"
        }

        /// Does one random edit; returns the files it wrote in place (nil when it did anything else).
        mutating func edit() throws -> Set<String>? {
            let pages = files(true)
            switch Int.random(in: 0..<18, using: &random) {
            case 0, 1:  // a page written in place
                guard let path = pick(pages) else { return nil }
                let file = content + "/" + path
                let text = try String(contentsOfFile: file, encoding: .utf8)
                try FileWatcherlessWrite.inPlace(file, text + "\nMore words \(name()).\n")
                log.append("write \(path)")
                return [file]
            case 2:  // a title changed
                guard let path = pick(pages) else { return nil }
                let file = content + "/" + path
                let text = try String(contentsOfFile: file, encoding: .utf8)
                let retitled = text.replacingOccurrences(of: "title: ", with: "title: Re \(name()) ")
                try retitled.write(toFile: file, atomically: true, encoding: .utf8)
                log.append("retitle \(path)")
            case 3, 4:  // a page added, sometimes in a new section, sometimes linking to another
                let folder = Bool.random(using: &random) ? (pick(folders()) ?? "") : name()
                let path = (folder.isEmpty ? "" : folder + "/") + name() + ".md"
                let target = pick(pages).map { Self.relative(from: path, to: $0) }
                try site.write("Content/" + path, page(title: "Page \(name())", links: target.map { [$0] } ?? []))
                log.append("add \(path)")
            case 5:  // a page removed (links to it break: the same errors either way)
                guard let path = pick(pages.filter { $0 != "_index.md" }) else { return nil }
                try FileManager.default.removeItem(atPath: content + "/" + path)
                log.append("remove \(path)")
            case 6:  // a page renamed, possibly into another folder
                guard let path = pick(pages.filter { !$0.hasSuffix("_index.md") }), let folder = pick(folders()) else { return nil }
                let target = (folder.isEmpty ? "" : folder + "/") + name() + ".md"
                try FileManager.default.moveItem(atPath: content + "/" + path, toPath: content + "/" + target)
                log.append("rename \(path) -> \(target)")
            case 7:  // a file to copy added (an image, security.txt)
                let folder = Bool.random(using: &random) ? ".well-known" : (pick(folders()) ?? "")
                let path = (folder.isEmpty ? "" : folder + "/") + name() + (Bool.random(using: &random) ? ".svg" : ".txt")
                try site.write("Content/" + path, "file \(name())\n")
                log.append("add file \(path)")
            case 8:  // a file to copy removed
                guard let path = pick(files(false)) else { return nil }
                try FileManager.default.removeItem(atPath: content + "/" + path)
                log.append("remove file \(path)")
            case 9:  // a section page added or removed
                guard let folder = pick(folders().filter { !$0.isEmpty }) else { return nil }
                let index = content + "/" + folder + "/_index.md"
                if FileManager.default.fileExists(atPath: index) {
                    try FileManager.default.removeItem(atPath: index)
                    log.append("remove \(folder)/_index.md")
                } else {
                    try site.write("Content/" + folder + "/_index.md", page(title: "Section \(name())"))
                    log.append("add \(folder)/_index.md")
                }
            case 10:  // a section renamed
                guard let folder = pick(folders().filter { !$0.isEmpty && !$0.contains("/") }) else { return nil }
                let target = name()
                try FileManager.default.moveItem(atPath: content + "/" + folder, toPath: content + "/" + target)
                log.append("rename section \(folder) -> \(target)")
            case 11:  // a template override added, changed or removed
                let path = site.root + "/Templates/partials/footer.mustache"
                if FileManager.default.fileExists(atPath: path), Bool.random(using: &random) {
                    try FileManager.default.removeItem(atPath: path)
                    log.append("remove footer template")
                } else {
                    let footer = String(decoding: DefaultTheme.templates["partials/footer.mustache"]!, as: UTF8.self)
                    try site.write("Templates/partials/footer.mustache", footer + "<p>footer \(name())</p>\n")
                    log.append("write footer template")
                }
            case 12:  // the configuration changed
                try site.write("sitegen.yml", Self.config(title: "Site \(name())"))
                log.append("edit sitegen.yml")
            case 14:  // a page made a draft, or published again
                guard let path = pick(pages.filter { $0 != "_index.md" }) else { return nil }
                let file = content + "/" + path
                let text = try String(contentsOfFile: file, encoding: .utf8)
                let toggled = text.contains("draft: true\n") ? text.replacingOccurrences(of: "draft: true\n", with: "")
                    : text.replacingOccurrences(of: "---\ntitle:", with: "---\ndraft: true\ntitle:")
                try toggled.write(toFile: file, atomically: true, encoding: .utf8)
                log.append("draft toggled \(path)")
            case 15:  // front matter broken, or mended
                guard let path = pick(pages) else { return nil }
                let file = content + "/" + path
                let text = try String(contentsOfFile: file, encoding: .utf8)
                let edited = text.contains("title: [") ? text.replacingOccurrences(of: "title: [", with: "title: ")
                    : text.replacingOccurrences(of: "title: ", with: "title: [")
                try FileWatcherlessWrite.inPlace(file, edited)
                log.append("front matter toggled \(path)")
                return [file]
            case 16:  // a value of the home page's comparison matrix changed
                let file = content + "/_index.md"
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
                let value = pick(["5 minutes", "2 hours", "10 minutes", "1 day", "yes", "no", ""]) ?? ""
                var lines = text.components(separatedBy: "\n")
                guard let row = lines.firstIndex(where: { $0.hasPrefix("| Time |") }) else { return nil }
                lines[row] = "| Time | \(value) | 2 hours |"
                try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
                log.append("matrix value \(value)")
            case 17:  // a page's broken links silenced, or no longer (used or left over: suppression-unused)
                guard let path = pick(pages) else { return nil }
                let file = content + "/" + path
                let text = try String(contentsOfFile: file, encoding: .utf8)
                let comment = "\n<!-- sitegen-disable-file link-broken -->\n"
                let edited = text.contains(comment) ? text.replacingOccurrences(of: comment, with: "") : text + comment
                try FileWatcherlessWrite.inPlace(file, edited)
                log.append("link-broken suppression toggled \(path)")
                return [file]
            default:  // a broken link written, or a page made to link to another
                guard let path = pick(pages), let other = pick(pages) else { return nil }
                let link = Bool.random(using: &random) ? "missing-\(name()).md" : Self.relative(from: path, to: other)
                let file = content + "/" + path
                let text = try String(contentsOfFile: file, encoding: .utf8)
                try (text + "\nSee [this](\(link)).\n").write(toFile: file, atomically: true, encoding: .utf8)
                log.append("link \(path) -> \(link)")
            }
            return nil
        }

        /// The configuration: broken links are warnings, so that a removed page does not leave the
        /// site failing (and its output uncompared) for the rest of the run; they are compared all the same.
        static func config(title: String) -> String {
            "title: \(title)\nlanguage: en\nbase-url: https://example.org/inc/\n"
                + "rules:\n  link-broken: warning\n  link-broken-anchor: warning\n"
        }

        /// A relative link from one content path to another.
        static func relative(from page: String, to target: String) -> String {
            let depth = page.split(separator: "/").count - 1
            return String(repeating: "../", count: depth) + target
        }
    }

    enum FileWatcherlessWrite {
        /// Writes a file in place (same inode), as some editors save.
        static func inPlace(_ path: String, _ text: String) throws {
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: 0)
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        }
    }

    /// What a failed build said, without timings: file, line, rule and message of each diagnostic.
    static func said(_ report: BuildReport) -> [String] {
        report.diagnostics.map { "\($0.file):\($0.range?.start.line ?? 0) \($0.name) \($0.message)" }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomEditsMatchACleanBuild(seed: UInt64) throws {
        let site = try TemporarySite(files: IncrementalFixture.files())
        defer { site.remove() }
        try site.write("sitegen.yml", Writer.config(title: "Incremental"))
        var writer = Writer(site: site, random: SeededGenerator(state: seed))
        let session = IncrementalFixture.session(site, workers: seed % 2 == 0 ? 1 : 2)
        #expect(session.build().succeeded)
        for step in 0..<30 {
            let written = try writer.edit()
            // A build told only of files written in place reads those; otherwise it looks at everything.
            let build = session.build(changedFiles: written)
            let clean = IncrementalFixture.cleanBuild(site, into: "clean")
            let story = "seed \(seed), step \(step): " + writer.log.suffix(3).joined(separator: "; ")
            #expect(build.report.outcome == clean.outcome, "\(story)\n\(Self.said(build.report))\n\(Self.said(clean))")
            #expect(Self.said(build.report) == Self.said(clean), "\(story)")
            if clean.outcome == .success {
                let incremental = try site.snapshot("public"), expected = try site.snapshot("clean")
                #expect(incremental.keys.sorted() == expected.keys.sorted(), "\(story)")
                let differing = expected.keys.filter { incremental[$0] != nil && incremental[$0] != expected[$0] }.sorted()
                #expect(differing.isEmpty, "\(story): \(differing.prefix(5)) differ from a clean build")
            }
            try? FileManager.default.removeItem(atPath: site.root + "/clean")
        }
    }
}

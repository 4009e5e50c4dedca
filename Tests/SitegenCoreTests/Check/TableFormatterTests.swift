import Foundation
import SitegenFuzzing
import Testing
@testable import SitegenCore

/// `sitegen fmt`'s table layout: columns lined up by display width, the model unchanged.
@Suite struct TableFormatterTests {
    static func formatted(_ text: String) -> TableFormatter.Result {
        TableFormatter.format(parsePage(text))
    }

    @Test func linesUpWideCharactersEmojiAndAlignments() {
        let result = Self.formatted("""
            # Plans

            |方式|费用|耗时|
            |:--|--:|:-:|
            |官方注销|免费|7天|
            |Paid plan ✔️|$5/month|1 h|
            |短行|

            """)
        #expect(result.text == """
            # Plans

            | 方式         |     费用 | 耗时 |
            | :----------- | -------: | :--: |
            | 官方注销     |     免费 | 7天  |
            | Paid plan ✔️ | $5/month | 1 h  |
            | 短行         |          |      |

            """)
        #expect(result.formatted == 1 && result.tables == 1 && result.skipped.isEmpty)
    }

    @Test func keepsEscapedPipesInlineMarkupAndTheMinimumWidth() {
        let result = Self.formatted("a | b\n-|-\n`x \\| y` | **z**\n")
        #expect(result.text == "| a          | b     |\n| ---------- | ----- |\n| `x \\| y` | **z** |\n"
            .replacingOccurrences(of: "| a          |", with: "| a        |").replacingOccurrences(of: "| ---------- |", with: "| -------- |"))
        #expect(Self.formatted("|a|\n|-|\n").text == "| a   |\n| --- |\n")
    }

    @Test func keepsTheContainerPrefixOfQuotesAndListItems() {
        let quote = Self.formatted("> |a|b|\n> |---|---|\n> |很长的内容|x|\n")
        #expect(quote.text == "> | a          | b   |\n> | ---------- | --- |\n> | 很长的内容 | x   |\n")
        let item = Self.formatted("- item\n\n  |k|v|\n  |-|-|\n  |是|否|\n")
        #expect(item.text == "- item\n\n  | k   | v   |\n  | --- | --- |\n  | 是  | 否  |\n")
    }

    @Test func keepsWindowsLineEndingsAndChangesNothingFormatted() {
        let crlf = Self.formatted("|a|b|\r\n|-|-|\r\n|1|2|\r\n")
        #expect(crlf.text == "| a   | b   |\r\n| --- | --- |\r\n| 1   | 2   |\r\n")
        let again = Self.formatted(crlf.text)
        #expect(again.text == crlf.text && again.formatted == 0 && again.tables == 1)
    }

    /// The check after formatting (a page is parsed again and must read the same) tells a change in
    /// any cell, alignment, nesting or block, and nothing else.
    @Test func theReadingAfterFormattingTellsAnyChangeInMeaning() {
        let page = "- x\n\n  | a | b |\n  |---|:-:|\n  | 1 | 2 |\n"
        let reading = TableFormatter.TableReading(page, path: "p.md")
        #expect(TableFormatter.TableReading("- x\n\n  |a|b|\n  |-|:-:|\n  |1|2|\n", path: "p.md") == reading)
        for changed in ["- x\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n",  // alignment
                        "- x\n\n  | a | b |\n  |---|:-:|\n  | 1 | 3 |\n",  // a cell
                        "| a | b |\n|---|:-:|\n| 1 | 2 |\n",  // out of the list
                        "- x\n\n      | a | b |\n      |---|:-:|\n      | 1 | 2 |\n",  // code
                        "- x\n\n  | a | b |\n  |---|:-:|\n\n  | 1 | 2 |\n"] {  // a row cut off
            #expect(TableFormatter.TableReading(changed, path: "p.md") != reading, "\(changed)")
        }
    }

    @Test func leavesAloneTablesWhoseSourceDoesNotSayWhatTheyMean() {
        let glued = Self.formatted("| a | b |\n|---|---|\n| 1 | 2 |\nprose glued on\n")
        #expect(glued.text == "| a | b |\n|---|---|\n| 1 | 2 |\nprose glued on\n")
        #expect(glued.skipped == [TableFormatter.Skipped(line: 1, reason: "line 4 is prose glued into the table (no blank line "
            + "before it); run `sitegen check --fix` to end the table above it, then format again")])
        let second = Self.formatted("| a | b |\n|---|---|\n| 1 | 2 |\n| c | d |\n|---|---|\n| 3 | 4 |\n")
        #expect(second.formatted == 0)
        #expect(second.skipped.map(\.reason) == ["a second table starts on line 4 without a blank line before it; "
            + "run `sitegen check --fix` to part them, then format again"])
        let long = Self.formatted("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n")
        #expect(long.formatted == 0)
        #expect(long.skipped.map(\.reason) == ["the row on line 3 has 3 cells and the header 2: GFM drops the extra cells; "
            + "give the header a column or merge the cells, then format again"])
    }

    @Test func randomTablesKeepTheirModelAlignAndFormatOnce() throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["SITEGEN_PROPERTY_SEED"] ?? "") ?? UInt64.random(in: 1...UInt64.max)
        var random = SeededGenerator(state: seed)
        var changed = 0
        for iteration in 0..<300 {
            let page = Self.contained(RandomTable.page(using: &random), using: &random)
            let parsed = parsePage(page)
            let result = TableFormatter.format(parsed)
            let replay = "seed \(seed), iteration \(iteration) (SITEGEN_PROPERTY_SEED=\(seed) to replay)\n--- page\n\(page)\n--- formatted\n\(result.text)"
            if result.text != page { changed += 1 }
            let reparsed = parsePage(result.text)
            #expect(TableProjection.of(reparsed) == TableProjection.of(parsed), "\(replay)")
            #expect(TableFormatter.format(reparsed).text == result.text, "formats again: \(replay)")
            for table in reparsed.tables where result.skipped.isEmpty && table.depth == 0 {
                let lines = ([table.header.line, table.header.line + 1] + table.rows.map(\.line)).compactMap { reparsed.source.line($0) }
                let pipes = Set(lines.map(Self.pipeColumns))
                #expect(pipes.count == 1, "pipes not lined up: \(replay)")
            }
        }
        #expect(changed > 200, "only \(changed) of 300 random tables changed")
    }

    /// The page as it is, in a block quote or in a list item, each line's marks written a little
    /// differently (`>`, `> `, `>  `; an indent of two or three spaces).
    static func contained<R: RandomNumberGenerator>(_ page: String, using random: inout R) -> String {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
        switch Int.random(in: 0...2, using: &random) {
        case 0: return page
        case 1: return lines.map { (["> ", ">", ">  "].randomElement(using: &random)! + $0) }.joined(separator: "\n")
        default: return "- item\n\n" + lines.map { $0.isEmpty ? "" : String(repeating: " ", count: Int.random(in: 2...3, using: &random)) + $0 }
            .joined(separator: "\n")
        }
    }

    /// Display columns of a line's unescaped pipes.
    static func pipeColumns(_ line: Substring) -> [Int] {
        var columns: [Int] = [], column = 0, previous: Character = " "
        for character in line {
            if character == "|", previous != "\\" { columns.append(column) }
            column += DisplayWidth.of(character)
            previous = character
        }
        return columns
    }

    @Test func displayWidthCountsWhatAMonospacedEditorShows() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("かな、カナ。") == 12)
        #expect(DisplayWidth.of("ＡＢ") == 4)  // full-width forms
        #expect(DisplayWidth.of("ｶﾅ") == 2)  // half-width katakana
        #expect(DisplayWidth.of("e\u{301}") == 1)  // a joined accent takes no column
        #expect(DisplayWidth.of("✔️") == 2 && DisplayWidth.of("✔") == 1)  // emoji presentation or not
        #expect(DisplayWidth.of("😀") == 2 && DisplayWidth.of("🇨🇳") == 2 && DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("×…—") == 3)  // ambiguous width: one
        #expect(DisplayWidth.of("a\u{200B}b") == 2)  // zero-width space
        #expect(DisplayWidth.padded("中", to: 4) == "中  ")
    }
}

/// `SiteFormatter`: which pages, what it writes, and that a formatted site renders the same.
@Suite struct SiteFormatterTests {
    static func memorySite(_ pages: [String: String], bytes: [String: [UInt8]] = [:]) -> MemoryFileSystem {
        MemoryFileSystem(files: Dictionary(uniqueKeysWithValues: pages.map { ("/site/Content/" + $0.key, Array($0.value.utf8)) }
            + bytes.map { ("/site/Content/" + $0.key, $0.value) }))
    }

    static func formatter(_ memory: MemoryFileSystem) -> SiteFormatter {
        var options = BuildOptions()
        options.root = "/site"
        options.workers = 1
        return SiteFormatter(options: options, fileIO: memory.fileIO)
    }

    @Test func formatsDraftsKeepsAByteOrderMarkAndWritesOnlyWhatChanges() throws {
        let memory = Self.memorySite([
            "_index.md": "# Home\n\n| a   | b   |\n| --- | --- |\n| 1   | 2   |\n",
            "draft.md": "---\ndraft: true\n---\n|a|b|\n|-|-|\n|1|2|\n",
        ], bytes: ["bom.md": [0xEF, 0xBB, 0xBF] + Array("|x|\n|-|\n".utf8)])
        guard case .formatted(let changes, let skipped, let pages, let tables, let failures) = Self.formatter(memory).run()
        else { Issue.record("could not read"); return }
        #expect(changes.map(\.file) == ["Content/bom.md", "Content/draft.md"])
        #expect(skipped.isEmpty && failures.isEmpty && pages == 3 && tables == 3)
        #expect(memory.files["/site/Content/draft.md"] == Array("---\ndraft: true\n---\n| a   | b   |\n| --- | --- |\n| 1   | 2   |\n".utf8))
        #expect(memory.files["/site/Content/bom.md"] == [0xEF, 0xBB, 0xBF] + Array("| x   |\n| --- |\n".utf8))
    }

    @Test func aDryRunWritesNothingAndNamedPagesAreTheOnlyOnes() throws {
        let memory = Self.memorySite(["_index.md": "|a|\n|-|\n", "other.md": "|b|\n|-|\n"])
        var formatter = Self.formatter(memory)
        formatter.dryRun = true
        formatter.pages = ["other.md"]
        guard case .formatted(let changes, _, let pages, _, _) = formatter.run() else { Issue.record("could not read"); return }
        #expect(changes.map(\.file) == ["Content/other.md"] && pages == 1)
        #expect(changes.first?.formatted == "| b   |\n| --- |\n")
        #expect(memory.files["/site/Content/other.md"] == Array("|b|\n|-|\n".utf8))
        formatter.pages = ["missing.md"]
        guard case .unknownPages(let names, let example) = formatter.run() else { Issue.record("not refused"); return }
        #expect(names == ["missing.md"] && example == "Content/_index.md")
    }

    @Test func theFormattedSampleSiteRendersByteForByteTheSame() throws {
        var files: [String: String] = ["sitegen.yml": try String(contentsOfFile: Repository.root + "/sitegen.yml", encoding: .utf8)]
        for folder in ["Content", "Templates"] {
            let base = Repository.root + "/" + folder
            for case let path as String in FileManager.default.enumerator(atPath: base)! where !path.hasPrefix(".") {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                    files[folder + "/" + path] = try String(contentsOfFile: base + "/" + path, encoding: .utf8)
                }
            }
        }
        // The sample's tables are kept formatted: written tight here (`|a|b|`), then formatted back.
        let committed = files
        for (path, text) in files where path.hasSuffix(".md") {
            files[path] = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("|") ? line.replacingOccurrences(of: " *\\| *", with: "|", options: .regularExpression) : String(line)
            }.joined(separator: "\n")
        }
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        #expect(site.build().outcome == .success)
        let before = try site.snapshot()
        var options = BuildOptions()
        options.root = site.root
        guard case .formatted(let changes, let skipped, _, _, let failures) = SiteFormatter(options: options).run()
        else { Issue.record("could not read"); return }
        #expect(changes.count >= 8 && skipped.isEmpty && failures.isEmpty)
        #expect(try site.read("Content/_index.md").contains("| 评估维度   | 注销账户              |"))
        for (path, text) in committed where path.hasPrefix("Content/") { #expect(try site.read(path) == text, "\(path)") }
        #expect(site.build().outcome == .success)
        #expect(try site.snapshot() == before)
    }
}

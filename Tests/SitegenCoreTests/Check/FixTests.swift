import Testing
@testable import SitegenCore

@Suite struct FixTests {
    @Test func blankLinesAndPaddingAreInsertedOnce() {
        let source = SourceText("| a | b |\n|---|---|\n| 1 |\ntext\n")
        let pad = Fix(summary: "pad", edits: [.insert(" |", at: SourcePosition(line: 3, column: 6))])
        let (text, applied) = FixApplier.apply([.blankLine(before: 4), pad, .blankLine(before: 4)], to: source)
        #expect(text == "| a | b |\n|---|---|\n| 1 | |\n\ntext\n")
        #expect(applied.count == 3)
    }

    @Test func aBlankLineInABlockQuoteKeepsTheQuote() throws {
        let page = "> | a |\n> |---|\n> | 1 |\n> glued prose\n>> | b |\n>> |---|\n>> | 2 |\n>> more prose\n"
        let found = TestSite.run(TableSwallowedParagraph(), on: page)
        #expect(found.compactMap(\.hint) == ["insert a line `>` before line 4 to end the table",
                                              "insert a line `>>` before line 8 to end the table"])
        #expect(found.compactMap(\.fix?.summary) == ["insert an empty quoted line (`>`) before line 4",
                                                      "insert an empty quoted line (`>>`) before line 8"])
        let (text, _) = FixApplier.apply(found.compactMap(\.fix), to: SourceText(page))
        #expect(text == "> | a |\n> |---|\n> | 1 |\n>\n> glued prose\n>> | b |\n>> |---|\n>> | 2 |\n>>\n>> more prose\n")
        #expect(TestSite.run(TableSwallowedParagraph(), on: text).isEmpty)
        #expect(Fix.blankLine(before: 2, in: SourceText("a\nb\n")) == .blankLine(before: 2))
    }

    @Test func keepsWindowsLineEndings() {
        let (text, _) = FixApplier.apply([.blankLine(before: 2)], to: SourceText("a\r\nb\r\n"))
        #expect(text == "a\r\n\r\nb\r\n")
    }

    @Test func overlappingFixesWaitForTheNextPass() {
        let source = SourceText("abcdef")
        let first = Fix(summary: "1", edits: [TextEdit(start: SourcePosition(line: 1, column: 2), end: SourcePosition(line: 1, column: 4), replacement: "X")])
        let second = Fix(summary: "2", edits: [TextEdit(start: SourcePosition(line: 1, column: 3), end: SourcePosition(line: 1, column: 5), replacement: "Y")])
        let (text, applied) = FixApplier.apply([first, second], to: source)
        #expect(text == "aXdef")
        #expect(applied == [first])
    }

    @Test func paddingFixMakesTheRowComplete() throws {
        let found = TestSite.run(TableColumnCount(), on: "| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2\n")
        let fixes = found.compactMap(\.fix)
        #expect(fixes.count == 2)
        let (text, _) = FixApplier.apply(fixes, to: SourceText("| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2\n"))
        #expect(text == "| a | b | c |\n|---|---|---|\n| 1 | | |\n| 1 | 2 | |\n")
        #expect(TestSite.run(TableColumnCount(), on: text).isEmpty)
    }

    @Test func unifiedDiffShowsInsertedLines() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        var lines = (1...10).map { "line \($0)" }
        lines.insert("", at: 4)
        let new = lines.joined(separator: "\n") + "\n"
        #expect(UnifiedDiff.diff(old: old, new: new, oldName: "a/x.md", newName: "b/x.md") == """
            --- a/x.md
            +++ b/x.md
            @@ -2,6 +2,7 @@
             line 2
             line 3
             line 4
            +
             line 5
             line 6
             line 7

            """)
        #expect(UnifiedDiff.diff(old: old, new: old, oldName: "a", newName: "b") == "")
    }

    @Test func unifiedDiffMergesCloseChangesAndSplitsFarOnes() {
        let old = (1...30).map { "l\($0)" }.joined(separator: "\n")
        var lines = (1...30).map { "l\($0)" }
        lines[1] = "changed 2"
        lines[4] = "changed 5"
        lines[25] = "changed 26"
        let diff = UnifiedDiff.diff(old: old, new: lines.joined(separator: "\n"), oldName: "a", newName: "b")
        #expect(diff.components(separatedBy: "@@ -").count - 1 == 2)
        #expect(diff.contains("@@ -1,8 +1,8 @@"))
        #expect(diff.contains("@@ -23,7 +23,7 @@"))
    }
}

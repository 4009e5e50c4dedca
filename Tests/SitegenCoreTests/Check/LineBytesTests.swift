import Testing
@testable import SitegenCore

/// The byte paths of the line scan and of delimiter rows answer as the
/// Character-by-Character code they replaced, marks after blanks included.
@Suite struct LineBytesTests {
    static let pieces = [" ", " ", "\t", "\u{301}", "\u{200D}", "<!--", "<!-", "-", "--", ":", "a", "中", "|", "`", ">", "é", "e\u{301}", "\r"]

    static func randomLine(_ random: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...7, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    @Test("leading blanks and comment starts: the same as by Characters, on random lines")
    func leadingBlanksAsByCharacters() {
        var random = SeededGenerator(state: 20_261_203)
        for _ in 0..<20_000 {
            let line = Substring(Self.randomLine(&random))
            let (indent, trimmed) = LineScan.leadingBlanks(line)
            let characterTrimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            #expect(indent == LineScan.indent(of: line), "\(line.debugDescription)")
            #expect(trimmed == characterTrimmed && trimmed.utf8.count == characterTrimmed.utf8.count, "\(line.debugDescription)")
            #expect(LineScan.startsComment(trimmed) == trimmed.hasPrefix("<!--"), "\(line.debugDescription)")
        }
        // The cases the fallback is for: a mark joins the last blank, or the comment's last dash.
        #expect(LineScan.leadingBlanks("  \u{301}x").indent == 1)
        #expect(LineScan.leadingBlanks("  \u{301}x").trimmed == " \u{301}x")
        #expect(!LineScan.startsComment("<!--\u{301} x -->"))
        #expect(LineScan.startsComment("<!-- x -->"))
    }

    @Test("the line scan: the same kinds and indents as by Characters, on random pages")
    func lineScanAsByCharacters() {
        var random = SeededGenerator(state: 2_026_120_630)
        let starts = ["", "", " ", "  ", "    ", "\t", " \u{301}", "  \u{200D}", "> ", "<!-- a", "<!--", "-->", "```", "```js", "~~~",
                      "``` `x`", "`\u{301}``", "~~~\u{301}", "# ", "#", "#\u{301} ", "####### ", "- ", "-\u{301} ", "* ", "1. ",
                      "1) ", "12", "+", "---", "- - -", "***", "___", "|", "中", "a", "é", "e\u{301}", "<b>", "--> x"]
        let rests = ["", " ", "x", "中文", "\u{301}", "`", "~", "-->", " ```", "```", "~~~", " - ", "\t", "|a|", "<!--"]
        for _ in 0..<3_000 {
            let lines = (0..<Int.random(in: 1...12, using: &random)).map { _ in
                starts.randomElement(using: &random)! + rests.randomElement(using: &random)! + rests.randomElement(using: &random)!
            }
            let source = SourceText(lines.joined(separator: Bool.random(using: &random) ? "\n" : "\r\n"))
            let frontMatterEnd = Int.random(in: 0...2, using: &random)
            let fast = LineScan(source, frontMatterEnd: frontMatterEnd)
            let reference = LineScan(byCharacters: source, frontMatterEnd: frontMatterEnd)
            #expect(fast.kinds == reference.kinds && fast.indents == reference.indents, "\(lines)")
        }
        // Each path: a fence closed only by its own marker, a comment ended inside, a mark after blanks.
        let page = SourceText("```\n~~~\n ```\n<!-- a\nb -->\n  \u{301}x\n中\n- x\n")
        #expect(LineScan(page).kinds == [.verbatim, .verbatim, .verbatim, .verbatim, .verbatim, .text, .text, .listItem(content: 3)])
        #expect(LineScan(page).indents == [0, 0, 1, 0, 0, 1, 0, 0])
    }

    @Test("delimiter cells: the same as by Characters, on random cells")
    func delimiterCellsAsByCharacters() {
        var random = SeededGenerator(state: 7)
        let pieces = ["-", "-", "--", ":", " ", "\u{301}", "a", "中", "—"]
        for _ in 0..<20_000 {
            let cell = (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            var text = Substring(cell)
            if text.hasPrefix(":") { text = text.dropFirst() }
            if text.hasSuffix(":") { text = text.dropLast() }
            let byCharacters = !text.isEmpty && text.allSatisfy { $0 == "-" }
            #expect(PipeRow.isDelimiterCell(cell) == byCharacters, "\(cell.debugDescription)")
        }
        #expect(PipeRow("|:---|---:|:-:|").isDelimiter)
        #expect(!PipeRow("|:-\u{301}--|---|").isDelimiter)
        #expect(!PipeRow("| : |---|").isDelimiter)
    }
    @Test("a line passed over by its first scalar never starts with a number or a parenthesis by Characters")
    func numberedLineStarts() {
        let starts = ["1", "9", "(", "（", "一", "十", "百", "②", "Ⅳ", "٣", "a", "中", "\u{301}", "é", "e\u{301}", "1\u{20E3}", "(\u{301}", "（\u{301}", "😀", "", " ", "\t"]
        var random = SeededGenerator(state: 20_261_204)
        var passed = 0, kept = 0
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...4, using: &random)).map { _ in starts.randomElement(using: &random)! }.joined()
            var text = line
            let may = text.withUTF8(HeadingLikeParagraph.mayStartNumbered)
            let first = line.first(where: { $0 != " " && $0 != "\t" })
            let byCharacters = first.map { $0.isNumber || $0 == "(" || $0 == "（" } ?? false
            if byCharacters { #expect(may, "\(line.debugDescription)") }
            if may { kept += 1 } else { passed += 1 }
        }
        #expect(passed > 1_000 && kept > 1_000)
        #expect(!HeadingLikeParagraph.mayStartNumbered(UnsafeBufferPointer(start: nil, count: 0)))
    }
}

import Testing
@testable import SitegenCore

/// Paragraphs and table cells of text nodes alone are written by the converter (their text,
/// escaped) instead of cmark-gfm's renderer: the same document as when cmark-gfm renders them.
@Suite struct TextOnlyHTMLTests {
    static let pieces = [
        "a", "word", "w", "www.x.org", "https://e.org", "a@b.cn", ":", "中文", "，", " ", "  ", "&", "&amp;", "<", ">", "<b>",
        "\"", "'", "/", "*", "_", "`", "~~", "[", "](u)", "!", "\\", "\\|", "^", "#", "-", "1.", "\u{301}", "é", "e\u{301}",
    ]
    /// (A list or quote holding a heading is rebuilt block by block: its paragraphs meet the shortcut.)
    static let starts = ["", "", "", "> ", "- ", "1. ", "  ", "# ", "|", "- # ", "> # ", "1. ## ", "   "]

    static func text(_ random: inout some RandomNumberGenerator, count: ClosedRange<Int>) -> String {
        (0..<Int.random(in: count, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    static func row(_ random: inout some RandomNumberGenerator, columns: Int) -> String {
        let cells = (0..<columns).map { _ in text(&random, count: 0...4).replacingOccurrences(of: "|", with: "\\|") }
        return "| " + cells.joined(separator: " | ") + " |"
    }

    static func page(_ random: inout some RandomNumberGenerator) -> String {
        var lines: [String] = []
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            switch Int.random(in: 0...3, using: &random) {
            case 0:
                let columns = Int.random(in: 1...4, using: &random)
                lines.append(row(&random, columns: columns))
                lines.append("|" + String(repeating: "---|", count: columns))
                for _ in 0..<Int.random(in: 0...3, using: &random) { lines.append(row(&random, columns: columns)) }
            case 1:
                lines.append("")
            default:
                lines.append(starts.randomElement(using: &random)! + text(&random, count: 1...6))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("random pages: the same blocks, cells and texts as with cmark-gfm rendering every one")
    func sameAsCmarkRendering() {
        var random = SeededGenerator(state: 2_026_120_6)
        var textOnly = 0
        for _ in 0..<3_000 {
            let source = SourceText(Self.page(&random))
            for options in [MarkdownOptions(), MarkdownOptions(allowRawHTML: true, smartPunctuation: true), MarkdownOptions(renderHTML: false)] {
                var reference = options
                reference.writesTextItself = false
                let written = MarkdownParser.parse(source, options: options)
                let rendered = MarkdownParser.parse(source, options: reference)
                #expect(written == rendered, "\(source.text.debugDescription)")
                textOnly += written.blocks.filter { if case .paragraph = $0 { true } else { false } }.count
            }
        }
        #expect(textOnly > 1_000)  // the shortcut is taken
    }

    @Test("what the shortcut writes: escaped text in <p>, and not for a tight list's paragraph")
    func written() {
        let document = MarkdownParser.parse(SourceText("a & 1 < 2 > 0 \"c\" 'd' w:x\n\n> q & w\n\n- item & w\n\n| h & w |\n|---|\n| 1 < 2 'y' |\n"))
        #expect(document.blocks.first?.renderedHTML == "<p>a &amp; 1 &lt; 2 &gt; 0 &quot;c&quot; 'd' w:x</p>\n")
        #expect(document.blocks.compactMap(\.renderedHTML).contains("<ul>\n<li>item &amp; w</li>\n</ul>\n"))
        // A tight list holding a heading: its item's paragraph is written bare, as cmark-gfm does.
        let list = MarkdownParser.parse(SourceText("- # h\n- item & w\n  # h2\n\n> # q\n> quoted & w\n"))
        guard case .container(_, _, let items) = list.blocks[0], case .container(_, _, let second) = items[1],
              case .container(_, _, let quoted) = list.blocks[1] else { Issue.record("\(list.blocks)"); return }
        #expect(second.first?.renderedHTML == "item &amp; w")
        #expect(quoted[1] == .paragraph(text: "quoted & w", range: SourceRange(line: 6, column: 3, endLine: 6, endColumn: 12)))
        #expect(document.tables[0].header.cells.map(\.html) == ["h &amp; w"])
        #expect(document.tables[0].rows[0].cells.map(\.html) == ["1 &lt; 2 'y'"])
        #expect(document.tables[0].rows[0].cells.map(\.text) == ["1 < 2 'y'"])
    }
}

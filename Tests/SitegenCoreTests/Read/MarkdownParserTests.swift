import Testing
@testable import SitegenCore

@Suite("cmark-gfm wrapper")
struct MarkdownParserTests {
    func parse(_ text: String, rawHTML: Bool = false) -> MarkdownDocument {
        MarkdownParser.parse(SourceText(text), options: MarkdownOptions(allowRawHTML: rawHTML))
    }

    @Test("a paragraph of plain text is kept as its text; its HTML is still cmark's")
    func plainParagraphs() {
        let document = parse("plain 'text' & 1 < 2 > 0 \"quoted\" 中文/路径\n\nline one\nline two\n\n*emphasis* here\n")
        #expect(document.blocks.count == 3)
        guard case .paragraph(let text, let range) = document.blocks[0] else { Issue.record("\(document.blocks[0])"); return }
        #expect(text == "plain 'text' & 1 < 2 > 0 \"quoted\" 中文/路径")
        #expect(range.start == SourcePosition(line: 1, column: 1))
        #expect(document.blocks[0].renderedHTML == "<p>plain 'text' &amp; 1 &lt; 2 &gt; 0 &quot;quoted&quot; 中文/路径</p>\n")
        // A soft break renders as a newline but reads as a space: kept as cmark wrote it.
        guard case .html(let html, let joined, _) = document.blocks[1] else { Issue.record("\(document.blocks[1])"); return }
        #expect(html == "<p>line one\nline two</p>\n" && joined == "line one line two")
        #expect(document.blocks[2].renderedHTML == "<p><em>emphasis</em> here</p>\n")
        #expect(document.blocks[2].plainText == "emphasis here")
    }

    @Test("a cell's text: one text or code node read directly, anything else walked; both the same as cmark's literals")
    func cellTexts() {
        let document = parse("| a | b | c | d | e | f |\n|---|---|---|---|---|---|\n| 中文 | `x y` | *em* z | a\\|b | | [l](u) `c` |\n")
        #expect(document.tables[0].header.cells.map(\.text) == ["a", "b", "c", "d", "e", "f"])
        #expect(document.tables[0].rows[0].cells.map(\.text) == ["中文", "x y", "em z", "a|b", "", "l c"])
        #expect(document.tables[0].rows[0].cells.map(\.html) == ["中文", "<code>x y</code>", "<em>em</em> z", "a|b", "", "<a href=\"u\">l</a> <code>c</code>"])
    }

    @Test("headings with positions, inline HTML and explicit ids")
    func headings() {
        let document = parse("# Title\n\nText\n\n## A *b* {#custom}\n\n### 一、官方流程\n")
        #expect(document.headings.map(\.level) == [1, 2, 3])
        #expect(document.headings[1].html == "A <em>b</em>")
        #expect(document.headings[1].text == "A b")
        #expect(document.headings[1].explicitID == "custom")
        #expect(document.headings[2].range.start == SourcePosition(line: 7, column: 1))
        #expect(document.blocks.count == 4)
    }

    @Test("all GFM extensions are on")
    func extensions() {
        let html = parse("~~gone~~ https://example.org\n\n- [x] done\n\nNote[^1].\n\n[^1]: The note.\n")
            .blocks.compactMap(\.renderedHTML).joined()
        #expect(html.contains("<del>gone</del>"))
        #expect(html.contains("<a href=\"https://example.org\">https://example.org</a>"))
        #expect(html.contains("type=\"checkbox\""))
        #expect(html.contains("footnote-ref"))
        let footnotes = parse("Note[^1].\n\n[^1]: The note.\n").footnotesHTML
        #expect(footnotes.contains("class=\"footnotes\""))
        #expect(footnotes.contains("The note."))
    }

    @Test("raw HTML is omitted and javascript: links dropped unless opted in")
    func safeByDefault() {
        let safe = parse("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>hi</b>\n")
        let html = safe.blocks.compactMap(\.renderedHTML).joined()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("<b>"))
        let trusted = parse("<b>hi</b>\n\n<script>x</script>\n", rawHTML: true)
        let trustedHTML = trusted.blocks.compactMap(\.renderedHTML).joined()
        #expect(trustedHTML.contains("<b>hi</b>"))
        // tagfilter still neutralises <script> when raw HTML is on.
        #expect(trustedHTML.contains("&lt;script>"))
    }

    @Test("livescript: links, which cmark's safe mode keeps, are emptied too")
    func livescriptLinks() {
        let html = { (text: String, raw: Bool) in
            self.parse(text, rawHTML: raw).blocks
                .compactMap(\.renderedHTML).joined()
        }
        let safe = html("<livescript:alert(1)> [a](LiveScript:x) [b]( livescript:y) [c](https://example.org/livescript:)\n", false)
        #expect(!safe.lowercased().contains("href=\"livescript:"))
        #expect(safe.components(separatedBy: "href=\"\"").count - 1 == 3)
        #expect(safe.contains("href=\"https://example.org/livescript:\""))
        #expect(html("[a](livescript:x)\n", true).contains("href=\"livescript:x\""), "raw-HTML mode trusts authors")
    }

    @Test("links are collected with positions and can be rewritten")
    func links() {
        let document = MarkdownParser.parse(SourceText("See [a](a.md#x) and ![i](img.png).\n")) { url in
            url == "a.md#x" ? "a/index.html#x" : nil
        }
        #expect(document.links.map(\.destination) == ["a.md#x", "img.png"])
        #expect(document.links[0].range.start == SourcePosition(line: 1, column: 5))
        #expect(document.links[1].isImage)
        guard let html = document.blocks[0].renderedHTML else { Issue.record("no html"); return }
        #expect(html.contains("href=\"a/index.html#x\""))
        #expect(html.contains("src=\"img.png\""))
    }

    @Test("comments are kept for annotations, even in safe mode")
    func comments() {
        let document = parse("<!-- sitegen:table {id: t} -->\n| a |\n|---|\n| 1 |\n")
        #expect(document.comments.map(\.body) == ["sitegen:table {id: t}"])
        #expect(document.blocks.count == 2)
        if case .comment(0) = document.blocks[0] {} else { Issue.record("first block is not the comment") }
        if case .table(0) = document.blocks[1] {} else { Issue.record("second block is not the table") }
    }

    /// cmark-gfm ends an HTML block that ends the document a line short, and one closed right
    /// before a non-blank line before its start; a comment's range is its lines.
    @Test("a comment's range covers all its lines", arguments: [
        ("<!--\n  a\n  b -->\n", "1:1-3:7"),
        ("<!--\n  a\n  b -->", "1:1-3:7"),
        ("Text.\n\n<!--\n  a\n  b -->\n\nMore.\n", "3:1-5:7"),
        ("<!-- a\nb -->\nText.\n", "1:1-2:5"),
        ("<!-- a -->\n", "1:1-1:10"),
    ])
    func commentRanges(markdown: String, range: String) {
        #expect(parse(markdown).comments.map { "\($0.range)" } == [range])
    }

    @Test("a table inside a block quote is found and its container rebuilt")
    func nestedTable() {
        let document = parse("> | a |\n> |---|\n> | 1 |\n")
        #expect(document.tables.count == 1)
        #expect(document.tables[0].depth == 1)
        guard case .container(let open, let close, let children) = document.blocks[0] else {
            Issue.record("expected a container"); return
        }
        #expect(open == "<blockquote>\n")
        #expect(close == "</blockquote>\n")
        if case .table(0) = children[0] {} else { Issue.record("child is not the table") }
    }

    @Test("deep nesting does not recurse without bound", .timeLimit(.minutes(1)))
    func deepNesting() {
        let text = String(repeating: "> ", count: 5_000) + "deep\n"
        let document = parse(text)
        #expect(document.blocks.count == 1)
    }

    @Test("CRLF line endings keep positions right")
    func crlf() {
        let document = parse("# A\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n")
        #expect(document.tables[0].rows[0].range.start.line == 5)
        #expect(document.tables[0].rows[0].cells[1].range?.start.column == 6)
    }
}

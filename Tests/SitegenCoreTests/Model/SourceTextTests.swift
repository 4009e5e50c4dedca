import Testing
@testable import SitegenCore

@Suite("Source text lines")
struct SourceTextTests {
    @Test("joinedLines(from:) and joinedLines(_:) are those lines joined by \\n, whatever the terminators")
    func joinedLinesMatchesJoin() {
        var random = SeededGenerator(state: 29_112_026)
        let pieces = ["a", "表格", "", " ", "|x|", "\n", "\n", "\r\n", "\r", "\n\n", "é"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let source = SourceText(text)
            for first in 0...(source.lineCount + 1) {
                #expect(source.joinedLines(from: first) == source.lines.dropFirst(first).joined(separator: "\n"),
                        "\(text.debugDescription) from \(first)")
                for last in first...(source.lineCount + 1) {
                    let lines = source.lines[min(first, source.lineCount)..<min(last, source.lineCount)]
                    #expect(source.joinedLines(first..<last) == lines.joined(separator: "\n"),
                            "\(text.debugDescription) lines \(first)..<\(last)")
                }
            }
        }
    }

    @Test("front matter is blanked to empty lines and the body keeps its own text")
    func blanking() {
        let source = SourceText("---\ntitle: A\n---\nbody\n| a |\n")
        #expect(FrontMatterParser.blanking(source, lines: 3).text == "\n\n\nbody\n| a |")
        #expect(FrontMatterParser.blanking(SourceText("---\r\nx: 1\r\n---\r\nb\r\nc"), lines: 3).text == "\n\n\nb\nc")
    }

    @Test("a blanked text's line offsets, taken over, are those a scan of it finds")
    func blankingKeepsOffsetsAsAScanFindsThem() {
        var random = SeededGenerator(state: 3_122_026)
        let pieces = ["a", "表格", "", " ", "|x|", "\n", "\n", "\r\n", "\r", "\n\n", "é", "---"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let source = SourceText(text)
            for count in 0...(source.lineCount + 1) {
                let scanned = SourceText(String(repeating: "\n", count: count) + source.joinedLines(from: count))
                #expect(SourceText(blankingFirst: count, of: source) == scanned, "\(text.debugDescription) blanking \(count)")
            }
        }
    }
}

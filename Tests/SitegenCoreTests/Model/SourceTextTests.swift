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

    @Test("lines are split at \\r\\n, \\n and a lone \\r, with and without a \\r in the text")
    func linesAsSplit() {
        var random = SeededGenerator(state: 4_122_026)
        for pieces in [["a", "表格", "", " ", "\n", "\n\n", "é"], ["a", "表格", "", "\n", "\r\n", "\r", "\n\r", "é"]] {
            for _ in 0..<3_000 {
                let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
                // The reference: every terminator made a \n, then split (a last empty line is none).
                let unified = Array(text.utf8).split(separator: 13, omittingEmptySubsequences: false).map { Array($0) }
                    .enumerated().flatMap { index, part in index == 0 ? part : (part.first == 10 ? part : [10] + part) }
                var expected = unified.split(separator: 10, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
                if expected.count > 1, expected.last == "" { expected.removeLast() }
                #expect(SourceText(text).lines.map(String.init) == expected, "\(text.debugDescription)")
            }
        }
    }

    @Test("firstOffset (memchr) finds what firstIndex finds, from any start")
    func firstOffsetAsFirstIndex() {
        var random = SeededGenerator(state: 5_122_026)
        for _ in 0..<3_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in UInt8.random(in: 0...4, using: &random) }
            let byte = UInt8.random(in: 0...4, using: &random), start = Int.random(in: 0...bytes.count + 1, using: &random)
            let expected = start < bytes.count ? bytes[start...].firstIndex(of: byte) : nil
            #expect(bytes.withUnsafeBufferPointer { $0.firstOffset(of: byte, from: start) } == expected, "\(bytes) \(byte) from \(start)")
        }
        #expect(UnsafeBufferPointer<UInt8>(start: nil, count: 0).firstOffset(of: 0) == nil)
    }

    @Test("front matter is blanked to empty lines and the body keeps its own text")
    func blanking() {
        let source = SourceText("---\ntitle: A\n---\nbody\n| a |\n")
        #expect(FrontMatterParser.body(of: source, frontMatterLines: 3).text == "\n\n\nbody\n| a |")
        #expect(FrontMatterParser.body(of: SourceText("---\r\nx: 1\r\n---\r\nb\r\nc"), frontMatterLines: 3).text == "\n\n\nb\nc")
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

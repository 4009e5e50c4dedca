import Testing
@testable import SitegenCore

@Suite("Decoding source files")
struct SourceDecoderTests {
    @Test("a BOM is dropped")
    func bom() throws {
        #expect(try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array("# A".utf8)).get() == "# A")
    }

    @Test("invalid UTF-8 is located")
    func invalid() {
        let bytes = Array("line one\n中文 ok ".utf8) + [0xFF, 0x41]
        guard case .failure(let failure) = SourceDecoder.decode(bytes) else { Issue.record("decoded"); return }
        #expect(failure == .invalidUTF8(SourcePosition(line: 2, column: 7)))
    }

    @Test("NUL bytes are located")
    func nul() {
        guard case .failure(let failure) = SourceDecoder.decode(Array("ab\nc".utf8) + [0] + Array("d".utf8)) else {
            Issue.record("decoded"); return
        }
        #expect(failure == .nulByte(SourcePosition(line: 2, column: 2)))
        // After a byte-order mark (dropped before the search), and as the very first byte.
        guard case .failure(let afterMark) = SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array("中b".utf8) + [0]),
              case .failure(let first) = SourceDecoder.decode([0, 0x61]) else { Issue.record("decoded"); return }
        #expect(afterMark == .nulByte(SourcePosition(line: 1, column: 3)))
        #expect(first == .nulByte(SourcePosition(line: 1, column: 1)))
        #expect(SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array("x".utf8)) == .success("x"))
    }

    @Test("lines split on LF, CRLF and lone CR")
    func lines() {
        let text = SourceText("a\r\nb\rc\nd")
        #expect(text.lines.map(String.init) == ["a", "b", "c", "d"])
        #expect(SourceText("").lineCount == 1)
        #expect(SourceText("x\n").lines.map(String.init) == ["x"])
    }

    @Test("byte columns map to character columns")
    func columns() {
        let text = SourceText("中文ab")
        #expect(text.scalarColumn(line: 1, byteColumn: 1) == 1)
        #expect(text.scalarColumn(line: 1, byteColumn: 4) == 2)
        #expect(text.scalarColumn(line: 1, byteColumn: 6) == 2)
        #expect(text.scalarColumn(line: 1, byteColumn: 7) == 3)
    }
}

@Suite struct SourceTextLineTests {
    /// Splitting by hand, scalar by scalar, as a reference.
    static func reference(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\n" || scalar == "\r" {
                lines.append(current)
                current = ""
                if scalar == "\r", scalars.first == "\n" { scalars.removeFirst() }
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    @Test("lines end at \\n, \\r\\n and a lone \\r", arguments: [
        "", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb", "\n\n", "\r\r\n\n", "表格|一\r\n\u{301}二\n", "a\r",
    ])
    func splitsLikeTheReference(text: String) {
        let source = SourceText(text)
        #expect(source.lines.map(String.init) == Self.reference(text))
        #expect(source.lineCount == Self.reference(text).count)
        #expect(source.line(0) == nil && source.line(source.lineCount + 1) == nil)
    }

    @Test func aFileOverTheLimitIsRefused() {
        guard case .failure(let failure) = SourceDecoder.decode(Array("# big".utf8), limit: 4) else {
            Issue.record("decoded")
            return
        }
        #expect(failure == .tooLarge(5))
        #expect(failure.message.contains("5 bytes"))
    }
}

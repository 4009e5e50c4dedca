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
    }

    @Test("lines split on LF, CRLF and lone CR")
    func lines() {
        let text = SourceText("a\r\nb\rc\nd")
        #expect(text.lines == ["a", "b", "c", "d"])
        #expect(SourceText("").lineCount == 1)
        #expect(SourceText("x\n").lines == ["x"])
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

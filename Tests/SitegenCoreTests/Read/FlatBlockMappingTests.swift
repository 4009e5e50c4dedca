import Testing
@testable import SitegenCore

@Suite("Flat front matter read without Yams")
struct FlatBlockMappingTests {
    @Test("a page's front matter: values, quoted text, null words and positions")
    func frontMatter() throws {
        let text = "title: \"参考手册 00278: Rollback 安全审计\"\nweight: 278\noption:  方案00278  \ndraft: null"
        let value = try #require(YAMLReader.flatBlockMapping(text, lineOffset: 1))
        #expect(value.position == SourcePosition(line: 2, column: 1))
        #expect(value.entries?.map(\.key) == ["title", "weight", "option", "draft"])
        #expect(value["title"] == .scalar("参考手册 00278: Rollback 安全审计", SourcePosition(line: 2, column: 8)))
        #expect(value["option"] == .scalar("方案00278", SourcePosition(line: 4, column: 10)))
        #expect(value["draft"] == .null(SourcePosition(line: 5, column: 8)))
        #expect(try YAMLReader.readWithYams(text, lineOffset: 1).get() == value)
    }

    @Test("anything outside the small shape is left to Yams", arguments: [
        "", "a: b\n", "\na: b", "a: b\n\nc: d", " a: b", "a:b", "a : b", "a: 'b'", "a: \"b\\\"c\"", "a: \"b",
        "a: [b]", "a: {b: c}", "a:\n  - b", "a: b # c", "# c\na: b", "a: b\na: c", "a:\tb", "a: ~", "a: |\n  b",
        "a: &x b", "a: *x", "a: !t b", "-a: b", "a: -b", "a: b\r\nc: d", "a: b\r", "a: b\r\n", "a: b\n\rc: d", "a: \"b\u{2028}\"", "a: \"\u{FEFF}\"", "a: b:c",
    ])
    func leftToYams(text: String) {
        #expect(YAMLReader.flatBlockMapping(text, lineOffset: 0) == nil)
    }

    /// Lines split at every line feed (a mark after one starts the next line, as for Yams).
    @Test("a combining mark after a line feed starts the next line's key, as Yams reads it")
    func markAfterLineFeed() throws {
        let text = "a: b\n\u{301}c: d"
        let value = try #require(YAMLReader.flatBlockMapping(text, lineOffset: 0))
        #expect(value.entries?.map(\.key) == ["a", "\u{301}c"])
        #expect(YAMLReader.readWithYams(text, lineOffset: 0) == .success(value))
    }

    /// The fast path must answer exactly what Yams answers, whenever it answers.
    @Test("random front matter: whenever the fast path answers, Yams gives the same value")
    func sameAsYams() throws {
        var random = SeededGenerator(state: 20_261_203)
        let keys = ["title", "id", "a b", "价格", "null", "x", "x", "-k", "k:", "#k", "é"]
        let values = ["x", "t09778-3", "a.b", "null", "Null", "NULL", "nullx", "9", "1.5", "-1", "~", "yes", "true",
                      "方案对比 09682-1", "a  b", "e\u{301}", "😀 x", "\"quoted: 引号\"", "\"\"", "\"a'b\"", "\"a\\\"b\"",
                      "'s'", "[a]", "a#b", "a #b", "a:b", "&a", "\u{A0}", "\"\u{85}\"", "\"tab\tin\"", "b\u{7F}", ""]
        let gaps = ["", " ", "  ", "\t", "\r"]
        var answered = 0
        for _ in 0..<10_000 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                var line = Int.random(in: 0..<4, using: &random) > 0 ? "" : gaps.randomElement(using: &random)!
                line += keys.randomElement(using: &random)!
                line += [": ", ": ", ": ", ":", ":  ", " : ", ":\t"].randomElement(using: &random)!
                line += values.randomElement(using: &random)!
                line += gaps.randomElement(using: &random)!
                lines.append(line)
            }
            if Int.random(in: 0..<20, using: &random) == 0 { lines.insert("", at: 0) }
            let text = lines.joined(separator: "\n")
            let offset = Int.random(in: 0...40, using: &random)
            guard let fast = YAMLReader.flatBlockMapping(text, lineOffset: offset) else { continue }
            answered += 1
            #expect(YAMLReader.readWithYams(text, lineOffset: offset) == .success(fast), "\(text.debugDescription)")
        }
        #expect(answered > 300)  // the generator reaches the fast path often enough to mean something
    }
}

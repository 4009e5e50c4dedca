import Testing
@testable import SitegenCore

@Suite("One-line flow mappings read without Yams")
struct FlatFlowMappingTests {
    @Test("a table annotation's mapping: values, null words and positions")
    func annotation() throws {
        let value = try #require(YAMLReader.flatFlowMapping("    {id: t1-2, kind: matrix, caption: null}  ", lineOffset: 6))
        #expect(value.position == SourcePosition(line: 7, column: 5))
        #expect(value.entries?.map(\.key) == ["id", "kind", "caption"])
        #expect(value.entries?.map(\.keyPosition.column) == [6, 16, 30])
        #expect(value["id"] == .scalar("t1-2", SourcePosition(line: 7, column: 10)))
        #expect(value["caption"] == .null(SourcePosition(line: 7, column: 39)))
        #expect(try YAMLReader.readWithYams("    {id: t1-2, kind: matrix, caption: null}  ", lineOffset: 6).get() == value)
        #expect(YAMLReader.flatFlowMapping("{}", lineOffset: 0) == .mapping([], SourcePosition(line: 1, column: 1)))
    }

    @Test("anything outside the small shape is left to Yams", arguments: [
        "", "id: x", "{id: x", "{id: x}}", "{id: x} y", "{id:x}", "{id : x}", "{id: 'x'}", "{id: \"x\"}",
        "{id: [a]}", "{id: {a: b}}", "{id: ~}", "{id: }", "{id: x,}", "{, id: x}", "{id: x, id: y}",
        "{-id: x}", "{id: -x}", "{.id: x}", "{id: x}\n", "\t{id: x}", "{id:\tx}", "{id: &a x}", "{id: *a}",
        "{id: x # note}", "{id: a\u{2028}b}", "{id: \u{FEFF}x}", "{id: x\u{85}}", "{id: a:b}", "{a b : x}", "{? id: x}", "{id: !tag x}", "{id: x%}",
    ])
    func leftToYams(text: String) {
        #expect(YAMLReader.flatFlowMapping(text, lineOffset: 0) == nil)
    }

    /// The fast path must answer exactly what Yams answers, whenever it answers.
    @Test("random one-line mappings: whenever the fast path answers, Yams gives the same value")
    func sameAsYams() throws {
        var random = SeededGenerator(state: 20_261_129)
        let words = ["id", "kind", "x", "t09778-3", "a.b", "null", "Null", "NULL", "nullx", "_a", "9", "1.5", "-1", "~",
                     "yes", "on", "a-", "A_B", "价格", "'q'", "\"d\"", "[a]", "{}", "", "a b", "a#b", "a:b", "&a", "!t",
                     "x,", ".x", "é", "方案对比 09682-1", "a  b", "价格", "e\u{301}", "\u{2028}", "\u{FEFF}a", "😀 x", "a\u{85}", "\u{A0}", "b\u{7F}"]
        let gaps = ["", " ", "  ", "\t"]
        var answered = 0
        for _ in 0..<10_000 {
            var text = gaps.randomElement(using: &random)!
            text += Bool.random(using: &random) ? "{" : ""
            let pairs = Int.random(in: 0...4, using: &random)
            for pair in 0..<pairs {
                if pair > 0 { text += [",", ", ", " ,  ", ""].randomElement(using: &random)! }
                text += words.randomElement(using: &random)!
                text += [":", ": ", ":  ", " : ", ":\t"].randomElement(using: &random)!
                text += words.randomElement(using: &random)!
                text += gaps.randomElement(using: &random)!
            }
            text += ["}", "} ", "", "}}", "} x"].randomElement(using: &random)!
            let offset = Int.random(in: 0...40, using: &random)
            guard let fast = YAMLReader.flatFlowMapping(text, lineOffset: offset) else { continue }
            answered += 1
            let yams = YAMLReader.readWithYams(text, lineOffset: offset)
            #expect(yams == .success(fast), "\(text.debugDescription)")
        }
        #expect(answered > 300)  // the generator reaches the fast path often enough to mean something
    }

    @Test("words with spaces and non-ASCII characters: columns count scalars")
    func wordsAndScalars() throws {
        let text = "{caption: 方案对比  09682-1 , option-label: 方案, 价格: é}"
        let value = try #require(YAMLReader.flatFlowMapping(text, lineOffset: 0))
        #expect(value["caption"] == .scalar("方案对比  09682-1", SourcePosition(line: 1, column: 11)))
        #expect(value.entries?.map(\.keyPosition.column) == [2, 27, 45])
        #expect(try YAMLReader.readWithYams(text).get() == value)
    }

    @Test("a table annotation still reads the same through YAMLReader.read")
    func throughRead() throws {
        let text = String(repeating: " ", count: 18) + " {id: m1-1, kind: matrix, option-label: 方案, caption: 方案对比 1-1} "
        #expect(try YAMLReader.read(text, lineOffset: 3).get() == YAMLReader.readWithYams(text, lineOffset: 3).get())
    }
}

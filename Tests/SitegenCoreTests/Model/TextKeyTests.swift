import Testing
@testable import SitegenCore

/// A `TextKey` must be a drop-in for its `String`: equal exactly when the texts are (canonical
/// equivalents included) and hashed as the text is, whether it takes the byte path or not.
@Suite struct TextKeyTests {
    /// NFC texts and other spellings of the same texts (é and e + U+0301, が and か + U+3099,
    /// 한 and 하 + U+11AB, Ω and the ohm sign), ASCII, Chinese, a combining mark alone.
    static let pieces = ["a", "B", " ", "借记卡", "耗时", "é", "e\u{301}", "が", "か\u{3099}", "한", "하\u{11AB}", "Ω", "\u{2126}",
                         "\u{301}", "—", "😀", "ｶ", ""]

    static func text(_ random: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    @Test("equal exactly when the texts are, with the hash of the text, on random pairs")
    func equalityAndHashAsString() {
        var random = SeededGenerator(state: 20_261_204)
        var equalButDifferentBytes = 0
        for _ in 0..<20_000 {
            let a = Self.text(&random), b = Self.text(&random)
            #expect((TextKey(a) == TextKey(b)) == (a == b), "\(a.debugDescription) \(b.debugDescription)")
            #expect(TextKey(a).hashValue == a.hashValue, "\(a.debugDescription)")
            if a == b, Array(a.utf8) != Array(b.utf8) { equalButDifferentBytes += 1 }
        }
        #expect(equalButDifferentBytes > 10)
        #expect(TextKey("é") == TextKey("e\u{301}") && TextKey("é").hashValue == TextKey("e\u{301}").hashValue)
        #expect(TextKey("耗时") != TextKey("耗时 ") && TextKey("") == TextKey(""))
    }

    @Test("a dictionary keyed by TextKey finds what one keyed by String finds")
    func dictionaryAsStringKeys() {
        var random = SeededGenerator(state: 4_122_026)
        for _ in 0..<500 {
            var byKey: [TextKey: Int] = [:], byString: [String: Int] = [:]
            for value in 0..<Int.random(in: 1...30, using: &random) {
                let text = Self.text(&random)
                #expect(byKey[TextKey(text)] == byString[text], "\(text.debugDescription)")
                if byString[text] == nil {
                    byString[text] = value
                    byKey[TextKey(text)] = value
                }
            }
            #expect(byKey.count == byString.count)
        }
    }
}

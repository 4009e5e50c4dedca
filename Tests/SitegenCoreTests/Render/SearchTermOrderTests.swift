import Testing
@testable import SitegenCore

/// Terms sorted many at a time by a key of their first UTF-16 code units, in
/// the order of ``SearchIndex/precedes(_:_:)`` (the script's string order).
@Suite struct SearchTermOrderTests {
    @Test("the same order as comparing the strings, for short, long, prefixed and astral terms")
    func ordersAsTheStringsCompare() {
        var random = SeededGenerator(state: 4)
        // Few letters, so terms share prefixes of every length; U+E000 and U+1F600 (a surrogate
        // pair: after U+E000 in Swift's order, before it in UTF-16's).
        let letters: [Character] = ["a", "b", "z", "0", "é", "银", "行", "\u{E000}", "😀", "𠀀"]
        var texts = Set<String>()
        while texts.count < 3_000 {
            texts.insert(String((0..<Int.random(in: 1...9, using: &random)).map { _ in letters.randomElement(using: &random)! }))
        }
        let list = Array(texts)
        let order = SearchTermOrder.sorted(list).map { list[Int($0)] }
        #expect(order == list.sorted(by: SearchIndex.precedes))
        #expect(Set(order).count == list.count)
    }

    @Test func keysOrderTextsThatDifferInTheirFirstFourUnits() {
        #expect(SearchTermOrder.key("a") < SearchTermOrder.key("ab"))
        #expect(SearchTermOrder.key("ab") < SearchTermOrder.key("b"))
        #expect(SearchTermOrder.key("\u{E000}") > SearchTermOrder.key("😀"))  // U+D83D U+DE00 in UTF-16
        #expect(SearchTermOrder.key("abcd") == SearchTermOrder.key("abcde"))  // the rest is compared
        #expect(SearchTermOrder.key("") == 0)
    }

    @Test("a term repeated in a document, between other terms, lists the document once")
    func repeatsInADocumentAreOnePosting() {
        var index = SearchIndex()
        index.add(.init(url: "a", title: "", heading: "", excerpt: ""), text: "银行 卡 银行 cards 银行卡 cards")
        index.add(.init(url: "b", title: "", heading: "", excerpt: ""), text: "卡 银行 卡")
        #expect(index.postings[.packed(Self.bigram("银", "行"))]?.numbers == [0, 1])
        #expect(index.postings[.packed(Self.bigram("\0", "卡"))]?.numbers == [0, 1])
        #expect(index.search("cards") == [0])
        #expect(index.search("银行") == [0, 1])
    }

    static func bigram(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 21 | UInt64(second.value)
    }
}

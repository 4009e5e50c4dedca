import Foundation
import Testing
@testable import SitegenCore

/// `ValueParser.parse` remembers the values of short texts; what it returns
/// must be what parsing the text returns, from any thread.
@Suite struct ValueMemoTests {
    static let pieces = ["5", "分钟", "-", "10", "是", "否", " ", "小时", "/", "天", "次", "e\u{301}", "é", "N/A", "∞", "约", "x"]

    static func randomText(_ generator: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test func rememberedValuesAreParsedValues() {
        var generator = SystemRandomNumberGenerator()
        let texts = (0..<400).map { _ in Self.randomText(&generator) }
        for _ in 0..<3 {  // the second and third round are answered from memory
            for text in texts { #expect(ValueParser.parse(text) == ValueParser.parseText(text), "\(text)") }
        }
    }

    @Test func textsEqualOnlyUpToNormalisationAreParsedApart() {
        let composed = "é 版本", decomposed = "e\u{301} 版本"
        #expect(composed == decomposed)  // equal as Swift strings
        for text in [composed, decomposed, composed, decomposed] {
            guard case .text(let parsed) = ValueParser.parse(text) else {
                Issue.record("not text")
                return
            }
            #expect(Array(parsed.unicodeScalars) == Array(text.unicodeScalars))  // its own scalars, not the other's
        }
    }

    @Test func longTextsAreParsedEveryTime() {
        let long = String(repeating: "很长的说明文字", count: 10)
        #expect(long.utf8.count > ValueMemo.maximumBytes)
        #expect(ValueParser.parse(long) == ValueParser.parseText(long))
    }

    @Test("a text remembered for one number convention is read afresh for the other")
    func conventionsAreRememberedApart() {
        for _ in 0..<2 {  // (the second round reads from the tables)
            #expect(ValueParser.parse("1.000 €") == ValueParser.parseText("1 €"))
            #expect(ValueParser.parse("1.000 €", convention: .decimalComma) == ValueParser.parseText("1000 €"))
            #expect(ValueParser.parse("1,500 kg", convention: .decimalComma) == ValueParser.parseText("1.5 kg"))
            #expect(ValueParser.parse("1,500 kg") == ValueParser.parseText("1500 kg"))
        }
    }

    @Test func manyThreadsGetTheParsedValues() {
        var generator = SystemRandomNumberGenerator()
        let texts = (0..<2000).map { _ in Self.randomText(&generator) }
        let expected = texts.map { ValueParser.parseText($0) }
        let parsed = Parallel.map(texts.count * 4, workers: 4) { ValueParser.parse(texts[$0 % texts.count]) }
        #expect(parsed == (0..<4).flatMap { _ in expected })
    }

    @Test("each thread remembers what it parsed, up to the bound, apart from other threads")
    func eachThreadKeepsItsOwnBoundedTable() {
        let memo = ValueMemo.shared
        let before = memo.countOnThisThread
        nonisolated(unsafe) var counts: [Int] = []  // written on the other thread before `done`, read after
        runOnNewThread {
            let fresh = memo.countOnThisThread
            for number in 0..<100 { _ = ValueParser.parse("\(number)个") }
            _ = ValueParser.parse("5个")  // remembered already
            let afterHundred = memo.countOnThisThread
            for number in 0..<(ValueMemo.maximumEntries + 50) { _ = ValueParser.parse("\(number)次") }
            counts = [fresh, afterHundred, memo.countOnThisThread]
        }
        #expect(counts == [0, 100, ValueMemo.maximumEntries])
        #expect(memo.countOnThisThread == before)  // the other thread's texts are not this one's
        #expect(ValueParser.parse("7个") == ValueParser.parseText("7个"))
    }
}


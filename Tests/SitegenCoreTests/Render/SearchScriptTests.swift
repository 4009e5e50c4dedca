import Testing
@testable import SitegenCore

/// The fast search-index writer writes exactly what JSONEncoder writes.
@Suite struct SearchScriptTests {
    @Test func fastScriptMatchesTheEncoder() throws {
        var index = SearchIndex()
        let texts = ["plain words", "quote \" back \\ slash / tab\t nl\n cr\r", "控制 \u{1} \u{1F} \u{8} \u{C}",
                     "<b>&amp;</b> \u{2028} \u{2029} emoji 🎉 é e\u{301}", "中文 检索 词条", ""]
        for (number, text) in texts.enumerated() {
            index.add(SearchIndex.Document(url: "p\(number)/index.html#h\(number)", title: text, heading: text,
                                           excerpt: text), text: text + " zebra apple Äpfel äpfel 1.5 10 9")
        }
        #expect(index.fastScript() == (try index.script()))
    }

    @Test("the script's buffer is allocated once at about its final size, not doubled past it")
    func scriptBufferFitsTheScript() {
        var index = SearchIndex()
        for number in 0..<3000 {
            let text = "第\(number)节 银行卡 解除 实名 words \(number) more-words-\(number % 97) <tag> & \"quoted\""
            index.add(SearchIndex.Document(url: "part-\(number / 50)/page-\(number)/index.html#标题-\(number)",
                                           title: "页面 \(number)", heading: "标题 \(number)", excerpt: text), text: text)
        }
        let bytes = index.fastScriptBytes()
        #expect(bytes.count > 300_000)
        #expect(bytes.capacity >= bytes.count)
        #expect(Double(bytes.capacity) < Double(bytes.count) * 1.1, "\(bytes.capacity) for \(bytes.count) bytes")
    }
}

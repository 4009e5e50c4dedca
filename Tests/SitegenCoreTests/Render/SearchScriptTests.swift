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
}

import Testing
@testable import SitegenCore

@Suite struct SearchTests {
    @Test func chineseBecomesBigramsAndEnglishWords() {
        #expect(SearchTokenizer.tokens("解绑银行卡") == ["解绑", "绑银", "银行", "行卡"])
        #expect(SearchTokenizer.tokens("微信 Pay-Later 3张/日") == ["微信", "pay", "later", "3", "张", "日"])
        #expect(SearchTokenizer.tokens("卡") == ["卡"])
        #expect(SearchTokenizer.tokens("Crème BRÛLÉE, ok?") == ["crème", "brûlée", "ok"])
        #expect(SearchTokenizer.tokens("“注销”账户") == ["注销", "账户"])
        #expect(SearchTokenizer.tokens("") == [])
    }

    @Test func findsPhrasesThroughTheirBigrams() {
        var index = SearchIndex()
        index.add(.init(url: "a.html", title: "注销账户", heading: "", excerpt: ""), text: "注销账户 需经历60天反悔期")
        index.add(.init(url: "b.html#x", title: "解绑银行卡", heading: "解绑限额", excerpt: ""), text: "解绑银行卡 解绑限额 信用卡 3张/日")
        index.add(.init(url: "c.html", title: "Cards", heading: "", excerpt: ""), text: "Serendipity and cards")
        #expect(index.search("反悔期") == [0])
        #expect(index.search("银行") == [1])
        #expect(index.search("serendipity CARDS") == [2])
        #expect(index.search("反悔 cards") == [])
        #expect(index.search("") == [])
    }

    @Test("Traditional and Simplified Chinese find each other, in text and in queries")
    func traditionalReadsAsSimplified() {
        var index = SearchIndex()
        index.add(.init(url: "a.html", title: "解绑银行卡", heading: "", excerpt: ""), text: "解绑银行卡")
        index.add(.init(url: "b.html", title: "解綁銀行卡", heading: "", excerpt: ""), text: "解綁銀行卡 台灣")
        #expect(index.search("銀行") == [0, 1])
        #expect(index.search("银行") == [0, 1])
        #expect(index.search("臺灣") == [1])
    }

    @Test func writesPostingsAsBase36Gaps() throws {
        #expect(SearchIndex.encode([0, 3, 16, 52]) == "0,3,d,10")
        var index = SearchIndex()
        index.add(.init(url: "x/index.html#%E4%B8%80", title: "T", heading: "H", excerpt: "</script>"), text: "一二")
        let files = index.files()
        #expect(files.map(\.path) == ["search-index/t0.js", "search-index/d0.js", "search-index.js"])
        let manifest = String(decoding: files[2].bytes, as: UTF8.self)
        #expect(manifest.hasPrefix("window.sitegenSearch={\"version\":3,"))
        #expect(manifest.contains("\"termShards\":[\"一二\"]"))
        // The shard assigns itself under its URL in the manifest, whose digest is that of the list.
        let url = "search-index/t0.js?v=" + String(format: "%08x", StableDigest.of(Array("[[\"一二\",\"0\",\"\"]]".utf8)) >> 32)
        #expect(manifest.contains(",\"termFiles\":[\"\(url)\"],"))
        #expect(String(decoding: files[0].bytes, as: UTF8.self) == "sitegenSearch.shards[\"\(url)\"]=[[\"一二\",\"0\",\"\"]];\n")
        #expect(!files.contains { String(decoding: $0.bytes, as: UTF8.self).contains("</script>") })
    }

    @Test func base36AsTheStandardLibraryWritesIt() {
        var random = SeededGenerator(state: 36)
        let edges: [UInt32] = [0, 9, 10, 35, 36, 1_295, 1_296, 46_655, 46_656, 2_176_782_335, 2_176_782_336, .max]
        for value in edges + (0..<2_000).map({ _ in UInt32.random(in: 0...UInt32((UInt64(1) << Int.random(in: 1...32, using: &random)) - 1), using: &random) }) {
            var out: [UInt8] = []
            PostingList.appendBase36(value, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(value, radix: 36), "\(value)")
        }
    }

    @Test func excerptsAreShortAndFlat() {
        let long = String(repeating: "字", count: 200)
        #expect(SearchIndex.excerpt("a\n  b") == "a b")
        #expect(SearchIndex.excerpt(long).count == SearchIndex.excerptLength + 1)
    }
    /// The excerpt as it was made before it went scalar by scalar: character by character.
    static func referenceExcerpt(_ text: String) -> String {
        var words = ""
        var count = 0
        var pendingSpace = false
        for character in text {
            if character.unicodeScalars.first!.properties.isWhitespace {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                if count == SearchIndex.excerptLength { return words + "…" }
                words.append(" ")
                count += 1
                pendingSpace = false
            }
            if count == SearchIndex.excerptLength { return words + "…" }
            words.append(character)
            count += 1
        }
        return words
    }

    @Test func excerptsCutAtCharactersAsTheCharacterByCharacterWayDid() {
        var rng = SeededGenerator(state: 0xE7C)
        let pieces = ["注销", "账户", "a", "Z", " ", "\n", "\r\n", "\r", "\t", "，", "。", "“", "—", "…", "e\u{301}",
                      " \u{301}", "\u{301}", "🇨🇳", "👍🏽", "👨\u{200D}👩", "‼\u{FE0F}", "한국", "\u{1100}\u{1161}",
                      "क्ष", "\u{3000}", "〪", "ｗ", "\u{2028}", "\u{200B}", "\u{85}", "\u{A0}"]
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...70, using: &rng) { text += pieces.randomElement(using: &rng)! }
            #expect(SearchIndex.excerpt(text) == Self.referenceExcerpt(text), "\(text.debugDescription)")
        }
    }

    /// A section's excerpt joins only the texts it reads; it must be the excerpt of them all joined.
    @Test func excerptOfTextsIsTheExcerptOfTheirJoin() {
        var rng = SeededGenerator(state: 0x70C)
        let pieces = ["注销", "a", " ", "\n", "\r", "，", "e\u{301}", " \u{301}", "\u{301}", "👨\u{200D}👩", "🇨🇳",
                      "\u{A0}", "\u{200B}", "…", String(repeating: " ", count: 300), String(repeating: "字", count: 90),
                      String(repeating: "\u{301}", count: 200), ""]
        for _ in 0..<3_000 {
            let texts = (0..<Int.random(in: 0...12, using: &rng)).map { _ in
                (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            }
            let whole = SearchIndex.excerpt(texts.joined(separator: " "))
            #expect(SearchIndex.excerpt(of: texts[...]) == whole, "\(texts.debugDescription)")
            #expect(SearchIndex.excerpt(of: texts.dropFirst()) == SearchIndex.excerpt(texts.dropFirst().joined(separator: " ")))
        }
    }

    /// Terms of several texts are those of the texts joined by spaces.
    @Test func termsOfTextsAreTheTermsOfTheirJoin() {
        var rng = SeededGenerator(state: 0x7E2)
        let pieces = ["注销", "账户", "Pay", "LATER", "3", "张", " ", "，", "Crème", "ÀB", "한국", "\u{301}", "", "x"]
        for _ in 0..<2_000 {
            let texts = (0..<Int.random(in: 0...6, using: &rng)).map { _ in
                (0..<Int.random(in: 0...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            }
            var separate: [String] = []
            SearchTokenizer.forEachTerm(in: texts) { separate.append($0.text) }
            #expect(separate == SearchTokenizer.tokens(texts.joined(separator: " ")), "\(texts.debugDescription)")
        }
    }

    @Test func scalarsTakenAsCharactersOfTheirOwnAreSo() {
        let own = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter(SearchIndex.isOwnCharacter)
        let neighbours: [Unicode.Scalar] = ["a", "中", "\n", "\t", " ", "。", "‼", "\u{3000}", "ｗ", "~", "\u{2010}"]
        for first in own {
            for second in neighbours + [first] where !(first == "\r" && second == "\n") {
                var pair = ""
                pair.unicodeScalars.append(first)
                pair.unicodeScalars.append(second)
                #expect(pair.count == 2, "U+\(String(first.value, radix: 16)) U+\(String(second.value, radix: 16))")
            }
        }
    }

}

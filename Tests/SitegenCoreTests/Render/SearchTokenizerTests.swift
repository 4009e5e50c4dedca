import Testing
@testable import SitegenCore

/// The tokenizer lower-cases scalar by scalar and keys CJK terms by packed
/// scalars; it must give exactly what lower-casing the whole text and
/// splitting it into runs gives.
@Suite struct SearchTokenizerTests {
    /// The straightforward tokenizer: lower-case the text, then split runs.
    static func reference(_ text: String) -> [String] {
        var result: [String] = []
        var run: [Unicode.Scalar] = []
        var runIsCJK = false
        func flush() {
            defer { run.removeAll() }
            guard !run.isEmpty else { return }
            if !runIsCJK || run.count == 1 {
                var word = ""
                word.unicodeScalars.append(contentsOf: run)
                result.append(word)
                return
            }
            for index in 1..<run.count {
                var bigram = ""
                bigram.unicodeScalars.append(run[index - 1])
                bigram.unicodeScalars.append(run[index])
                result.append(bigram)
            }
        }
        for scalar in text.lowercased().unicodeScalars.map({ $0 == "ς" ? "σ" : $0 }) where !SearchTokenizer.isOptionalMark(scalar) {
            let cjk = SearchTokenizer.isCJK(scalar)
            let scalar = cjk ? TraditionalChinese.simplified(scalar) ?? scalar : scalar
            guard cjk || SearchTokenizer.isWord(scalar) else {
                flush()
                continue
            }
            if cjk != runIsCJK { flush() }
            runIsCJK = cjk
            run.append(scalar)
        }
        flush()
        return result
    }

    @Test("scalars that do not change when lower-cased map to themselves; CJK has no case")
    func lowercaseShortcutsHold() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let unchanged = SearchTokenizer.hasNoCase(scalar) || !scalar.properties.changesWhenLowercased
            if unchanged, scalar.properties.lowercaseMapping != String(scalar) { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String($0, radix: 16) })")
    }

    @Test("every script is searchable: words of letters, marks and digits; unspaced scripts by bigrams", arguments: [
        ("Привет, МИР", ["привет", "мир"]),
        ("مقارنة خطط الاستضافة", ["مقارنة", "خطط", "الاستضافة"]),
        ("שָׁלוֹם עולם", ["שלום", "עולם"]),  // points dropped
        ("مُقـارَنة مقارنة", ["مقارنة", "مقارنة"]),  // harakat and tatweel dropped
        ("हिन्दी भाषा", ["हिन्दी", "भाषा"]),
        ("ΟΔΟΣ οδός", ["οδοσ", "οδόσ"]),
        ("ภาษาไทย", ["ภา", "าษ", "ษา", "าไ", "ไท", "ทย"]),
        ("银行卡 Straße 3×4", ["银行", "行卡", "straße", "3", "4"]),
        ("銀行卡 臺灣", ["银行", "行卡", "台湾"]),  // Traditional reads as Simplified
        ("這個かな", ["这个", "个か", "かな"]),
    ])
    func everyScript(_ text: String, _ terms: [String]) {
        #expect(SearchTokenizer.tokens(text) == terms)
    }

    @Test("the shortcuts for punctuation agree with the categories, scalar by scalar")
    func wordBitsAreTheCategories() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if SearchTokenizer.isWord(scalar) != SearchTokenizer.hasWordCategory(scalar) { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String($0, radix: 16) })")
        #expect(SearchTokenizer.isWord("ж") && SearchTokenizer.isWord("\u{0651}") && SearchTokenizer.isWord("٣"))
        #expect(!SearchTokenizer.isWord("，") && !SearchTokenizer.isWord("×") && !SearchTokenizer.isWord("A"))
    }

    @Test("same terms as lower-casing the whole text, on mixed random text")
    func agreesWithTheReference() {
        let pieces = ["银行", "卡", "注销账户", "İSTANBUL", "ΟΔΟΣ", "\u{212A}", "Straße", "ǅ", "ÀÉÎ", "ﬀ", "Ａｂ", "×÷",
                      "한국어", "かなカナ", "Pay-Later", "3张/日", "e\u{301}", " ", "，", "。", "\n", "“", "x", "42",
                      "\u{2028}", "—", "…", "、", "〇", "🇨🇳", "𠀀", "ÿŸ", "ǈ", "ⅷ", "Ⓐ", "\u{0}", "Z9", "aZ_",
                      "Привет", "МИР", "مقارنة", "مُقارنة", "ـ", "\u{0670}", "٣", "שָׁלוֹם", "हिन्दी", "ภาษาไทย", "ΟΔΟΣ", "ς", "²", "½",
                      "Ⅻ", "ꙮ", "ｶ", "\u{200D}", "\u{FE0F}", "銀行", "臺灣", "這個", "鐘", "\u{F91D}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(SearchTokenizer.tokens(text) == Self.reference(text), "\(text)")
        }
    }
}

/// Splits text into search terms, the same way the theme script splits a
/// query (`words` in `search.js`; keep the two in step):
///
/// - the text is lower-cased, and Greek final sigma `ς` is read as `σ` (so a
///   query typed in capitals finds a word that ends in one);
/// - Arabic vowel marks and tatweel and Hebrew points, which writers add or
///   leave out at will, are dropped (`مُقـارنة` is `مقارنة`, `שָׁלוֹם` is `שלום`);
/// - Traditional Chinese characters read as Simplified (`銀行` is `银行`;
///   `TraditionalChinese`; search.js folds a query with the pairs the index
///   lists, `SearchShards.foldPairs(of:)`);
/// - runs of characters of scripts written without spaces between words (CJK:
///   kana, ideographs, Hangul; Thai, Lao, Myanmar, Khmer) become overlapping
///   bigrams (`银行卡` → `银行`, `行卡`); a lone such character stays a term
///   of its own;
/// - runs of other letters, combining marks and digits (Unicode categories L,
///   M and N: Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari …) are words;
/// - everything else separates terms.
public enum SearchTokenizer {
    /// A term while the index is built. Most terms of any text fit in one
    /// integer (hashing and comparing it is cheap, unlike a string's): one
    /// or two CJK scalars, or an ASCII word of up to seven bytes. Longer and
    /// non-ASCII words are strings. A term is always held the same way.
    enum Term: Hashable {
        /// CJK: the first scalar (zero for a lone one) in bits 21–41, the second in bits 0–20.
        /// A word: bit 63 set, its length in bits 56–58, its bytes from the lowest.
        case packed(UInt64)
        case word(String)

        static let wordFlag: UInt64 = 1 << 63
        static let longestPackedWord = 7

        /// The packed term of an ASCII word of 1–7 bytes.
        static func packedWord(_ bytes: some Collection<UInt8>) -> Term {
            var packed = wordFlag | UInt64(bytes.count) << 56
            for (position, byte) in bytes.enumerated() { packed |= UInt64(byte) << (8 * position) }
            return .packed(packed)
        }

        var text: String {
            switch self {
            case .word(let word): return word
            case .packed(let packed) where packed & Self.wordFlag != 0:
                let count = Int(packed >> 56 & 0x7)
                return String(decoding: (0..<count).map { UInt8(truncatingIfNeeded: packed >> (8 * $0)) }, as: UTF8.self)
            case .packed(let packed):
                var text = String.UnicodeScalarView()
                if let first = Unicode.Scalar(UInt32(truncatingIfNeeded: packed >> 21)), packed >> 21 != 0 {
                    text.append(first)
                }
                if let second = Unicode.Scalar(UInt32(truncatingIfNeeded: packed & 0x1F_FFFF)) { text.append(second) }
                return String(text)
            }
        }
    }

    public static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        forEachTerm(in: text) { result.append($0.text) }
        return result
    }

    /// Calls `body` with each term of `text`, in order. Lower-cases scalar by
    /// scalar, which is what `String.lowercased()` does (tests compare them).
    /// Reads the text's UTF-8 bytes in place: ASCII, most of any text, is
    /// handled byte by byte, and words are gathered as bytes.
    static func forEachTerm(in text: String, _ body: (Term) -> Void) {
        forEachTerm(in: CollectionOfOne(text), body)
    }

    /// The terms of `texts` joined by spaces, without joining them (a space only separates terms).
    static func forEachTerm(in texts: some Sequence<String>, _ body: (Term) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(32)
        for text in texts {
            var text = text  // (native strings are contiguous: no copy)
            text.withUTF8 { forEachTerm(inUTF8: $0, word: &word, body) }
        }
    }

    /// `forEachTerm(in:_:)` over valid UTF-8 (a String's bytes); `word` is an empty buffer to
    /// gather words in.
    private static func forEachTerm(inUTF8 bytes: UnsafeBufferPointer<UInt8>, word: inout [UInt8],
                                    _ body: (Term) -> Void) {
        let folding = TraditionalChinese.folding
        var wordIsASCII = true
        var cjkRun = 0
        var previousCJK: UInt32 = 0
        func flushWord() {
            guard !word.isEmpty else { return }
            if wordIsASCII, word.count <= Term.longestPackedWord {
                body(Term.packedWord(word))
            } else {
                body(.word(String(decoding: word, as: UTF8.self)))
            }
            word.removeAll(keepingCapacity: true)
            wordIsASCII = true
        }
        func flushCJK() {
            if cjkRun == 1 { body(.packed(UInt64(previousCJK))) }
            cjkRun = 0
        }
        func take(_ scalar: Unicode.Scalar) {
            if (0x591...0x670).contains(scalar.value), isOptionalMark(scalar) { return }
            let scalar: Unicode.Scalar = scalar.value == 0x3C2 ? "\u{3C3}" : scalar  // ς → σ
            if isCJK(scalar) {
                let scalar = folding.simplified(scalar) ?? scalar  // 銀 → 银
                flushWord()
                if cjkRun > 0 { body(.packed(UInt64(previousCJK) << 21 | UInt64(scalar.value))) }
                previousCJK = scalar.value
                cjkRun += 1
            } else if isWord(scalar) {
                flushCJK()
                if scalar.value >= 0x80 { wordIsASCII = false }
                UTF8.encode(scalar) { word.append($0) }
            } else {
                flushWord()
                flushCJK()
            }
        }
        var position = 0
        let end = bytes.count
        while position < end {
            let lead = bytes[position]
            if lead < 0x80 {
                position += 1
                switch lead {
                case 0x61...0x7A, 0x30...0x39:
                    flushCJK()
                    word.append(lead)
                case 0x41...0x5A:
                    flushCJK()
                    word.append(lead + 0x20)
                default:
                    flushWord()
                    flushCJK()
                }
                continue
            }
            let (scalar, length) = bytes.scalarAndLength(at: position)
            position += length
            if hasNoCase(scalar) || !scalar.properties.changesWhenLowercased {
                take(scalar)
            } else {
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars { take(lowered) }
            }
        }
        flushWord()
        flushCJK()
    }

    /// Scalars known to map to themselves when lower-cased, without the
    /// property table: CJK, general punctuation, CJK symbols and punctuation.
    static func hasNoCase(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2000...0x206F, 0x3000...0x303F: return true
        default: return isCJK(scalar)
        }
    }

    /// A character of a script written without spaces between words, searched by bigrams: CJK
    /// (kana, ideographs, Hangul), Thai, Lao, Myanmar, Khmer. (Named for the first of them.)
    @inline(__always) static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x3040 { return value <= 0x9FFF || (0xAC00...0xD7AF).contains(value) || (0xF900...0xFAFF).contains(value) }
        return value >= 0x0E00 && (value <= 0x0EFF || (0x1000...0x109F).contains(value) || (0x1780...0x17FF).contains(value))
    }

    /// Arabic harakat, superscript alef and tatweel, Hebrew points and cantillation: optional in
    /// writing, so neither text nor query keeps them (search.js drops the same).
    static func isOptionalMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x591...0x5BD, 0x5BF, 0x5C1...0x5C2, 0x5C4...0x5C5, 0x5C7, 0x640, 0x64B...0x65F, 0x670: return true
        default: return false
        }
    }

    /// A letter, combining mark or digit of any script (`\p{L}`, `\p{M}`, `\p{N}` in search.js).
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // Spaces and punctuation that fill Chinese text (general punctuation, `、。「」`, full-width
        // `，：（）`): told without the category lookup, which cost the build 1% for them.
        case 0x2000...0x206F, 0x3000...0x3004, 0x3008...0x3020, 0xFF00...0xFF0F, 0xFF1A...0xFF20: return false
        default: return hasWordCategory(scalar)
        }
    }

    static func hasWordCategory(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x61...0x7A).contains(scalar.value) || (0x30...0x39).contains(scalar.value) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default: return false
        }
    }
}

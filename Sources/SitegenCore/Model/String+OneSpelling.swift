extension String {
    /// True when the text is surely in Unicode's composed normal form (NFC):
    /// every scalar is one whose NFC quick check is "yes" and whose combining
    /// class is 0 (ASCII, Latin-1, general punctuation, symbols and dingbats,
    /// CJK punctuation, kana, ideographs, Hangul syllables, full- and
    /// half-width forms), so nothing in it decomposes or combines with a
    /// neighbour. Two such texts are equal (`==`, which compares canonical
    /// equivalents) exactly when their UTF-8 bytes are, so they can be told
    /// apart by their bytes, without the normalising hash and comparison Swift
    /// uses for other non-ASCII text. False says nothing (the text may still
    /// be NFC).
    var isSurelyNFC: Bool {
        var text = self
        return text.withUTF8 { bytes in
            var position = 0
            while position < bytes.count {
                let lead = bytes[position]
                if lead < 0x80 {
                    position += 1
                    continue
                }
                if lead == 0xC2 || lead == 0xC3 {  // U+0080…U+00FF: Latin-1, composed letters included
                    position += 2
                    continue
                }
                // The rest of the set is three bytes long (U+0800…U+FFFF).
                guard let value = bytes.threeByteScalar(at: position), Self.hasOneSpelling(value) else { return false }
                position += 3
            }
            return true
        }
    }

    /// Scalars (of three UTF-8 bytes) whose canonical decomposition is themselves and
    /// whose combining class is 0, in blocks where no following scalar of the set combines
    /// with them: NFC quick check "yes" in context.
    private static func hasOneSpelling(_ value: UInt32) -> Bool {
        switch value {  // (disjoint cases, the most common first: ideographs, CJK punctuation, full-width forms)
        case 0x4E00...0x9FFF: return true  // CJK unified ideographs
        case 0x3000...0x3029, 0x3030...0x303F: return true  // CJK punctuation (not the tone marks 302A–302F)
        case 0xFF01...0xFFEE: return true  // full- and half-width forms
        case 0x2010...0x2027, 0x2030...0x205E: return true  // dashes, quotes, ellipsis, primes (not U+2000, U+2001)
        case 0x2190...0x21FF: return true  // arrows
        case 0x2460...0x27BF: return true  // enclosed numbers, box drawing, shapes, symbols, dingbats
        case 0x3041...0x3096, 0x309B...0x309F: return true  // hiragana (not the combining marks 3099, 309A)
        case 0x30A0...0x30FF: return true  // katakana
        case 0x3200...0x33FF: return true  // enclosed CJK letters, CJK compatibility (compatibility forms only)
        case 0x3400...0x4DBF: return true  // CJK unified ideographs, extension A
        case 0xAC00...0xD7A3: return true  // Hangul syllables
        default: return false
        }
    }
}

/// A cell's text as two aligned scalar arrays: `folded` for matching
/// (full-width → ASCII, Arabic-Indic and Devanagari digits → ASCII digits,
/// for values Traditional Chinese characters → Simplified,
/// dashes → `-`, waves → `~`, letters lower-cased (ASCII, Latin, Greek, Cyrillic),
/// whitespace runs → one space, variation selectors, Arabic vowel marks and tatweel
/// dropped) and `display`
/// (the same but case preserved) for extracting labels and unit words.
struct ScannedText {
    private(set) var folded: [Unicode.Scalar] = []
    private(set) var display: [Unicode.Scalar] = []
    /// True when scanning stopped at the limit.
    private(set) var isTruncated = false
    /// True when a combining mark that composes with the scalar before it was seen (`i` + `◌́`,
    /// `か` + `◌゙`): the text should be scanned again in composed form (NFC) to match words.
    private(set) var hasCombiningMark = false

    /// Scans at most `limit` scalars; `isTruncated` tells whether more followed. (Given a
    /// `String`, its scalars are read by the string's own iterator: a `Substring`'s checks
    /// each index it steps to.)
    ///
    /// With `simplifying`, Traditional forms of the lexicons' characters are matched as their
    /// Simplified forms (`folded` only: `display` keeps what was written).
    init(_ text: some StringProtocol, limit: Int = .max, simplifying: Bool = false) {
        let capacity = min(text.utf8.count, limit)
        folded.reserveCapacity(capacity)
        display.reserveCapacity(capacity)
        var lastWasSpace = true
        let folding = simplifying ? TraditionalChinese.folding : nil
        for scalar in text.unicodeScalars {
            if folded.count >= limit { isTruncated = true; break }
            if scalar.value >= 0x300, scalar.value <= 0x309A || scalar.value >= 0xFE20,
               ScannedText.mayCompose(scalar.value) { hasCombiningMark = true }
            let (shown, isSpace) = ScannedText.fold(scalar)
            if isSpace {
                if !lastWasSpace { folded.append(" "); display.append(" ") }
                lastWasSpace = true
                continue
            }
            guard let shown else { continue }
            lastWasSpace = false
            display.append(shown)
            if let folding, shown.value >= 0x3400, let simplified = folding.simplified(shown) {
                folded.append(simplified)
            } else {
                folded.append(ScannedText.lowercased(shown))
            }
        }
        if folded.last == " " { folded.removeLast(); display.removeLast() }
    }

    var count: Int { folded.count }

    /// The folded text as a string (a key for whole-cell word lookups).
    var foldedString: String { String(scalars: folded) }

    /// The display text of `range` as a string.
    func displayString(_ range: Range<Int>) -> String { String(scalars: display[range]) }

    /// A normalised form of free text for text equivalence.
    static func comparisonKey(_ text: String) -> String {
        ScannedText(text).foldedString
    }

    /// Maps one scalar to its display form; nil drops it; `isSpace` marks whitespace.
    static func fold(_ scalar: Unicode.Scalar) -> (Unicode.Scalar?, isSpace: Bool) {
        let v = scalar.value
        switch v {
        case 0x20, 0x09, 0x0A, 0x0D, 0x3000, 0xA0: return (nil, true)
        case 0xFE00...0xFE0F, 0x200B...0x200D, 0xFEFF: return (nil, false)
        case 0x064B...0x0652, 0x0640: return (nil, false)  // Arabic harakat (فوراً = فورا), tatweel
        case 0xFF01...0xFF5E:
            return (Unicode.Scalar(v - 0xFEE0)!, false)
        // Digits of Arabic (٣٠), Persian and Urdu (۳۰) and Devanagari (३०) text, and the Arabic
        // decimal and thousands separators (٣٫٥, ١٬٠٠٠).
        case 0x0660...0x0669: return (Unicode.Scalar(v - 0x0660 + 0x30)!, false)
        case 0x06F0...0x06F9: return (Unicode.Scalar(v - 0x06F0 + 0x30)!, false)
        case 0x0966...0x096F: return (Unicode.Scalar(v - 0x0966 + 0x30)!, false)
        case 0x066B: return (".", false)
        case 0x066C: return (",", false)
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63: return ("-", false)
        case 0x301C, 0x223C, 0x2053: return ("~", false)
        case 0x2264, 0x2266: return ("≤", false)
        case 0x2265, 0x2267: return ("≥", false)
        default:
            if v < 0x80 { return (scalar, false) }
            if scalar.isWhitespaceScalar { return (nil, true) }
            return (scalar, false)
        }
    }

    /// Combining diacritical marks (and their supplements, for symbols, half marks), kana voicing
    /// marks, Hangul vowel and final jamo.
    static func mayCompose(_ value: UInt32) -> Bool {
        switch value {
        case 0x300...0x36F, 0x1160...0x11FF, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0x3099...0x309A,
             0xFE20...0xFE2F: return true
        default: return false
        }
    }

    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x80 { return (0x41...0x5A).contains(v) ? Unicode.Scalar(v + 0x20)! : scalar }
        // Latin, Greek, Cyrillic (`Tage`, `Día`, `Дней`); one scalar for one, so `folded`
        // stays aligned with `display` (a letter whose lower case is longer keeps its case).
        guard v >= 0xC0, v < 0x530, scalar.properties.isUppercase else { return scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let first = lower.first else { return scalar }
        return first
    }
}

/// Character classes used by the scanner.
enum CharClass {
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    /// A letter of an alphabet (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic …): words of
    /// these are matched on word boundaries. Han, kana and Hangul are not: they run on
    /// without spaces (`3日間`, `3일이내`).
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        return v >= 0xC0 && v < 0x2000 && s.properties.isAlphabetic
    }
    /// CJK unified ideographs (basic, extension A, compatibility, extensions B+).
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x2FFFF).contains(v)
    }
}

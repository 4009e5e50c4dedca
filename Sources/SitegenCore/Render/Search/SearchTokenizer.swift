/// Splits text into search terms, the same way the theme script splits a
/// query (`words` in `sitegen.js`; keep the two in step):
///
/// - the text is lower-cased;
/// - runs of letters and digits (ASCII, Latin-1 and Latin Extended) are words;
/// - runs of CJK characters (kana, ideographs, Hangul), which have no spaces
///   between words, become overlapping bigrams (`银行卡` → `银行`, `行卡`);
///   a lone CJK character stays a term of its own;
/// - everything else separates terms.
public enum SearchTokenizer {
    /// A term while the index is built: one or two CJK scalars packed into
    /// an integer (hashing it is cheap, unlike a non-ASCII string's), or a word.
    enum Term: Hashable {
        case cjk(UInt64)
        case word(String)

        var text: String {
            switch self {
            case .word(let word): return word
            case .cjk(let packed):
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
    static func forEachTerm(in text: String, _ body: (Term) -> Void) {
        var word: [Unicode.Scalar] = []  // (an array: emptying a String's scalar view is slow and generic)
        var cjkRun = 0
        var previousCJK: UInt32 = 0
        func flushWord() {
            guard !word.isEmpty else { return }
            body(.word(String(scalars: word)))
            word.removeAll(keepingCapacity: true)
        }
        func flushCJK() {
            if cjkRun == 1 { body(.cjk(UInt64(previousCJK))) }
            cjkRun = 0
        }
        func take(_ scalar: Unicode.Scalar) {
            if isCJK(scalar) {
                flushWord()
                if cjkRun > 0 { body(.cjk(UInt64(previousCJK) << 21 | UInt64(scalar.value))) }
                previousCJK = scalar.value
                cjkRun += 1
            } else if isWord(scalar) {
                flushCJK()
                word.append(scalar)
            } else {
                flushWord()
                flushCJK()
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                take((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if isCJK(scalar) || !scalar.properties.changesWhenLowercased {
                take(scalar)
            } else {
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars { take(lowered) }
            }
        }
        flushWord()
        flushCJK()
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x61...0x7A, 0x30...0x39, 0xC0...0x24F: return true
        default: return false
        }
    }
}

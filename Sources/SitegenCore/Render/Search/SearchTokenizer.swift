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
    public static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var run: [Unicode.Scalar] = []
        var runIsCJK = false
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            guard !run.isEmpty else { return }
            if !runIsCJK || run.count == 1 {
                result.append(String(String.UnicodeScalarView(run)))
                return
            }
            for index in 1..<run.count {
                result.append(String(String.UnicodeScalarView(run[(index - 1)...index])))
            }
        }
        for scalar in text.lowercased().unicodeScalars {
            let cjk = isCJK(scalar)
            guard cjk || isWord(scalar) else {
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

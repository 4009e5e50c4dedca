/// A hand-written recursive-descent scanner over one cell's folded scalars.
/// Every step advances or gives up, so it never loops; cells are capped in
/// length before they get here, so it is linear in practice.
struct CellScanner {
    let text: ScannedText
    let s: [Unicode.Scalar]
    var i = 0

    init(_ text: ScannedText) {
        self.text = text
        self.s = text.folded
    }

    var atEnd: Bool { i >= s.count }

    func scalar(at j: Int) -> Unicode.Scalar? { j >= 0 && j < s.count ? s[j] : nil }

    mutating func skipSpaces() {
        while i < s.count, s[i] == " " { i += 1 }
    }

    /// Matches a word of `table` at the cursor and moves past it.
    mutating func take<V>(_ table: WordTable<V>) -> V? {
        guard let (value, end) = table.match(s, at: i) else { return nil }
        i = end
        return value
    }

    /// True when a number (digits, CJK numeral or 半) starts at `j`.
    func isNumberStart(_ j: Int) -> Bool {
        guard let c = scalar(at: j) else { return false }
        return CharClass.isDigit(c) || Lexicon.isCJKNumeral(c) || c == "半"
    }
}

/// A number as written, before any unit.
struct Amount {
    var value: Double
    /// Written with CJK numerals (`十五`, `两`, `半`).
    var isCJK: Bool
    /// `a`, `an`, `half a`, `半`: only meaningful before a unit of time.
    var needsTimeUnit: Bool
}

extension CellScanner {
    /// A number at the cursor: `42`, `1,000`, `1.5`, `-3`, `3万`, `十五`, `两`, `半`, `one`, `an`.
    mutating func scanAmount(allowNegative: Bool) -> Amount? {
        guard let c = scalar(at: i) else { return nil }
        if CharClass.isDigit(c) {
            guard let v = scanArabic() else { return nil }
            return Amount(value: v, isCJK: false, needsTimeUnit: false)
        }
        if allowNegative, c == "-", let next = scalar(at: i + 1), CharClass.isDigit(next) {
            let start = i
            i += 1
            guard let v = scanArabic() else { i = start; return nil }
            return Amount(value: -v, isCJK: false, needsTimeUnit: false)
        }
        if c == "半" {
            i += 1
            return Amount(value: 0.5, isCJK: true, needsTimeUnit: true)
        }
        if Lexicon.isCJKNumeral(c) {
            guard let v = scanCJKNumeral() else { return nil }
            return Amount(value: v, isCJK: true, needsTimeUnit: false)
        }
        if CharClass.isLetter(c), let word = take(Lexicon.englishNumbers) {
            return Amount(value: word.value, isCJK: false, needsTimeUnit: word.isArticle)
        }
        return nil
    }

    /// Digits with optional `,ddd` groups and a decimal part, then an optional
    /// 万/千/亿 multiplier. Nil (cursor unmoved) for absurdly long or non-finite numbers.
    private mutating func scanArabic() -> Double? {
        var j = i
        var buffer: [UInt8] = []
        func digitsFrom(_ k: inout Int) {
            while k < s.count, CharClass.isDigit(s[k]), buffer.count <= 64 {
                buffer.append(UInt8(s[k].value))
                k += 1
            }
        }
        digitsFrom(&j)
        while j + 3 < s.count, s[j] == ",",
              CharClass.isDigit(s[j + 1]), CharClass.isDigit(s[j + 2]), CharClass.isDigit(s[j + 3]),
              j + 4 >= s.count || !CharClass.isDigit(s[j + 4]) {
            j += 1
            digitsFrom(&j)
        }
        if j + 1 < s.count, s[j] == ".", CharClass.isDigit(s[j + 1]) {
            buffer.append(UInt8(ascii: "."))
            j += 1
            digitsFrom(&j)
        }
        guard buffer.count <= 64, let value = Double(String(decoding: buffer, as: UTF8.self)),
              value.isFinite else { return nil }
        i = j
        if let multiplier = take(Lexicon.digitMultipliers) { return value * multiplier }
        return value
    }

    /// A run of CJK numerals: `十五` 15, `二十` 20, `一百二十` 120, `一百零五` 105, `两` 2, `三万` 30000.
    /// Nil (cursor unmoved) for malformed runs such as `一五` or `万`.
    private mutating func scanCJKNumeral() -> Double? {
        var j = i
        var total = 0.0, section = 0.0
        var digit: Double?
        var lastWasZero = false
        while j < s.count, j - i < 24 {
            let c = s[j]
            if let d = Lexicon.cjkDigit(c) {
                if digit != nil, !lastWasZero { return nil }
                digit = d
                lastWasZero = d == 0
            } else if let m = Lexicon.cjkMultiplier(c) {
                if m < 10_000 {
                    guard let d = digit ?? (m == 10 ? 1 : nil) else { return nil }
                    section += d * m
                } else {
                    section += digit ?? 0
                    guard section > 0 else { return nil }
                    total += section * m
                    section = 0
                }
                digit = nil
                lastWasZero = false
            } else {
                break
            }
            j += 1
        }
        guard j > i else { return nil }
        i = j
        return total + section + (digit ?? 0)
    }
}

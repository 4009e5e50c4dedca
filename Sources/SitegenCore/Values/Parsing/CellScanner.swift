/// A hand-written recursive-descent scanner over one cell's folded scalars.
/// Every step advances or gives up, so it never loops; cells are capped in
/// length before they get here, so it is linear in practice.
struct CellScanner {
    let text: ScannedText
    let s: [Unicode.Scalar]
    var i = 0
    /// The cell holds the first character of a word for "per" written after what a value is for
    /// (`1GBあたり`, `1GB당`): only then is such a basis looked for before a value.
    let mayHaveBasisSuffix: Bool
    /// How the page writes decimals: only `1.000` and `1,500` read differently by it.
    let convention: NumberConvention

    init(_ text: ScannedText, convention: NumberConvention = .decimalPoint) {
        self.text = text
        self.s = text.folded
        self.convention = convention
        mayHaveBasisSuffix = s.contains { $0 == "あ" || $0 == "当" || $0 == "に" || $0 == "당" }
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
    ///
    /// A comma is a decimal comma where it cannot group thousands: before one, two or more than three
    /// digits (`12,99 €`, `1,5 Stunden`), or after a group that is none (`0,023 €`, `1234,567`); so is
    /// the comma after `.ddd` or spaced groups (`1.234,56 €`, `1 234,56 €`). Groups of three digits
    /// may follow a space or an apostrophe too (`12 500 ₽`, `1'000 CHF`); `,-` stands for no cents (`10,- €`). `1,000` and `1.000` read by the page's ``NumberConvention``:
    /// a thousand and one with a decimal point (English, Chinese), one and a thousand with a decimal
    /// comma (German, French).
    private mutating func scanArabic() -> Double? {
        var j = i
        var buffer: [UInt8] = []
        func digitsFrom(_ k: inout Int) {
            while k < s.count, CharClass.isDigit(s[k]), buffer.count <= 64 {
                buffer.append(UInt8(s[k].value))
                k += 1
            }
        }
        func digitRun(from k: Int) -> Int {
            var end = k
            while end < s.count, CharClass.isDigit(s[end]) { end += 1 }
            return end - k
        }
        digitsFrom(&j)
        let lead = j - i
        let leadGroups = (1...3).contains(lead) && s[i] != "0"
        // Groups of three after `,` or a space (`1,000`, `12 500 ₽`, `1 000 €`), one kind in a number.
        // With a decimal comma, commas group only where they cannot be one (`1,000,000`, `1,000.5`).
        let commasGroup = convention == .decimalPoint || commaGroupsAreUnambiguous(from: j)
        var separator: Unicode.Scalar?
        while leadGroups, j + 3 < s.count, s[j] == "," && commasGroup || Self.isGroupSpace(s[j]) || Self.isApostrophe(s[j]),
              separator == nil || s[j] == separator, digitRun(from: j + 1) == 3 {
            separator = s[j]
            j += 1
            digitsFrom(&j)
        }
        let grouped = separator == ","
        if separator == nil, leadGroups, let groups = dotGroupsEnd(from: j) {  // `1.234,56`; `1.000` with a decimal comma
            while j < groups.end {
                if s[j] != "." { buffer.append(UInt8(s[j].value)) }
                j += 1
            }
            if groups.decimalComma {
                buffer.append(UInt8(ascii: "."))
                j += 1
                digitsFrom(&j)
            }
        } else if j + 1 < s.count, s[j] == ".", CharClass.isDigit(s[j + 1]) {
            buffer.append(UInt8(ascii: "."))
            j += 1
            digitsFrom(&j)
        } else if !grouped, j + 1 < s.count, s[j] == ",", CharClass.isDigit(s[j + 1]),
                  digitRun(from: j + 1) != 3 || !leadGroups || convention == .decimalComma {
            buffer.append(UInt8(ascii: "."))
            j += 1
            digitsFrom(&j)
        }
        // `,-` for no cents (`10,- €`, `1.000,– €`).
        if j + 1 < s.count, s[j] == ",", s[j + 1] == "-", !buffer.contains(UInt8(ascii: ".")),
           j + 2 >= s.count || !CharClass.isDigit(s[j + 2]) && s[j + 2] != "-" {
            j += 2
        }
        guard buffer.count <= 64, let value = Double(String(decoding: buffer, as: UTF8.self)),
              value.isFinite else { return nil }
        i = j
        if let multiplier = take(Lexicon.digitMultipliers) { return value * multiplier }
        return value
    }

    /// An apostrophe that groups thousands in Switzerland and Liechtenstein (`1'000 CHF`, `1’500.50`).
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }

    /// A space that may group thousands: a space, a no-break, narrow no-break or thin space.
    static func isGroupSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\u{00A0}" || c == "\u{202F}" || c == "\u{2009}"
    }

    /// Where `.ddd` groups from `start` end: at a decimal comma (`.234,56` in `1.234,56`), or at the
    /// number's end when there are two or more (`.000.000` in `1.000.000`: no decimals) or the
    /// convention writes a decimal comma (`.000` in `1.000`); nil when the dots are no groups.
    private func dotGroupsEnd(from start: Int) -> (end: Int, decimalComma: Bool)? {
        let (k, groups) = groupsEnd(from: start, separator: ".")
        guard groups > 0 else { return nil }
        if k + 1 < s.count, s[k] == ",", CharClass.isDigit(s[k + 1]) { return (k, true) }
        let noCents = k + 1 < s.count && s[k] == "," && s[k + 1] == "-"  // `1.000,-`
        guard convention == .decimalComma || groups > 1 || noCents,
              k >= s.count || s[k] != "." && (s[k] != "," || noCents) else { return nil }
        return (k, false)
    }

    /// Whether the `,ddd` groups from `start` have only the reading of groups of thousands: two or
    /// more (`,000,000`), or followed by a decimal point (`,000.5`).
    private func commaGroupsAreUnambiguous(from start: Int) -> Bool {
        let (k, groups) = groupsEnd(from: start, separator: ",")
        return groups > 1 || groups == 1 && k + 1 < s.count && s[k] == "." && CharClass.isDigit(s[k + 1])
    }

    /// Where the run of `separator` + three digits groups from `start` ends, and how many there are.
    private func groupsEnd(from start: Int, separator: Unicode.Scalar) -> (end: Int, groups: Int) {
        var k = start
        var groups = 0
        while k + 3 < s.count, s[k] == separator, CharClass.isDigit(s[k + 1]), CharClass.isDigit(s[k + 2]),
              CharClass.isDigit(s[k + 3]), k + 4 >= s.count || !CharClass.isDigit(s[k + 4]) {
            k += 4
            groups += 1
        }
        return (k, groups)
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

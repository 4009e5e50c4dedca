import Foundation

/// Why a cell does not denote a value of its declared type, with a hint on
/// how to write one.
public struct ValueParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, quoting the cell: `"3 days maybe" is not a duration`.
    public var message: String
    /// How to fix it: `write a number and a unit, e.g. 5分钟, 3-7个工作日 or 2 hours`.
    public var hint: String
    public init(message: String, hint: String) { self.message = message; self.hint = hint }
    public var description: String { "\(message) (\(hint))" }
}

/// Reads the typed value of a table cell, in Chinese, English or a language of
/// `LanguageWords.catalogue` (German, French, Spanish, Portuguese, Italian, Russian,
/// Japanese, Korean, Arabic); the examples below are Chinese and English.
///
/// The grammar is a hand-written scanner (no regular expressions): it is
/// linear in the cell's length, never traps, and gives up on cells longer
/// than `maximumValueLength` scalars (they are text). Input is folded first:
/// full-width ASCII (`１５`, `～`, `＋`, `／`) to half-width, dashes to `-`,
/// letters to lower case, whitespace runs to one space (see `ScannedText`).
///
/// A cell is, in order of precedence:
/// 1. `.empty`: blank, a lone dash (`-`, `–`, `—`, `--`), `N/A`.
/// 2. A whole-cell word: booleans (是/否, 有/无, 支持/不支持, yes/no, ✓/✗ …) and
///    unlimited (无限制, 不限, unlimited, ∞ …).
/// 3. One or more terms joined by `+`, `、`, `then`, `plus`, `然后` (a `.sum`
///    when more than one; terms must share a kind and unit). A term is
///    `[label] [prefixes] value [rate period] [suffixes] [label]` where value is
///    an instant word (即时生效, immediately), or a number with an optional
///    unit, or a range of two (`5-10分钟`, `1小时-2天`, `5 to 10 min`).
/// 4. `.text` (trimmed, as written) for everything else.
///
/// A footnote mark typed after a value (`$80¹`, `5分钟*`, `免费†`) is not part of it.
///
/// Labels are allowed only where they are clearly labels: one run of at most
/// 8 Han characters before the value (`冻结期延长至90天`, trailing 至/为/到 and a
/// colon dropped) or 6 after it (`5-10分钟审核`, `60天（冻结）`), never both, only
/// next to a Chinese unit (so `3D打印`, `5G网络` are text), never with a negation
/// or ordinal (不, 无, 非, 未, 没, 禁, 第 …), and a trailing label never follows
/// CJK numerals (so `十分重要` is text). Anything longer is prose and stays text.
///
/// Calendar-like cells stay text: `2023年` (a 4-digit year), `3月5日`, `2024-01-01`.
public enum ValueParser {
    /// Cells longer than this (in Unicode scalars, after trimming) are always text.
    public static let maximumValueLength = 160

    /// Best-effort parse: the most specific value the text denotes, `.text` otherwise.
    ///
    /// Blank cells, a lone dash (`-`, `–`, `—`, `--`) and `N/A` are `.empty`.
    ///
    /// `convention` is how the page writes decimals (by its language): it decides only numbers
    /// with one separator before three digits (`1.000 €`, `1,500 kg`).
    public static func parse(_ text: String, convention: NumberConvention = .decimalPoint) -> CellValue {
        ValueMemo.shared.value(of: text, convention: convention) { parseText($0, convention: convention) }
    }

    /// `parse(_:convention:)` without the memo.
    static func parseText(_ text: String, convention: NumberConvention = .decimalPoint) -> CellValue {
        let read = { (text: String) in parseWithoutNote(text, convention: convention) }
        let value = read(text)
        guard case .text(let trimmed) = value else { return value }
        // A yes/no or unlimited word with a note in brackets (`Yes (paid)`, `是（需付费）`,
        // `Unlimited (fair use)`) is that value; the note stays in the cell's text. Not a number:
        // its note may change what it measures (`3张（每日）`, `$5 (per month)`).
        if let head = withoutBracketedNote(trimmed) {
            switch read(head) {
            case let word where word.isBoolean || word.isUnlimited: return word
            default: break
            }
        }
        // A value with a footnote mark typed after it (`$80¹`, `5分钟*`, `免费†`) is that value.
        guard let stripped = withoutFootnoteMark(trimmed) else { return value }
        switch read(stripped) {
        case .text, .empty: return value
        case let typed: return typed
        }
    }

    /// `text` before one bracketed note that ends it (`Yes (paid)` → `Yes`, `是（需付费）` → `是`);
    /// nil when it does not end so, or the note or what comes before it is empty.
    static func withoutBracketedNote(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        guard let last = scalars.last, last == ")" || last == "）" else { return nil }
        guard let open = scalars.firstIndex(where: { $0 == "(" || $0 == "（" }),
              scalars[scalars.index(after: open)...].dropLast().allSatisfy({ !"()（）".unicodeScalars.contains($0) }),
              scalars.distance(from: open, to: scalars.endIndex) > 2 else { return nil }
        let head = String(scalars[..<open]).trimmingWhitespace()
        return head.isEmpty ? nil : head
    }

    /// `text` without the footnote marks at its end (superscript digits, `*`, `†`, `‡`); nil
    /// when it has none, or nothing else.
    static func withoutFootnoteMark(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, isFootnoteMark(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        guard end != scalars.endIndex, end != scalars.startIndex else { return nil }
        return String(scalars[..<end])
    }

    private static func isFootnoteMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2A, 0x2020, 0x2021, 0xB9, 0xB2, 0xB3, 0x2070, 0x2074...0x2079: return true
        default: return false
        }
    }

    /// `parseText(_:)` without looking for a footnote mark.
    private static func parseWithoutNote(_ text: String, convention: NumberConvention) -> CellValue {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return .empty }
        var scanned = ScannedText(trimmed, limit: maximumValueLength, simplifying: true)
        if scanned.hasCombiningMark {  // words are matched composed (`días` typed as d i ◌́ a s); a text keeps its own scalars
            scanned = ScannedText(trimmed.precomposedStringWithCanonicalMapping, limit: maximumValueLength, simplifying: true)
        }
        if scanned.isTruncated { return .text(trimmed) }
        if scanned.count == 0 { return .empty }
        if let word = WholeCellWords.table[TextKey(scanned.foldedString)] { return word }
        guard mayHoldValue(scanned.folded) else { return .text(trimmed) }
        var scanner = CellScanner(scanned, convention: convention)
        return scanner.scanCell() ?? .text(trimmed)
    }

    /// A quick filter: values need a digit, a numeral, a letter or one of a few words.
    private static func mayHoldValue(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.contains { c in
            CharClass.isDigit(c) || CharClass.isLetter(c) || Lexicon.isCJKNumeral(c)
                || c == "半" || c == "每" || c == "即" || c == "立" || c == "实" || c == "马"
                || c == "秒" || c == "当" || c == "毎" || (0x3040...0x30FF).contains(c.value)
                || (0xAC00...0xD7A3).contains(c.value)
        }
    }
}

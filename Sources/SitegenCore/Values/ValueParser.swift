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

/// Reads the typed value of a table cell, in Chinese or English.
///
/// The grammar is a hand-written scanner (no regular expressions): it is
/// linear in the cell's length, never traps, and gives up on cells longer
/// than `maximumValueLength` scalars (they are text).
public enum ValueParser {
    /// Cells longer than this (in Unicode scalars, after trimming) are always text.
    public static let maximumValueLength = 160

    /// Best-effort parse: the most specific value the text denotes, `.text` otherwise.
    ///
    /// Blank cells, a lone dash (`-`, `–`, `—`, `--`) and `N/A` are `.empty`.
    public static func parse(_ text: String) -> CellValue {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return .empty }
        let scanned = ScannedText(Substring(trimmed), limit: maximumValueLength)
        if scanned.isTruncated { return .text(trimmed) }
        if scanned.count == 0 { return .empty }
        if let word = WholeCellWords.table[scanned.foldedString] { return word }
        guard mayHoldValue(scanned.folded) else { return .text(trimmed) }
        var scanner = CellScanner(scanned)
        return scanner.scanCell() ?? .text(trimmed)
    }

    /// A quick filter: values need a digit, a numeral, a letter or one of a few words.
    private static func mayHoldValue(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.contains { c in
            CharClass.isDigit(c) || CharClass.isLetter(c) || Lexicon.isCJKNumeral(c)
                || c == "半" || c == "每" || c == "即" || c == "立" || c == "实" || c == "马"
                || c == "秒" || c == "当"
        }
    }
}

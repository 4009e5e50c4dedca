import Foundation

/// Reads input entries of decision tables (DMN "unary tests", simplified):
///
/// - `-` (or empty, `任意`, `any`): any value;
/// - comparisons `<5`, `<= 5分钟`, `>=18`, `≥ 3`, `=2`, `!=2`;
/// - intervals `[1..5]`, `(1..5]`, `]1..5[`;
/// - values and ranges of the value grammar: `18`, `5分钟`, `5-10分钟` (a closed interval);
/// - text, quoted or not: `"gold"`, `高`;
/// - lists `a, b` (also `，` and `、`) and `not(a, b)`.
///
/// Numbers read by the page's ``NumberConvention`` (`numbers`): on a page that writes a decimal
/// comma, `< 1.000 €` is below a thousand euros and `>= 1,5` at least one and a half (a comma
/// between two digits is a decimal comma there, not a list's).
enum EntryParser {
    enum Item: Hashable {
        case any
        case numeric(NumericSet)
        case text(Set<String>, negated: Bool)
    }

    static let anyWords: Set<String> = ["", "-", "—", "–", "*", "any", "任意", "不限", "n/a"]

    static func parse(_ raw: String, numbers: NumberConvention = .decimalPoint) -> Item {
        var text = raw.trimmingWhitespace()
        if anyWords.contains(text.lowercased()) { return .any }
        var negated = false
        if text.lowercased().hasPrefix("not("), text.hasSuffix(")") {
            negated = true
            text = String(text.dropFirst(4).dropLast()).trimmingWhitespace()
        }
        let parts = split(text, numbers: numbers)
        let sets = parts.map { numeric($0, numbers: numbers) }
        if sets.allSatisfy({ $0 != nil }) {
            let set = sets.compactMap { $0 }.reduce(NumericSet.empty) { $0.union($1) }
            return .numeric(negated ? set.complement : set)
        }
        return .text(Set(parts.map(textKey)), negated: negated)
    }

    /// Whether a comma, between `before` and `after`, is part of a number rather than a list's: a
    /// decimal comma between two digits (`1,5`) with a decimal comma; with a decimal point, one that
    /// groups thousands (`1,000`, `$5,000,000`: after one to three digits or a group, before three
    /// and no more). A list of such numbers writes a space after its commas (`100, 200`).
    static func isInNumber(comma after: Substring, after before: String, numbers: NumberConvention) -> Bool {
        guard before.last?.isASCIIDigit == true, after.first?.isASCIIDigit == true else { return false }
        if numbers == .decimalComma { return true }
        let next = after.prefix(4)
        guard next.prefix(3).count == 3, next.prefix(3).allSatisfy(\.isASCIIDigit),
              next.count == 3 || !next.last!.isASCIIDigit else { return false }
        let lead = before.reversed().prefix { $0.isASCIIDigit }
        let afterLead = before.dropLast(lead.count).last
        return afterLead == "," && lead.count == 3 || (1...3).contains(lead.count) && lead.last != "0" && afterLead != "."
    }

    /// Items of a list, split on commas outside brackets and quotes but those in a number
    /// (``isInNumber(comma:after:numbers:)``).
    static func split(_ text: String, numbers: NumberConvention = .decimalPoint) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quoted = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            switch character {
            case "," where Self.isInNumber(comma: text[index...], after: current, numbers: numbers):
                current.append(character)
            case "\"": quoted.toggle(); current.append(character)
            case "[", "(": depth += 1; current.append(character)
            case "]", ")": depth = max(0, depth - 1); current.append(character)
            case ",", "，", "、":
                // A separator only outside brackets and quotes (the `where` once applied to "、" alone).
                if depth == 0 && !quoted {
                    parts.append(current.trimmingWhitespace())
                    current = ""
                } else {
                    current.append(character)
                }
            default: current.append(character)
            }
        }
        parts.append(current.trimmingWhitespace())
        return parts.filter { !$0.isEmpty }
    }

    /// The numbers an item matches, nil when it is not numeric.
    static func numeric(_ item: String, numbers: NumberConvention = .decimalPoint) -> NumericSet? {
        let number = { self.number($0, numbers: numbers) }
        if let symbol = comparisons.first(where: { item.hasPrefix($0) }) {
            return number(String(item.dropFirst(symbol.count))).map { comparison(symbol, $0) }
        }
        if let first = item.first, "[(]".contains(first), let last = item.last, "])[".contains(last),
           let dots = item.range(of: "..") {
            guard let lower = number(String(item[item.index(after: item.startIndex)..<dots.lowerBound])),
                  let upper = number(String(item[dots.upperBound..<item.index(before: item.endIndex)])) else { return nil }
            return NumericSet([NumericInterval(lower: lower, lowerClosed: first == "[", upper: upper, upperClosed: last == "]")])
        }
        if let value = plainNumber(item, numbers: numbers) { return NumericSet([.point(value)]) }
        let value = ValueParser.parse(item, convention: numbers)
        guard value.hasTerms, let bounds = value.canonical, !bounds.isInverted else { return nil }
        return NumericSet([NumericInterval(lower: NumericInterval.settled(bounds.lower), lowerClosed: bounds.lower.isFinite,
                                           upper: NumericInterval.settled(bounds.upper), upperClosed: bounds.upper.isFinite)])
    }

    /// Comparison operators, longest first.
    static let comparisons = ["<=", "≤", ">=", "≥", "!=", "≠", "<", ">", "="]

    static func comparison(_ symbol: String, _ value: Double) -> NumericSet {
        switch symbol {
        case "<=", "≤": return NumericSet([NumericInterval(lower: -.infinity, lowerClosed: false, upper: value, upperClosed: true)])
        case ">=", "≥": return NumericSet([NumericInterval(lower: value, lowerClosed: true, upper: .infinity, upperClosed: false)])
        case "<": return NumericSet([NumericInterval(lower: -.infinity, lowerClosed: false, upper: value, upperClosed: false)])
        case ">": return NumericSet([NumericInterval(lower: value, lowerClosed: false, upper: .infinity, upperClosed: false)])
        case "!=", "≠": return NumericSet([.point(value)]).complement
        default: return NumericSet([.point(value)])
        }
    }

    /// A single number, with or without a unit (`5`, `5分钟` → 300 seconds).
    static func number(_ text: String, numbers: NumberConvention = .decimalPoint) -> Double? {
        let trimmed = text.trimmingWhitespace()
        if let value = plainNumber(trimmed, numbers: numbers) { return value }
        let value = ValueParser.parse(trimmed, convention: numbers)
        guard value.hasTerms, let bounds = value.canonical, bounds.lower == bounds.upper else { return nil }
        return NumericInterval.settled(bounds.lower)
    }

    /// `42`, `-1.5`, `1e3` (not `inf` or `nan`). With a decimal comma, a number with a dot is left to
    /// the value grammar (`1.000` is a thousand there).
    static func plainNumber(_ text: String, numbers: NumberConvention = .decimalPoint) -> Double? {
        guard text.contains(where: \.isNumber), numbers == .decimalPoint || !text.contains("."),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The key a text value is compared by: quotes removed, booleans unified, case and width folded.
    static func textKey(_ item: String) -> String {
        var text = item.trimmingWhitespace()
        if text.count >= 2, text.first == "\"", text.last == "\"" { text = String(text.dropFirst().dropLast()) }
        if case .boolean(let value) = ValueParser.parse(text) { return value ? "true" : "false" }
        return NameKey.key(text)
    }
}

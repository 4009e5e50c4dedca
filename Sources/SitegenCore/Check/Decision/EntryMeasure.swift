/// What a number in a decision-table entry measures: a kind of quantity and, for money and money
/// per period, its currency. Plain numbers (`18`, `>= 18`) measure nothing in particular.
///
/// Entries are compared as canonical numbers (seconds, events per second, amounts), so the
/// entries of one input must measure the same thing: `5张` among durations, `$50` among yuan, or
/// `>10` among durations (read as 10 seconds) would silently compare wrong.
struct EntryMeasure: Hashable {
    var dimension: ValueDimension
    /// The currency of money and money per period, `%` for a percentage, else nil.
    var unit: String?
    /// What the value is for (`$10/user/month`: a seat): compares only with values on its basis.
    var basis = QuantityBasis.whole

    static let plain = EntryMeasure(dimension: .number, unit: nil)

    var isPlain: Bool { self == .plain }

    /// The measure of each number an entry names: one for `< 5分钟`, two for `[1..5]`, one per
    /// item of a list; none for `-` or text.
    static func measures(of raw: String, numbers: NumberConvention = .decimalPoint) -> [EntryMeasure] {
        valueTexts(of: raw, numbers: numbers).compactMap { measure(of: $0, numbers: numbers) }
    }

    /// The texts of the values an entry names: `5分钟` of `< 5分钟`, both bounds of `[1..5]`, each
    /// item of a list.
    static func valueTexts(of raw: String, numbers: NumberConvention = .decimalPoint) -> [String] {
        var text = raw.trimmingWhitespace()
        if text.lowercased().hasPrefix("not("), text.hasSuffix(")") {
            text = String(text.dropFirst(4).dropLast())
        }
        return EntryParser.split(text, numbers: numbers).flatMap { item -> [String] in
            if let symbol = EntryParser.comparisons.first(where: { item.hasPrefix($0) }) {
                return [String(item.dropFirst(symbol.count))]
            }
            if let first = item.first, "[(]".contains(first), let last = item.last, "])[".contains(last),
               let dots = item.range(of: "..") {
                return [String(item[item.index(after: item.startIndex)..<dots.lowerBound]),
                        String(item[dots.upperBound..<item.index(before: item.endIndex)])]
            }
            return [item]
        }
    }

    /// The first value with a unit an entry names (`5分钟` of `< 5分钟`), as a quantity: how the
    /// numbers of its input are shown in messages. Nil for plain numbers and text.
    static func example(in raw: String, numbers: NumberConvention = .decimalPoint) -> Quantity? {
        for text in valueTexts(of: raw, numbers: numbers) where EntryParser.plainNumber(text.trimmingWhitespace(), numbers: numbers) == nil {
            let value = ValueParser.parse(text.trimmingWhitespace(), convention: numbers)
            if let term = value.terms.first, term.unit != nil || term.kind != .number { return term }
        }
        return nil
    }

    /// The measure of one value (`5分钟`, `$50`, `18`); nil when it is no number.
    static func measure(of text: String, numbers: NumberConvention = .decimalPoint) -> EntryMeasure? {
        let trimmed = text.trimmingWhitespace()
        if EntryParser.plainNumber(trimmed, numbers: numbers) != nil { return .plain }
        let value = ValueParser.parse(trimmed, convention: numbers)
        guard value.hasTerms else { return nil }
        let unit = value.unit.flatMap { $0 == "%" || Lexicon.currencyCodes.contains($0) ? $0 : nil }
        switch value.dimension {
        case .count where value.unit == nil, .number where value.unit == nil: return .plain
        case let dimension: return EntryMeasure(dimension: dimension, unit: unit, basis: value.basis)
        }
    }
}

extension ValueParser {
    /// Parse as a declared type; fails when the text does not denote a value of it.
    ///
    /// - `.any`: the best-effort value. `.text`, `.category`: the trimmed text as `.text`.
    /// - `.boolean`: booleans. `.count`: counts, plain numbers (returned as counts)
    ///   and unlimited. `.number`: plain numbers, percentages and unit-less counts.
    /// - `.duration`: durations (also instant and sums) and unlimited.
    /// - `.rate`: rates and unlimited (money per period too: `$5/month`).
    /// - `.money`: amounts of money (`300元`, `$5`, `free`) and plain numbers (an amount
    ///   in the currency the schema's `unit` names, if any).
    /// - `.size`: data sizes (`512 MB`, `16 GiB`, `8G`) and unlimited.
    ///
    /// Blank cells are `.empty` for every type; whether a cell may be blank is
    /// not the parser's business.
    ///
    /// `language`, the page's BCP 47 tag, adds examples in that language to the hint of a
    /// failure (`… (German: 15 Minuten, 3 bis 5 Werktage)`) when the catalogue has its words, and
    /// reads the numbers by its ``NumberConvention`` unless `convention` is given.
    public static func parse(_ text: String, as type: ValueType, language: String? = nil, convention: NumberConvention? = nil)
        -> Result<CellValue, ValueParseError>
    {
        let value = parse(text, convention: convention ?? NumberConvention(language: language))
        if let typed = fitted(value, as: type, text: text) { return .success(typed) }
        return .failure(error(text, value, type, language: language))
    }

    /// The value of `text` as `type`, given `value`, its best-effort value (`parse(text)`) or its
    /// value as `type` (a typed value fits its type again, unchanged); nil when it does not fit.
    /// A table's cell holds one of the two, so a rule can tell a misfit without parsing again.
    static func fitted(_ value: CellValue, as type: ValueType, text: String) -> CellValue? {
        switch (type, value) {
        case (_, .empty), (.any, _): return value
        case (.text, .text), (.category, .text): return value
        case (.text, _), (.category, _): return .text(text.trimmingWhitespace())
        case (.boolean, .boolean): return value
        case (.count, .unlimited), (.duration, .unlimited), (.rate, .unlimited), (.size, .unlimited): return value
        case (.count, _) where value.dimension == .count: return value
        case (.count, .quantity(var q)) where q.kind == .number && q.unit == nil:
            q.kind = .count
            return .quantity(q)
        case (.number, .quantity(let q)) where q.kind == .number: return value
        case (.number, .quantity(var q)) where q.kind == .count && q.unit == nil:
            q.kind = .number
            return .quantity(q)
        case (.duration, _) where value.dimension == .duration: return value
        case (.rate, _) where value.dimension == .rate || value.isFree: return value
        case (.money, _) where value.dimension == .money: return value
        case (.size, _) where value.dimension == .size: return value
        case (.money, .quantity(var q)) where q.kind == .number && q.unit == nil:
            q.kind = .money
            return .quantity(q)
        default: return nil
        }
    }

    private static func error(_ text: String, _ value: CellValue, _ type: ValueType, language: String?) -> ValueParseError {
        let quoted = "\"\(abbreviated(text.trimmingWhitespace()))\""
        let wanted = type.nounPhrase
        let message: String
        switch value {
        case .text:
            message = "\(quoted) is not \(wanted)"
        case .quantity(let q) where q.kind == .number && q.unit == nil && (type == .duration || type == .rate):
            message = "\(quoted) has no unit, so it is not \(wanted)"
        default:
            message = "\(quoted) is \(value.kindPhrase), not \(wanted)"
        }
        return ValueParseError(message: message, hint: unitTypoHint(text, value, type) ?? hint(type, language: language))
    }

    /// The type's hint, with examples in the page's language when the catalogue has them.
    static func hint(_ type: ValueType, language: String?) -> String {
        let base = language.flatMap { LanguageTag.subtags($0.lowercased()).first }
        if base == "en" { return type.englishHint }
        guard let base, let words = LanguageWords.catalogue.first(where: { $0.language == base }),
              let examples = words.examples[type] else { return type.hint }
        return "\(type.hint) (\(words.name): \(examples))"
    }

    /// For a duration written with a misspelt unit (`2-4 hourz`, read as a count of "hourz";
    /// `3 Minutn`): `'hourz' is not a unit of time: did you mean 'hours'?`.
    private static func unitTypoHint(_ text: String, _ value: CellValue, _ type: ValueType) -> String? {
        guard type == .duration, case .quantity(let q) = value, q.kind == .count, let unit = q.unit,
              !unit.isEmpty, unit.unicodeScalars.allSatisfy(CharClass.isLetter) else { return nil }
        // The word as written: the count keeps its unit singular (`minuts` is held as `minut`).
        let written = text.split { !$0.isLetter }.last { $0.lowercased().hasPrefix(unit.lowercased()) }
            .map(String.init) ?? unit
        guard let word = timeWords.closest(to: written) else { return nil }
        return "'\(written)' is not a unit of time: \(Suggestion.question(word))"
    }

    /// Longest first, so a tie goes to the plural (`hourz`: `hours`, not `hour`).
    private static let timeWords = Suggestion.Candidates(
        Lexicon.alphabeticTimeWords.enumerated().sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }
            .map(\.element))

    private static func abbreviated(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(39)) + "…"
    }
}

extension ValueType {
    /// `a duration`, `a count` …
    var nounPhrase: String {
        switch self {
        case .any: return "a value"
        case .text: return "text"
        case .boolean: return "a yes/no value"
        case .count: return "a count"
        case .number: return "a number"
        case .duration: return "a duration"
        case .rate: return "a rate"
        case .money: return "an amount of money"
        case .size: return "a data size"
        case .category: return "a category"
        }
    }

    /// How to write a value of this type.
    var hint: String {
        switch self {
        case .any, .text, .category: return "any text is accepted"
        case .boolean: return "write 是/否, 有/无, 支持/不支持, yes/no or ✓/✗"
        case .count: return "write a number, optionally with a unit word, e.g. 3, 3张, 至少3种 or 5 items"
        case .number: return "write a plain number, e.g. 42, 1,000, 1.5 or 50% (declare the column as count to allow unit words)"
        case .duration: return "write a number and a unit, e.g. 5分钟, 3-7个工作日 or 2 hours"
        case .rate: return "write a count per period, e.g. 3张/日, 每月限2次, 3 per day or once a week"
        case .money: return "write an amount with its currency, e.g. 200元, ¥1,200, $5, 60 EUR or 免费/free"
        case .size: return "write a number and a unit of data, e.g. 512 MB, 8 GB, 16 GiB or 1 TB"
        }
    }
}

extension ValueType {
    /// The hint with English examples only, for pages in English.
    var englishHint: String {
        switch self {
        case .any, .text, .category: return hint
        case .boolean: return "write yes/no or ✓/✗"
        case .count: return "write a number, optionally with a unit word, e.g. 3, at least 3 or 5 items"
        case .number: return "write a plain number, e.g. 42, 1,000, 1.5 or 50% (declare the column as count to allow unit words)"
        case .duration: return "write a number and a unit, e.g. 5 min, 3-7 business days or 2 hours; - or n/a when there is none"
        case .rate: return "write a count per period, e.g. 3 per day, at most 2 a month or once a week"
        case .money: return "write an amount with its currency, e.g. $5, 60 EUR, $8 per seat, $0.02/GB or free"
        case .size: return hint
        }
    }
}

extension CellValue {
    /// `a count`, `a yes/no value`, `unlimited` … for messages.
    var kindPhrase: String {
        switch self {
        case .empty: return "empty"
        case .text: return "text"
        case .boolean: return "a yes/no value"
        case .unlimited: return "unlimited"
        case .quantity(let q) where q.unit == "%": return "a percentage"
        case .quantity, .sum:
            switch dimension {
            case .count: return "a count"
            case .duration: return "a duration"
            case .rate: return "a rate"
            case .money: return "an amount of money"
            case .size: return "a data size"
            default: return "a number"
            }
        }
    }
}

extension DecisionHelper {
    /// How the page script adds up, or takes the least or greatest of, the matching rules' outputs
    /// (hit policies C+, C< and C>): each rule's output as a number, and the result written as the
    /// outputs are (`$15` from `$10` and `$5`, `15分` from `10分` and `5分`, `2,5 €` on a page that
    /// writes a decimal comma, `$1,005` from `$1,000` and `$5`).
    struct Aggregate: Equatable {
        /// Each rule's output, in the table's rule order.
        var values: [Double]
        /// The result around its number: `${n}`, `{n}分`, `{n}`.
        var format: String
        /// Digits after the decimal separator: the most any output writes.
        var digits: Int
        var decimalSeparator: Character
        /// The separator of groups of thousands, when an output writes them (`1,000`, `1.000,00 €`):
        /// the result is written in groups too.
        var groupSeparator: Character? = nil

        /// How the page script writes the result: the arguments of `Intl.NumberFormat`, as JSON
        /// (`["de",{"minimumFractionDigits":2,…,"useGrouping":true}]`): a locale that writes the
        /// outputs' decimal separator and groups (`en`: `1,000.5`; `de`: `1.000,5`), the outputs' most
        /// digits after it, and groups of thousands only when an output writes them.
        var numberFormat: String {
            let locale = decimalSeparator == "," ? "de" : "en"
            return "[\"\(locale)\",{\"minimumFractionDigits\":\(digits),\"maximumFractionDigits\":\(digits),"
                + "\"useGrouping\":\(groupSeparator != nil)}]"
        }
    }

    /// The outputs' aggregate, when every rule's output is one number with the same words around it
    /// (nil for `-`, `10 or 20`, `$10` among `10元`, `1,000` on a page that writes a decimal point:
    /// the script then lists the matching rules).
    static func aggregate(of outputs: [String], numbers: NumberConvention) -> Aggregate? {
        var values: [Double] = [], around: (String, String)?, digits = 0, grouped = false
        for output in outputs {
            guard let (prefix, number, suffix) = Self.number(in: output.trimmingWhitespace(), numbers: numbers),
                  around == nil || around! == (prefix, suffix),
                  let value = Double(String(number.compactMap { $0 == numbers.groupSeparator ? nil : $0 == numbers.decimalSeparator ? "." : $0 })),
                  value.isFinite else { return nil }
            around = (prefix, suffix)
            values.append(value)
            digits = max(digits, number.split(separator: numbers.decimalSeparator).dropFirst().first?.count ?? 0)
            grouped = grouped || number.contains(numbers.groupSeparator)
        }
        guard let (prefix, suffix) = around else { return nil }
        return Aggregate(values: values, format: prefix + "{n}" + suffix, digits: digits, decimalSeparator: numbers.decimalSeparator,
                         groupSeparator: grouped ? numbers.groupSeparator : nil)
    }

    /// The one number of `text` (digits, maybe in groups of thousands, then maybe the decimal
    /// separator and digits; a minus sign right before it) and the text around it, which holds no
    /// other digit; nil otherwise.
    private static func number(in text: String, numbers: NumberConvention) -> (String, String, String)? {
        let characters = Array(text)
        guard let first = characters.firstIndex(where: \.isASCIIDigit) else { return nil }
        var end = first
        while end < characters.count, characters[end].isASCIIDigit { end += 1 }
        // Groups of thousands (`1,000.50`; `1.000,50` with a decimal comma).
        if end - first <= 3, characters[first] != "0" {
            while end + 3 < characters.count, characters[end] == numbers.groupSeparator,
                  characters[(end + 1)...(end + 3)].allSatisfy(\.isASCIIDigit),
                  end + 4 == characters.count || !characters[end + 4].isASCIIDigit {
                end += 4
            }
        }
        if end + 1 < characters.count, characters[end] == numbers.decimalSeparator, characters[end + 1].isASCIIDigit {
            end += 1
            while end < characters.count, characters[end].isASCIIDigit { end += 1 }
        }
        let start = first > 0 && characters[first - 1] == "-" ? first - 1 : first
        let prefix = characters[..<start], suffix = characters[end...]
        guard !prefix.contains(where: \.isNumber), !suffix.contains(where: \.isNumber),
              suffix.first.map({ $0 != "." && $0 != "," }) ?? true else { return nil }
        return (String(prefix), String(characters[start..<end]), String(suffix))
    }
}

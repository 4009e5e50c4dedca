/// A number whose reading depends on the language: `1.000 €` or `1,500 kg` on a page in a language
/// that writes a decimal comma.
public struct NumberAmbiguous: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TYP007", name: "number-ambiguous", severity: .warning, category: .types,
        summary: "a number reads differently in the page's language (1.000 € on a German page)",
        doc: """
            sitegen reads numbers the same way on every page: a comma before three digits groups \
            thousands (`1,500` is fifteen hundred) and a dot starts the decimals (`1.000` is one), as in \
            English and Chinese. Elsewhere a comma is read as a decimal comma (`12,99 €`, `0,5 kg`), \
            and dots or spaces before one group thousands (`1.234,56 €`, `12 500 ₽`). On a page in a \
            language that writes a decimal comma (German, French, Spanish, Italian, Portuguese, \
            Russian, Dutch, Polish and others, by the page's `lang`), `1.000 €` most likely means a \
            thousand euros and `1,500 kg` one and a half kilograms: both would be read, sorted and \
            compared as the other number without a word. Write the number so it has one reading: \
            `1000 €` or `1 000 €`, `1,5 kg` or `1500 g`.
            """,
        badExample: "---\nlang: de\n---\n\n| Tarif | Preis |\n|---|---|\n| Basis | 1.000 € |\n| Plus | 1.500 € |\n",
        goodExample: "---\nlang: de\n---\n\n| Tarif | Preis |\n|---|---|\n| Basis | 1000 € |\n| Plus | 1 500 € |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        guard let language = Self.decimalCommaLanguage(context.page.lang) else { return [] }
        return context.page.tables.flatMap { table in
            let cells = context.typedCells[table.index]
            return cells.indices.compactMap { index -> Diagnostic? in
                let cell = cells[index].cell
                guard !cells[index].isMissing, !cell.value.terms.isEmpty,
                      let number = Self.ambiguousNumber(in: cell.text) else { return nil }
                return descriptor.diagnostic(
                    file: context.file, range: context.page.contentRange(of: cell),
                    message: Self.message(cell.text, number, language: language),
                    hint: Self.hint(number))
            }
        }
    }

    /// One number written `d.ddd` or `d,ddd` (one to three digits, the first not 0, then one group).
    struct Written: Equatable {
        var lead: String
        var separator: Character
        var group: String

        /// How sitegen reads it: `1.000` is 1, `1,500` is 1500.
        var reading: String {
            separator == "." ? NumberFormat.plain(Double(lead + "." + group) ?? 0) : lead + group
        }
        /// How the other convention reads it: `1.000` is 1000, `1,500` is 1.5.
        var otherReading: String {
            separator == "." ? lead + group : NumberFormat.plain(Double(lead + "." + group) ?? 0)
        }
    }

    /// The first number of `text` written `d.ddd` or `d,ddd` on its own (no other digit, dot or
    /// comma around it: `1.000.000` and `1,000,000` have one reading).
    static func ambiguousNumber(in text: String) -> Written? {
        let characters = Array(text)
        var start = 0
        while start < characters.count {
            guard characters[start].isASCIIDigit else { start += 1; continue }
            var end = start
            while end < characters.count, characters[end].isASCIIDigit || characters[end] == "." || characters[end] == "," {
                end += 1
            }
            var run = characters[start..<end]
            while let last = run.last, !last.isASCIIDigit { run = run.dropLast() }  // (a sentence's full stop)
            let before = start > 0 ? characters[start - 1] : " "
            if let written = written(Array(run)), before != "." && before != "," { return written }
            start = end
        }
        return nil
    }

    private static func written(_ run: [Character]) -> Written? {
        guard let separator = run.firstIndex(where: { $0 == "." || $0 == "," }),
              (1...3).contains(separator), run[0] != "0", run.count == separator + 4,
              run[(separator + 1)...].allSatisfy(\.isASCIIDigit) else { return nil }
        return Written(lead: String(run[..<separator]), separator: run[separator], group: String(run[(separator + 1)...]))
    }

    static func message(_ text: String, _ number: Written, language: String) -> String {
        let what = number.separator == "."
            ? "a dot before three digits is read as a decimal point, but \(language) writes it between thousands"
            : "a comma before three digits is read as grouping thousands, but \(language) writes it as a decimal comma"
        return "'\(text)' reads as \(number.reading), not \(number.otherReading): \(what)"
    }

    /// The two ways to write each reading so it has only that one: `'1000' or '1 000' if it means
    /// 1000; '1' if it means 1`.
    static func hint(_ number: Written) -> String {
        let whole = number.lead + number.group
        let fraction = NumberFormat.plain(Double(number.lead + "." + number.group) ?? 0)
        let withComma = String(fraction.map { $0 == "." ? "," : $0 })
        return "write '\(whole)' or '\(number.lead) \(number.group)' if it means \(whole); '\(withComma)' if it means \(fraction)"
    }

    /// The English name of the page's language when it writes a decimal comma (by its primary
    /// subtag; the Swiss and Liechtenstein variants of German and Italian, and the Spanish of the
    /// Americas that writes a decimal point, are left out), else nil.
    static func decimalCommaLanguage(_ tag: String) -> String? {
        let subtags = LanguageTag.subtags(tag.lowercased())
        guard let base = subtags.first, let name = decimalCommaLanguages[base] else { return nil }
        let region = subtags.dropFirst().first { $0.count == 2 || $0.count == 3 && $0.allSatisfy(\.isNumber) }
        if let region, decimalPointRegions[base]?.contains(region) == true { return nil }
        return name
    }

    private static let decimalCommaLanguages: [String: String] = [
        "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "ru": "Russian",
        "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "sv": "Swedish", "da": "Danish", "fi": "Finnish",
        "nb": "Norwegian", "nn": "Norwegian", "no": "Norwegian", "cs": "Czech", "sk": "Slovak", "uk": "Ukrainian",
        "be": "Belarusian", "bg": "Bulgarian", "ro": "Romanian", "hu": "Hungarian", "hr": "Croatian",
        "sl": "Slovenian", "sr": "Serbian", "el": "Greek", "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian",
        "ca": "Catalan", "gl": "Galician", "eu": "Basque", "id": "Indonesian", "vi": "Vietnamese",
        "az": "Azerbaijani", "kk": "Kazakh", "ka": "Georgian", "hy": "Armenian", "is": "Icelandic",
    ]

    private static let decimalPointRegions: [String: Set<String>] = [
        "de": ["ch", "li"], "it": ["ch"],
        "es": ["mx", "us", "pr", "do", "gt", "hn", "ni", "pa", "sv", "419"],
    ]
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

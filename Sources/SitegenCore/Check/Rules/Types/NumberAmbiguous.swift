/// A number with two readings (`1.000 €`, `1,500 kg`) on a page that writes its other numbers the
/// other way: read by the page's language, it likely means what the writer did not.
public struct NumberAmbiguous: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TYP007", name: "number-ambiguous", severity: .warning, category: .types,
        summary: "a number reads by the page's language, but the page writes numbers the other way (1.000 € next to 12,99 €)",
        doc: """
            sitegen reads a page's numbers by its language (`lang`, else the site's): in English and \
            Chinese a dot starts the decimals and a comma groups thousands (`1,500` is fifteen \
            hundred, `1.000` is one); in German, French, Spanish, Italian, Portuguese, Russian, Dutch, \
            Polish and many others it is the other way round (`1.000 €` is a thousand euros, `1,500 kg` \
            one and a half kilograms). Only a number with one dot or comma before three digits reads \
            differently: `12,99 €`, `1.5`, `1.234,56 €`, `1,000,000` and `12 500 ₽` have one reading. \
            When such a number stands on a page whose other numbers are written the other way \
            (`12,99 €` on a page in English, `$12.99` on a page in German), the page's language was \
            likely not the writer's, and the number is likely read as the other one. Write it so it \
            has one reading (`1000 €` or `1 000 €`, `1,5 kg` or `1500 g`), or, if the whole page is in \
            another language than it says, give it its `lang`.
            """,
        badExample: "| Plan | Preis |\n|---|---|\n| Basis | 1.000 € |\n| Plus | 12,99 € |\n",
        goodExample: "---\nlang: de\n---\n\n| Tarif | Preis |\n|---|---|\n| Basis | 1.000 € |\n| Plus | 12,99 € |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let convention = NumberConvention(language: context.page.lang)
        var ambiguous: [(cell: TableCell, number: Written)] = []
        var elsewhere: TableCell?
        for table in context.page.tables {
            let cells = context.typedCells[table.index]
            for index in cells.indices where cells[index].cell.value.hasTerms && !cells[index].isMissing {
                // (Most cells have no dot or comma: looked for in the bytes, no characters made.)
                guard cells[index].cell.text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") })
                else { continue }
                let cell = cells[index].cell
                for run in Self.numberRuns(in: cell.text) {
                    if let number = Self.written(run) {
                        ambiguous.append((cell, number))
                        break
                    }
                    if elsewhere == nil, let other = Self.convention(of: run), other != convention { elsewhere = cell }
                }
            }
        }
        guard let elsewhere else { return [] }
        return ambiguous.map { cell, number in
            descriptor.diagnostic(
                file: context.file, range: context.page.contentRange(of: cell),
                message: Self.message(cell.text, number, page: context.page.lang, convention: convention,
                                      elsewhere: elsewhere.text, line: elsewhere.range?.start.line),
                hint: Self.hint(number, convention: convention),
                related: [RelatedLocation(file: context.file, range: context.page.contentRange(of: elsewhere),
                                          message: "written with \(Self.phrase(convention == .decimalPoint ? .decimalComma : .decimalPoint)) here")])
        }
    }

    /// One number written `d.ddd` or `d,ddd` (one to three digits, the first not 0, then one group).
    struct Written: Equatable {
        var lead: String
        var separator: Character
        var group: String

        /// How a page with `convention` reads it: `1.000` is 1 with a decimal point, 1000 with a
        /// decimal comma.
        func reading(_ convention: NumberConvention) -> String {
            separator == convention.decimalSeparator ? NumberFormat.plain(fraction) : lead + group
        }

        var fraction: Double { Double(lead + "." + group) ?? 0 }
    }

    /// The numbers of `text` as written: runs of digits, dots and commas that start with a digit
    /// and follow no dot or comma (a sentence's full stop after one is dropped; the comma of `,-`
    /// for no cents is kept: `1.000,-` is written with a decimal comma).
    static func numberRuns(in text: String) -> [[Character]] {
        let characters = Array(text)
        var runs: [[Character]] = []
        var start = 0
        while start < characters.count {
            guard characters[start].isASCIIDigit else { start += 1; continue }
            var end = start
            while end < characters.count, characters[end].isASCIIDigit || characters[end] == "." || characters[end] == "," {
                end += 1
            }
            var run = characters[start..<end]
            let noCents = run.last == "," && end < characters.count && "-–—".contains(characters[end])  // `1.000,- €`
            while !noCents, let last = run.last, !last.isASCIIDigit { run = run.dropLast() }
            let before = start > 0 ? characters[start - 1] : " "
            if before != "." && before != "," { runs.append(Array(run)) }
            start = end
        }
        return runs
    }

    /// The first number of `text` with two readings, written `d.ddd` or `d,ddd` on its own
    /// (`1.000.000` and `1,000,000` have one reading).
    static func ambiguousNumber(in text: String) -> Written? {
        numberRuns(in: text).lazy.compactMap(written).first
    }

    static func written(_ run: [Character]) -> Written? {
        guard let separator = run.firstIndex(where: { $0 == "." || $0 == "," }),
              (1...3).contains(separator), run[0] != "0", run.count == separator + 4,
              run[(separator + 1)...].allSatisfy(\.isASCIIDigit) else { return nil }
        return Written(lead: String(run[..<separator]), separator: run[separator], group: String(run[(separator + 1)...]))
    }

    /// The convention a number is written in when only one reads it so: the last of a dot and a
    /// comma starts the decimals (`1,000.50`, `1.234,56`); two or more groups of three are grouped
    /// (`1,000,000`, `1.000.000`); one separator not before a group of three starts the decimals
    /// (`12.99`, `12,99`, `0,500`). Nil for `1.000` and `1,500` (either), and what is no number
    /// either way (`1.2.3`).
    static func convention(of run: [Character]) -> NumberConvention? {
        let separators = run.filter { $0 == "." || $0 == "," }
        guard let last = separators.last else { return nil }
        if separators.contains("."), separators.contains(",") { return last == "." ? .decimalPoint : .decimalComma }
        let groups = run.split(whereSeparator: { $0 == "." || $0 == "," })
        guard groups.count == separators.count + 1, let lead = groups.first else { return nil }
        let grouped = (1...3).contains(lead.count) && lead.first != "0" && groups.dropFirst().allSatisfy { $0.count == 3 }
        if separators.count > 1 { return grouped ? (last == "," ? .decimalPoint : .decimalComma) : nil }
        if grouped { return nil }
        return last == "." ? .decimalPoint : .decimalComma
    }

    static func message(_ text: String, _ number: Written, page lang: String, convention: NumberConvention,
                        elsewhere: String, line: Int?) -> String {
        let other: NumberConvention = convention == .decimalPoint ? .decimalComma : .decimalPoint
        let at = line.map { ", line \($0)" } ?? ""
        return "'\(text)' reads as \(number.reading(convention)), not \(number.reading(other)): the page's language (\(lang)) "
            + "writes \(Self.phrase(convention)), but the page writes \(Self.phrase(other)) elsewhere ('\(elsewhere)'\(at))"
    }

    private static func phrase(_ convention: NumberConvention) -> String {
        convention == .decimalPoint ? "a decimal point" : "a decimal comma"
    }

    /// The spellings of each reading that have only that one (`'1000' or '1 000' if it means 1000;
    /// '1' if it means 1`), and the languages to give the page if it is in another.
    static func hint(_ number: Written, convention: NumberConvention) -> String {
        let whole = number.lead + number.group
        let fraction = NumberFormat.plain(number.fraction)
        let written = convention.written(fraction)
        let other = convention == .decimalPoint ? "a decimal comma, say so in its front matter (lang: de, fr …)"
            : "a decimal point, say so in its front matter (lang: en, de-CH …)"
        return "write '\(whole)' or '\(number.lead) \(number.group)' if it means \(whole); '\(written)' if it means \(fraction); "
            + "or, if the page is in a language that writes " + other
    }
}

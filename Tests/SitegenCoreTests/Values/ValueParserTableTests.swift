import Foundation
import Testing
@testable import SitegenCore

extension ValuesTests {
    /// Table-driven input → expected value cases (see the `*Cases.swift` files).
    @Suite struct ValueParserTableTests {
        @Test("Seed article cells", arguments: seedArticleCases)
        func seedArticle(_ c: ParseCase) {
            check(ValueParser.parse(c.input), c.expected, input: c.input)
        }

        @Test("Durations, ranges, bounds, sums", arguments: durationCases)
        func durations(_ c: ParseCase) {
            check(ValueParser.parse(c.input), c.expected, input: c.input)
        }

        @Test("Rates, counts, numbers, booleans, unlimited, empties", arguments: quantityCases)
        func quantities(_ c: ParseCase) {
            check(ValueParser.parse(c.input), c.expected, input: c.input)
        }

        @Test("Labels versus prose", arguments: labelAndProseCases)
        func labelsAndProse(_ c: ParseCase) {
            check(ValueParser.parse(c.input), c.expected, input: c.input)
        }

        @Test("Other languages: German, French, Spanish, Portuguese, Italian, Russian, Japanese, Korean, Arabic",
              arguments: otherLanguageCases)
        func otherLanguages(_ c: ParseCase) {
            check(ValueParser.parse(c.input), c.expected, input: c.input)
        }

        @Test("Money: amounts, currencies before and after, money per period, free", arguments: moneyCases)
        func money(_ c: ParseCase) {
            check(ValueParser.parse(c.input), c.expected, input: c.input)
        }

        @Test("Data: sizes, bits and bytes, binary prefixes, data rates", arguments: dataCases)
        func data(_ c: ParseCase) {
            check(ValueParser.parse(c.input), c.expected, input: c.input)
        }

        @Test("Per seat: prices and allowances per user, seat, 人", arguments: seatCases)
        func seats(_ c: ParseCase) {
            check(ValueParser.parse(c.input), c.expected, input: c.input)
        }

        @Test("Per GB, host, request or token: cloud and API price lists", arguments: basisCases)
        func bases(_ c: ParseCase) {
            check(ValueParser.parse(c.input), c.expected, input: c.input)
        }

        @Test("Numbers: groups of thousands, decimal commas, spaced groups", arguments: numberFormatCases)
        func numberFormats(_ c: ParseCase) {
            check(ValueParser.parse(c.input), c.expected, input: c.input)
        }

        @Test("Numbers on a page that writes a decimal comma mean what their one-reading spelling does",
              arguments: decimalCommaCases)
        func numbersWithADecimalComma(_ c: (text: String, means: String)) {
            let value = ValueParser.parse(c.text, convention: .decimalComma)
            #expect(value.terms.isEmpty == ValueParser.parse(c.means).terms.isEmpty, "\(c.text): \(value)")
            if !value.terms.isEmpty { #expect(value == ValueParser.parse(c.means), "\(c.text): \(value)") }
            // Remembered apart: the same text on a page that writes a decimal point reads its own way.
            if !value.terms.isEmpty, NumberAmbiguous.ambiguousNumber(in: c.text) != nil {
                #expect(ValueParser.parse(c.text) != value, "\(c.text)")
            }
        }

        @Test("Every other number reads the same with either convention", arguments: numberFormatCases)
        func numbersOfOneReading(_ c: ParseCase) {
            guard NumberAmbiguous.ambiguousNumber(in: c.input) == nil, c.input != "1 000,000" else { return }
            #expect(ValueParser.parse(c.input, convention: .decimalComma) == ValueParser.parse(c.input), "\(c.input)")
        }

        @Test func atLeast150Cases() {
            let total = seedArticleCases.count + durationCases.count + quantityCases.count + labelAndProseCases.count
            #expect(total >= 150)
        }

        @Test("Every case survives a JSON round trip",
              arguments: seedArticleCases + durationCases + quantityCases + labelAndProseCases + moneyCases + dataCases
                + seatCases + basisCases + numberFormatCases)
        func jsonRoundTrip(_ c: ParseCase) throws {
            let value = ValueParser.parse(c.input)
            let data = try JSONEncoder().encode(value)
            let decoded = try JSONDecoder().decode(CellValue.self, from: data)
            #expect(decoded == value)
        }
    }
}

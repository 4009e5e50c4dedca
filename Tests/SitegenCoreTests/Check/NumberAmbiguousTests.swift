import Testing
@testable import SitegenCore

/// number-ambiguous: which numbers have two readings, which are written in one convention only, on
/// which pages, and what it says about them.
@Suite struct NumberAmbiguousTests {
    @Test("d.ddd and d,ddd on their own are ambiguous; other groupings, decimals and leading zeros are not",
          arguments: [
              ("1.000 €", "1", ".", "000"), ("R$ 1.500", "1", ".", "500"), ("1,500 kg", "1", ",", "500"),
              ("ca. 250.000 Nutzer", "250", ".", "000"), ("bis 12.500.", "12", ".", "500"),
              ("1.000.000", nil, nil, nil), ("1,000,000", nil, nil, nil), ("1.234,56 €", nil, nil, nil),
              ("12,99 €", nil, nil, nil), ("0,500 kg", nil, nil, nil), ("1000 €", nil, nil, nil),
              ("1 000 €", nil, nil, nil), ("1.000,- €", nil, nil, nil), ("1234.567", nil, nil, nil), ("1.5", nil, nil, nil), ("v1.2.500", nil, nil, nil),
          ] as [(String, String?, String?, String?)])
    func findsTheAmbiguousNumber(_ text: String, lead: String?, separator: String?, group: String?) {
        let found = NumberAmbiguous.ambiguousNumber(in: text)
        #expect(found?.lead == lead && found.map { String($0.separator) } == separator && found?.group == group, "\(text): \(String(describing: found))")
    }

    @Test("a number written so only one convention reads it tells the convention",
          arguments: [
              ("12,99", NumberConvention.decimalComma), ("0,500", .decimalComma), ("1.234,56", .decimalComma),
              ("1.000.000", .decimalComma), ("1234,5", .decimalComma), ("1.000,", .decimalComma),
              ("12.99", .decimalPoint), ("0.500", .decimalPoint), ("1,234.56", .decimalPoint), ("1,000,000", .decimalPoint),
              ("1234.5", .decimalPoint),
          ] as [(String, NumberConvention)])
    func tellsTheConvention(_ run: String, _ convention: NumberConvention) {
        #expect(NumberAmbiguous.convention(of: Array(run)) == convention, "\(run)")
        // And the value parser, given either convention, reads it the one way.
        #expect(ValueParser.parse(run + " kg", convention: .decimalPoint) == ValueParser.parse(run + " kg", convention: .decimalComma), "\(run)")
    }

    @Test("numbers of both readings, or of none, tell no convention", arguments: ["1.000", "1,500", "1000", "1.2.3", "1,00,000"])
    func tellsNoConvention(_ run: String) {
        #expect(NumberAmbiguous.convention(of: Array(run)) == nil, "\(run)")
    }

    @Test("the message gives both readings and what the page writes; the hint a spelling for each")
    func messageAndHint() throws {
        let dot = try #require(NumberAmbiguous.ambiguousNumber(in: "1.000 €"))
        #expect(NumberAmbiguous.message("1.000 €", dot, page: "en", convention: .decimalPoint, elsewhere: "12,99 €", line: 8)
            == "'1.000 €' reads as 1, not 1000: the page's language (en) writes a decimal point, but the page writes a decimal comma elsewhere ('12,99 €', line 8)")
        #expect(NumberAmbiguous.hint(dot, convention: .decimalPoint)
            == "write '1000' or '1 000' if it means 1000; '1' if it means 1; or, if the page is in a language that writes a decimal comma, say so in its front matter (lang: de, fr …)")
        let comma = try #require(NumberAmbiguous.ambiguousNumber(in: "2,250 kg"))
        #expect(NumberAmbiguous.message("2,250 kg", comma, page: "fr", convention: .decimalComma, elsewhere: "$12.99", line: nil)
            == "'2,250 kg' reads as 2.25, not 2250: the page's language (fr) writes a decimal comma, but the page writes a decimal point elsewhere ('$12.99')")
        #expect(NumberAmbiguous.hint(comma, convention: .decimalComma)
            == "write '2250' or '2 250' if it means 2250; '2,25' if it means 2.25; or, if the page is in a language that writes a decimal point, say so in its front matter (lang: en, de-CH …)")
        // What the hint offers has one reading, and reads as the hint says, in both conventions.
        for convention in [NumberConvention.decimalPoint, .decimalComma] {
            #expect(ValueParser.parse("2,25 kg", convention: convention) == ValueParser.parse("2.25 kg"))
            #expect(ValueParser.parse("2 250 kg", convention: convention) == ValueParser.parse("2250 kg"))
        }
        #expect(NumberAmbiguous.ambiguousNumber(in: "2,25 kg") == nil && NumberAmbiguous.ambiguousNumber(in: "2 250 kg") == nil)
    }
}

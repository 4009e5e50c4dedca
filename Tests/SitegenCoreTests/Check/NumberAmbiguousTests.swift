import Testing
@testable import SitegenCore

/// number-ambiguous: which numbers have two readings, on which pages, and what it says about them.
@Suite struct NumberAmbiguousTests {
    @Test("d.ddd and d,ddd on their own are ambiguous; other groupings, decimals and leading zeros are not",
          arguments: [
              ("1.000 €", "1", ".", "000"), ("R$ 1.500", "1", ".", "500"), ("1,500 kg", "1", ",", "500"),
              ("ca. 250.000 Nutzer", "250", ".", "000"), ("bis 12.500.", "12", ".", "500"),
              ("1.000.000", nil, nil, nil), ("1,000,000", nil, nil, nil), ("1.234,56 €", nil, nil, nil),
              ("12,99 €", nil, nil, nil), ("0,500 kg", nil, nil, nil), ("1000 €", nil, nil, nil),
              ("1 000 €", nil, nil, nil), ("1234.567", nil, nil, nil), ("1.5", nil, nil, nil), ("v1.2.500", nil, nil, nil),
          ] as [(String, String?, String?, String?)])
    func findsTheAmbiguousNumber(_ text: String, lead: String?, separator: String?, group: String?) {
        let found = NumberAmbiguous.ambiguousNumber(in: text)
        #expect(found?.lead == lead && found.map { String($0.separator) } == separator && found?.group == group, "\(text): \(String(describing: found))")
    }

    @Test func languagesThatWriteADecimalComma() {
        for tag in ["de", "de-DE", "de-AT", "fr", "fr-CA", "es", "es-ES", "es-AR", "pt-BR", "ru", "nl", "pl", "it"] {
            #expect(NumberAmbiguous.decimalCommaLanguage(tag) != nil, "\(tag)")
        }
        for tag in ["en", "en-GB", "zh-CN", "ja", "ko", "ar", "de-CH", "it-CH", "es-MX", "es-419", "es-US", "he", "th"] {
            #expect(NumberAmbiguous.decimalCommaLanguage(tag) == nil, "\(tag)")
        }
        #expect(NumberAmbiguous.decimalCommaLanguage("de-DE") == "German")
    }

    @Test("the message gives both readings and the hint a spelling for each")
    func messageAndHint() throws {
        let dot = try #require(NumberAmbiguous.ambiguousNumber(in: "1.000 €"))
        #expect(NumberAmbiguous.message("1.000 €", dot, language: "German")
            == "'1.000 €' reads as 1, not 1000: a dot before three digits is read as a decimal point, but German writes it between thousands")
        #expect(NumberAmbiguous.hint(dot) == "write '1000' or '1 000' if it means 1000; '1' if it means 1")
        let comma = try #require(NumberAmbiguous.ambiguousNumber(in: "2,250 kg"))
        #expect(NumberAmbiguous.message("2,250 kg", comma, language: "French")
            == "'2,250 kg' reads as 2250, not 2.25: a comma before three digits is read as grouping thousands, but French writes it as a decimal comma")
        #expect(NumberAmbiguous.hint(comma) == "write '2250' or '2 250' if it means 2250; '2,25' if it means 2.25")
        // What the hint offers has one reading, and reads as the hint says.
        #expect(ValueParser.parse("2,25 kg") == ValueParser.parse("2.25 kg"))
        #expect(ValueParser.parse("2 250 kg") == ValueParser.parse("2250 kg"))
        #expect(NumberAmbiguous.ambiguousNumber(in: "2,25 kg") == nil && NumberAmbiguous.ambiguousNumber(in: "2 250 kg") == nil)
    }
}

@testable import SitegenCore

/// How digits group and where the decimal part starts: English commas and dots, decimal commas where
/// a comma cannot group thousands, dotted and spaced groups before a decimal comma, spaced groups.
let numberFormatCases: [ParseCase] = [
    // English: a comma groups three digits, a dot starts the decimals
    ParseCase("1,000", number(1_000)),
    ParseCase("1,000,000", number(1_000_000)),
    ParseCase("$1,234.56", money(1_234.56, currency: "USD")),
    ParseCase("12,345.6", number(12_345.6)),
    ParseCase("1.000 €", money(1, currency: "EUR")),  // ambiguous: read as English reads it
    // A decimal comma where the comma cannot group thousands
    ParseCase("12,99 €", money(12.99, currency: "EUR")),
    ParseCase("0,5 €", money(0.5, currency: "EUR")),
    ParseCase("0,023 €", money(0.023, currency: "EUR")),  // was 23: no group of thousands starts with 0
    ParseCase("0,023", number(0.023)),
    ParseCase("1234,567", number(1_234.567)),  // four digits before the comma: no group
    ParseCase("1,5 Stunden", duration(5_400)),
    ParseCase("1,5-2,5 Stunden", duration(5_400, 9_000)),
    ParseCase("10,5%", number(10.5, unit: "%")),
    ParseCase("12,99 €/Monat", rate(12.99, per: Sec.monthRate, unit: "EUR")),
    ParseCase("0,99 €/Nutzer/Monat", perSeat(rate(0.99, per: Sec.monthRate, unit: "EUR"))),
    // Dotted or spaced groups before a decimal comma; spaced groups alone
    ParseCase("1.234,56 €", money(1_234.56, currency: "EUR")),
    ParseCase("1.234.567,8", number(1_234_567.8)),
    ParseCase("1.000.000 Byte", dataSize(1e6)),  // two dotted groups: no decimal point
    ParseCase("1 234,56 €", money(1_234.56, currency: "EUR")),
    ParseCase("1\u{202F}234,56 €", money(1_234.56, currency: "EUR")),
    ParseCase("1\u{00A0}000 €", money(1_000, currency: "EUR")),
    ParseCase("12 500 ₽", money(12_500, currency: "RUB")),
    ParseCase("10 100 users", count(10_100, unit: "user")),
    // Swiss apostrophes between thousands; `,-` for no cents
    ParseCase("1'000 CHF", money(1_000, currency: "CHF")),
    ParseCase("1’500.50 CHF", money(1_500.5, currency: "CHF")),
    ParseCase("1'000'000", number(1_000_000)),
    ParseCase("10,- €", money(10, currency: "EUR")),
    ParseCase("1.000,– €", money(1_000, currency: "EUR")),
    ParseCase("5,-/Monat", rate(5, per: Sec.monthRate)),
    // Not numbers
    ParseCase("5'10\"", .text),
    ParseCase("10,-20", .text),
    ParseCase("1'000 000", .text),
    ParseCase("1,5,7", .text),
    ParseCase("3 5", .text),
    ParseCase("1,000 000", .text),  // two kinds of groups
    ParseCase("1 000,000", .text),  // a comma before three digits after groups: neither reading
    ParseCase("2 3 days", .text),
]

/// Numbers on a page whose language writes a decimal comma (`NumberConvention.decimalComma`), each
/// with a text of one reading that means the same: a dot before a group of three groups thousands,
/// a comma before three digits starts the decimals; the rest reads as on any page.
let decimalCommaCases: [(text: String, means: String)] = [
    ("1.000 €", "1000 €"), ("1.500", "1500"), ("1.000.000 Byte", "1000000 Byte"), ("250.000 Nutzer", "250000 Nutzer"),
    ("1,500 kg", "1.5 kg"), ("2,250 Stunden", "2.25 Stunden"), ("1.000-2.000 €", "1000-2000 €"),
    ("1.000 €/Monat", "1000 €/Monat"), ("< 1.000", "< 1000"), ("ca. 2.500 Nutzer", "ca. 2500 Nutzer"),
    ("1,000.5 €", "1000.5 €"), ("12,99 €", "12.99 €"), ("1.234,56 €", "1234.56 €"), ("1,000,000", "1000000"),
    ("$1,234.56", "$1234.56"), ("0.500 kg", "0.5 kg"), ("0,500 kg", "0.5 kg"), ("1.5 Stunden", "1.5 Stunden"),
    ("12 500 ₽", "12500 ₽"), ("1.000 € + 500 €", "1000 € + 500 €"),
    // No number on either page
    ("192.168.1.1", "192.168.1.1"), ("1.000.5", "1.000.5"), ("1.2.3", "1.2.3"), ("v1.500", "v1.500"),
]

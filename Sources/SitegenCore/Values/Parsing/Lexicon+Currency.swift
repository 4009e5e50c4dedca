/// A currency as written next to an amount: its ISO 4217 code, and whether the word is
/// Chinese (a Chinese unit allows a Han label, as in `年费200元`).
struct CurrencyWord: Sendable {
    let code: String
    let isChinese: Bool
}

/// Currencies: symbols and codes before an amount (`$5`, `€60`, `USD 5`), words and codes
/// after it (`300元`, `5 USD`, `60 Euro`, `500円`), and the words for "free of charge".
/// `¥` is read as yuan (the content sitegen was made for is Chinese first); write `円` or
/// `JPY` for yen.
extension Lexicon {
    /// One currency: its code, the symbols written before an amount, the words written after it.
    private struct Currency {
        let code: String
        let before: [String]
        let after: [String]
    }

    private static let currencies: [Currency] = [
        Currency(code: "CNY", before: ["¥", "￥", "cn¥", "rmb", "cny"],
                 after: ["元", "元人民币", "人民币", "块钱", "rmb", "cny", "yuan", "¥", "￥"]),
        Currency(code: "USD", before: ["$", "us$", "usd"],
                 after: ["$", "usd", "美元", "美金", "dollar", "dollars", "us dollars", "dólar", "dólares", "dollaro",
                         "dollari", "долларов", "доллара", "доллар", "ドル", "달러", "دولار"]),
        Currency(code: "EUR", before: ["€", "eur"],
                 after: ["€", "eur", "euro", "euros", "欧元", "евро", "ユーロ", "유로", "يورو"]),
        Currency(code: "GBP", before: ["£", "gbp"], after: ["£", "gbp", "英镑", "pounds sterling"]),
        Currency(code: "JPY", before: ["jpy", "jp¥"], after: ["円", "日元", "日圆", "jpy", "yen"]),
        Currency(code: "KRW", before: ["₩", "krw"], after: ["원", "₩", "krw", "韩元"]),
        Currency(code: "RUB", before: ["₽", "rub"],
                 after: ["₽", "rub", "руб", "руб.", "рубль", "рубля", "рублей", "卢布"]),
        Currency(code: "INR", before: ["₹", "inr"], after: ["₹", "inr", "rupees", "卢比"]),
        Currency(code: "HKD", before: ["hk$", "hkd"], after: ["hkd", "港元", "港币"]),
        Currency(code: "TWD", before: ["nt$", "twd"], after: ["twd", "新台币", "台币"]),
        Currency(code: "SGD", before: ["s$", "sgd"], after: ["sgd", "新加坡元"]),
        Currency(code: "CAD", before: ["c$", "ca$", "cad"], after: ["cad", "加元"]),
        Currency(code: "AUD", before: ["a$", "au$", "aud"], after: ["aud", "澳元"]),
        Currency(code: "CHF", before: ["chf"], after: ["chf", "瑞士法郎"]),
        Currency(code: "BRL", before: ["r$", "brl"], after: ["brl", "reais"]),
        Currency(code: "MXN", before: ["mx$", "mxn"], after: ["mxn"]),
        Currency(code: "PLN", before: ["pln"], after: ["zł", "pln"]),
        Currency(code: "TRY", before: ["₺"], after: ["₺"]),
        Currency(code: "SAR", before: ["sar"], after: ["sar", "ريال"]),
        Currency(code: "AED", before: ["aed"], after: ["aed", "درهم"]),
    ]

    private static func entries(_ words: KeyPath<Currency, [String]>) -> [(String, CurrencyWord)] {
        currencies.flatMap { currency in
            currency[keyPath: words].map { word in
                (word, CurrencyWord(code: currency.code, isChinese: word.unicodeScalars.contains { CharClass.isHan($0) }))
            }
        }
    }

    /// Symbols and codes written before an amount: `$`, `€`, `¥`, `USD`.
    static let currenciesBefore = WordTable(entries(\.before))

    /// Words, symbols and codes written after an amount: `元`, `€`, `USD`, `Euro`, `円`.
    static let currenciesAfter = WordTable(entries(\.after))

    /// The ISO 4217 codes sitegen knows.
    static let currencyCodes: Set<String> = Set(currencies.map(\.code))

    /// The code a schema's `unit:` names for money: a code (`usd`) or a currency word (`元`, `€`).
    static func currencyCode(_ unit: String) -> String? {
        let folded = ScannedText(unit.trimmingWhitespace(), simplifying: true).folded
        if let (word, end) = currenciesAfter.match(folded, at: 0) ?? currenciesBefore.match(folded, at: 0),
           end == folded.count {
            return word.code
        }
        return nil
    }

    /// "Free of charge", a whole cell: an amount of 0 in any currency.
    static let freeWords = ["免费", "免费的", "free", "free of charge", "kostenlos", "gratis", "gratuit", "gratuite",
                            "gratuito", "gratuita", "grátis", "бесплатно", "無料", "무료", "مجاني", "مجانا"]

    /// Words that say an amount is paid once (`€60 once`, `一次性200元`): an amount, not a rate.
    static let oneOffWords = WordTable<Bool>(["once", "one-time", "one time", "one-off", "one off", "一次性",
                                              "einmalig", "une fois", "pago único", "разово", "単発", "일회성"]
        .map { ($0, true) })
}

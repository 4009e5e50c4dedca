@testable import SitegenCore

/// An amount of money (`lower`…`upper` in `currency`; nil: free, any currency).
func money(_ lower: Double, _ upper: Double? = nil, _ bound: QuantityBound? = nil, approx: Bool = false,
           currency: String?, label: String? = nil) -> Expected {
    .value(.money, [term(lower, upper, bound, approx: approx, unit: currency, label: label)])
}

/// Prices: amounts of money with a currency before or after them, money per period, free.
let moneyCases: [ParseCase] = [
    // Currency after the amount
    ParseCase("300元", money(300, currency: "CNY")),
    ParseCase("200 元", money(200, currency: "CNY")),
    ParseCase("1,200元", money(1_200, currency: "CNY")),
    ParseCase("1.5万元", money(15_000, currency: "CNY")),
    ParseCase("约200元", money(200, approx: true, currency: "CNY")),
    ParseCase("50-100元", money(50, 100, currency: "CNY")),
    ParseCase("最多500元", money(0, 500, .atMost, currency: "CNY")),
    ParseCase("200元以上", money(200, inf, .atLeast, currency: "CNY")),
    ParseCase("年费200元", rate(200, per: Sec.year, unit: "CNY")),  // an annual fee is a price per year
    ParseCase("年费：200元", rate(200, per: Sec.year, unit: "CNY")),
    ParseCase("月费10元", rate(10, per: Sec.monthRate, unit: "CNY")),
    ParseCase("月租30元", rate(30, per: Sec.monthRate, unit: "CNY")),
    ParseCase("一次性200元", money(200, currency: "CNY")),
    ParseCase("十块钱", money(10, currency: "CNY")),
    ParseCase("5 USD", money(5, currency: "USD")),
    ParseCase("5 dollars", money(5, currency: "USD")),
    ParseCase("20美元", money(20, currency: "USD")),
    ParseCase("60 Euro", money(60, currency: "EUR")),
    ParseCase("10 €", money(10, currency: "EUR")),
    ParseCase("10€", money(10, currency: "EUR")),
    ParseCase("1.5k CNY", money(1_500, currency: "CNY")),
    ParseCase("500円", money(500, currency: "JPY")),
    ParseCase("5000원", money(5_000, currency: "KRW")),
    ParseCase("300 рублей", money(300, currency: "RUB")),
    ParseCase("20 zł", money(20, currency: "PLN")),
    ParseCase("5$", money(5, currency: "USD")),
    ParseCase("99 ¥", money(99, currency: "CNY")),
    // Currency before the amount
    ParseCase("$5", money(5, currency: "USD")),
    ParseCase("$ 5.99", money(5.99, currency: "USD")),
    ParseCase("€60", money(60, currency: "EUR")),
    ParseCase("£5", money(5, currency: "GBP")),
    ParseCase("¥1,200", money(1_200, currency: "CNY")),
    ParseCase("￥1,200", money(1_200, currency: "CNY")),
    ParseCase("USD 5", money(5, currency: "USD")),
    ParseCase("$5 USD", money(5, currency: "USD")),
    ParseCase("$1.5k", money(1_500, currency: "USD")),
    ParseCase("$2m", money(2_000_000, currency: "USD")),
    ParseCase("HK$100", money(100, currency: "HKD")),
    ParseCase("R$ 50", money(50, currency: "BRL")),
    ParseCase("$5-10", money(5, 10, currency: "USD")),
    ParseCase("$5-$10", money(5, 10, currency: "USD")),
    ParseCase("$5 to $10", money(5, 10, currency: "USD")),
    ParseCase("about $5", money(5, approx: true, currency: "USD")),
    ParseCase("up to $500", money(0, 500, .atMost, currency: "USD")),
    ParseCase("$100+", money(100, inf, .atLeast, currency: "USD")),
    ParseCase("€60 once", money(60, currency: "EUR")),
    ParseCase("one-time $60", money(60, currency: "USD")),
    ParseCase("$80¹", money(80, currency: "USD")),
    ParseCase("免费*", money(0, currency: nil)),
    // Free of charge: 0 in any currency
    ParseCase("免费", money(0, currency: nil)),
    ParseCase("Free", money(0, currency: nil)),
    ParseCase("kostenlos", money(0, currency: nil)),
    ParseCase("gratuit", money(0, currency: nil)),
    ParseCase("無料", money(0, currency: nil)),
    ParseCase("무료", money(0, currency: nil)),
    // Money per period: a rate whose unit is the currency
    ParseCase("$5/month", rate(5, per: Sec.monthRate, unit: "USD")),
    ParseCase("$5 per month", rate(5, per: Sec.monthRate, unit: "USD")),
    ParseCase("60 USD per year", rate(60, per: Sec.year, unit: "USD")),
    ParseCase("每月10元", rate(10, per: Sec.monthRate, unit: "CNY")),
    ParseCase("10元/月", rate(10, per: Sec.monthRate, unit: "CNY")),
    ParseCase("约200元/年", rate(200, per: Sec.year, approx: true, unit: "CNY")),
    ParseCase("99 ¥/月", rate(99, per: Sec.monthRate, unit: "CNY")),
    ParseCase("一年200元", rate(200, per: Sec.year, unit: "CNY")),
    ParseCase("€9.99 a month", rate(9.99, per: Sec.monthRate, unit: "EUR")),
    ParseCase("5 € pro Monat", rate(5, per: Sec.monthRate, unit: "EUR")),
    // Not money
    ParseCase("$5 and then some", .text),
    ParseCase("€", .text),
    ParseCase("$", .text),
    ParseCase("$5 €", .text),  // two currencies
    ParseCase("once a week", rate(1, per: Sec.week, unit: "time")),
    ParseCase("once 3 days", .text),  // one-off only before money
    ParseCase("3块", count(3, unit: "块")),  // a piece, not yuan
    ParseCase("元旦", .text),
]

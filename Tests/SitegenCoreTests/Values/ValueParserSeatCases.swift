@testable import SitegenCore

/// `expected` with every term per seat.
func perSeat(_ expected: Expected) -> Expected {
    guard case .value(let kind, let terms) = expected else { return expected }
    return .value(kind, terms.map { var term = $0; term.basis = .seat; return term })
}

/// Prices and allowances per user or seat, in the words of several languages, and the look-alikes
/// that are not.
let seatCases: [ParseCase] = [
    // Money per seat and period, the seat before or after the period
    ParseCase("$10/user/month", perSeat(rate(10, per: Sec.monthRate, unit: "USD"))),
    ParseCase("$10 / user / month", perSeat(rate(10, per: Sec.monthRate, unit: "USD"))),
    ParseCase("$10/month/user", perSeat(rate(10, per: Sec.monthRate, unit: "USD"))),
    ParseCase("$8 per user per month", perSeat(rate(8, per: Sec.monthRate, unit: "USD"))),
    ParseCase("$8 per seat/month", perSeat(rate(8, per: Sec.monthRate, unit: "USD"))),
    ParseCase("$96/user/year", perSeat(rate(96, per: Sec.year, unit: "USD"))),
    ParseCase("$15 per agent per month", perSeat(rate(15, per: Sec.monthRate, unit: "USD"))),
    ParseCase("$12/editor/month", perSeat(rate(12, per: Sec.monthRate, unit: "USD"))),
    ParseCase("$5-10/user/month", perSeat(rate(5, 10, per: Sec.monthRate, unit: "USD"))),
    ParseCase("about $10/user/month", perSeat(rate(10, per: Sec.monthRate, approx: true, unit: "USD"))),
    ParseCase("10元/人/月", perSeat(rate(10, per: Sec.monthRate, unit: "CNY"))),
    ParseCase("每人每月10元", perSeat(rate(10, per: Sec.monthRate, unit: "CNY"))),
    ParseCase("每月每人10元", perSeat(rate(10, per: Sec.monthRate, unit: "CNY"))),
    ParseCase("每用户每年100元", perSeat(rate(100, per: Sec.year, unit: "CNY"))),
    ParseCase("30元/席位/月", perSeat(rate(30, per: Sec.monthRate, unit: "CNY"))),
    ParseCase("10 €/Nutzer/Monat", perSeat(rate(10, per: Sec.monthRate, unit: "EUR"))),
    ParseCase("8 € par utilisateur par mois", perSeat(rate(8, per: Sec.monthRate, unit: "EUR"))),
    ParseCase("500円/ユーザー/月", perSeat(rate(500, per: Sec.monthRate, unit: "JPY"))),
    // Money per seat, once
    ParseCase("$10 per seat", perSeat(money(10, currency: "USD"))),
    ParseCase("$49/user", perSeat(money(49, currency: "USD"))),
    ParseCase("per user $10", perSeat(money(10, currency: "USD"))),
    ParseCase("50元/人", perSeat(money(50, currency: "CNY"))),
    ParseCase("每人50元", perSeat(money(50, currency: "CNY"))),
    ParseCase("1인당 5,000원", perSeat(money(5_000, currency: "KRW"))),
    ParseCase("500 ₽ за пользователя", perSeat(money(500, currency: "RUB"))),
    // Allowances per seat
    ParseCase("5 GB per user", perSeat(dataSize(5e9))),
    ParseCase("每人100GB", perSeat(dataSize(1e11))),
    ParseCase("3次/人", perSeat(count(3, unit: "次"))),
    ParseCase("10 projects per member", perSeat(count(10, unit: "project"))),
    // A sum of prices per seat is one; with a flat price it is none
    ParseCase("$10/user/month + $5/user/month", .value(.rate, [
        term(10 / Sec.monthRate, unit: "USD", basis: .seat), term(5 / Sec.monthRate, unit: "USD", basis: .seat)])),
    ParseCase("$10 per user + $50/month", .text),
    // Not per seat
    ParseCase("$100/month", rate(100, per: Sec.monthRate, unit: "USD")),
    ParseCase("10 users", count(10, unit: "user")),
    ParseCase("10 per user", .text),  // a plain number per seat: of what?
    ParseCase("5元/人次", .text),  // 人次: per visit, not per person
    ParseCase("每人3天", .text),  // a duration is nobody's allowance here
    ParseCase("50% per user", .text),
    ParseCase("每账户每天3次", .text),  // an account's limit: 账户 is no seat word
]

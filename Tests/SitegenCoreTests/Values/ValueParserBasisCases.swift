@testable import SitegenCore

/// `expected` with every term on `basis`, its amounts per one of the written `unit` (1e9 for `GB`,
/// 1,000 for `1,000 requests`): the canonical amount is per byte, per request, per token.
func per(_ basis: QuantityBasis, _ unit: Double = 1, _ expected: Expected) -> Expected {
    guard case .value(let kind, let terms) = expected else { return expected }
    return .value(kind, terms.map {
        var term = $0
        term.basis = basis
        term.lower /= unit
        term.upper /= unit
        return term
    })
}

/// Prices per unit of data, per host, per request and per token (cloud and API price lists), and
/// the look-alikes that are not.
let basisCases: [ParseCase] = [
    // Per unit of data, with or without a period, in any of its spellings
    ParseCase("$0.023/GB/month", per(.data, 1e9, rate(0.023, per: Sec.monthRate, unit: "USD"))),
    ParseCase("$0.023 per GB per month", per(.data, 1e9, rate(0.023, per: Sec.monthRate, unit: "USD"))),
    ParseCase("$0.023/month/GB", per(.data, 1e9, rate(0.023, per: Sec.monthRate, unit: "USD"))),
    ParseCase("$0.09/GB", per(.data, 1e9, money(0.09, currency: "USD"))),
    ParseCase("$20/TB/month", per(.data, 1e12, rate(20, per: Sec.monthRate, unit: "USD"))),
    ParseCase("$5/GiB", per(.data, 1_073_741_824, money(5, currency: "USD"))),
    ParseCase("0.12元/GB/月", per(.data, 1e9, rate(0.12, per: Sec.monthRate, unit: "CNY"))),
    ParseCase("每GB 0.5元", per(.data, 1e9, money(0.5, currency: "CNY"))),
    ParseCase("0.8元/G", per(.data, 1e9, money(0.8, currency: "CNY"))),
    ParseCase("$0.02-0.03/GB", per(.data, 1e9, money(0.02, 0.03, currency: "USD"))),
    ParseCase("up to $0.09/GB", per(.data, 1e9, money(0, 0.09, .atMost, currency: "USD"))),
    ParseCase("约0.5元/GB", per(.data, 1e9, money(0.5, approx: true, currency: "CNY"))),
    // Per host, node, server, instance, machine
    ParseCase("$5/host/month", per(.host, 1, rate(5, per: Sec.monthRate, unit: "USD"))),
    ParseCase("$5/month/host", per(.host, 1, rate(5, per: Sec.monthRate, unit: "USD"))),
    ParseCase("$15 per node per month", per(.host, 1, rate(15, per: Sec.monthRate, unit: "USD"))),
    ParseCase("100元/台/年", per(.host, 1, rate(100, per: Sec.year, unit: "CNY"))),
    ParseCase("16 GB per node", per(.host, 1, dataSize(16e9))),
    // Per request or call, per token: per one, thousand, million, 万
    ParseCase("$0.40 per million requests", per(.request, 1e6, money(0.4, currency: "USD"))),
    ParseCase("$0.005 per 1,000 requests", per(.request, 1e3, money(0.005, currency: "USD"))),
    ParseCase("$0.20 per 1M requests", per(.request, 1e6, money(0.2, currency: "USD"))),
    ParseCase("$1 per 10k API calls", per(.request, 1e4, money(1, currency: "USD"))),
    ParseCase("0.01元/万次", per(.request, 1e4, money(0.01, currency: "CNY"))),
    ParseCase("每万次0.01元", per(.request, 1e4, money(0.01, currency: "CNY"))),
    ParseCase("5元/次", per(.request, 1, money(5, currency: "CNY"))),
    ParseCase("$3 per million tokens", per(.token, 1e6, money(3, currency: "USD"))),
    ParseCase("$0.50/1M tokens", per(.token, 1e6, money(0.5, currency: "USD"))),
    ParseCase("$0.10 per 1K tokens", per(.token, 1e3, money(0.1, currency: "USD"))),
    ParseCase("每百万tokens 2元", per(.token, 1e6, money(2, currency: "CNY"))),
    // Japanese and Korean: what the value is for, then "per", before the value
    ParseCase("1GBあたり2円", per(.data, 1e9, money(2, currency: "JPY"))),
    ParseCase("1GB당 30원", per(.data, 1e9, money(30, currency: "KRW"))),
    ParseCase("1万リクエストあたり5円", per(.request, 1e4, money(5, currency: "JPY"))),
    ParseCase("100万トークンあたり300円", per(.token, 1e6, money(300, currency: "JPY"))),
    ParseCase("1,000건당 10원", per(.request, 1e3, money(10, currency: "KRW"))),
    ParseCase("1台あたり月額500円", per(.host, 1, rate(500, per: Sec.monthRate, unit: "JPY"))),
    ParseCase("5分あたり", .text),
    // Per GB-second, per vCPU-hour: a price per GB or vCPU over a period joined to it
    ParseCase("$0.0000166667 per GB-second", per(.data, 1e9, rate(0.0000166667, per: 1, unit: "USD"))),
    ParseCase("$0.0000166667/GB-s", per(.data, 1e9, rate(0.0000166667, per: 1, unit: "USD"))),
    ParseCase("0.00011108元/GB秒", per(.data, 1e9, rate(0.00011108, per: 1, unit: "CNY"))),
    ParseCase("0.000110592元/GB*秒", per(.data, 1e9, rate(0.000110592, per: 1, unit: "CNY"))),
    ParseCase("$0.02 per GB-month", per(.data, 1e9, rate(0.02, per: Sec.monthRate, unit: "USD"))),
    ParseCase("$0.04/vCPU/hour", per(.cpu, 1, rate(0.04, per: Sec.hour, unit: "USD"))),
    ParseCase("$0.000024 per vCPU-second", per(.cpu, 1, rate(0.000024, per: 1, unit: "USD"))),
    ParseCase("$0.04048 per vCPU per hour", per(.cpu, 1, rate(0.04048, per: Sec.hour, unit: "USD"))),
    ParseCase("0.2元/核时", per(.cpu, 1, rate(0.2, per: Sec.hour, unit: "CNY"))),
    ParseCase("0.5元/核/小时", per(.cpu, 1, rate(0.5, per: Sec.hour, unit: "CNY"))),
    ParseCase("每核每小时0.2元", per(.cpu, 1, rate(0.2, per: Sec.hour, unit: "CNY"))),
    ParseCase("4 GB per vCPU", per(.cpu, 1, dataSize(4e9))),
    ParseCase("$5 per core", per(.cpu, 1, money(5, currency: "USD"))),
    ParseCase("$5/month/GB-second", .text),  // two periods
    ParseCase("$2 per 2 vCPUs", .text),
    ParseCase("5 GB-second", .text),
    ParseCase("8核", .text),
    // Per message: SMS and e-mail price lists
    ParseCase("$0.0075 per SMS", per(.message, 1, money(0.0075, currency: "USD"))),
    ParseCase("$0.10 per 1,000 emails", per(.message, 1e3, money(0.1, currency: "USD"))),
    ParseCase("$0.00645/message", per(.message, 1, money(0.00645, currency: "USD"))),
    ParseCase("0.045元/条", per(.message, 1, money(0.045, currency: "CNY"))),
    ParseCase("0.05元/条短信", per(.message, 1, money(0.05, currency: "CNY"))),
    ParseCase("每条0.04元", per(.message, 1, money(0.04, currency: "CNY"))),
    ParseCase("2 ₽ за сообщение", per(.message, 1, money(2, currency: "RUB"))),
    ParseCase("3条/天", rate(3, per: Sec.day, unit: "条")),
    ParseCase("5条", count(5, unit: "条")),
    // Russian: за before what a price is for (and before a period)
    ParseCase("5 ₽ за ГБ", per(.data, 1e9, money(5, currency: "RUB"))),
    ParseCase("5 ₽ за ГБ в месяц", per(.data, 1e9, rate(5, per: Sec.monthRate, unit: "RUB"))),
    ParseCase("2 ₽ за 1000 запросов", per(.request, 1e3, money(2, currency: "RUB"))),
    ParseCase("2 ₽ за 1 млн токенов", per(.token, 1e6, money(2, currency: "RUB"))),
    ParseCase("10 ₽ за хост в месяц", per(.host, 1, rate(10, per: Sec.monthRate, unit: "RUB"))),
    ParseCase("500 ₽ за месяц", rate(500, per: Sec.monthRate, unit: "RUB")),
    ParseCase("5 ₽ за 2 хоста", .text),
    ParseCase("за 5 минут", .text),
    // Not a price per anything
    ParseCase("3张/次", .text),  // a count per request: of what?
    ParseCase("每次3张", .text),
    ParseCase("$2 per 2 hosts", .text),
    ParseCase("$5/Mbps", .text),
    ParseCase("$5/M", .text),
    ParseCase("2 per host", .text),
    ParseCase("50% per request", .text),
    ParseCase("$5/mo", rate(5, per: Sec.monthRate, unit: "USD")),
    ParseCase("3次/天", rate(3, per: Sec.day, unit: "次")),
]

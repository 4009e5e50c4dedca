@testable import SitegenCore

/// A data size of `lower`(…`upper`) bytes.
func dataSize(_ lower: Double, _ upper: Double? = nil, _ bound: QuantityBound? = nil, approx: Bool = false,
              label: String? = nil) -> Expected {
    .value(.size, [term(lower, upper, bound, approx: approx, unit: "B", label: label)])
}

/// A data rate of `bytes` bytes per `period` seconds.
func dataRate(_ bytes: Double, _ upper: Double? = nil, per period: Double = 1, _ bound: QuantityBound? = nil,
              approx: Bool = false) -> Expected {
    rate(bytes, upper, per: period, bound, approx: approx, unit: "B")
}

private let kiB = 1_024.0, miB = 1_048_576.0, giB = 1_073_741_824.0

/// Data sizes and data rates: bytes with decimal and binary prefixes, bits, the Chinese `8G`.
let dataCases: [ParseCase] = [
    // Sizes
    ParseCase("512 MB", dataSize(512e6)),
    ParseCase("2 GB", dataSize(2e9)),
    ParseCase("2GB", dataSize(2e9)),
    ParseCase("1.5 TB", dataSize(1.5e12)),
    ParseCase("500 KB", dataSize(5e5)),
    ParseCase("500 kB", dataSize(5e5)),
    ParseCase("3 tb", dataSize(3e12)),  // all lower case: bytes
    ParseCase("2 PB", dataSize(2e15)),
    ParseCase("16 GiB", dataSize(16 * giB)),
    ParseCase("512 MiB", dataSize(512 * miB)),
    ParseCase("64 KiB", dataSize(64 * kiB)),
    ParseCase("100 megabytes", dataSize(1e8)),
    ParseCase("10 kilobytes", dataSize(1e4)),
    ParseCase("4096 bytes", dataSize(4_096)),
    ParseCase("500字节", dataSize(500)),
    ParseCase("10 ГБ", dataSize(1e10)),
    ParseCase("8G", dataSize(8e9)),  // Chinese shorthand: a capital right after the digits
    ParseCase("500G", dataSize(5e11)),
    ParseCase("1T", dataSize(1e12)),
    ParseCase("4-8 GB", dataSize(4e9, 8e9)),
    ParseCase("4 GB - 8 GB", dataSize(4e9, 8e9)),
    ParseCase("512 MB – 2 GB", dataSize(512e6, 2e9)),
    ParseCase("at least 4 GB", dataSize(4e9, inf, .atLeast)),
    ParseCase("至少4GB", dataSize(4e9, inf, .atLeast)),
    ParseCase("up to 2 TB", dataSize(0, 2e12, .atMost)),
    ParseCase("约500GB", dataSize(5e11, approx: true)),
    ParseCase("10 GB+", dataSize(1e10, inf, .atLeast)),
    ParseCase("1 Gbit", dataSize(1.25e8)),
    ParseCase("100 Mb", dataSize(1.25e7)),  // a capital prefix and a small b: bits
    ParseCase("100 mb", dataSize(1e8)),  // all lower case: bytes
    // Data rates: bytes per second
    ParseCase("100 Mbps", dataRate(1.25e7)),
    ParseCase("1 Gbps", dataRate(1.25e8)),
    ParseCase("1 Gbit/s", dataRate(1.25e8)),
    ParseCase("100 Mb/s", dataRate(1.25e7)),
    ParseCase("12.5 MB/s", dataRate(1.25e7)),
    ParseCase("100-300 Mbps", dataRate(1.25e7, 3.75e7)),
    ParseCase("up to 1 Gbps", dataRate(0, 1.25e8, .atMost)),
    ParseCase("1 TB/month", dataRate(1e12, per: Sec.monthRate)),
    ParseCase("2 TB per month", dataRate(2e12, per: Sec.monthRate)),
    ParseCase("每月100GB", dataRate(1e11, per: Sec.monthRate)),
    ParseCase("100GB/月", dataRate(1e11, per: Sec.monthRate)),
    // French octets: the capital tells `Mo` (megabytes) from `mo` (months), `To` from `to`
    ParseCase("5 Go", dataSize(5e9)),
    ParseCase("10 Mo", dataSize(1e7)),
    ParseCase("2 To", dataSize(2e12)),
    ParseCase("500 ko", dataSize(5e5)),
    ParseCase("1,5 Go", dataSize(1.5e9)),
    ParseCase("5 gigaoctets", dataSize(5e9)),
    ParseCase("10 Mo/s", dataRate(1e7)),
    ParseCase("5 mo", duration(5 * Sec.month)),
    ParseCase("5 to 10", number(5, 10)),
    ParseCase("5 go", count(5, unit: "go")),
    ParseCase("$5/Mo", rate(5, per: Sec.monthRate, unit: "USD")),  // per month, as English writes it
    ParseCase("0,02 €/Go/mois", per(.data, 1e9, rate(0.02, per: Sec.monthRate, unit: "EUR"))),
    // Not data
    ParseCase("8 g", count(8, unit: "g")),  // grams, not giga
    ParseCase("8 G", count(8, unit: "G")),  // the bare letter only right after the digits
    ParseCase("8G内存", .text),  // a Latin unit takes no Chinese label
    ParseCase("5G network", .text),
    ParseCase("GB", .text),
    ParseCase("4 GB and 8 GB", .text),
    ParseCase("4 GB - 100 Mbps", .text),  // a size and a rate are no range
]

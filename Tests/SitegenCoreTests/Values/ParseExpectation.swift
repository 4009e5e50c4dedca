import Testing
@testable import SitegenCore

/// The namespace of the typed-value tests (so `--filter Values` selects them all).
@Suite enum ValuesTests {}

/// Canonical units, in seconds.
enum Sec {
    static let minute = 60.0
    static let hour = 3_600.0
    static let day = 86_400.0
    static let week = 604_800.0
    static let month = 2_592_000.0
    /// A month as the period of a rate: a twelfth of a year.
    static let monthRate = 31_536_000.0 / 12
    static let year = 31_536_000.0
}

/// One expected term of a quantity or sum.
struct ExpectedTerm: Sendable {
    var lower: Double
    var upper: Double
    var bound: QuantityBound
    var approximate = false
    var unit: String?
    var label: String?
    var business = false
    var instant = false
    var basis = QuantityBasis.whole
}

/// What a cell must parse to.
enum Expected: Sendable {
    case empty
    /// `.text` of the trimmed input.
    case text
    case boolean(Bool)
    case unlimited
    /// One term → `.quantity`; more → `.sum`.
    case value(QuantityKind, [ExpectedTerm])
}

/// An input and its expectation, named by the input in test output.
struct ParseCase: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: Expected
    init(_ input: String, _ expected: Expected) { self.input = input; self.expected = expected }
    var testDescription: String { "\"\(input)\"" }
}

/// A term: `exact` when only `lower` is given, `range` when both are.
func term(_ lower: Double, _ upper: Double? = nil, _ bound: QuantityBound? = nil, approx: Bool = false,
          unit: String? = nil, label: String? = nil, business: Bool = false, instant: Bool = false,
          basis: QuantityBasis = .whole) -> ExpectedTerm {
    ExpectedTerm(lower: lower, upper: upper ?? lower, bound: bound ?? (upper == nil ? .exact : .range),
                 approximate: approx, unit: unit, label: label, business: business, instant: instant, basis: basis)
}

func duration(_ lower: Double, _ upper: Double? = nil, _ bound: QuantityBound? = nil, approx: Bool = false,
              label: String? = nil, business: Bool = false) -> Expected {
    .value(.duration, [term(lower, upper, bound, approx: approx, label: label, business: business)])
}

func count(_ lower: Double, _ upper: Double? = nil, _ bound: QuantityBound? = nil, approx: Bool = false,
           unit: String?, label: String? = nil) -> Expected {
    .value(.count, [term(lower, upper, bound, approx: approx, unit: unit, label: label)])
}

func number(_ lower: Double, _ upper: Double? = nil, _ bound: QuantityBound? = nil, approx: Bool = false,
            unit: String? = nil) -> Expected {
    .value(.number, [term(lower, upper, bound, approx: approx, unit: unit)])
}

/// A rate of `lower`(…`upper`) events per `period` seconds.
func rate(_ lower: Double, _ upper: Double? = nil, per period: Double, _ bound: QuantityBound? = nil,
          approx: Bool = false, unit: String? = nil, label: String? = nil) -> Expected {
    .value(.rate, [term(lower / period, upper.map { $0 / period }, bound, approx: approx, unit: unit, label: label)])
}

let instant = Expected.value(.duration, [term(0, nil, .exact, instant: true)])
let inf = Double.infinity

func isClose(_ a: Double, _ b: Double) -> Bool {
    a == b || (a.isFinite && b.isFinite && abs(a - b) <= 1e-9 * max(abs(a), abs(b)))
}

/// Checks a parsed value against an expectation, field by field.
func check(_ value: CellValue, _ expected: Expected, input: String, sourceLocation: SourceLocation = #_sourceLocation) {
    switch expected {
    case .empty: #expect(value == .empty, "\(value)", sourceLocation: sourceLocation)
    case .text: #expect(value == .text(input.trimmingWhitespace()), "\(value)", sourceLocation: sourceLocation)
    case .boolean(let b): #expect(value == .boolean(b), "\(value)", sourceLocation: sourceLocation)
    case .unlimited: #expect(value == .unlimited, "\(value)", sourceLocation: sourceLocation)
    case .value(let kind, let terms):
        #expect(value.dimension == kind.dimension, "\(value)", sourceLocation: sourceLocation)
        let actual = value.terms
        #expect(actual.count == terms.count, "\(value)", sourceLocation: sourceLocation)
        if terms.count == 1 { #expect(value.quantity != nil, "\(value)", sourceLocation: sourceLocation) }
        for (a, e) in zip(actual, terms) {
            #expect(a.kind == kind, "\(value)", sourceLocation: sourceLocation)
            #expect(isClose(a.interval.lower, e.lower) && isClose(a.interval.upper, e.upper),
                    "bounds \(a.interval) ≠ \(e.lower)…\(e.upper) in \(value)", sourceLocation: sourceLocation)
            #expect(a.bound == e.bound, "\(value)", sourceLocation: sourceLocation)
            #expect(a.isApproximate == e.approximate, "approximate in \(value)", sourceLocation: sourceLocation)
            #expect(a.unit == e.unit, "unit in \(value)", sourceLocation: sourceLocation)
            #expect(a.label == e.label, "label in \(value)", sourceLocation: sourceLocation)
            #expect(a.isBusinessDays == e.business, "business days in \(value)", sourceLocation: sourceLocation)
            #expect(a.isInstant == e.instant, "instant in \(value)", sourceLocation: sourceLocation)
            #expect(a.basis == e.basis, "basis in \(value)", sourceLocation: sourceLocation)
        }
    }
}

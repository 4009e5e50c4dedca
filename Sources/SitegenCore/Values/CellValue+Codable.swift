/// The JSON form, stable for the browser script:
///
///     {"kind":"duration","lower":300,"upper":600,"approximate":false,"bound":"range","timeUnit":"minute"}
///     {"kind":"duration","lower":5184900,"upper":5184900,"approximate":true,"terms":[{…},{…}]}
///     {"kind":"count","lower":3,"upper":"Infinity","approximate":false,"bound":"atLeast","unit":"种"}
///     {"kind":"boolean","value":true,"lower":1,"upper":1}
///     {"kind":"unlimited","lower":"Infinity","upper":"Infinity"}
///     {"kind":"text","text":"完全清除"}   {"kind":"empty"}
///
/// `kind` is the dimension (or `unlimited`/`empty`). Infinite bounds are the
/// strings `"Infinity"` / `"-Infinity"` (JSON has no infinity; `Number("Infinity")`
/// works in a browser). Optional keys (`unit`, `label`, `timeUnit`,
/// `businessDays`, `instant`) are omitted when absent or false.
extension CellValue: Codable {
    private enum Key: String, CodingKey {
        case kind, text, value, lower, upper, approximate, terms
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .quantity(let q):
            try q.encode(to: encoder)
            return
        default: break
        }
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .empty: try c.encode("empty", forKey: .kind)
        case .text(let t):
            try c.encode("text", forKey: .kind)
            try c.encode(t, forKey: .text)
        case .boolean(let b):
            try c.encode("boolean", forKey: .kind)
            try c.encode(b, forKey: .value)
            try c.encode(JSONBound(b ? 1 : 0), forKey: .lower)
            try c.encode(JSONBound(b ? 1 : 0), forKey: .upper)
        case .unlimited:
            try c.encode("unlimited", forKey: .kind)
            try c.encode(JSONBound(.infinity), forKey: .lower)
            try c.encode(JSONBound(.infinity), forKey: .upper)
        case .sum(let terms):
            try c.encode(dimension.rawValue, forKey: .kind)
            let total = canonical ?? Interval(exactly: 0)
            try c.encode(JSONBound(total.lower), forKey: .lower)
            try c.encode(JSONBound(total.upper), forKey: .upper)
            try c.encode(isApproximate, forKey: .approximate)
            try c.encode(terms, forKey: .terms)
        case .quantity: break
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        switch try c.decode(String.self, forKey: .kind) {
        case "empty": self = .empty
        case "text": self = .text(try c.decode(String.self, forKey: .text))
        case "boolean": self = .boolean(try c.decode(Bool.self, forKey: .value))
        case "unlimited": self = .unlimited
        default:
            if let terms = try c.decodeIfPresent([Quantity].self, forKey: .terms) {
                self = .sum(terms)
            } else {
                self = .quantity(try Quantity(from: decoder))
            }
        }
    }
}

extension Quantity: Codable {
    private enum Key: String, CodingKey {
        case kind, lower, upper, approximate, bound, unit, label, timeUnit, businessDays, instant, per
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(JSONBound(interval.lower), forKey: .lower)
        try c.encode(JSONBound(interval.upper), forKey: .upper)
        try c.encode(isApproximate, forKey: .approximate)
        try c.encode(bound, forKey: .bound)
        try c.encodeIfPresent(unit, forKey: .unit)
        try c.encodeIfPresent(label, forKey: .label)
        try c.encodeIfPresent(timeUnit, forKey: .timeUnit)
        if isBusinessDays { try c.encode(true, forKey: .businessDays) }
        if isInstant { try c.encode(true, forKey: .instant) }
        if basis != .whole { try c.encode(basis, forKey: .per) }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        self.init(
            kind: try c.decode(QuantityKind.self, forKey: .kind),
            interval: Interval(try c.decode(JSONBound.self, forKey: .lower).value,
                               try c.decode(JSONBound.self, forKey: .upper).value),
            bound: try c.decodeIfPresent(QuantityBound.self, forKey: .bound) ?? .exact,
            isApproximate: try c.decodeIfPresent(Bool.self, forKey: .approximate) ?? false,
            isBusinessDays: try c.decodeIfPresent(Bool.self, forKey: .businessDays) ?? false,
            isInstant: try c.decodeIfPresent(Bool.self, forKey: .instant) ?? false,
            basis: try c.decodeIfPresent(QuantityBasis.self, forKey: .per) ?? .whole,
            unit: try c.decodeIfPresent(String.self, forKey: .unit),
            label: try c.decodeIfPresent(String.self, forKey: .label),
            timeUnit: try c.decodeIfPresent(TimeUnit.self, forKey: .timeUnit))
    }
}

/// A bound in JSON: a number, or `"Infinity"` / `"-Infinity"`.
struct JSONBound: Codable {
    let value: Double
    init(_ value: Double) { self.value = value }

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let number = try? c.decode(Double.self) { value = number; return }
        switch try c.decode(String.self) {
        case "Infinity": value = .infinity
        case "-Infinity": value = -.infinity
        default: throw DecodingError.dataCorruptedError(in: c, debugDescription: "expected a number or ±Infinity")
        }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if value.isInfinite { try c.encode(value > 0 ? "Infinity" : "-Infinity") } else { try c.encode(value) }
    }
}

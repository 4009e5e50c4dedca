/// What one value is for: the whole of what it measures, or one seat, one unit of data, one host,
/// one vCPU, one request or one token. `$10/user/month`, `$0.023/GB/month`, `$5/host/month`,
/// `$0.40 per million requests` and `$3 per million tokens` are prices of different things: each
/// compares only with values on the same basis (which is cheaper than a flat `$100/month` depends
/// on how many seats, gigabytes, hosts, requests or tokens the reader needs).
///
/// The canonical amount of a value per unit is per one of the unit (per byte, per request): `$20/TB`
/// and `$0.02/GB` are one price.
public enum QuantityBasis: String, Hashable, Sendable, Codable, CaseIterable {
    /// Not per anything: `$100/month`, `5 GB`, `3次`.
    case whole
    /// Per user or seat: `$10/user/month`, `每人每月10元`, `5 GB per user`.
    case seat
    /// Per byte of data, shown per GB: `$0.023/GB/month`, `0.5元/GB`, `$20/TB`.
    case data
    /// Per host, node, server or instance: `$5/host/month`, `100元/台/年`, `16 GB per node`.
    case host
    /// Per request or call: `$0.40 per million requests`, `0.01元/万次`, `5元/次`.
    case request
    /// Per token (language-model prices): `$3 per million tokens`, `$0.50/1M tokens`.
    case token
    /// Per vCPU or core: `$0.04/vCPU/hour`, `$0.000024 per vCPU-second`, `0.2元/核时`, `4 GB per vCPU`.
    case cpu
    /// Per message sent (SMS, e-mail): `$0.0075 per SMS`, `$0.10 per 1,000 emails`, `0.045元/条`.
    case message

    /// Whether a value of this kind may be written per this basis: anything counted, priced or
    /// measured in data per seat or host (`3次/人`, `16 GB per node`); only money per unit of data, per
    /// request or per token (`3次/GB` is no price).
    func admits(kind: QuantityKind, unit: String?) -> Bool {
        switch self {
        case .whole: return true
        case .seat, .host, .cpu: return unit != nil && unit != "%"
        case .data, .request, .token, .message:
            guard let unit else { return kind == .money }
            return kind == .money || (kind == .rate && Lexicon.currencyCodes.contains(unit))
        }
    }

    /// The unit a value per this basis is shown per, and how many canonical units it holds, for an
    /// amount per one canonical unit (`value`): `GB` (1e9 bytes); `1,000 requests` or `million tokens`
    /// when the amount per one would be below a cent; else one.
    func display(for value: Double) -> (scale: Double, phrase: String) {
        switch self {
        case .whole: return (1, "")
        case .seat: return (1, "seat")
        case .host: return (1, "host")
        case .cpu: return (1, "vCPU")
        case .data: return (1e9, "GB")
        case .request, .token, .message:
            let noun = self == .request ? "request" : self == .token ? "token" : "message"
            let magnitude = abs(value)
            if magnitude == 0 || !magnitude.isFinite || magnitude >= 0.01 { return (1, noun) }
            if magnitude * 1_000 >= 0.01 { return (1_000, "1,000 \(noun)s") }
            return (1_000_000, "million \(noun)s")
        }
    }

    /// `per seat`, `per GB`, `per request`: for messages.
    public var phrase: String {
        self == .whole ? "for the whole" : "per " + display(for: 1).phrase
    }

    /// What the reader needs to know to compare a value on this basis with one on another:
    /// `a number of seats`, `an amount of data`.
    var quantityPhrase: String {
        switch self {
        case .whole: return "the whole"
        case .seat: return "a number of seats"
        case .data: return "an amount of data"
        case .host: return "a number of hosts"
        case .request: return "a number of requests"
        case .token: return "a number of tokens"
        case .cpu: return "a number of vCPUs"
        case .message: return "a number of messages"
        }
    }
}

extension QuantityBasis {
    /// The names a schema field's `per:` takes.
    public static let declaredNames = ["seat", "GB", "host", "vCPU", "request", "token", "message", "whole"]

    /// The basis a schema field's `per:` names (`seat`, `user`, `GB`, `data`, `host`, `node`,
    /// `request`, `token`, `whole`, case aside), nil for another word.
    public init?(declared text: String) {
        switch text.trimmingWhitespace().lowercased() {
        case "seat", "seats", "user", "users": self = .seat
        case "gb", "data", "byte", "bytes": self = .data
        case "host", "hosts", "node", "nodes", "server", "instance": self = .host
        case "request", "requests", "call", "calls": self = .request
        case "token", "tokens": self = .token
        case "vcpu", "vcpus", "cpu", "cpus", "core", "cores": self = .cpu
        case "message", "messages", "sms", "email", "emails", "e-mail": self = .message
        case "whole", "none", "flat": self = .whole
        default: return nil
        }
    }

    /// How `self` differs from `other`, as a verb phrase with the subjects' verbs: `is per seat`
    /// against `is not` (or `are not`), `is per GB` against `is per host` (or `are per host`).
    func contrast(with other: QuantityBasis, plural: Bool) -> (this: String, that: String) {
        let verb = plural ? "are" : "is"
        switch (self, other) {
        case (.whole, _): return ("is not \(other.phrase)", verb)
        case (_, .whole): return ("is \(phrase)", "\(verb) not")
        default: return ("is \(phrase)", "\(verb) \(other.phrase)")
        }
    }
}

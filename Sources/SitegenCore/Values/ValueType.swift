/// The type a schema declares for a column or criterion.
public enum ValueType: String, Hashable, Sendable, Codable, CaseIterable {
    case any, text, boolean, count, number, duration, rate, money, size, category
}

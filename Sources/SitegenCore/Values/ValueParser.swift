/// STUB — see CellValue.swift.
public struct ValueParseError: Error, Hashable, Sendable {
    public var message: String
    public var hint: String
    public init(message: String, hint: String) { self.message = message; self.hint = hint }
}

public enum ValueParser {
    /// Best-effort parse: the most specific value the text denotes, `.text` otherwise.
    public static func parse(_ text: String) -> CellValue {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? .empty : .text(trimmed)
    }

    /// Parse as a declared type; fails when the text does not denote a value of it.
    public static func parse(_ text: String, as type: ValueType) -> Result<CellValue, ValueParseError> {
        .success(parse(text))
    }
}

/// Interface strings per language, picked by a page's language: exact tag
/// (`zh-CN`), then the same base language (`zh-TW` → `zh-CN`), then English.
public struct LocalizedStrings: Sendable, Hashable {
    private var tables: [String: [String: String]] = [:]

    public init() {}

    public mutating func set(language: String, key: String, text: String) {
        tables[language.lowercased(), default: [:]][key] = text
    }

    /// The full table for a language, with English filling gaps.
    public func table(for language: String) -> [String: String] {
        var result = tables["en"] ?? [:]
        let tag = language.lowercased()
        let base = tag.split(separator: "-").first.map(String.init) ?? tag
        if tag != "en", let sibling = tables.keys.sorted().first(where: { $0 != tag && ($0 == base || $0.hasPrefix(base + "-")) }) {
            result.merge(tables[sibling] ?? [:]) { _, new in new }
        }
        result.merge(tables[tag] ?? [:]) { _, new in new }
        return result
    }

    public var languages: [String] { tables.keys.sorted() }
}

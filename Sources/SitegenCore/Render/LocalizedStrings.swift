/// Interface strings per language, picked by a page's language: exact tag
/// (`zh-CN`), then the same base language written in the same script (`zh-HK`
/// and `zh-Hant` → `zh-TW`, `zh-SG` and `zh` → `zh-CN`, `ar-EG` → `ar`), then English.
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
        let siblings = tables.keys.filter { $0 != tag && ($0 == base || $0.hasPrefix(base + "-")) }
        let script = Self.script(of: tag)
        let rank = { (key: String) in (Self.script(of: key) == script ? 0 : 1, key) }  // same script first
        if tag != "en", let sibling = siblings.min(by: { rank($0) < rank($1) }) {
            result.merge(tables[sibling] ?? [:]) { _, new in new }
        }
        result.merge(tables[tag] ?? [:]) { _, new in new }
        return result
    }

    public var languages: [String] { tables.keys.sorted() }

    /// The script a lower-cased tag is written in, where a language has two: its script subtag,
    /// or for Chinese Traditional in Taiwan, Hong Kong and Macao and Simplified elsewhere.
    static func script(of tag: String) -> String? {
        if let script = LanguageTag.script(of: tag) { return script }
        let subtags = LanguageTag.subtags(tag)
        guard subtags.first == "zh" else { return nil }
        return subtags.dropFirst().contains { ["tw", "hk", "mo"].contains($0) } ? "hant" : "hans"
    }
}

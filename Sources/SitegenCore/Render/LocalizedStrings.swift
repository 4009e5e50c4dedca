/// Interface strings per language, picked by a page's language: exact tag
/// (`zh-CN`), then the same base language written in the same script (`zh-HK`
/// and `zh-Hant` → `zh-TW`, `zh-SG` and `zh` → `zh-CN`, `ar-EG` → `ar`), then English.
public struct LocalizedStrings: Sendable, Hashable {
    /// A site's own strings (its `Templates/strings/` files and `sitegen.yml`), over the built-in ones.
    private var tables: [String: [String: String]] = [:]
    /// The theme's tables as shipped, read only for the languages a site's pages ask for: a site
    /// uses one or two of the twelve, and reading each costs as much as a few pages' checks.
    private var builtIn: [String: [UInt8]] = [:]

    public init() {}

    public mutating func set(language: String, key: String, text: String) {
        tables[language.lowercased(), default: [:]][key] = text
    }

    /// A shipped table (`key: text` lines of YAML), read when a page's language needs it.
    public mutating func setBuiltIn(language: String, yaml: [UInt8]) {
        builtIn[language.lowercased()] = yaml
    }

    /// The full table for a language, with English filling gaps.
    public func table(for language: String) -> [String: String] {
        var result = layer("en")
        let tag = language.lowercased()
        let base = tag.split(separator: "-").first.map(String.init) ?? tag
        let siblings = languageKeys.filter { $0 != tag && ($0 == base || $0.hasPrefix(base + "-")) }
        let script = Self.script(of: tag)
        let rank = { (key: String) in (Self.script(of: key) == script ? 0 : 1, key) }  // same script first
        if tag != "en", let sibling = siblings.min(by: { rank($0) < rank($1) }) {
            result.merge(layer(sibling)) { _, new in new }
        }
        if tag != "en" { result.merge(layer(tag)) { _, new in new } }
        return result
    }

    public var languages: [String] { languageKeys.sorted() }

    private var languageKeys: Set<String> { Set(tables.keys).union(builtIn.keys) }

    /// One language's built-in strings with the site's own over them.
    private func layer(_ language: String) -> [String: String] {
        var layer: [String: String] = [:]
        if let yaml = builtIn[language], case .success(let value) = YAMLReader.read(String(decoding: yaml, as: UTF8.self)) {
            for entry in value.entries ?? [] { if let text = entry.value.string { layer[entry.key] = text } }
        }
        layer.merge(tables[language] ?? [:]) { _, new in new }
        return layer
    }

    /// The script a lower-cased tag is written in, where a language has two: its script subtag,
    /// or for Chinese Traditional in Taiwan, Hong Kong and Macao and Simplified elsewhere.
    static func script(of tag: String) -> String? {
        if let script = LanguageTag.script(of: tag) { return script }
        let subtags = LanguageTag.subtags(tag)
        guard subtags.first == "zh" else { return nil }
        return subtags.dropFirst().contains { ["tw", "hk", "mo"].contains($0) } ? "hant" : "hans"
    }
}

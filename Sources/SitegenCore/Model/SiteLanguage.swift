/// A language the site is translated into (`languages:` in `sitegen.yml`): its pages live in
/// the content folder's sub-folder named by its tag (`Content/en/`), mirror the paths of the
/// pages they translate (`Content/en/methods/cancel.md` translates `Content/methods/cancel.md`),
/// and are published under the same folder (`en/methods/cancel/`).
public struct SiteLanguage: Sendable, Hashable {
    /// BCP 47 tag, as written: also the folder's name.
    public var tag: String
    /// The site's title and description in this language (the site's own when not given).
    public var title: String?
    public var description: String?
    /// How the language switcher names it; its own name (`English`, `简体中文`) when not given.
    public var name: String?

    public init(tag: String, title: String? = nil, description: String? = nil, name: String? = nil) {
        self.tag = tag
        self.title = title
        self.description = description
        self.name = name
    }

    /// The language's name in itself, for the switcher: `English`, `简体中文`, `Deutsch`; the tag
    /// for a language not in the list.
    public static func autonym(of tag: String) -> String {
        let lower = tag.lowercased()
        if let exact = autonyms[lower] { return exact }
        if lower.hasPrefix("zh-") {
            let traditional = ["zh-tw", "zh-hk", "zh-mo", "zh-hant"].contains { lower.hasPrefix($0) }
            return traditional ? "繁體中文" : "简体中文"
        }
        let base = String(lower.split(separator: "-").first ?? "")
        return autonyms[base] ?? tag
    }

    private static let autonyms: [String: String] = [
        "en": "English", "zh": "中文", "zh-cn": "简体中文", "zh-tw": "繁體中文", "ja": "日本語", "ko": "한국어",
        "de": "Deutsch", "fr": "Français", "es": "Español", "pt": "Português", "pt-br": "Português (Brasil)",
        "it": "Italiano", "ru": "Русский", "ar": "العربية", "nl": "Nederlands", "pl": "Polski", "tr": "Türkçe",
        "vi": "Tiếng Việt", "th": "ไทย", "id": "Bahasa Indonesia", "uk": "Українська", "he": "עברית",
        "fa": "فارسی", "hi": "हिन्दी", "sv": "Svenska", "cs": "Čeština",
    ]
}

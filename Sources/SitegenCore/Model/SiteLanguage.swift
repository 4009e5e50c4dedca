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

    /// What the translations of one page share: its content path without its language folder
    /// (`folder`, "" for the site's own language), an index file's name made one
    /// (`en/methods/_index.md` and `methods/index.md` are one page), without the extension.
    public static func translationKey(of path: String, folder: String) -> String {
        var key = Substring(path)
        if !folder.isEmpty { key = key.dropFirst(folder.utf8.count + 1) }
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        guard let name = parts.last else { return String(key) }
        let lower = name.lowercased()
        let stem = lower.hasSuffix(".markdown") ? lower.dropLast(".markdown".count)
            : lower.hasSuffix(".md") ? lower.dropLast(3) : lower[...]
        let leaf = stem == "index" || stem == "_index" ? "_index" : String(name.prefix(stem.count))
        return (parts.dropLast() + [Substring(leaf)]).joined(separator: "/")
    }

    private static let autonyms: [String: String] = [
        "en": "English", "zh": "中文", "zh-cn": "简体中文", "zh-tw": "繁體中文", "ja": "日本語", "ko": "한국어",
        "de": "Deutsch", "fr": "Français", "es": "Español", "pt": "Português", "pt-br": "Português (Brasil)",
        "it": "Italiano", "ru": "Русский", "ar": "العربية", "nl": "Nederlands", "pl": "Polski", "tr": "Türkçe",
        "vi": "Tiếng Việt", "th": "ไทย", "id": "Bahasa Indonesia", "uk": "Українська", "he": "עברית",
        "fa": "فارسی", "hi": "हिन्दी", "sv": "Svenska", "cs": "Čeština",
    ]
}

extension SiteConfig {
    /// The translation whose folder holds a content path (`en/methods/cancel.md` → `en`), nil for a
    /// page of the site's own language.
    public func translation(ofContentPath path: String) -> SiteLanguage? {
        guard !languages.isEmpty, let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        let folder = path[..<slash]
        return languages.first { $0.tag == folder }
    }

    /// The folder of a page's language: "" for the site's own language, else the translation's tag.
    public func languageFolder(ofContentPath path: String) -> String {
        translation(ofContentPath: path)?.tag ?? ""
    }

    /// What the translations of one page share (see ``SiteLanguage/translationKey(of:folder:)``).
    public func translationKey(ofContentPath path: String) -> String {
        SiteLanguage.translationKey(of: path, folder: languageFolder(ofContentPath: path))
    }

    /// The site's title for pages in a language folder ("" for the site's own language).
    public func title(inFolder folder: String) -> String {
        languages.first { $0.tag == folder }?.title ?? title
    }

    public func description(inFolder folder: String) -> String? {
        languages.first { $0.tag == folder }?.description ?? description
    }

    /// The switcher's name of a language, by tag.
    public func languageName(_ tag: String) -> String {
        (languages.first { $0.tag == tag }?.name ?? (tag == language ? languageNameOverride : nil))
            ?? SiteLanguage.autonym(of: tag)
    }
}

extension SiteLanguage {
    /// The pages that translate each other: pages of different languages at the same path in their
    /// folders (``translationKey(of:folder:)``), each group in the order of `folders` ("" — the
    /// site's own language — first, then the translations as listed). A page without a translation
    /// is in no group; two files of one page in one language (`_index.md` and `index.md`) make none.
    public static func translationGroups(of pages: [Page], folders: [String]) -> [[Int]] {
        guard !folders.isEmpty else { return [] }
        let all = [""] + folders
        var byKey: [String: [Int]] = [:]
        var folderOf = [Int](repeating: 0, count: pages.count)
        for index in pages.indices {
            let rank = folders.firstIndex { pages[index].contentPath.hasPrefix($0 + "/") }.map { $0 + 1 } ?? 0
            folderOf[index] = rank
            byKey[translationKey(of: pages[index].contentPath, folder: all[rank]), default: []].append(index)
        }
        return byKey.values.filter { group in
            group.count > 1 && Set(group.map { folderOf[$0] }).count == group.count
        }.map { $0.sorted { folderOf[$0] < folderOf[$1] } }.sorted { $0[0] < $1[0] }
    }
}

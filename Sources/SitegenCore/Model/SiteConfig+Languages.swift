/// The site's title, description and language names as each language shows them.
extension SiteConfig {
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

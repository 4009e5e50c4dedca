/// Reading a BCP 47 language tag (`zh-Hant-HK`, `az-Arab`, `en`): its parts, lower-cased.
enum LanguageTag {
    /// The subtags, lower-cased: `zh-Hant-HK` → `zh`, `hant`, `hk`.
    static func subtags(_ tag: String) -> [String] {
        tag.split(separator: "-").map { $0.lowercased() }
    }

    /// The script subtag, lower-cased (`hant` of `zh-Hant-HK`): the first four-letter subtag after
    /// the language (and its extlangs); nil when the tag has none.
    static func script(of tag: String) -> String? {
        subtags(tag).dropFirst().first { $0.count == 4 && $0.allSatisfy(\.isLetter) }
    }
}

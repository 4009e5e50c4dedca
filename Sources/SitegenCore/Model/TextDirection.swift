/// The direction a page's text runs in, from its BCP 47 language tag: right to left for
/// languages written in Arabic, Hebrew, Syriac, Thaana, N'Ko and the other right-to-left
/// scripts (`ar`, `he`, `fa`, `ur`, `yi`, `ar-EG`, `az-Arab`), left to right for the rest
/// (`zh-CN`, `en`, `ur-Latn`). Templates write it as `<html dir="{{page.dir}}">`, so the
/// browser mirrors the layout (the theme's stylesheet uses logical properties).
public enum TextDirection: String, Sendable, Hashable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"

    /// The direction of `tag`: its script subtag decides when it has one (`ur-Latn` is left
    /// to right, `pa-Arab` right to left), otherwise its language does. Case does not matter.
    public init(languageTag tag: String) {
        if let script = LanguageTag.script(of: tag) {
            self = Self.rightToLeftScripts.contains(script) ? .rightToLeft : .leftToRight
        } else if let language = LanguageTag.subtags(tag).first {
            self = Self.rightToLeftLanguages.contains(language) ? .rightToLeft : .leftToRight
        } else {
            self = .leftToRight
        }
    }

    /// ISO 15924 codes of scripts written right to left, in use today or in scholarship.
    static let rightToLeftScripts: Set<String> = [
        "adlm", "arab", "aran", "armi", "avst", "chrs", "cprt", "elym", "hatr", "hebr", "khar", "lydi",
        "mand", "mani", "mend", "narb", "nbat", "nkoo", "orkh", "ougr", "palm", "phli", "phlp", "phnx",
        "prti", "rohg", "samr", "sarb", "sogd", "sogo", "syrc", "thaa", "yezi",
    ]

    /// Languages whose default script is right to left (CLDR likely subtags), with the
    /// deprecated codes still seen in content (`iw`, `ji`).
    static let rightToLeftLanguages: Set<String> = [
        "ar", "arc", "azb", "bal", "bqi", "ckb", "dv", "fa", "glk", "he", "iw", "ji", "khw", "ks", "lrc",
        "mzn", "nqo", "pnb", "prs", "ps", "sd", "sdh", "syr", "ug", "ur", "yi",
    ]
}

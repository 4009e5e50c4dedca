/// How a page writes the decimals of its numbers, by its language: English and Chinese write a
/// decimal point and may group thousands with commas (`1,000.5`); German, French, Russian and many
/// others write a decimal comma and may group with dots (`1.000,5`). Spaces group in both.
///
/// Most numbers read the same in both (`12,99 €`, `1.5`, `1.234,56 €`, `1,000,000`, `12 500 ₽`):
/// only a number with one separator before exactly three digits does not. `1.000` is a thousand
/// with a decimal comma and one with a decimal point; `1,500` is one and a half, or fifteen hundred.
public enum NumberConvention: UInt8, Hashable, Sendable, Codable {
    /// `1,000` is a thousand, `1.000` is one (English, Chinese, Japanese, Korean, Swiss German …).
    case decimalPoint
    /// `1.000` is a thousand, `1,500` is one and a half (German, French, Spanish, Russian …).
    case decimalComma

    /// The convention of a page in `language` (a BCP 47 tag); a decimal point when there is none.
    public init(language: String?) {
        self = language.flatMap(Self.decimalCommaLanguage) == nil ? .decimalPoint : .decimalComma
    }

    /// The character before a number's decimals.
    public var decimalSeparator: Character { self == .decimalPoint ? "." : "," }
    /// `plain` (a number as ``NumberFormat`` writes it, `1.5`) with this convention's decimal separator.
    public func written(_ plain: String) -> String {
        self == .decimalComma ? String(plain.map { $0 == "." ? "," : $0 }) : plain
    }

    /// The character between groups of thousands (besides spaces).
    public var groupSeparator: Character { self == .decimalPoint ? "," : "." }

    /// The English name of `tag`'s language when it writes a decimal comma (by its primary subtag;
    /// the Swiss and Liechtenstein variants of German and Italian, and the Spanish of the Americas
    /// that writes a decimal point, are left out), else nil.
    public static func decimalCommaLanguage(_ tag: String) -> String? {
        let subtags = LanguageTag.subtags(tag.lowercased())
        guard let base = subtags.first, let name = decimalCommaLanguages[base] else { return nil }
        let region = subtags.dropFirst().first { $0.count == 2 || $0.count == 3 && $0.allSatisfy(\.isNumber) }
        if let region, decimalPointRegions[base]?.contains(region) == true { return nil }
        return name
    }

    private static let decimalCommaLanguages: [String: String] = [
        "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "ru": "Russian",
        "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "sv": "Swedish", "da": "Danish", "fi": "Finnish",
        "nb": "Norwegian", "nn": "Norwegian", "no": "Norwegian", "cs": "Czech", "sk": "Slovak", "uk": "Ukrainian",
        "be": "Belarusian", "bg": "Bulgarian", "ro": "Romanian", "hu": "Hungarian", "hr": "Croatian",
        "sl": "Slovenian", "sr": "Serbian", "el": "Greek", "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian",
        "ca": "Catalan", "gl": "Galician", "eu": "Basque", "id": "Indonesian", "vi": "Vietnamese",
        "az": "Azerbaijani", "kk": "Kazakh", "ka": "Georgian", "hy": "Armenian", "is": "Icelandic",
    ]

    private static let decimalPointRegions: [String: Set<String>] = [
        "de": ["ch", "li"], "it": ["ch"],
        "es": ["mx", "us", "pr", "do", "gt", "hn", "ni", "pa", "sv", "419"],
    ]
}

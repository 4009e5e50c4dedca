/// Reads typed fields out of YAML entries, recording a diagnostic-ready issue
/// for every value of the wrong type.
struct FieldReader {
    var issues: [ReadIssue]
    var kind: ReadIssue.Kind = .frontMatterInvalid

    mutating func string(_ entry: YAMLEntry) -> String? {
        switch entry.value {
        case .scalar(let value, _): return value
        case .null: return nil
        default:
            wrongType(entry, expected: "a text value")
            return nil
        }
    }

    mutating func int(_ entry: YAMLEntry) -> Int? {
        guard let text = string(entry) else { return nil }
        guard let value = Int(text.trimmingWhitespace()) else {
            wrongType(entry, expected: "a whole number")
            return nil
        }
        return value
    }

    mutating func bool(_ entry: YAMLEntry) -> Bool? {
        guard let text = string(entry) else { return nil }
        switch text.trimmingWhitespace().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            wrongType(entry, expected: "true or false")
            return nil
        }
    }

    /// A date as W3C and `sitemap.xml` write them: `2026-01-31`, or with a time and its zone
    /// (`2026-01-31T09:30:00+08:00`, `…Z`); a day that does not exist is refused.
    mutating func date(_ entry: YAMLEntry) -> String? {
        guard let text = string(entry)?.trimmingWhitespace() else { return nil }
        guard W3CDate.isValid(text) else {
            wrongType(entry, expected: "a date like 2026-01-31 (or 2026-01-31T09:30:00+08:00)")
            return nil
        }
        return text
    }

    /// A language tag as `<html lang>` needs it (BCP 47: `en`, `zh-CN`, `pt-BR`, `zh-Hant-TW`): a
    /// primary language of 2 or 3 letters, then subtags of 1 to 8 letters or digits.
    mutating func languageTag(_ entry: YAMLEntry) -> String? {
        guard let text = string(entry)?.trimmingWhitespace() else { return nil }
        guard Self.isLanguageTag(text) else {
            wrongType(entry, expected: "a BCP 47 language tag like en, zh-CN or pt-BR")
            return nil
        }
        return text
    }

    /// `en`, `zh-CN`, `pt-BR`, `zh-Hant-TW`: a language subtag of 2–3 letters, then subtags of 1–8
    /// letters or digits.
    static func isLanguageTag(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        return (2...3).contains(subtags[0].count) && subtags[0].allSatisfy { $0.isASCII && $0.isLetter }
            && subtags.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// A list of text values; a single value is taken as a one-item list.
    mutating func strings(_ entry: YAMLEntry) -> [String] {
        switch entry.value {
        case .scalar(let value, _): return [value]
        case .null: return []
        case .sequence(let items, _):
            var values: [String] = []
            for item in items {
                if let value = item.string { values.append(value) } else {
                    wrongType(entry, expected: "a list of text values")
                    return values
                }
            }
            return values
        case .mapping:
            wrongType(entry, expected: "a list of text values")
            return []
        }
    }

    /// The entries of a mapping; null is an empty mapping.
    mutating func mapping(_ entry: YAMLEntry) -> [YAMLEntry] {
        switch entry.value {
        case .mapping(let entries, _): return entries
        case .null: return []
        default:
            wrongType(entry, expected: "a mapping of 'key: value' lines")
            return []
        }
    }

    mutating func wrongType(_ entry: YAMLEntry, expected: String) {
        var found = entry.value.kindName
        if case .scalar(let value, _) = entry.value {
            found = "'" + (value.count > 40 ? value.prefix(40) + "…" : value) + "'"
        }
        issues.append(ReadIssue(
            kind: kind, range: SourceRange(start: entry.value.position, end: entry.value.position),
            message: "'\(entry.key)' must be \(expected), found \(found)",
            hint: "change the value of '\(entry.key)' to \(expected)"
        ))
    }
}

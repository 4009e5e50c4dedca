/// Reads `sitegen.yml` into a ``SiteConfig``. Any problem is fatal for a
/// build (exit code 2), so it is returned as a list of diagnostics.
public enum ConfigLoader {
    public static let fileName = "sitegen.yml"

    public static func load(text: String?, file: String = fileName) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        guard let text else { return (config, []) }
        var problems: [Diagnostic] = []
        func report(_ position: SourcePosition?, _ message: String, _ hint: String?, unknown: Bool = false) {
            let kind = unknown ? BuiltinProblem.configUnknownKey : BuiltinProblem.configInvalid
            problems.append(kind.diagnostic(
                file: file, range: position.map { SourceRange(start: $0, end: $0) }, message: message, hint: hint
            ))
        }
        let root: YAMLValue
        switch YAMLReader.read(text) {
        case .failure(let failure):
            report(failure.position, "\(file) is not valid YAML: \(failure.message)", "fix the YAML syntax at this position")
            return (config, problems)
        case .success(let value):
            root = value
        }
        if case .null = root { return (config, []) }
        guard let entries = root.entries else {
            report(root.position, "\(file) must be a mapping of settings, found \(root.kindName)", "write one 'key: value' per line")
            return (config, problems)
        }
        var reader = FieldReader(issues: [])
        var languagePositions: [String: SourcePosition] = [:]
        for entry in entries {
            switch entry.key {
            case "title": config.title = reader.string(entry) ?? config.title
            case "description": config.description = reader.string(entry)
            case "language": config.language = reader.languageTag(entry) ?? config.language
            case "base-url":
                if let value = reader.string(entry) {
                    if let problem = SiteConfig.baseURLProblem(value) {
                        report(entry.value.position, problem, SiteConfig.baseURLHint)
                    } else {
                        config.baseURL = value.isEmpty ? nil : value  // empty: no base URL
                    }
                }
            case "url-style":
                if let value = reader.string(entry) {
                    if let style = SiteConfig.URLStyle(rawValue: value) { config.urlStyle = style } else {
                        report(entry.value.position, "'url-style' must be one of portable, pretty; found '\(value)'",
                               "use 'portable' (works from file://) or 'pretty' (clean URLs on a web server)")
                    }
                }
            case "content": config.contentDir = reader.string(entry) ?? config.contentDir
            case "templates": config.templatesDir = reader.string(entry) ?? config.templatesDir
            case "output": config.outputDir = reader.string(entry) ?? config.outputDir
            case "schemas": config.schemasDir = reader.string(entry) ?? config.schemasDir
            case "drafts": config.includeDrafts = reader.bool(entry) ?? false
            case "notice": config.notice = reader.string(entry)
            case "footer": config.footer = reader.string(entry)
            case "markdown":
                for option in reader.mapping(entry) {
                    switch option.key {
                    case "raw-html": config.allowRawHTML = reader.bool(option) ?? false
                    case "smart-punctuation": config.smartPunctuation = reader.bool(option) ?? false
                    default:
                        report(option.keyPosition, "unknown markdown setting '\(option.key)'",
                               "known settings: raw-html, smart-punctuation", unknown: true)
                    }
                }
            case "rules":
                for rule in reader.mapping(entry) {
                    guard RuleRegistry.rule(named: rule.key) != nil else {
                        // A misspelt rule would set nothing, in silence.
                        let (message, hint) = unknownRule(rule.key)
                        report(rule.keyPosition, message, hint, unknown: true)
                        continue
                    }
                    guard let text = reader.string(rule) else { continue }
                    if let setting = SiteConfig.RuleSetting(rawValue: text) {
                        config.ruleSeverities[rule.key] = setting
                    } else {
                        report(rule.value.position, "severity of '\(rule.key)' must be error, warning, info or off; found '\(text)'",
                               "write e.g. '\(rule.key): warning'")
                    }
                }
            case "languages":
                languagePositions = readLanguages(entry, into: &config, reader: &reader, report: report)
            case "strings":
                for language in reader.mapping(entry) {
                    var table: [String: String] = [:]
                    for item in reader.mapping(language) {
                        if let text = reader.string(item) { table[item.key] = text }
                    }
                    config.strings[language.key] = table
                }
            default:
                report(entry.keyPosition, "unknown setting '\(entry.key)' in \(file)",
                       Suggestion.hint(for: entry.key, in: SiteConfig.knownKeys)
                           ?? "known settings: \(SiteConfig.knownKeys.joined(separator: ", "))",
                       unknown: true)
            }
        }
        for issue in reader.issues {
            report(issue.range?.start, issue.message, issue.hint)
        }
        settleLanguages(&config, positions: languagePositions) { report($0, $1, $2) }
        return (config, problems)
    }

    /// `languages:` as a mapping (`en: {title: …, name: English}`) or a list of tags (`[en, ja]`).
    /// The site's own language may be listed to name it in the switcher; checked once `language`
    /// is known (it may come later in the file).
    private static func readLanguages(_ entry: YAMLEntry, into config: inout SiteConfig, reader: inout FieldReader,
                                      report: (SourcePosition?, String, String?, Bool) -> Void) -> [String: SourcePosition] {
        var positions: [String: SourcePosition] = [:]
        var items: [(tag: String, position: SourcePosition?, settings: [YAMLEntry])] = []
        switch entry.value {
        case .sequence(let values, _):
            for value in values {
                guard case .scalar(let tag, let position) = value else {
                    report(value.position, "'languages' lists language tags, found \(value.kindName)", "write e.g. 'languages: [en, ja]'", false)
                    continue
                }
                items.append((tag.trimmingWhitespace(), position, []))
            }
        default:
            for language in reader.mapping(entry) {
                items.append((language.key, language.keyPosition, reader.mapping(language)))
            }
        }
        var seen: Set<String> = []
        for item in items {
            guard FieldReader.isLanguageTag(item.tag) else {
                report(item.position, "'\(item.tag)' under 'languages' is not a BCP 47 language tag",
                       "write a tag like en, ja or pt-BR: it also names the content folder of the language's pages", false)
                continue
            }
            guard seen.insert(item.tag.lowercased()).inserted else {
                report(item.position, "language '\(item.tag)' is listed twice under 'languages'", "keep one of them", false)
                continue
            }
            var language = SiteLanguage(tag: item.tag)
            if let position = item.position { positions[item.tag] = position }
            for setting in item.settings {
                switch setting.key {
                case "title": language.title = reader.string(setting)
                case "description": language.description = reader.string(setting)
                case "name": language.name = reader.string(setting)
                default:
                    report(setting.keyPosition, "unknown setting '\(setting.key)' of language '\(item.tag)'",
                           Suggestion.hint(for: setting.key, in: ["title", "description", "name"])
                               ?? "known settings: title, description, name", true)
                }
            }
            config.languages.append(language)
        }
        return positions
    }

    /// The site's own language listed under `languages:` names it in the switcher and nothing more.
    static func settleLanguages(_ config: inout SiteConfig, positions: [String: SourcePosition],
                                report: (SourcePosition?, String, String?) -> Void) {
        guard let own = config.languages.firstIndex(where: { $0.tag.lowercased() == config.language.lowercased() }) else { return }
        let language = config.languages.remove(at: own)
        if language.title != nil || language.description != nil {
            report(positions[language.tag], "'\(language.tag)' is the site's own language: its title and description are 'title' and 'description'",
                   "keep only 'name' under '\(language.tag)', or move the title up to the top-level 'title'")
        }
        config.languageNameOverride = language.name
    }

    /// Message and hint for a key under `rules:` that is no rule: a built-in problem (always an
    /// error, so it has no severity to set) or an unknown name.
    static func unknownRule(_ key: String) -> (message: String, hint: String) {
        if BuiltinProblem.named(key) != nil {
            return ("'\(key)' is a built-in problem: it is always an error",
                    "remove it; 'sitegen rules' lists the rules whose severity can be set")
        }
        return ("unknown rule '\(key)' in 'rules'", RuleRegistry.hint(forUnknown: key))
    }
}

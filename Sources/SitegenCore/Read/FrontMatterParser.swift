/// Splits a page into front matter and body and types the front matter.
public enum FrontMatterParser {
    public struct Result: Sendable {
        public var frontMatter: FrontMatter
        /// The lines the front matter takes (0 when there is none): the body has them blanked.
        public var frontMatterLines: Int
        public var issues: [ReadIssue]
        let source: SourceText

        /// The page text with the front matter lines blanked (line numbers kept), made when asked.
        public var body: SourceText { FrontMatterParser.body(of: source, frontMatterLines: frontMatterLines) }
    }

    /// The text with its first `frontMatterLines` lines emptied: what the Markdown parser reads.
    static func body(of source: SourceText, frontMatterLines: Int) -> SourceText {
        frontMatterLines == 0 ? source : SourceText(blankingFirst: frontMatterLines, of: source)
    }

    public static func parse(_ source: SourceText) -> Result {
        var frontMatter = FrontMatter()
        var issues: [ReadIssue] = []
        guard let first = source.line(1), first.trimmingWhitespace(leading: false) == "---" else {
            return Result(frontMatter: frontMatter, frontMatterLines: 0, issues: [], source: source)
        }
        var closing: Int?
        for number in 2...max(2, source.lineCount) where number <= source.lineCount {
            let line = source.line(number)!.trimmingWhitespace(leading: false)
            if line == "---" || line == "..." { closing = number; break }
        }
        guard let end = closing else {
            issues.append(ReadIssue(
                kind: .frontMatterInvalid, range: SourceRange(line: 1, column: 1, endColumn: 3),
                message: "front matter starts with '---' but is never closed",
                hint: "end the front matter with a line holding only '---'"
            ))
            return Result(frontMatter: frontMatter, frontMatterLines: 0, issues: issues, source: source)
        }
        frontMatter.range = SourceRange(line: 1, column: 1, endLine: end, endColumn: 3)
        let yaml = source.joinedLines(1..<(end - 1))
        switch YAMLReader.read(yaml, lineOffset: 1) {
        case .failure(let failure):
            issues.append(ReadIssue(
                kind: .frontMatterInvalid, range: SourceRange(start: failure.position, end: failure.position),
                message: "front matter is not valid YAML: \(failure.message)",
                hint: "write 'key: value' pairs; quote values that contain ':' or start with a special character"
            ))
        case .success(let value):
            apply(value, to: &frontMatter, issues: &issues)
        }
        return Result(frontMatter: frontMatter, frontMatterLines: end, issues: issues, source: source)
    }

    static func apply(_ value: YAMLValue, to frontMatter: inout FrontMatter, issues: inout [ReadIssue]) {
        if case .null = value { return }
        guard let entries = value.entries else {
            issues.append(ReadIssue(
                kind: .frontMatterInvalid, range: SourceRange(start: value.position, end: value.position),
                message: "front matter must be a mapping of keys to values, found \(value.kindName)",
                hint: "write one 'key: value' per line, e.g. 'title: My page'"
            ))
            return
        }
        var reader = FieldReader(issues: issues)
        for entry in entries {
            frontMatter.keyPositions[entry.key] = entry.keyPosition
            switch entry.key {
            case "title": frontMatter.title = reader.string(entry)
            case "description": frontMatter.description = reader.string(entry)
            case "slug": frontMatter.slug = reader.string(entry)
            case "weight": frontMatter.weight = reader.int(entry)
            case "draft": frontMatter.draft = reader.bool(entry) ?? false
            case "lang": frontMatter.lang = reader.languageTag(entry)
            case "tags": frontMatter.tags = reader.strings(entry)
            case "date": frontMatter.date = reader.date(entry)
            case "updated": frontMatter.updated = reader.date(entry)
            case "template": frontMatter.template = reader.string(entry)
            case "toc": frontMatter.toc = reader.bool(entry)
            case "nav-title": frontMatter.navTitle = reader.string(entry)
            case "option", "options": frontMatter.options += reader.strings(entry)
            case "search": frontMatter.searchExclude = reader.bool(entry) == false
            case "translation-key", "translationKey":  // (Hugo's spelling too)
                frontMatter.translationKey = reader.string(entry).map {
                    SiteLanguage.translationKey(of: String($0.trimmingWhitespace().drop { $0 == "/" }.reversed().drop { $0 == "/" }.reversed()), folder: "")
                }
            case "extra": frontMatter.extra = entry.value
            default:
                let suggestion = Suggestion.closest(to: entry.key, in: FrontMatter.knownKeys)
                reader.issues.append(ReadIssue(
                    kind: .frontMatterUnknownKey,
                    range: SourceRange(start: entry.keyPosition, end: entry.keyPosition),
                    message: "unknown front matter key '\(entry.key)'",
                    hint: suggestion.map { Suggestion.question($0) + " Put custom values under 'extra:'" }
                        ?? "known keys: \(FrontMatter.knownKeys.joined(separator: ", ")); put custom values under 'extra:'"
                ))
            }
        }
        issues = reader.issues
    }
}

/// Reads `<!-- sitegen-disable… -->` suppressions out of a page's HTML
/// comments, and reports the ones that would silence nothing: a misspelt
/// directive, a rule that does not exist, an enable without its disable.
public enum SuppressionParser {
    static let disableNextLine = "sitegen-disable-next-line"
    static let disableFile = "sitegen-disable-file"
    static let disable = "sitegen-disable"
    static let enable = "sitegen-enable"
    static let directives = [disableNextLine, disable, enable, disableFile]

    /// Suppressions of a page, from its comments. `nextBlockEnd` gives the last
    /// line of the block after a comment (a whole table for "next line").
    /// Comments that cannot work are appended to `issues`.
    public static func suppressions(
        _ comments: [MarkdownComment], source: SourceText, issues: inout [ReadIssue],
        nextBlockEnd: (MarkdownComment) -> Int?
    ) -> [Suppression] {
        var result: [Suppression] = []
        var open = OpenRegions()
        // Every directive's first word starts `sitegen-`; table annotations (`sitegen:table`) are skipped unsplit.
        for comment in comments where comment.body.drop(while: { $0.isWhitespace || $0 == "," }).hasPrefix("sitegen-") {
            let words = CommentWords.words(of: comment, in: source)
            guard let directive = words.first else { continue }
            // The rules, up to a ` -- ` that starts the reason (`… table-blank-row -- the vendor leaves gaps`).
            let ruleWords = Array(words.dropFirst().prefix { $0.text != "--" })
            issues += ruleWords.compactMap(unknownRule)
            let rules = ruleWords.map(\.text)
            let line = comment.range.end.line
            switch directive.text {
            case disableNextLine:
                let end = max(line + 1, nextBlockEnd(comment) ?? line + 1)
                result.append(Suppression(rules: rules, lines: (line + 1)...end, range: comment.range))
            case disableFile:
                result.append(Suppression(rules: rules, lines: 1...max(1, source.lineCount), range: comment.range))
            case disable:
                open.open(OpenRegions.Region(rules: rules, start: line, range: comment.range))
            case enable:
                if let region = open.end(rules: rules) {
                    result.append(Suppression(rules: region.rules, lines: region.start...line, range: region.range,
                                              closingRange: comment.range))
                } else {
                    issues.append(unmatchedEnable(at: directive.range, rules: rules))
                }
            default:
                let meant = Suggestion.closest(to: directive.text, in: directives)
                issues.append(issue(at: directive.range,
                                    "unknown suppression directive '\(directive.text)': it silences nothing",
                                    meant.map(Suggestion.question) ?? "the directives are \(directives.joined(separator: ", "))",
                                    fix: meant.map { .replacing(directive, with: $0) }))
            }
        }
        for region in open.remaining {
            result.append(Suppression(rules: region.rules, lines: region.start...max(region.start, source.lineCount),
                                      range: region.range))
        }
        return result
    }

    private static func unmatchedEnable(at range: SourceRange, rules: [String]) -> ReadIssue {
        let written = ([enable] + rules).joined(separator: " ")
        let which = rules.isEmpty ? "" : "of these rules "
        return issue(at: range, "'\(written)' ends no region: no '\(disable)' \(which)is open before it",
                     "remove it, or put '<!-- \(([disable] + rules).joined(separator: " ")) -->' where the region starts")
    }

    /// The problem with a rule word of a suppression, if it names no rule that can be silenced.
    private static func unknownRule(_ word: CommentWords.Word) -> ReadIssue? {
        guard RuleRegistry.rule(named: word.text) == nil else { return nil }
        if BuiltinProblem.named(word.text) != nil {
            return issue(at: word.range, "'\(word.text)' is a built-in problem: it cannot be silenced",
                         "fix what it reports; remove '\(word.text)' from the comment")
        }
        let meant = Suggestion.closest(to: word.text, in: RuleRegistry.all.map(\.descriptor.name))
        return issue(at: word.range, "unknown rule '\(word.text)' in a suppression: it silences nothing",
                     meant.map(Suggestion.question) ?? RuleRegistry.hint(forUnknown: word.text),
                     fix: meant.map { .replacing(word, with: $0) })
    }

    private static func issue(at range: SourceRange, _ message: String, _ hint: String, fix: Fix? = nil) -> ReadIssue {
        ReadIssue(kind: .suppressionInvalid, range: range, message: message, hint: hint, fix: fix)
    }
}

extension Theme {
    /// `{{#asset}}name{{/asset}}` naming no file under `assets/` (a typo
    /// would link a stylesheet or script that is not there). The name is
    /// read as written (trimmed, as the lambda trims it): tags inside it are
    /// not rendered. A section may span lines.
    static func unknownAssets(_ sources: [String: TemplateSource], assets: AssetURLs, displayRoot: String) -> [Diagnostic] {
        let known = assets.paths.keys.sorted()
        let builtIn = DefaultTheme.assets.keys.map { $0.dropFirst(AssetURLs.folder.count) }.sorted().joined(separator: ", ")
        var problems: [Diagnostic] = []
        for (_, source) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in assetNames(in: source.text[...]) where assets.paths[reference.name] == nil {
                problems.append(BuiltinProblem.templateError.diagnostic(
                    file: source.file,
                    range: SourceRange(line: reference.line, column: reference.column),
                    message: "template links the asset '\(reference.name)', which does not exist",
                    hint: Suggestion.hint(for: reference.name, in: known)
                        ?? "name a file under assets/ (built in: \(builtIn)) or add \(displayRoot)/assets/\(reference.name)"))
            }
        }
        return problems
    }

    /// The names in the `{{#asset}}name{{/asset}}` sections of a template
    /// (trimmed), with the line and column (1-based, in characters) where each section starts.
    static func assetNames(in text: Substring) -> [(name: String, line: Int, column: Int)] {
        var found: [(name: String, line: Int, column: Int)] = []
        var rest = text
        var line = 1
        var lineStart = text.startIndex
        var counted = text.startIndex
        while let open = rest.range(of: "{{#") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            let tag = rest[..<close.lowerBound].trimmingWhitespace()
            rest = rest[close.upperBound...]
            guard tag == "asset", let end = rest.range(of: "{{/") else { continue }
            for index in text[counted..<open.lowerBound].indices where text[index] == "\n" || text[index] == "\r\n" {
                line += 1
                lineStart = text.index(after: index)
            }
            counted = open.lowerBound
            found.append((rest[..<end.lowerBound].trimmingWhitespace(), line,
                          text.distance(from: lineStart, to: open.lowerBound) + 1))
            rest = rest[end.upperBound...]
        }
        return found
    }
}

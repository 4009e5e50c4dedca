extension Theme {
    /// `{{#asset}}name{{/asset}}` naming no file under `assets/` (a typo
    /// would link a stylesheet or script that is not there). The name is
    /// read as written: tags inside it are not rendered.
    static func unknownAssets(_ sources: [String: TemplateSource], assets: AssetURLs, displayRoot: String) -> [Diagnostic] {
        let known = assets.paths.keys.sorted()
        let builtIn = DefaultTheme.assets.keys.map { $0.dropFirst(AssetURLs.folder.count) }.sorted().joined(separator: ", ")
        var problems: [Diagnostic] = []
        for (_, source) in sources.sorted(by: { $0.key < $1.key }) {
            for (number, line) in SourceText(source.text).lines.enumerated() {
                for (name, start) in assetNames(in: line) where assets.paths[name] == nil {
                    problems.append(BuiltinProblem.templateError.diagnostic(
                        file: source.file,
                        range: SourceRange(line: number + 1, column: line.distance(from: line.startIndex, to: start) + 1),
                        message: "template links the asset '\(name)', which does not exist",
                        hint: Suggestion.hint(for: name, in: known)
                            ?? "name a file under assets/ (built in: \(builtIn)) or add \(displayRoot)/assets/\(name)"))
                }
            }
        }
        return problems
    }

    /// The names in `{{#asset}}name{{/asset}}` sections on one line (trimmed),
    /// with where each section starts.
    static func assetNames(in line: Substring) -> [(name: String, start: String.Index)] {
        var found: [(name: String, start: String.Index)] = []
        var rest = line
        while let open = rest.range(of: "{{#") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            let tag = rest[..<close.lowerBound].trimmingWhitespace()
            rest = rest[close.upperBound...]
            guard tag == "asset", let end = rest.range(of: "{{/") else { continue }
            found.append((rest[..<end.lowerBound].trimmingWhitespace(), open.lowerBound))
            rest = rest[end.upperBound...]
        }
        return found
    }
}

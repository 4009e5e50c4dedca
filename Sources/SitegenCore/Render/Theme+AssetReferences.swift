extension Theme {
    /// `{{#asset}}name{{/asset}}` naming no file under `assets/` (a typo
    /// would link a stylesheet or script that is not there). The name is
    /// read as written: tags inside it are not rendered.
    static func unknownAssets(_ sources: [String: TemplateSource], assets: AssetURLs, displayRoot: String) -> [Diagnostic] {
        let known = assets.paths.keys.sorted()
        let builtIn = AssetURLs(assets: DefaultTheme.assets).paths.keys.sorted().joined(separator: ", ")
        var problems: [Diagnostic] = []
        for (_, source) in sources.sorted(by: { $0.key < $1.key }) {
            for (number, line) in SourceText(source.text).lines.enumerated() {
                for match in line.matches(of: assetSection) {
                    let name = String(match.output.1).trimmingWhitespace()
                    guard assets.paths[name] == nil else { continue }
                    problems.append(BuiltinProblem.templateError.diagnostic(
                        file: source.file,
                        range: SourceRange(line: number + 1, column: line.distance(from: line.startIndex, to: match.range.lowerBound) + 1),
                        message: "template links the asset '\(name)', which does not exist",
                        hint: Suggestion.hint(for: name, in: known)
                            ?? "name a file under assets/ (built in: \(builtIn)) or add \(displayRoot)/assets/\(name)"))
                }
            }
        }
        return problems
    }

    /// `{{#asset}}…{{/asset}}` on one line, with the text between the tags.
    private nonisolated(unsafe) static let assetSection =
        try! Regex<(Substring, Substring)>(#"\{\{#\s*asset\s*\}\}(.*?)\{\{/\s*asset\s*\}\}"#)
}

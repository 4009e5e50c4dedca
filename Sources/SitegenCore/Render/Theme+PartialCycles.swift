extension Theme {
    /// Partials that include themselves, directly or through others, with
    /// every inclusion on the way outside any section: rendering them never
    /// ends (it used to overflow the stack). An inclusion inside a section
    /// (`{{#children}}{{>nav-item}}{{/children}}`) ends with the data, so it is
    /// allowed; the template engine still stops any partial nested more than
    /// `MustacheLibrary.maximumPartialDepth` deep.
    static func partialCycles(_ sources: [String: TemplateSource]) -> [Diagnostic] {
        var edges: [String: [(partial: String, line: Int, column: Int)]] = [:]
        for (name, source) in sources {
            edges[name] = unconditionalPartials(in: source.text)
        }
        var problems: [Diagnostic] = []
        var reported: Set<String> = []
        for start in sources.keys.sorted() where !reported.contains(start) {
            // Depth-first from `start`, looking for a way back to it.
            var path: [String] = [start]
            var visited: Set<String> = [start]
            func search(_ name: String) -> Bool {
                for edge in edges[name] ?? [] {
                    if edge.partial == start { return true }
                    guard sources[edge.partial] != nil, visited.insert(edge.partial).inserted else { continue }
                    path.append(edge.partial)
                    if search(edge.partial) { return true }
                    path.removeLast()
                }
                return false
            }
            guard search(start), let source = sources[start] else { continue }
            reported.formUnion(path)
            let next = path.count > 1 ? path[1] : start
            let first = edges[start]?.first { $0.partial == next }
            problems.append(BuiltinProblem.templateError.diagnostic(
                file: source.file, range: first.map { SourceRange(line: $0.line, column: $0.column) },
                message: "partial '\(start)' includes itself (\((path + [start]).joined(separator: " → "))) outside any section: rendering it would never end",
                hint: "include it only inside a section that ends with the data, like {{#children}}{{>\(start)}}{{/children}}"))
        }
        return problems.sorted { $0.file < $1.file }
    }

    /// `{{>name}}` and `{{<name}}` tags outside every section (`{{#…}}`,
    /// `{{^…}}`), with their lines and columns.
    static func unconditionalPartials(in text: String) -> [(partial: String, line: Int, column: Int)] {
        var found: [(partial: String, line: Int, column: Int)] = []
        var frames: [Bool] = []  // open tags, true for sections (`#`, `^`), false for `<parent` and `$block`
        for tag in tags(in: text) {
            switch tag.sigil {
            case "#", "^": frames.append(true)
            case "$": frames.append(false)
            case "/": _ = frames.popLast()
            case ">", "<":
                if !frames.contains(true), !tag.name.isEmpty, !tag.name.hasPrefix("*") {
                    found.append((tag.name, tag.line, tag.column))
                }
                if tag.sigil == "<" { frames.append(false) }
            default: break
            }
        }
        return found
    }

    /// The tags of a template in order: the character after `{{`, the name
    /// after it (trimmed), and where the tag starts. A template that changes
    /// its delimiters (`{{=<% %>=}}`) is not read past that tag.
    static func tags(in text: String) -> [(sigil: Character, name: String, line: Int, column: Int)] {
        var found: [(sigil: Character, name: String, line: Int, column: Int)] = []
        for (number, line) in SourceText(text).lines.enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                let tag = rest[open.upperBound...]
                guard let sigil = tag.first, let close = tag.range(of: "}}") else { break }
                if sigil == "=" { return found }
                let name = tag[tag.index(after: tag.startIndex)..<close.lowerBound].trimmingWhitespace()
                found.append((sigil, String(name), number + 1, line.distance(from: line.startIndex, to: open.lowerBound) + 1))
                rest = tag[close.upperBound...]
            }
        }
        return found
    }
}

/// A hash per layout of every template it can reach (itself, its parents
/// and partials, transitively), so editing a partial re-renders only the
/// pages whose layout or tables use it.
struct TemplateKeys {
    private var keys: [String: Int] = [:]

    init(_ theme: Theme) {
        let sources = theme.templateSources
        var references: [String: Set<String>] = [:]
        for (name, source) in sources { references[name] = Self.referencedNames(in: source.text) }
        for name in sources.keys {
            var reached: Set<String> = [name]
            var queue = [name]
            while let next = queue.popLast() {
                for other in references[next] ?? [] where !reached.contains(other) {
                    reached.insert(other)
                    queue.append(other)
                }
            }
            keys[name] = ContentDigest.of(reached.sorted().map { [$0, sources[$0]?.text ?? ""] })
        }
    }

    /// The key for a page: its layout's templates and those of its tables.
    func key(layout: String, matrix: Bool, table: Bool) -> Int {
        var hasher = Hasher()
        hasher.combine(keys[layout] ?? 0)
        if matrix { hasher.combine(keys["matrix"] ?? 0) }
        if table {  // (a decision table's questions follow it: the decide template)
            hasher.combine(keys["table"] ?? 0)
            hasher.combine(keys["decide"] ?? 0)
        }
        return hasher.finalize()
    }

    /// Names after `{{>` and `{{<` in a template.
    static func referencedNames(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let sigil = rest.first, sigil == ">" || sigil == "<" else { continue }
            guard let close = rest.range(of: "}}") else { break }
            let name = rest[rest.index(after: rest.startIndex)..<close.lowerBound].trimmingWhitespace()
            if !name.isEmpty { names.insert(String(name)) }
            rest = rest[close.upperBound...]
        }
        return names
    }
}

extension TableAnnotation {
    /// Where the annotation writes its `id:` value, quotes included (`{id: prices}`,
    /// `{id: "my prices"}`), to point a finding at it or to rename it; nil when it writes none, or
    /// not on one line as read.
    func idSpan(in source: SourceText) -> (start: SourcePosition, end: SourcePosition)? {
        guard let entry = raw?.entries?.first(where: { $0.key == "id" }), case .scalar(let id, let start) = entry.value,
              let line = source.line(start.line) else { return nil }
        let scalars = Array(line.unicodeScalars)
        let first = start.column - 1
        guard first >= 0, first < scalars.count else { return nil }
        let quote = scalars[first]
        var end: Int
        if quote == "\"" || quote == "'" {
            // To the closing quote: `''` is a quote within single quotes, `\` escapes within double ones.
            end = first + 1
            while end < scalars.count {
                if quote == "'", scalars[end] == "'", end + 1 < scalars.count, scalars[end + 1] == "'" { end += 2; continue }
                if quote == "\"", scalars[end] == "\\" { end += 2; continue }
                if scalars[end] == quote { break }
                end += 1
            }
            guard end < scalars.count else { return nil }
            end += 1
        } else {
            let written = Array(id.unicodeScalars)
            end = first + written.count
            guard end <= scalars.count, Array(scalars[first..<end]) == written else { return nil }
        }
        return (start, SourcePosition(line: start.line, column: end + 1))
    }
}

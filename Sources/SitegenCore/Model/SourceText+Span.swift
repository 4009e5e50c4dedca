extension SourceText {
    /// The text from `start` up to (not including) `end`, lines joined with `\n`: what an edit
    /// over that span replaces.
    func text(from start: SourcePosition, to end: SourcePosition) -> String {
        guard start.line <= end.line else { return "" }
        return (start.line...end.line).map { number -> String in
            let scalars = (line(number) ?? "").unicodeScalars
            let from = number == start.line ? start.column - 1 : 0
            let to = number == end.line ? end.column - 1 : scalars.count
            return String(String.UnicodeScalarView(scalars.dropFirst(from).prefix(max(0, to - from))))
        }.joined(separator: "\n")
    }
}

/// Fixes to sitegen's own comments (suppressions).
extension Fix {
    /// Removes whole-line comments (a suppression and the `sitegen-enable` that ends it), a
    /// suggestion since it removes text. A comment's lines go; where text is right above and
    /// below it, a blank line stays, so the blocks around it do not join (a paragraph would
    /// take a table's header row). Nil when a comment shares a line with other text.
    static func removingComments(_ ranges: [SourceRange], in source: SourceText) -> Fix? {
        var edits: [TextEdit] = []
        for range in ranges {
            let first = range.start.line, last = range.end.line
            guard let opening = source.line(first), let closing = source.line(last),
                  opening.unicodeScalars.prefix(max(0, range.start.column - 1)).allSatisfy(\.properties.isWhitespace),
                  closing.unicodeScalars.dropFirst(max(0, range.end.column)).allSatisfy(\.properties.isWhitespace)
            else { return nil }
            let blankAbove = source.line(first - 1).map(Self.isBlank) ?? true
            let blankBelow = source.line(last + 1).map(Self.isBlank) ?? true
            edits.append(TextEdit(start: SourcePosition(line: first, column: 1), end: SourcePosition(line: last + 1, column: 1),
                                  replacement: blankAbove || blankBelow ? "" : "\n"))
        }
        let lines = ranges.map { "\($0.start.line)" }.joined(separator: " and ")
        return Fix(summary: "remove the comment\(ranges.count > 1 ? "s" : "") on line\(ranges.count > 1 ? "s" : "") \(lines)",
                   edits: edits, isSuggestion: true)
    }

    private static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// Replaces a misspelt word of a comment by the one meant: a suggestion (the guess may be wrong).
    static func replacing(_ word: CommentWords.Word, with meant: String) -> Fix {
        let end = SourcePosition(line: word.range.end.line, column: word.range.end.column + 1)
        return Fix(summary: "replace '\(word.text)' with '\(meant)'",
                   edits: [TextEdit(start: word.range.start, end: end, replacement: meant)], isSuggestion: true)
    }
}

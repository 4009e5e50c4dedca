/// The words of an HTML comment (between `<!--` and `-->`, split at
/// whitespace and commas), each with where it is in the file, so that a
/// diagnostic about one word of a directive points at that word.
enum CommentWords {
    struct Word: Equatable {
        var text: String
        var range: SourceRange
    }

    static func words(of comment: MarkdownComment, in source: SourceText) -> [Word] {
        var characters: [(scalar: Unicode.Scalar, position: SourcePosition)] = []
        let first = comment.range.start, last = comment.range.end
        for line in first.line...max(first.line, last.line) {
            guard let text = source.line(line) else { break }
            var column = 0
            for scalar in text.unicodeScalars {
                column += 1
                if line == first.line, column < first.column { continue }
                if line == last.line, column > last.column { break }
                characters.append((scalar, SourcePosition(line: line, column: column)))
            }
            characters.append(("\n", SourcePosition(line: line, column: column + 1)))
        }
        let scalars = characters.map(\.scalar)
        guard scalars.starts(with: "<!--".unicodeScalars) else {
            // Not where the comment was said to be: every word at the comment.
            return comment.body.split(whereSeparator: isSeparator).map { Word(text: String($0), range: comment.range) }
        }
        var end = scalars.count
        if let close = closingMarker(in: scalars) { end = close }
        var words: [Word] = []
        var index = 4
        while index < end {
            guard !isSeparator(Character(scalars[index])) else { index += 1; continue }
            let start = index
            while index < end, !isSeparator(Character(scalars[index])) { index += 1 }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<index])
            words.append(Word(text: String(text), range: SourceRange(start: characters[start].position,
                                                                     end: characters[index - 1].position)))
        }
        return words
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || character == ","
    }

    /// The offset of the last `-->`, if any.
    private static func closingMarker(in scalars: [Unicode.Scalar]) -> Int? {
        var index = scalars.count - 3
        while index >= 4 {
            if scalars[index] == "-", scalars[index + 1] == "-", scalars[index + 2] == ">" { return index }
            index -= 1
        }
        return nil
    }
}

/// Where a heading's text is written in its page: after an ATX heading's `#` marks and before
/// its closing `#`s, or a setext heading's line(s) above the underline; an explicit `{#id}` is
/// not part of it.
enum HeadingText {
    /// The span of the heading's text (end exclusive), with its `{#id}` when `withID`; nil when
    /// the source does not show it where the heading's range says (a heading built by other means).
    static func span(of heading: Heading, in source: SourceText, withID: Bool = false) -> (start: SourcePosition, end: SourcePosition)? {
        let explicitID = withID ? nil : heading.explicitID
        let first = heading.range.start.line, last = heading.range.end.line
        if last > first {
            // Setext: the text's lines are above the underline, the first line after the first
            // that is all `=` or all `-` (cmark-gfm may end the range on the line after it).
            guard let top = source.line(first),
                  let underline = (first + 1...last).first(where: { source.line($0).map(Self.isUnderline) ?? false }),
                  let bottom = source.line(underline - 1) else { return nil }
            let start = Self.firstNonBlank(top, from: heading.range.start.column)
            let end = Self.trimmedEnd(Array(bottom.unicodeScalars), upTo: bottom.unicodeScalars.count, explicitID: explicitID)
            guard underline - 1 > first || end > start else { return nil }
            return (SourcePosition(line: first, column: start + 1), SourcePosition(line: underline - 1, column: end + 1))
        }
        guard let line = source.line(first) else { return nil }
        let scalars = Array(line.unicodeScalars)
        var index = Self.firstNonBlank(line, from: heading.range.start.column)
        var marks = 0
        while index < scalars.count, scalars[index] == "#" { index += 1; marks += 1 }
        guard (1...6).contains(marks) else { return nil }
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        var end = Self.trimmedEnd(scalars, upTo: scalars.count, explicitID: nil)
        // A closing sequence: `#`s after a blank (or the whole text); then the `{#id}` before it.
        var hashes = end
        while hashes > index, scalars[hashes - 1] == "#" { hashes -= 1 }
        if hashes < end, hashes == index || scalars[hashes - 1] == " " || scalars[hashes - 1] == "\t" { end = hashes }
        end = max(index, Self.trimmedEnd(scalars, upTo: end, explicitID: explicitID))
        return (SourcePosition(line: first, column: index + 1), SourcePosition(line: first, column: end + 1))
    }

    /// The lines a heading is written on: an ATX heading's one, a setext heading's text and
    /// underline (cmark-gfm's range of a setext heading may take in the line after it).
    static func lines(of heading: Heading, in source: SourceText) -> ClosedRange<Int> {
        let first = heading.range.start.line, last = max(first, heading.range.end.line)
        guard last > first else { return first...first }
        return first...((first + 1...last).first { source.line($0).map(isUnderline) ?? false } ?? last)
    }

    /// Whether a line underlines a setext heading: `=`s or `-`s alone, after container marks.
    static func isUnderline(_ line: Substring) -> Bool {
        let rest = line.unicodeScalars.drop { $0.isContainerMark }
        guard let mark = rest.first, mark == "=" || mark == "-" else { return false }
        let marks = rest.prefix { $0 == mark }
        return rest.dropFirst(marks.count).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The 0-based index of the first scalar from 1-based `column` on that is not a blank.
    private static func firstNonBlank(_ line: Substring, from column: Int) -> Int {
        var index = max(0, column - 1)
        let scalars = Array(line.unicodeScalars)
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        return index
    }

    /// The 0-based end of a heading line's text before `end`: trailing blanks and the `{#id}` left out.
    private static func trimmedEnd(_ scalars: [Unicode.Scalar], upTo end: Int, explicitID: String?) -> Int {
        var end = end
        func trimBlanks() { while end > 0, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 } }
        trimBlanks()
        if let explicitID {
            let written = Array("{#\(explicitID)}".unicodeScalars)
            if end >= written.count, Array(scalars[(end - written.count)..<end]) == written {
                end -= written.count
                trimBlanks()
            }
        }
        return end
    }
}

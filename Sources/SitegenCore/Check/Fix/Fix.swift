/// A change to a page's source that repairs what a diagnostic reports.
///
/// Safe fixes (`isSuggestion == false`) only add blank lines or empty cells:
/// they never remove or reword content, so `sitegen check --fix` applies them
/// without asking. Suggestions (e.g. turning a heading-like line into a
/// heading) change meaning and are applied only with `--fix-suggestions`.
public struct Fix: Sendable, Hashable {
    /// What the fix does, for `--fix` output: "insert a blank line before line 13".
    public var summary: String
    public var edits: [TextEdit]
    public var isSuggestion: Bool

    public init(summary: String, edits: [TextEdit], isSuggestion: Bool = false) {
        self.summary = summary
        self.edits = edits
        self.isSuggestion = isSuggestion
    }

    /// Inserts an empty line before `line` (so a block ends on the line above).
    public static func blankLine(before line: Int) -> Fix {
        Fix(summary: "insert a blank line before line \(line)", edits: [.insert("\n", at: SourcePosition(line: line, column: 1))])
    }

    /// "a blank line", or inside a block quote "a line `>`": what ``blankLine(before:in:)`` inserts,
    /// for a hint.
    public static func blankLineWords(before line: Int, in source: SourceText) -> String {
        let fix = blankLine(before: line, in: source)
        let inserted = fix.edits.first?.replacement.dropLast() ?? ""
        return inserted.isEmpty ? "a blank line" : "a line `\(inserted)`"
    }

    /// Inserts an empty line before `line` inside the block quote that line is in: the line's
    /// quote marks alone (`>`), which end a table or paragraph without ending the quote. Outside
    /// a quote, an empty line.
    public static func blankLine(before line: Int, in source: SourceText) -> Fix {
        let marks = source.line(line)?.leadingContainerMarks ?? Substring().unicodeScalars
        guard let last = marks.lastIndex(of: ">") else { return blankLine(before: line) }
        let quote = String(String.UnicodeScalarView(marks[...last]))
        return Fix(summary: "insert an empty quoted line (`\(quote)`) before line \(line)",
                   edits: [.insert(quote + "\n", at: SourcePosition(line: line, column: 1))])
    }
}

/// Replaces the text from `start` up to (not including) `end` with
/// `replacement`. Positions are 1-based lines and Unicode-scalar columns;
/// `start == end` inserts. A `\n` in the replacement is written with the
/// file's own line ending.
public struct TextEdit: Sendable, Hashable {
    public var start: SourcePosition
    public var end: SourcePosition
    public var replacement: String

    public init(start: SourcePosition, end: SourcePosition, replacement: String) {
        self.start = start
        self.end = end
        self.replacement = replacement
    }

    public static func insert(_ text: String, at position: SourcePosition) -> TextEdit {
        TextEdit(start: position, end: position, replacement: text)
    }
}

/// Positions as the Language Server Protocol counts them: 0-based lines and UTF-16 code units
/// within a line, from sitegen's 1-based lines and Unicode-scalar columns.
enum LSPPosition {
    /// The position before scalar `column` (1-based) of `line` (1-based) in `text`'s lines; a
    /// column past the line's end is its end, a line past the last is the end of the text.
    static func of(line: Int, column: Int, in lines: [Substring]) -> [String: Int] {
        guard line >= 1 else { return ["line": 0, "character": 0] }
        guard line <= lines.count else {
            return ["line": max(0, lines.count - 1), "character": lines.last.map(utf16Length) ?? 0]
        }
        let text = lines[line - 1]
        var units = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index >= column - 1 { break }
            units += scalar.utf16.count
        }
        return ["line": line - 1, "character": units]
    }

    /// The 1-based scalar column at UTF-16 offset `character` of `line`.
    static func column(ofUTF16 character: Int, in line: Substring) -> Int {
        var units = 0, column = 1
        for scalar in line.unicodeScalars {
            if units >= character { break }
            units += scalar.utf16.count
            column += 1
        }
        return column
    }

    /// A sitegen range (end column inclusive) as an LSP range (end exclusive); a finding about a
    /// whole file is at its start.
    static func range(_ range: SourceRange?, in lines: [Substring]) -> [String: Any] {
        guard let range else { return ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]] }
        return ["start": of(line: range.start.line, column: range.start.column, in: lines),
                "end": of(line: range.end.line, column: range.end.column + 1, in: lines)]
    }

    /// An edit's range (end exclusive already).
    static func range(from start: SourcePosition, to end: SourcePosition, in lines: [Substring]) -> [String: Any] {
        ["start": of(line: start.line, column: start.column, in: lines), "end": of(line: end.line, column: end.column, in: lines)]
    }

    /// The whole text, for an edit that replaces it.
    static func wholeText(_ lines: [Substring]) -> [String: Any] {
        ["start": ["line": 0, "character": 0], "end": ["line": max(0, lines.count - 1), "character": lines.last.map(utf16Length) ?? 0]]
    }

    static func utf16Length(_ line: Substring) -> Int { line.utf16.count }

    /// A text's lines, split at `\n` and `\r\n`.
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }
}

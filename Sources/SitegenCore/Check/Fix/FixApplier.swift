/// Applies fixes to a source text, all positions read in the original text.
/// A fix whose edits overlap an edit already taken is left for a later pass;
/// identical edits (two rules asking for the same blank line) are applied once.
public enum FixApplier {
    public static func apply(_ fixes: [Fix], to source: SourceText) -> (text: String, applied: [Fix]) {
        var accepted: [TextEdit] = []
        var applied: [Fix] = []
        let ordered = fixes.enumerated().sorted { a, b in
            (a.element.edits.map(\.start).min() ?? SourcePosition(line: 0, column: 0), a.offset)
                < (b.element.edits.map(\.start).min() ?? SourcePosition(line: 0, column: 0), b.offset)
        }.map(\.element)
        for fix in ordered {
            let new = fix.edits.filter { !accepted.contains($0) }
            guard !new.contains(where: { edit in accepted.contains { overlaps($0, edit) } }) else { continue }
            accepted += new
            applied.append(fix)
        }
        guard !accepted.isEmpty else { return (source.text, []) }
        let newline = source.text.contains("\r\n") ? "\r\n" : (source.text.contains("\r") ? "\r" : "\n")
        // In position order; among insertions at one point, in the order the fixes were taken.
        var result = ""
        var done = source.text.startIndex
        for edit in accepted.enumerated().sorted(by: { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }).map(\.element) {
            guard let lower = index(of: edit.start, in: source), let upper = index(of: edit.end, in: source),
                  lower >= done else { continue }
            result += source.text[done..<lower]
            result += edit.replacement.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: newline)
            done = max(lower, upper)
        }
        result += source.text[done...]
        return (result, applied)
    }

    /// Two edits touch the same text (insertions at one point do not overlap).
    static func overlaps(_ a: TextEdit, _ b: TextEdit) -> Bool {
        a.start < b.end && b.start < a.end
    }

    /// The string index of a position; a column past the end of a line is the line's end.
    static func index(of position: SourcePosition, in source: SourceText) -> String.Index? {
        if position.line == source.lineCount + 1 { return source.text.endIndex }
        guard let line = source.line(position.line) else { return nil }
        let scalars = line.unicodeScalars
        return scalars.index(scalars.startIndex, offsetBy: max(0, position.column - 1), limitedBy: scalars.endIndex)
            ?? scalars.endIndex
    }
}

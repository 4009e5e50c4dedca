/// An inline comment that silences rules:
///
/// - `<!-- sitegen-disable-next-line table-blank-row -->` — the next line (the
///   next block when the comment is followed by a table: the whole table);
/// - `<!-- sitegen-disable table-blank-row -->` … `<!-- sitegen-enable table-blank-row -->` — a region;
/// - `<!-- sitegen-disable-file fact-conflict -->` — the whole file.
///
/// Without rule names the comment applies to every rule. Text after ` -- ` is
/// the reason, for readers: `<!-- sitegen-disable-next-line fact-conflict -- prices differ by region -->`.
public struct Suppression: Sendable, Hashable {
    /// Rule names or ids; empty means all rules.
    public var rules: [String]
    /// First and last suppressed line (inclusive).
    public var lines: ClosedRange<Int>
    /// The comment.
    public var range: SourceRange
    /// The `sitegen-enable` comment that ends a region, if one does.
    public var closingRange: SourceRange?

    public init(rules: [String], lines: ClosedRange<Int>, range: SourceRange, closingRange: SourceRange? = nil) {
        self.rules = rules
        self.lines = lines
        self.range = range
        self.closingRange = closingRange
    }

    public func covers(rule id: String, name: String, line: Int?) -> Bool {
        // Ids in any case, as in sitegen.yml (`tbl001` is `TBL001`).
        guard rules.isEmpty || rules.contains(name) || rules.contains(where: { $0.uppercased() == id }) else { return false }
        guard let line else { return lines.lowerBound <= 1 }
        return lines.contains(line)
    }
}

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
    /// Rule names or ids as written; empty means all rules.
    public let rules: [String]
    /// The ids of the rules `rules` names (names and ids resolved, ids in any case as in sitegen.yml).
    public let ruleIDs: Set<String>
    /// Whether a word of `rules` names no rule (`suppression-invalid` reports it).
    public let namesUnknownRule: Bool
    /// First and last suppressed line (inclusive).
    public var lines: ClosedRange<Int>
    /// The comment.
    public var range: SourceRange
    /// The `sitegen-enable` comment that ends a region, if one does.
    public var closingRange: SourceRange?

    public init(rules: [String], lines: ClosedRange<Int>, range: SourceRange, closingRange: SourceRange? = nil) {
        self.rules = rules
        let resolved = rules.map { RuleRegistry.rule(named: $0)?.descriptor.id }
        ruleIDs = Set(resolved.compactMap { $0 })
        namesUnknownRule = resolved.contains(nil)
        self.lines = lines
        self.range = range
        self.closingRange = closingRange
    }

    /// What it answers to in a ``SuppressionIndex``: its words and rule ids, or `*` for every rule.
    var keys: [String] {
        rules.isEmpty ? [SuppressionIndex.everyRule] : Set(rules).union(ruleIDs).sorted()
    }

    /// Whether a finding of the rule (by id, or by name for a rule outside the library) on `line`
    /// (nil: about the whole file) is silenced.
    public func covers(rule id: String, name: String, line: Int?) -> Bool {
        if let line { guard lines.contains(line) else { return false } } else { guard lines.lowerBound <= 1 else { return false } }
        return rules.isEmpty || ruleIDs.contains(id) || rules.contains(name)
    }
}

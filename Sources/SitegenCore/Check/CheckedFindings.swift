/// Findings of a check, and which suppressions silenced one: by file, the
/// indices in that page's ``Page/suppressions``. What no finding used is
/// reported by ``SuppressionUnused``.
public struct CheckedFindings: Sendable, Equatable {
    public var findings: [Diagnostic] = []
    public var silenced: [String: Set<Int>] = [:]

    public init(findings: [Diagnostic] = [], silenced: [String: Set<Int>] = [:]) {
        self.findings = findings
        self.silenced = silenced
    }

    public mutating func merge(_ other: CheckedFindings) {
        findings += other.findings
        silenced.merge(other.silenced) { $0.union($1) }
    }

    /// The suppressions that silenced something in any of `parts`.
    public static func silenced(in parts: some Sequence<CheckedFindings>) -> [String: Set<Int>] {
        var silenced: [String: Set<Int>] = [:]
        for part in parts where !part.silenced.isEmpty { silenced.merge(part.silenced) { $0.union($1) } }
        return silenced
    }
}

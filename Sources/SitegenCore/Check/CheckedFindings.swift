/// Findings of a check, and what suppressions silenced, by file. A suppression
/// that silenced nothing is reported by ``SuppressionUnused``.
public struct CheckedFindings: Sendable, Equatable {
    public var findings: [Diagnostic] = []
    public var silenced: [String: [SilencedFinding]] = [:]

    public init(findings: [Diagnostic] = [], silenced: [String: [SilencedFinding]] = [:]) {
        self.findings = findings
        self.silenced = silenced
    }

    public mutating func merge(_ other: CheckedFindings) {
        findings += other.findings
        silenced.merge(other.silenced) { $0 + $1 }
    }

    /// What suppressions silenced in any of `parts`.
    public static func silenced(in parts: some Sequence<CheckedFindings>) -> [String: [SilencedFinding]] {
        var silenced: [String: [SilencedFinding]] = [:]
        for part in parts where !part.silenced.isEmpty { silenced.merge(part.silenced) { $0 + $1 } }
        return silenced
    }
}

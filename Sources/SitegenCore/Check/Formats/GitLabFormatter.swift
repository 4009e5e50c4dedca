/// `--format gitlab`: a GitLab Code Quality report (the subset of the Code Climate format GitLab
/// reads from a job's `artifacts:reports:codequality`), one issue per finding, shown in the merge
/// request's Code Quality widget and diff:
///
/// ```json
/// [{"check_name":"table-column-count","description":"row has 3 cells, header has 2 (TBL001); hint: …",
///   "fingerprint":"9f2c…","location":{"lines":{"begin":12,"end":12},"path":"Content/x.md"},"severity":"major"}]
/// ```
///
/// Errors are `major`, warnings `minor`, notes `info`. A finding's fingerprint, which GitLab tells
/// new findings from fixed ones by, is a digest of its file, rule, message and the text of its
/// line (not its number: a line added above moves a finding without making it new), and how many
/// such findings came before it. A finding about a whole file is on its line 1.
public struct GitLabFormatter: Sendable {
    /// The text of a line of a file (as diagnostics name it), for fingerprints.
    let line: @Sendable (_ file: String, _ line: Int) -> String?

    public init(line: @escaping @Sendable (_ file: String, _ line: Int) -> String? = { _, _ in nil }) {
        self.line = line
    }

    public func format(_ diagnostics: [Diagnostic], summary: CheckSummary) -> String {
        var seen: [String: Int] = [:]
        let issues = diagnostics.map { diagnostic -> [String: Any] in
            let begin = diagnostic.range?.start.line ?? 1
            let text = diagnostic.range.flatMap { line(diagnostic.file, $0.start.line) } ?? ""
            let key = [diagnostic.file, diagnostic.id, diagnostic.message, text.trimmingWhitespace()].joined(separator: "\u{0}")
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            var description = "\(diagnostic.message) (\(diagnostic.id))"
            if let hint = diagnostic.hint { description += "; hint: \(hint)" }
            return [
                "check_name": diagnostic.name,
                "description": description,
                "fingerprint": Self.fingerprint(key + "\u{0}\(occurrence)"),
                "severity": Self.severity(diagnostic.severity),
                "location": ["path": diagnostic.file,
                             "lines": ["begin": begin, "end": diagnostic.range?.end.line ?? begin]],
            ]
        }
        return JSONFormatter.serialize(issues) + "\n"
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "major"
        case .warning: return "minor"
        case .info: return "info"
        }
    }

    /// 32 hex digits: two stable 64-bit digests, of the key and of the key read backwards.
    static func fingerprint(_ key: String) -> String {
        let bytes = Array(key.utf8)
        return [StableDigest.of(bytes), StableDigest.of(bytes.reversed())].map { digest in
            let hex = String(digest, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}

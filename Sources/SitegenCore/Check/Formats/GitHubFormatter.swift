/// `--format github`: GitHub Actions workflow commands, one per finding,
/// which the runner turns into annotations on the changed lines:
///
/// ```
/// ::error file=Content/x.md,line=12,endLine=12,col=1,endColumn=14,title=table-column-count (TBL001)::row has 3 cells…
/// ```
///
/// Property values escape `%`, CR, LF, `:` and `,`; the message escapes `%`,
/// CR and LF (the hint follows the message on its own line).
public struct GitHubFormatter: Sendable {
    public init() {}

    public func format(_ diagnostics: [Diagnostic], summary: CheckSummary) -> String {
        var out = ""
        for diagnostic in diagnostics {
            var properties = ["file=\(Self.escapeProperty(diagnostic.file))"]
            if let range = diagnostic.range {
                properties += ["line=\(range.start.line)", "endLine=\(range.end.line)", "col=\(range.start.column)",
                               "endColumn=\(range.end.column)"]
            }
            properties.append("title=\(Self.escapeProperty("\(diagnostic.name) (\(diagnostic.id))"))")
            var message = diagnostic.message
            if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
            out += "::\(Self.command(diagnostic.severity)) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
        }
        out += "sitegen: \(summary.counts)\n"
        return out
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// Escaping for the message part of a workflow command.
    public static func escapeData(_ text: String) -> String { escape(text, property: false) }

    /// Escaping for a property value (`file=…`, `title=…`).
    public static func escapeProperty(_ text: String) -> String { escape(text, property: true) }

    static func escape(_ text: String, property: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where property: out += "%3A"
            case "," where property: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

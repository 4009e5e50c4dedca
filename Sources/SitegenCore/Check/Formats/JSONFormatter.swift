import Foundation

/// `--format json`: one document, keys sorted, lines and columns 1-based
/// (columns count Unicode scalars; `endColumn` is inclusive), `file`
/// relative to the site root. `line`/`column`/`endLine`/`endColumn` are null
/// for a finding about a whole file, `hint` is null when there is none.
///
/// ```json
/// {"diagnostics":[{"column":1,"endColumn":14,"endLine":12,"file":"Content/x.md","hint":"…","id":"TBL001",
///   "line":12,"message":"row has 3 cells, header has 2","name":"table-column-count","severity":"error"}],
///  "summary":{"errors":1,"files":3,"tables":4,"warnings":0},"version":1}
/// ```
public struct JSONFormatter: Sendable {
    public init() {}

    public func format(_ diagnostics: [Diagnostic], summary: CheckSummary) -> String {
        let document: [String: Any] = [
            "version": 1,
            "diagnostics": diagnostics.map(Self.object),
            "summary": ["files": summary.files, "tables": summary.tables, "errors": summary.errors,
                        "warnings": summary.warnings],
        ]
        return Self.serialize(document) + "\n"
    }

    static func object(_ diagnostic: Diagnostic) -> [String: Any] {
        let range = diagnostic.range
        return [
            "id": diagnostic.id, "name": diagnostic.name, "severity": diagnostic.severity.rawValue,
            "file": diagnostic.file,
            "line": range.map { $0.start.line as Any } ?? NSNull(), "column": range.map { $0.start.column as Any } ?? NSNull(),
            "endLine": range.map { $0.end.line as Any } ?? NSNull(), "endColumn": range.map { $0.end.column as Any } ?? NSNull(),
            "message": diagnostic.message, "hint": diagnostic.hint.map { $0 as Any } ?? NSNull(),
        ]
    }

    /// Stable JSON: sorted keys, no escaped slashes.
    static func serialize(_ object: Any, pretty: Bool = false) -> String {
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { options.insert(.prettyPrinted) }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

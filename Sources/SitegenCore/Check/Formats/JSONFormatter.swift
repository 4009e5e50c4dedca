import Foundation

/// `--format json`: one document, keys sorted, lines and columns 1-based
/// (columns count Unicode scalars; `endColumn` is inclusive), `file`
/// relative to the site root. `line`/`column`/`endLine`/`endColumn` are null
/// for a finding about a whole file, `hint` is null when there is none. A finding that points at
/// other places too (the first statement of a conflicting fact, the number written the other way)
/// has `related`: `[{"file","line","column","endLine","endColumn","message"}]`.
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
        var object = place(diagnostic.file, diagnostic.range, message: diagnostic.message)
        object["id"] = diagnostic.id
        object["name"] = diagnostic.name
        object["severity"] = diagnostic.severity.rawValue
        object["hint"] = diagnostic.hint.map { $0 as Any } ?? NSNull()
        if !diagnostic.related.isEmpty {
            object["related"] = diagnostic.related.map { place($0.file, $0.range, message: $0.message) }
        }
        return object
    }

    /// A file, a range in it (nulls for the whole file) and what is said there.
    private static func place(_ file: String, _ range: SourceRange?, message: String) -> [String: Any] {
        [
            "file": file, "message": message,
            "line": range.map { $0.start.line as Any } ?? NSNull(), "column": range.map { $0.start.column as Any } ?? NSNull(),
            "endLine": range.map { $0.end.line as Any } ?? NSNull(), "endColumn": range.map { $0.end.column as Any } ?? NSNull(),
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

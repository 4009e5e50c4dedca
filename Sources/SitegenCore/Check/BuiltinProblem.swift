/// Problems that stop a build before rules can run, or that concern the build
/// itself rather than the content: configuration, files, templates, output.
public struct BuiltinProblem: Sendable, Hashable {
    public let id: String
    public let name: String
    public let summary: String

    public func diagnostic(file: String, range: SourceRange?, message: String, hint: String?) -> Diagnostic {
        Diagnostic(id: id, name: name, severity: .error, file: file, range: range, message: message, hint: hint)
    }

    public static let configInvalid = BuiltinProblem(
        id: "SG001", name: "config-invalid", summary: "sitegen.yml cannot be read or has a value of the wrong type")
    public static let configUnknownKey = BuiltinProblem(
        id: "SG002", name: "config-unknown-key", summary: "sitegen.yml has a setting sitegen does not know")
    public static let fileUnreadable = BuiltinProblem(
        id: "SG003", name: "file-unreadable", summary: "a content file or folder cannot be read")
    public static let fileEncoding = BuiltinProblem(
        id: "SG004", name: "file-encoding", summary: "a content file is not valid UTF-8 or holds NUL bytes")
    public static let pathUnsafe = BuiltinProblem(
        id: "SG005", name: "path-unsafe", summary: "a path leaves the content folder or the output folder is unsafe")
    public static let templateError = BuiltinProblem(
        id: "SG006", name: "template-error", summary: "a template has a syntax error or refers to a missing partial")

    public static let schemaInvalid = BuiltinProblem(
        id: "SG007", name: "schema-invalid", summary: "a table schema file cannot be read or has unknown keys")

    public static let tableTooLarge = BuiltinProblem(
        id: "SG008", name: "table-too-large",
        summary: "a table would need more than 524,288 empty cells (a wide header over many short lines)")

    public static let contentEmpty = BuiltinProblem(
        id: "SG009", name: "content-empty", summary: "the content folder has no Markdown page (no .md file)")

    public static let outputReserved = BuiltinProblem(
        id: "SG010", name: "output-reserved",
        summary: "a content file would be copied where sitegen writes a file of its own (a page, search index, theme asset, 404 page, sitemap)")

    public static let all: [BuiltinProblem] = [
        configInvalid, configUnknownKey, fileUnreadable, fileEncoding, pathUnsafe, templateError, schemaInvalid,
        tableTooLarge, contentEmpty, outputReserved,
    ]
}

import Foundation

/// `--format sarif`: a SARIF 2.1.0 log for GitHub code scanning and other
/// SARIF viewers. The driver lists every rule (and the built-in problems)
/// with its name, descriptions and default level; results point at their
/// rule by id and index. Columns count Unicode code points
/// (`columnKind: unicodeCodePoints`); SARIF's `endColumn` is exclusive, so
/// it is one past the last column of the finding.
public struct SARIFFormatter: Sendable {
    public var rules: [RuleDescriptor]

    public init(rules: [RuleDescriptor] = RuleRegistry.all.map(\.descriptor)) {
        self.rules = rules
    }

    public func format(_ diagnostics: [Diagnostic], summary: CheckSummary) -> String {
        var reportingRules: [[String: Any]] = rules.map { descriptor in
            [
                "id": descriptor.id, "name": descriptor.name,
                "shortDescription": ["text": descriptor.summary], "fullDescription": ["text": descriptor.doc],
                "defaultConfiguration": ["level": Self.level(descriptor.severity)],
                "properties": ["category": descriptor.category.rawValue, "fixable": descriptor.fixable],
            ]
        }
        reportingRules += BuiltinProblem.all.map { problem in
            [
                "id": problem.id, "name": problem.name,
                "shortDescription": ["text": problem.summary], "fullDescription": ["text": problem.summary],
                "defaultConfiguration": ["level": "error"],
            ]
        }
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in reportingRules.enumerated() { ruleIndex[rule["id"] as! String] = index }
        let results: [[String: Any]] = diagnostics.map { diagnostic in
            var message = diagnostic.message
            if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
            var result: [String: Any] = [
                "ruleId": diagnostic.id, "level": Self.level(diagnostic.severity), "message": ["text": message],
                "locations": [Self.location(file: diagnostic.file, range: diagnostic.range)],
            ]
            if let index = ruleIndex[diagnostic.id] { result["ruleIndex"] = index }
            if !diagnostic.related.isEmpty {
                result["relatedLocations"] = diagnostic.related.enumerated().map { index, related in
                    var location = Self.location(file: related.file, range: related.range)
                    location["id"] = index
                    location["message"] = ["text": related.message]
                    return location
                }
            }
            return result
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": [
                    "name": SitegenInfo.name, "version": SitegenInfo.version, "semanticVersion": SitegenInfo.version,
                    "informationUri": SitegenInfo.informationURI, "rules": reportingRules,
                ]],
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": ["files": summary.files, "tables": summary.tables, "errors": summary.errors,
                               "warnings": summary.warnings],
            ]],
        ]
        return JSONFormatter.serialize(log, pretty: true) + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    static func location(file: String, range: SourceRange?) -> [String: Any] {
        var physical: [String: Any] = ["artifactLocation": ["uri": Self.uri(file)]]
        if let range {
            physical["region"] = [
                "startLine": range.start.line, "startColumn": range.start.column,
                "endLine": range.end.line, "endColumn": range.end.column + 1,
            ]
        }
        return ["physicalLocation": physical]
    }

    /// A relative URI reference: path segments percent-encoded as needed.
    static func uri(_ file: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#[]@!$&'()*+,;=:")
        allowed.insert(charactersIn: "/")
        return file.addingPercentEncoding(withAllowedCharacters: allowed) ?? file
    }
}

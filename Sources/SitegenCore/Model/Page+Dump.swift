/// A stable, readable tree of a page's model with source positions, for
/// tests (a row glued onto its table names its role after its line):
///
/// ```
/// page Content/a.md "Title" lang=en route=a/index.html
///   heading h2 #second 12:1-12:20 "Second"
///   table table-1 plain 14:1-17:5
///     header 14 | a@14:2 | b@14:6 |
///     row 16 "| 1 | 2 |" | 1@16:2 =text("1") | 2@16:6 =text("2") |
///     row 17 glued-prose "Text." | Text.@17:1 =text("Text.") | @padding =empty |
/// ```
extension Page {
    public func dump() -> String {
        var lines = ["page \(file) \"\(title)\" lang=\(lang) route=\(route.outputPath)"]
        for heading in headings {
            lines.append("  heading h\(heading.level) #\(heading.anchor) \(heading.range) \"\(heading.text)\"")
        }
        for link in links {
            lines.append("  link \(link.range) \(link.destination) -> \(link.target)")
        }
        for table in tables { lines += table.dump().map { "  " + $0 } }
        for issue in issues {
            lines.append("  issue \(issue.kind.rawValue) \(issue.range.map(\.description) ?? "-") \(issue.message)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension DecisionTable {
    public func dump() -> [String] {
        var lines = ["table \(id) \(kind.rawValue) \(range)\(schema.map { " schema=\($0.name)" } ?? "")"]
        lines.append("  header \(header.line) |" + header.cells.map { " \(Self.dump($0, typed: false)) |" }.joined())
        for row in rows {
            let role = row.role == .body ? "" : " " + row.role.rawValue
            lines.append("  row \(row.line)\(role) \"\(row.rawLine)\" |" + row.cells.map { " \(Self.dump($0, typed: true)) |" }.joined())
        }
        return lines
    }

    static func dump(_ cell: TableCell, typed: Bool) -> String {
        let position = cell.range.map { "@\($0.start)" } ?? "@padding"
        let value = typed ? " =\(cell.value)" : ""
        return "\(cell.text)\(position)\(value)"
    }
}

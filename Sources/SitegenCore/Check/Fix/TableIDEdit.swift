import Foundation

/// Where and how to write a table's id: over the `id:` its annotation writes, into the annotation,
/// or as a new annotation above the table. For renaming a table (`sitegen lsp`) and the fixes of
/// `table-id-invalid`.
enum TableIDEdit {
    /// The edit that gives `table` the id: over the written one, into its annotation, or a new
    /// annotation on the line above it (after the same block quote marks or indent); nil when the
    /// annotation writes its id otherwise (over lines) or the table starts after a list marker.
    static func edit(giving table: DecisionTable, in page: Page, id: String) -> TextEdit? {
        guard let annotation = table.annotation else {
            let line = page.source.line(table.range.start.line) ?? ""
            let prefix = String(String.UnicodeScalarView(line.unicodeScalars.prefix(table.range.start.column - 1)))
            guard prefix.unicodeScalars.allSatisfy({ $0 == ">" || $0 == " " || $0 == "\t" }) else {
                return nil  // (after a list marker: no line to add it on)
            }
            return TextEdit.insert("\(prefix)<!-- \(AnnotationParser.tableMarker) {id: \(yaml(id, like: nil))} -->\n",
                                   at: SourcePosition(line: table.range.start.line, column: 1))
        }
        if let span = annotation.idSpan(in: page.source) {
            let written = page.source.text(from: span.start, to: span.end)
            return TextEdit(start: span.start, end: span.end, replacement: yaml(id, like: written.unicodeScalars.first))
        }
        guard annotation.raw?.entries?.contains(where: { $0.key == "id" }) != true else {
            return nil
        }
        // After the marker: a flow mapping (`{kind: matrix}`), nothing (`<!-- sitegen:table -->`), or
        // a block mapping on the lines below.
        let number = annotation.range.start.line
        let line = page.source.line(number) ?? ""
        guard let marker = line.range(of: AnnotationParser.tableMarker) else { return nil }
        let scalars = Array(line.unicodeScalars)
        let end = line.unicodeScalars.distance(from: line.startIndex, to: marker.upperBound)
        var next = end
        while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
        let rest = String(String.UnicodeScalarView(scalars[next...]))
        if rest.hasPrefix("{") {
            let empty = rest.dropFirst().trimmingWhitespace().hasPrefix("}")
            return TextEdit.insert("id: \(yaml(id, like: nil))" + (empty ? "" : ", "), at: SourcePosition(line: number, column: next + 2))
        }
        if rest.hasPrefix("-->") {
            return TextEdit.insert(" {id: \(yaml(id, like: nil))}", at: SourcePosition(line: number, column: end + 1))
        }
        guard rest.isEmpty, annotation.range.end.line > number else { return nil }
        // The block mapping's first key sets the indent.
        let below = page.source.line(number + 1) ?? ""
        let indent = String(below.prefix { $0 == " " || $0 == "\t" })
        return TextEdit.insert("\(indent)id: \(yaml(id, like: nil))\n", at: SourcePosition(line: number + 1, column: 1))
    }

    /// `id` as a YAML scalar in a flow mapping: in the quotes the old value used, else plain when
    /// YAML reads it back as written, else in double quotes.
    static func yaml(_ id: String, like quote: Unicode.Scalar?) -> String {
        if quote == "'" { return "'" + id.replacingOccurrences(of: "'", with: "''") + "'" }
        let special = Set(",[]{}#&*!|>'\"%@`:?".unicodeScalars)
        let words: Set<String> = ["null", "~", "true", "false", "yes", "no", "on", "off"]
        let plain = quote != "\"" && !id.unicodeScalars.contains(where: special.contains) && id.first != "-" && !words.contains(id.lowercased())
        return plain ? id : "\"" + id.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

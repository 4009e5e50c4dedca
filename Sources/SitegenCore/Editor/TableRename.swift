/// Renaming a table's id: the `id:` of its annotation (written over, or added: into the annotation,
/// or as a new one above the table), the same table's in the page's translations (the table at the
/// same place with the same id), and the fragment of every link of the site to `#tbl-ID` or
/// `#matrix-ID` on any of those pages.
struct TableRename: SiteRename {
    enum Failure: Error, Equatable, CustomStringConvertible {
        case invalid(String)
        case taken(id: String, file: String, line: Int)
        case notWritten(file: String, line: Int)

        var description: String {
            switch self {
            case .invalid(let problem): problem
            case .taken(let id, let file, let line): "the table at \(file):\(line) has the id '\(id)' already"
            case .notWritten(let file, let line):
                "the annotation at \(file):\(line) does not write its id where it can be changed: write {id: …} in it by hand"
            }
        }
    }

    var edits: [String: [TextEdit]] = [:]
    var unplaced: [(file: String, range: SourceRange)] = []

    init(table index: Int, of page: Page, to newID: String, in site: Site) throws(Failure) {
        let id = newID.trimmingWhitespace()
        if let problem = TableID.problem(id) { throw .invalid(problem) }
        let old = page.tables[index].id
        guard id != old else { return }
        // The page and its translations whose table at this place has the same id.
        let folders = site.config.languages.map(\.tag)
        let group = SiteLanguage.translationGroups(of: site.pages, folders: folders)
            .first { $0.contains { site.pages[$0].file == page.file } }
        let pages = [page] + (group ?? []).map { site.pages[$0] }.filter {
            $0.file != page.file && index < $0.tables.count && $0.tables[index].id == old
        }
        for renamed in pages {
            if let other = renamed.tables.first(where: { $0.id == id }) {
                throw .taken(id: id, file: renamed.file, line: other.range.start.line)
            }
            edits[renamed.file, default: []].append(try Self.idEdit(renamed.tables[index], in: renamed, to: id))
            for prefix in ["tbl-", "matrix-"] {
                LinkReferences.renameFragments(to: renamed.contentPath, from: prefix + old, to: prefix + id, in: site, into: &self)
            }
        }
        sortEdits()
    }

    /// The edit that gives `table` the id: over the written one, into its annotation, or a new
    /// annotation on the line above it (after the same block quote marks or indent).
    static func idEdit(_ table: DecisionTable, in page: Page, to id: String) throws(Failure) -> TextEdit {
        guard let annotation = table.annotation else {
            let line = page.source.line(table.range.start.line) ?? ""
            let prefix = String(String.UnicodeScalarView(line.unicodeScalars.prefix(table.range.start.column - 1)))
            guard prefix.unicodeScalars.allSatisfy({ $0 == ">" || $0 == " " || $0 == "\t" }) else {
                throw .notWritten(file: page.file, line: table.range.start.line)  // (after a list marker: no line to add it on)
            }
            return TextEdit.insert("\(prefix)<!-- \(AnnotationParser.tableMarker) {id: \(yaml(id, like: nil))} -->\n",
                                   at: SourcePosition(line: table.range.start.line, column: 1))
        }
        if let span = annotation.idSpan(in: page.source) {
            let written = page.source.text(from: span.start, to: span.end)
            return TextEdit(start: span.start, end: span.end, replacement: yaml(id, like: written.unicodeScalars.first))
        }
        guard annotation.raw?.entries?.contains(where: { $0.key == "id" }) != true else {
            throw .notWritten(file: page.file, line: annotation.range.start.line)
        }
        // After the marker: a flow mapping (`{kind: matrix}`), nothing (`<!-- sitegen:table -->`), or
        // a block mapping on the lines below.
        let number = annotation.range.start.line
        let scalars = Array((page.source.line(number) ?? "").unicodeScalars)
        let marker = Array(AnnotationParser.tableMarker.unicodeScalars)
        guard let at = (0...max(0, scalars.count - marker.count)).first(where: { scalars.count >= marker.count && Array(scalars[$0..<($0 + marker.count)]) == marker }) else {
            throw .notWritten(file: page.file, line: number)
        }
        var next = at + marker.count
        while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
        let rest = String(String.UnicodeScalarView(scalars[next...]))
        if rest.hasPrefix("{") {
            let empty = rest.dropFirst().trimmingWhitespace().hasPrefix("}")
            return TextEdit.insert("id: \(yaml(id, like: nil))" + (empty ? "" : ", "), at: SourcePosition(line: number, column: next + 2))
        }
        if rest.hasPrefix("-->") {
            return TextEdit.insert(" {id: \(yaml(id, like: nil))}", at: SourcePosition(line: number, column: at + marker.count + 1))
        }
        guard rest.isEmpty, annotation.range.end.line > number else { throw .notWritten(file: page.file, line: number) }
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

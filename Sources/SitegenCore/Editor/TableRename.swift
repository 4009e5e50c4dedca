/// Renaming a table's id: the `id:` of its annotation (written over, or added: into the annotation,
/// or as a new one above the table), the same table's in the page's translations (the table at the
/// same place with the same id), and the fragment of every link of the site to `#tbl-ID` or
/// `#matrix-ID` on any of those pages, or to a shared view of the table (`#tbl-ID.ask=2`, `#ID.sort=2a`).
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
            let table = renamed.tables[index]
            guard let edit = TableIDEdit.edit(giving: table, in: renamed, id: id) else {
                throw .notWritten(file: renamed.file, line: table.annotation?.range.start.line ?? table.range.start.line)
            }
            edits[renamed.file, default: []].append(edit)
            for prefix in ["tbl-", "matrix-"] {
                LinkReferences.renameFragments(to: renamed.contentPath, from: prefix + old, to: prefix + id, in: site, into: &self)
            }
            // Shared views of the table (`#tbl-ID.ask=2`, `#ID.sort=2a`).
            LinkReferences.rewriteFragments(of: LinkReferences.links(to: renamed.contentPath, anchor: nil, in: site), into: &self) {
                ViewFragment.renaming($0, table: old, to: id)
            }
        }
        sortEdits()
    }
}

/// A table whose id is empty, has a blank in it, or is another table's of the same page.
public struct TableIDInvalid: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TBL021", name: "table-id-invalid", severity: .error, category: .structure,
        summary: "a table's id is empty, has a blank in it, or is the id of another table of the page",
        doc: """
            A table's id (`<!-- sitegen:table {id: prices} -->`; `table-N` for the page's N-th table \
            when its annotation names none) names the table's element, so links reach it as \
            `#tbl-ID` (a matrix also as `#matrix-ID`), and it keys the matrix's sorting, hidden rows \
            and weights in the page's address. Two tables of a page with one id leave links and \
            those controls on the first of them only, and the page repeats an element id; an id \
            with a blank is no element id at all. Give each table a one-word id of its own. An id \
            written as `table-2` on another table than the page's second takes the second's place: \
            pick a name instead. `--fix --fix-suggestions` gives the table the id the hint names (from \
            its caption or header); in an editor, *Rename Symbol* on a table (`sitegen lsp`) changes \
            its id and every link to it.
            """,
        badExample: "<!-- sitegen:table {id: prices} -->\n| Plan | Price |\n|---|---|\n| A | 1元 |\n\n"
            + "<!-- sitegen:table {id: prices} -->\n| Plan | Limit |\n|---|---|\n| A | 5 |\n",
        goodExample: "<!-- sitegen:table {id: prices} -->\n| Plan | Price |\n|---|---|\n| A | 1元 |\n\n"
            + "<!-- sitegen:table {id: limits} -->\n| Plan | Limit |\n|---|---|\n| A | 5 |\n",
        fixes: .suggestion
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let page = context.page
        // Almost every page: its ids are valid and distinct, which is found without hashing them
        // (the rule cost 5,000 instructions a table when it built its sets on every page).
        guard page.tables.contains(where: { TableID.problem($0.id) != nil }) || Self.repeatsAnID(page.tables) else { return [] }
        var taken = Set(page.tables.map(\.id))  // (and the names the fixes give)
        var first: [String: DecisionTable] = [:]
        var found: [Diagnostic] = []
        for table in page.tables {
            if let problem = TableID.problem(table.id) {
                let oneWord = TableID.oneWord(table.id)
                let fixed = oneWord.isEmpty || taken.contains(oneWord) ? Self.name(for: table, taken: taken) : oneWord
                taken.insert(fixed)
                found.append(descriptor.diagnostic(
                    file: page.file, range: Self.range(of: table, in: page), message: problem,
                    hint: fixed == oneWord ? "write it as one word, e.g. {id: \(fixed)}" : "write a one-word id, e.g. {id: \(fixed)}",
                    fix: Self.fix(table, in: page, id: fixed)))
                continue
            }
            guard let earlier = first[table.id] else {
                first[table.id] = table
                continue
            }
            // Of an id written and one given by position, the written one is the one to change.
            let (moved, kept) = earlier.annotation?.id != nil && table.annotation?.id == nil ? (earlier, table) : (table, earlier)
            let message = kept.annotation?.id == nil
                ? "'\(table.id)' is the id sitegen gives table \(kept.index + 1) of this page, which names none"
                : "table \(kept.index + 1) of this page (line \(kept.range.start.line)) has the id '\(table.id)' too"
            let name = Self.name(for: moved, taken: taken)
            taken.insert(name)
            found.append(descriptor.diagnostic(
                file: page.file, range: Self.range(of: moved, in: page), message: message,
                hint: "give this table an id of its own, e.g. {id: \(name)}: "
                    + "links (#tbl-\(table.id)) and a matrix's controls find a table by its id",
                related: [RelatedLocation(file: page.file, range: Self.range(of: kept, in: page), message: "the other table with the id '\(table.id)'")],
                fix: Self.fix(moved, in: page, id: name)))
        }
        return found
    }

    /// Whether two of the tables have one id: compared pair by pair on a page of a few tables.
    static func repeatsAnID(_ tables: [DecisionTable]) -> Bool {
        guard tables.count > 16 else {
            return tables.indices.dropFirst().contains { later in (0..<later).contains { tables[$0].id == tables[later].id } }
        }
        var seen = Set<String>(minimumCapacity: tables.count)
        return !tables.allSatisfy { seen.insert($0.id).inserted }
    }

    /// Gives the table the id (a suggestion: links to the old id keep reaching the other table).
    static func fix(_ table: DecisionTable, in page: Page, id: String) -> Fix? {
        TableIDEdit.edit(giving: table, in: page, id: id).map {
            Fix(summary: "give the table at line \(table.range.start.line) the id '\(id)'", edits: [$0], isSuggestion: true)
        }
    }

    /// An id for a table that needs another: from its caption or header (`plan-price`), else its
    /// id (as one word) numbered (`prices-2`); none of `taken`.
    static func name(for table: DecisionTable, taken: Set<String>) -> String {
        let words = Slugger.slug(table.caption ?? table.header.cells.prefix(2).map(\.text).joined(separator: " "))
        let own = TableID.oneWord(table.id)
        let name = !words.isEmpty && words.count <= 40 ? words : own.isEmpty ? "table" : own
        return taken.contains(name) ? TableID.unused(like: name, taken: taken) : name
    }

    /// Where the table's id is written, else its annotation, else its first line.
    static func range(of table: DecisionTable, in page: Page) -> SourceRange {
        if let span = table.annotation?.idSpan(in: page.source) {  // (the span's end is exclusive, a range's is not)
            return SourceRange(start: span.start, end: SourcePosition(line: span.end.line, column: max(span.start.column, span.end.column - 1)))
        }
        if let annotation = table.annotation { return SourceRange(start: annotation.range.start, end: annotation.range.start) }
        return SourceRange(start: table.range.start, end: table.range.start)
    }
}
